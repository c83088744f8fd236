import Foundation
import TabletopCore

/// Turns engine outputs into text for a terminal or a transcript.
public struct Renderer: Sendable {
    /// Use ANSI colours (only on a terminal, never with NO_COLOR).
    public var color: Bool
    /// The scenario's simulated wall clock, when known: times show as `Tue 09:40 (T+00:00)` rather than `T+00:00`.
    public var localClock: LocalClock?
    /// The width given at creation.
    private var startWidth: Int
    /// Whether the width follows the terminal when its window is resized.
    private let followsTerminal: Bool

    /// Wrap text at this many columns (40 to 120 when following the terminal).
    public var width: Int {
        get {
            guard followsTerminal, let columns = TerminalWidth.current else { return startWidth }
            return min(max(40, columns), 120)
        }
        set { startWidth = max(40, newValue) }
    }

    /// Creates a renderer; with `followsTerminal`, `width` is only where it starts.
    public init(color: Bool, width: Int, followsTerminal: Bool = false) {
        self.color = color
        startWidth = max(40, width)
        self.followsTerminal = followsTerminal
    }

    /// The text of one output, possibly several lines, without a trailing newline.
    public func render(_ output: Output) -> String {
        // Text from scenario files and from people is made inert before colour codes are added.
        switch output.inert {
        case .briefing(let title, let text):
            return paint("== \(title) ==", .bold) + "\n" + wrap(reflow(text))
        case .inject(let message):
            var lines = [paint("[\(stamp(message.at))] \(message.channel) · \(message.from)", .cyan) + (message.to.isEmpty ? "" : paint(" → \(message.to.joined(separator: ", "))", .dim))]
            lines.append(wrap(reflow(message.text), indent: 2))
            if let question = message.question {
                lines.append(paint(wrap("? \(question)", indent: 2), .yellow))
                for (index, option) in message.options.enumerated() {
                    lines.append(wrap("\(index + 1). \(option)", indent: 4, hanging: 3))
                }
                lines.append(paint("    answer with: choose <n>, or choose and three or more words of the option", .dim))
            }
            return lines.joined(separator: "\n")
        case .answer(_, let name, let text):
            return paint("\(name):", .green) + " " + wrap(reflow(text), firstLineUsed: name.count + 2)
        case .response(let text):
            return wrap(reflow(text), indent: 2)
        case .fact(_, let text):
            return paint(wrap("+ learnt: \(text)", indent: 2, hanging: 2), .magenta)
        case .evidence(let step, let title):
            return paint("  ✓ runbook step \(step): \(title)", .dim)
        case .clock(let notice):
            let text = switch notice.event {
            case .started: "⏱ \(notice.label) clock started: due at \(stamp(notice.deadline))"
                + (notice.metBy.map { "; met by \($0.map { "'\($0)'" }.joined(separator: " or "))" } ?? "")
            case .met: "⏱ \(notice.label) clock met"
            case .expired: "⏱ \(notice.label) clock ran out at \(stamp(notice.deadline))"
            }
            return paint(text, notice.event == .expired ? .red : .yellow)
        case .notice(let text):
            return paint(wrap(text, indent: 2), .dim)
        case .warning(let text):
            // Wrapped like replies, under the text after the label, so a long line never breaks mid-word.
            return paint(wrap("warning: \(text)", hanging: 9), .yellow)
        case .error(let text):
            return paint(wrap("error: \(text)", hanging: 7), .red)
        case .info(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { wrap(String($0)) }.joined(separator: "\n")
        case .end(let end):
            return paint("== The drill is over (\(stamp(end.at))): \(end.text) ==", .bold)
        }
    }

    /// A moment as the trainee reads it: local day and time with the offset when the clock is known.
    public func stamp(_ offset: SimDuration) -> String {
        localClock?.stamp(at: offset) ?? "T+\(offset.clock)"
    }

    /// Whether output should be coloured: only on a terminal that is not `dumb`, and never when `NO_COLOR`
    /// is set to a non-empty value (the no-color.org convention: an empty `NO_COLOR` does not count).
    public static func wantsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal, environment["TERM"] != "dumb" else { return false }
        return (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Text styles.
    public enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", magenta = "35", cyan = "36"
    }

    /// The text in a style, when colour is on.
    public func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Authors' text as paragraphs: single line breaks (from YAML block text) join lines, blank lines separate paragraphs.
    public func reflow(_ text: String) -> String {
        // Most texts are one line with nothing to trim: they are returned as they are (rendering was 5 % of a drill, issue 21).
        if !text.utf8.contains(UInt8(ascii: "\n")), text.first.map({ !$0.isWhitespace }) ?? true, text.last.map({ !$0.isWhitespace }) ?? true {
            return text
        }
        return text.components(separatedBy: "\n\n").map { paragraph in
            paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    /// Wraps each paragraph at the width, indenting continuation lines.
    /// `hanging` extra spaces indent the continuation lines (under the text after a "- " bullet).
    public func wrap(_ text: String, indent: Int = 0, firstLineUsed: Int = 0, hanging: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        let continuation = String(repeating: " ", count: indent + hanging)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
            var lines: [String] = []
            var line = ""
            var used = indent + firstLineUsed
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let count = word.count
                if !line.isEmpty, used + 1 + count > width {
                    lines.append(line)
                    line = ""
                    used = indent + hanging
                }
                if line.isEmpty {
                    line = String(word)
                    used += count
                } else {
                    line += " "
                    line += word
                    used += 1 + count
                }
            }
            lines.append(line)
            return pad + lines.joined(separator: "\n" + continuation)
        }.joined(separator: "\n")
    }
}
