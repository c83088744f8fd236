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
        // Split on the UTF-8 line feeds rather than by Character: the same lines (a CR before the LF is
        // part of the break, as the grapheme "\r\n" was) without grapheme breaking every character of a
        // large file (issue 21).
        var lines: [Substring] = []
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x0A {
            var end = index
            if index > start, text.utf8[text.utf8.index(before: index)] == 0x0D { end = text.utf8.index(before: index) }
            lines.append(text[start..<end])
            start = text.utf8.index(after: index)
        }
        lines.append(text[start...])
        self.lines = lines
    }

    /// The text of a 1-based line number, or nil when the file has no such line.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
