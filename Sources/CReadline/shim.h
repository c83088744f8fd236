// GNU readline for TabletopShell. Readline's global variables are reached only through these
// accessors, so Swift 6's strict concurrency never sees a mutable C global.
#ifndef TABLETOP_READLINE_SHIM_H
#define TABLETOP_READLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

static inline void rlshim_set_completer(rl_completion_func_t *function) { rl_attempted_completion_function = function; }
static inline void rlshim_set_completion_over(int value) { rl_attempted_completion_over = value; }
static inline void rlshim_set_append_character(int character) { rl_completion_append_character = character; }
static inline const char *rlshim_line_buffer(void) { return rl_line_buffer; }
static inline int rlshim_point(void) { return rl_point; }
static inline void rlshim_set_point(int point) { rl_point = point; }
static inline int rlshim_end(void) { return rl_end; }
static inline void rlshim_set_catch_signals(int value) { rl_catch_signals = value; rl_catch_sigwinch = value; }
// Readline keeps these pointers, so they must be static strings, never a Swift temporary.
static inline void rlshim_set_name_tabletop(void) { rl_readline_name = "tabletop"; }
static inline void rlshim_break_words_on_spaces(void) { rl_completer_word_break_characters = " \t\n\"'"; }
static inline int rlshim_history_length(void) { return history_length; }
/// Writes text to readline's output stream and flushes it, so it is never reordered around readline's own output.
static inline void rlshim_write(const char *text) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    fputs(text, out);
    fflush(out);
}

#endif
