/// Makes text from files, names and other people inert before it reaches a terminal or a report.
///
/// A terminal acts on control characters: ESC starts sequences that retitle the window, clear the
/// screen or rewrite what was printed, and a line break in a name can forge a row of a table. Text
/// that tabletop did not write itself passes through here on its way out, so such characters are
/// shown as visible escapes (`\e`, `\u{07}`) and never executed.
public enum TerminalText {
    /// Text that may span lines: line breaks stay, a tab becomes a space, every other control
    /// character (C0, DEL, C1, and the bidirectional overrides that reorder what is shown) is escaped.
    public static func block(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingLineBreaks: true) }) else { return text }
        return escape(text, keepingLineBreaks: true)
    }

    /// Text that must stay on one line (a name, a title, a table cell): line breaks are escaped too.
    public static func inline(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingLineBreaks: false) }) else { return text }
        return escape(text, keepingLineBreaks: false)
    }

    /// The first character that `inline` would have to escape, with its position (0-based, in
    /// Unicode scalars), or nil when the text is printable as it is. `allowingLineBreaks` lets line
    /// breaks and tabs through; `allowingBidi` the bidirectional controls, which right-to-left text
    /// in a file may legitimately hold (terminals are still shown them escaped).
    public static func firstControl(in text: String, allowingLineBreaks: Bool = false,
                                    allowingBidi: Bool = false) -> (offset: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where isUnsafe(scalar, keepingLineBreaks: allowingLineBreaks) {
            if allowingLineBreaks, scalar == "\t" { continue }
            if allowingBidi, scalar.value > 0x9F { continue }
            return (offset, scalar)
        }
        return nil
    }

    /// Whether a terminal could act on the character: a C0 or C1 control, DEL, a line break or tab,
    /// or a bidirectional control.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        isUnsafe(scalar, keepingLineBreaks: false)
    }

    /// How a character is written when it is escaped: `\e` for ESC, `\n` for a line break, `\t`,
    /// `\r`, and `\u{XX}` for the rest.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{1B}": return "\\e"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    private static func escape(_ text: String, keepingLineBreaks: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks, scalar == "\t" {
                result.append(" ")
            } else if isUnsafe(scalar, keepingLineBreaks: keepingLineBreaks) {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepingLineBreaks
        case 0x09: return true  // a tab is turned into a space in blocks, escaped inline
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates reorder what a reader sees.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
