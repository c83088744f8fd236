import Foundation
import TabletopDrill

/// Where the shell's lines come from: readline on a terminal, plain lines from a pipe, or a script file.
public protocol LineInput: AnyObject {
    /// The next line without its line break, or nil at the end of input (Ctrl-D, end of file or script).
    func readLine(prompt: String) -> String?
    /// Whether lines should be echoed into the transcript (they are not shown by a terminal).
    var echoesInput: Bool { get }
    /// Shows text to the trainee; an interactive input keeps the half-typed line below it.
    func display(_ text: String)
    /// Updates what tab completion may offer.
    func updateCompletions(_ snapshot: CompletionSnapshot)
    /// Changes the prompt of the line being typed.
    func setPrompt(_ prompt: String)
    /// Asks to be called while waiting for a line (live mode); only interactive inputs wait.
    func setIdleHandler(_ handler: (() -> Void)?)
    /// Saves what must outlive the drill (history) and gives the terminal back.
    func close()
    /// Why `readLine` last returned nil, for the log.
    var stopReason: String { get }
    /// Whether a person edits lines here (readline on a terminal): text from other threads must wait for
    /// the reading thread, and leaving is asked twice. Pipes and scripts are not interactive.
    var isInteractive: Bool { get }
    /// Ends the `readLine` in progress with nil, from the idle handler (the server closed a team drill);
    /// an input that does not wait has nothing to end.
    func requestStop(_ reason: String)
    /// Completes with `provider` (given the text before the cursor) instead of the trainee's vocabulary.
    func setCompletion(_ provider: (@Sendable (String) -> [String])?)
}

extension LineInput {
    public func display(_ text: String) {
        // `try?`: a full disk or a closed pipe behind standard output must not crash the drill.
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }

    public func updateCompletions(_ snapshot: CompletionSnapshot) {}
    public func setPrompt(_ prompt: String) {}
    public func setIdleHandler(_ handler: (() -> Void)?) {}
    public func close() {}
    public var stopReason: String { "end of input" }
    public var isInteractive: Bool { false }
    public func requestStop(_ reason: String) {}
    public func setCompletion(_ provider: (@Sendable (String) -> [String])?) {}
}

/// Lines from standard input when it is not a terminal: no prompt, no echo by a line editor.
public final class PlainLineInput: LineInput {
    private var first = true

    public init() {}

    public var echoesInput: Bool { true }

    public func readLine(prompt: String) -> String? {
        guard let line = Swift.readLine(strippingNewline: true) else { return nil }
        // A byte order mark at the start of the stream is not part of the first command.
        defer { first = false }
        return first && line.hasPrefix("\u{FEFF}") ? String(line.dropFirst()) : line
    }
}

/// Lines from a script file (`--script FILE`), read up front.
public final class ScriptedLineInput: LineInput {
    private var lines: [String]
    private var position = 0

    /// Reads the script; blank lines and lines starting with `#` are skipped.
    public init(path: String) throws {
        // Read through a file handle, so pipes and process substitutions (`--script <(…)`) work too.
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            throw ShellError("\(path): cannot read the script")
        }
        // A byte order mark (some editors write one) is not part of the first command.
        let decoded = String(decoding: data, as: UTF8.self)
        let text = decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .filter { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix("#")
            }
    }

    /// A script given as lines, for tests.
    public init(lines: [String]) {
        self.lines = lines
    }

    public var echoesInput: Bool { true }

    public func readLine(prompt: String) -> String? {
        guard position < lines.count else { return nil }
        defer { position += 1 }
        return lines[position]
    }
}

/// A shell failure with a message written for a person.
public struct ShellError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
