import CReadline
import Foundation
import TabletopDrill
import Synchronization
import TabletopCore
#if canImport(Glibc)
import Glibc
#endif

/// What readline's C callbacks reach: they cannot capture context, so they go through this one global.
final class ReadlineBridge: Sendable {
    /// What completion may offer now.
    let snapshot = Mutex(CompletionSnapshot())
    /// Matches of the completion in progress.
    let matches = Mutex<[String]>([])
    /// The line readline handed over, if any.
    let line = Mutex<Received>(.nothing)
    /// A completion of its own (the facilitator's console); nil for the trainee's vocabulary.
    let provider = Mutex<(@Sendable (String) -> [String])?>(nil)
    /// Signals caught since last looked at, as a bit set of `Caught`.
    let signals = Atomic<Int32>(0)

    enum Received: Sendable { case nothing, line(String), endOfInput }

    enum Caught {
        static let interrupt: Int32 = 1, terminate: Int32 = 2, resize: Int32 = 4
    }
}

let readlineBridge = ReadlineBridge()

/// GNU readline on a terminal: line editing, history across drills, context-sensitive tab completion,
/// Ctrl-C to clear the line, and text printed above the prompt without losing a half-typed line.
///
/// All readline calls happen on the thread that created it, one line at a time, through readline's
/// callback interface, so that live mode can deliver injects while the trainee types.
public final class ReadlineInput: LineInput {
    /// Called about four times a second while waiting for a line (live mode).
    private var whileWaiting: (() -> Void)?
    /// Why the last `readLine` returned nil: Ctrl-D or end of input, or a signal.
    public private(set) var stopReason = "end of input"
    private let historyPath: String?
    private var historyLoaded = false
    private var linesAdded = 0
    private var installed = false
    private var currentPrompt = ""
    /// History lines kept, in memory and on disk.
    static let historyLimit = 1000

