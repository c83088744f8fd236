/// One replacement in a text file, located by line and column (in Unicode scalars) of the original text.
public struct TextEdit: Sendable, Hashable {
    /// Where the replaced text starts in the original file.
    public let location: SourceLocation
    /// The text replaced, as written.
    public let old: String
    /// What replaces it.
    public let new: String
}

extension TextEdit {
    /// Where an offset into the new text was in the old one: exact in the part before the first and after
    /// the last changed character (a condition with one step renamed), else at the first change.
    func originalOffset(of offset: Int) -> Int {
        let old = Array(self.old.unicodeScalars), new = Array(self.new.unicodeScalars)
        let prefix = zip(old, new).prefix { $0 == $1 }.count
        let suffix = zip(old.reversed(), new.reversed()).prefix { $0 == $1 }.count
        if offset < prefix { return offset }
        if new.count - offset <= suffix { return max(0, old.count - (new.count - offset)) }
        return min(prefix, max(0, old.count - 1))
    }
}

/// Edits applied to a text, line by line, so that everything not edited (comments, order, spacing) stays.
struct TextEditor {
    /// The lines with their line breaks, as written.
    private(set) var lines: [[Unicode.Scalar]]

    init(text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            lines[lines.count - 1].append(scalar)
            if scalar == "\n" { lines.append([]) }
        }
        self.lines = lines
    }

    /// Whether `text` is written at `location`.
    func holds(_ text: String, at location: SourceLocation) -> Bool {
        guard lines.indices.contains(location.line - 1) else { return false }
        let line = lines[location.line - 1]
        let wanted = Array(text.unicodeScalars)
        let start = location.column - 1
        guard start >= 0, start + wanted.count <= line.count else { return false }
        return Array(line[start..<(start + wanted.count)]) == wanted
    }

    /// The edits applied (each must hold its old text; edits on one line must not overlap).
    func applying(_ edits: [TextEdit]) -> String {
        var lines = lines
        for edit in edits.sorted(by: { $0.location > $1.location }) {
            let index = edit.location.line - 1
            let start = edit.location.column - 1
            let end = start + edit.old.unicodeScalars.count
            lines[index].replaceSubrange(start..<end, with: Array(edit.new.unicodeScalars))
        }
        // Built as UTF-8 bytes: `String.UnicodeScalarView.append(contentsOf:)` copies the whole string
        // on every call, which made migrating a file quadratic in its lines (10k injects: seconds).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count })
        for line in lines {
            for scalar in line { UTF8.encode(scalar) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where a location of the edited text was in the original, so diagnostics about a file migrated in
    /// memory point at what its author wrote.
    static func original(of location: SourceLocation, edits: [TextEdit]) -> SourceLocation {
        var shift = 0
        for edit in edits.filter({ $0.location.line == location.line }).sorted(by: { $0.location < $1.location }) {
            let start = edit.location.column + shift
            let newLength = edit.new.unicodeScalars.count, oldLength = edit.old.unicodeScalars.count
            if location.column < start { break }
            if location.column < start + newLength {
                return SourceLocation(line: location.line, column: edit.location.column + edit.originalOffset(of: location.column - start))
            }
            shift += newLength - oldLength
        }
        return SourceLocation(line: location.line, column: location.column - shift)
    }
}
