/// A decoder for the records a rescoring reads most (inputs, facilitator lines, advances and notes) in
/// exactly the form `SessionLine.encoded()` writes them: `{"input":{"at":420,"text":"page jon","wall":"…"}}`,
/// keys sorted, no spaces. Anything else, or any doubt (an escape it does not spell out, a number out of
/// range, bytes that are not UTF-8), gives nil and the caller falls back on `JSONDecoder`, so a record
/// decodes to the same value either way (the `sessionlog` fuzz target checks that on every input).
enum FastRecordDecoder {
    /// The record, or nil when the bytes are not in the one form this reads.
    static func decode(_ bytes: ArraySlice<UInt8>) -> SessionRecord? {
        var reader = Reader(bytes: bytes)
        guard reader.take(#"{""#) else { return nil }
        let record: SessionRecord
        if reader.take(#"input":{"at":"#) {
            guard let input = reader.input() else { return nil }
            record = .input(input)
        } else if reader.take(#"facilitator":{"at":"#) {
            guard let input = reader.input() else { return nil }
            record = .facilitator(input)
        } else if reader.take(#"advance":{"to":"#) {
            guard let to = reader.integer(), reader.take(#","wall":""#), let wall = reader.string() else { return nil }
            record = .advance(SessionAdvance(to: SimDuration(seconds: to), wall: wall))
        } else if reader.take(#"note":{"kind":""#) {
            guard let kind = reader.string(), reader.take(#","text":""#), let text = reader.string(),
                  reader.take(#","wall":""#), let wall = reader.string() else { return nil }
            record = .note(SessionNote(kind: kind, text: text, wall: wall))
        } else {
            return nil
        }
        guard reader.take("}}"), reader.atEnd else { return nil }
        return record
    }

    /// A cursor over the record's bytes.
    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var position: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        var atEnd: Bool { position == bytes.endIndex }

        /// Consumes `literal` if the bytes continue with it.
        mutating func take(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard bytes.endIndex - position >= count else { return false }
            let matches = literal.withUTF8Buffer { buffer in
                buffer.indices.allSatisfy { bytes[position + $0] == buffer[$0] }
            }
            if matches { position += count }
            return matches
        }

        /// The rest of an input record after `"at":`.
        mutating func input() -> SessionInput? {
            guard let at = integer(), take(#","text":""#), let text = string(), take(#","wall":""#), let wall = string() else { return nil }
            return SessionInput(at: SimDuration(seconds: at), wall: wall, text: text)
        }

        /// A JSON integer as JSONEncoder writes an `Int`: `0` or an optional minus and digits without a leading zero.
        mutating func integer() -> Int? {
            var negative = false
            if position < bytes.endIndex, bytes[position] == UInt8(ascii: "-") {
                negative = true
                position += 1
            }
            let start = position
            var value = 0
            while position < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                // Eighteen digits always fit; longer numbers are left to JSONDecoder.
                guard position - start < 18 else { return nil }
                value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            let digits = position - start
            guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
            guard !(negative && value == 0) else { return nil }
            return negative ? -value : value
        }

        /// The rest of a string after its opening quote, through its closing quote. Escapes other than the
        /// one-letter ones (`\uXXXX`) give nil, as do control characters and bytes that are not UTF-8.
        mutating func string() -> String? {
            let start = position
            // Filled only once an escape is met: most strings have none and are read in place.
            var unescaped: [UInt8]?
            while position < bytes.endIndex {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") {
                    if let unescaped { return String(validating: unescaped, as: UTF8.self) }
                    return String(validating: bytes[start..<(position - 1)], as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else {
                    unescaped?.append(byte)
                    continue
                }
                if unescaped == nil { unescaped = Array(bytes[start..<(position - 1)]) }
                guard position < bytes.endIndex else { return nil }
                let next = bytes[position]
                position += 1
                switch next {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped?.append(next)
                case UInt8(ascii: "n"): unescaped?.append(0x0A)
                case UInt8(ascii: "t"): unescaped?.append(0x09)
                case UInt8(ascii: "r"): unescaped?.append(0x0D)
                case UInt8(ascii: "b"): unescaped?.append(0x08)
                case UInt8(ascii: "f"): unescaped?.append(0x0C)
                default: return nil
                }
            }
            return nil
        }
    }
}