    /// Sets readline up; `warn` receives a one-line warning about an unusable history file.
    public init(historyPath: String?, warn: (String) -> Void) {
        self.historyPath = historyPath
        rlshim_set_name_tabletop()
        rlshim_set_catch_signals(0)
        rl_variable_bind("enable-bracketed-paste", "off")
        rlshim_break_words_on_spaces()
        rlshim_set_completer { text, _, end in
            rlshim_set_completion_over(1)
            let buffer = rlshim_line_buffer().map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: Int(end))) } ?? []
            let before = String(decoding: buffer, as: UTF8.self)
            let candidates = readlineBridge.provider.withLock { $0 }?(before)
                ?? Completer.candidates(beforeCursor: before, snapshot: readlineBridge.snapshot.withLock { $0 })
            readlineBridge.matches.withLock { $0 = candidates }
            guard !candidates.isEmpty else { return nil }
            return rl_completion_matches(text) { _, state in
                let matches = readlineBridge.matches.withLock { $0 }
                return Int(state) < matches.count ? strdup(matches[Int(state)]) : nil
            }
        }
        using_history()
        stifle_history(Int32(Self.historyLimit))
        if let historyPath { loadHistory(historyPath, warn: warn) }
        Self.installSignalHandlers()
    }

    public var echoesInput: Bool { false }

    /// Set from the idle handler to end the current `readLine` with nil (the server closed a team drill).
    public var stopRequest: String?

    public var isInteractive: Bool { true }

    public func requestStop(_ reason: String) {
        stopRequest = reason
    }

    public func setIdleHandler(_ handler: (() -> Void)?) {
        whileWaiting = handler
    }

    /// Completes with `provider` (given the text before the cursor) instead of the trainee's vocabulary.
    public func setCompletion(_ provider: (@Sendable (String) -> [String])?) {
        readlineBridge.provider.withLock { $0 = provider }
    }

    /// Updates what completion may offer.
    public func updateCompletions(_ snapshot: CompletionSnapshot) {
        readlineBridge.snapshot.withLock { $0 = snapshot }
    }

    public func readLine(prompt: String) -> String? {
        readlineBridge.line.withLock { $0 = .nothing }
        currentPrompt = prompt
        rl_callback_handler_install(prompt) { raw in
            // Removing the handler here stops readline from drawing the prompt again before we print.
            rl_callback_handler_remove()
            guard let raw else {
                readlineBridge.line.withLock { $0 = .endOfInput }
                return
            }
            let text = String(cString: raw)
            free(raw)
            readlineBridge.line.withLock { $0 = .line(text) }
        }
        installed = true
        defer {
            rl_callback_handler_remove()
            installed = false
        }
        while true {
            if let line = handleSignals() { return line }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            // 100 ms: fast enough that a teammate's message appears without a noticeable lag.
            let ready = poll(&descriptor, 1, whileWaiting == nil ? -1 : 100)
            if ready > 0, descriptor.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
                switch readlineBridge.line.withLock({ $0 }) {
                case .nothing: continue
                case .endOfInput:
                    stopReason = "end of input"
                    rlshim_write("\n")
                    return nil
                case .line(let text):
                    let entry = text.trimmingCharacters(in: .whitespaces)
                    if !entry.isEmpty {
                        add_history(entry)
                        linesAdded += 1
                    }
                    return text
                }
            } else if ready == 0 || (ready < 0 && errno == EINTR) {
                whileWaiting?()
                if let reason = stopRequest {
                    stopRequest = nil
                    stopReason = reason
                    // The prompt redrawn under the last message would invite typing into a shell that is leaving.
                    rl_clear_visible_line()
                    return nil
                }
            }
        }
    }

    /// Deals with caught signals; returns nil to go on reading, or .some(nil) to stop.
    private func handleSignals() -> String?? {
        let caught = readlineBridge.signals.exchange(0, ordering: .relaxed)
        if caught & ReadlineBridge.Caught.terminate != 0 {
            stopReason = "terminated by a signal"
            rlshim_write("\n")
            return .some(nil)
        }
        if caught & ReadlineBridge.Caught.interrupt != 0 {
            // Ctrl-C clears the half-typed line and keeps the drill going.
            rl_free_line_state()
            rl_callback_sigcleanup()
            rl_replace_line("", 0)
            rlshim_write("^C")
            rl_crlf()
            rl_on_new_line()
            rl_redisplay()
        }
        if caught & ReadlineBridge.Caught.resize != 0 {
            rl_resize_terminal()
            var rows: Int32 = 0, columns: Int32 = 0
            rl_get_screen_size(&rows, &columns)
            TerminalWidth.update(Int(columns))
        }
        return nil
    }

    /// Prints above the prompt, keeping the half-typed line and the cursor where they were.
    public func display(_ text: String) {
        guard installed else {
            rlshim_write(text + "\n")
            return
        }
        rl_clear_visible_line()
        rlshim_write(text + "\n")
        rl_forced_update_display()
    }

    /// Changes the prompt of the line being typed (live mode's clock), redrawing it in place.
    public func setPrompt(_ prompt: String) {
        guard installed, prompt != currentPrompt else { return }
        currentPrompt = prompt
        rl_clear_visible_line()
        rl_set_prompt(prompt)
        rl_forced_update_display()
    }

    /// Writes this drill's lines to the history file, keeping it at most `historyLimit` lines.
    public func close() {
        guard let historyPath, linesAdded > 0 else { return }
        if historyLoaded, FileManager.default.fileExists(atPath: historyPath) {
            append_history(Int32(linesAdded), historyPath)
        } else {
            write_history(historyPath)
        }
        history_truncate_file(historyPath, Int32(Self.historyLimit))
        linesAdded = 0
    }

    private func loadHistory(_ path: String, warn: (String) -> Void) {
        guard FileManager.default.fileExists(atPath: path) else {
            historyLoaded = true
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            warn("cannot read the shell history \(path); starting without it")
            return
        }
        guard !data.contains(0), String(data: data, encoding: .utf8) != nil else {
            warn("the shell history \(path) is not text; ignoring it (it will be replaced)")
            return
        }
        if read_history(path) == 0 {
            historyLoaded = true
        } else {
            warn("cannot read the shell history \(path); starting without it")
        }
    }

    private static func installSignalHandlers() {
        func install(_ signal: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // no SA_RESTART: poll() returns, and the loop looks at the flags
            sigaction(signal, &action, nil)
        }
        // A parent may have blocked these (the mask is inherited across exec); the shell needs them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        install(SIGINT) { _ in readlineBridge.signals.bitwiseOr(ReadlineBridge.Caught.interrupt, ordering: .relaxed) }
        install(SIGTERM) { _ in readlineBridge.signals.bitwiseOr(ReadlineBridge.Caught.terminate, ordering: .relaxed) }
        install(SIGHUP) { _ in readlineBridge.signals.bitwiseOr(ReadlineBridge.Caught.terminate, ordering: .relaxed) }
        install(SIGWINCH) { _ in readlineBridge.signals.bitwiseOr(ReadlineBridge.Caught.resize, ordering: .relaxed) }
    }

    /// Whether readline should be used: standard input is a terminal and TERM is not `dumb`.
    public static var isAvailable: Bool {
        isatty(STDIN_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
