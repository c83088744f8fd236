/// A text file as the loader sees it: a display path and its decoded contents, split into lines.
public struct SourceFile: Sendable, Equatable {
    /// The path as it should appear in diagnostics (usually what the user typed).
    public let path: String
    /// The whole text of the file.
    public let text: String
    /// The file's lines without their line terminators.
    public let lines: [Substring]

    /// Creates a source file from already-decoded text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// The text of a 1-based line number, or nil when the file has no such line.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
