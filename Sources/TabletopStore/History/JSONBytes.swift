import TabletopCore

/// Bytes of JSON as `JSONText.encode` writes them: strings escaped as `JSONEncoder` escapes them, then
/// DEL, the C1 controls and the bidirectional controls as `\uxxxx` (`JSONText.escapingControls`); numbers
/// as `JSONEncoder` writes them. Literals (keys with their indent, brackets) are copied as they are.
///
/// Written for speed (issue 21: `history --json` writes about 10 KB a record): a string of plain ASCII,
/// nearly every one, is checked and copied in one pass each.
struct JSONBytes {
    var bytes: [UInt8] = []

    /// Copies a literal.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Starts a field of an object: the comma after an earlier field, the line break, and `key`, a literal
    /// of the indent, the quoted key and `" : "`.
    mutating func key(_ key: StaticString, _ first: inout Bool) {
        if first {
            first = false
        } else {
            bytes.append(0x2C)
        }
        bytes.append(0x0A)
        raw(key)
    }

    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        unsigned(UInt64(value.magnitude))
    }

    /// The decimal digits of `value`.
    mutating func unsigned(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value, start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// As `JSONEncoder` writes a finite double: its shortest description, without a trailing `.0`.
    mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A string in quotes, escaped.
    mutating func string(_ text: String) {
        var text = text
        bytes.append(0x22)
        text.withUTF8 { utf8 in
            if Self.isPlain(utf8) {
                bytes.append(contentsOf: utf8)
            } else {
                escaping(utf8)
            }
        }
        bytes.append(0x22)
    }

    /// Whether no byte needs an escape: printable ASCII but `"` and `\`.
    private static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where byte &- 0x20 >= 0x5F || byte == 0x22 || byte == 0x5C { return false }
        return true
    }

    private mutating func escaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Beyond ASCII only the C1 and bidirectional controls are escaped; text holding one is rare, and
        // is read character by character.
        if utf8.contains(where: { $0 >= 0x80 }),
           String(decoding: utf8, as: UTF8.self).unicodeScalars.contains(where: { $0.value >= 0x80 && TerminalText.isControl($0) }) {
            for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
                if scalar.value >= 0x80 {
                    TerminalText.isControl(scalar) ? hexEscape(scalar.value) : bytes.append(contentsOf: String(scalar).utf8)
                } else {
                    escaped(UInt8(scalar.value))
                }
            }
            return
        }
        for byte in utf8 { escaped(byte) }
    }

    /// One byte of a string: ASCII with its escape if it needs one, or a byte of a longer character as it is.
    private mutating func escaped(_ byte: UInt8) {
        switch byte {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case 0x00..<0x20, 0x7F: hexEscape(UInt32(byte))
        default: bytes.append(byte)
        }
    }

    /// `\u` and the value in four lowercase hex digits (every character escaped is below U+10000).
    private mutating func hexEscape(_ value: UInt32) {
        raw("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
    }
}
