/// A word of a shell line; quoted words keep their spaces and never count as options.
struct LineToken: Equatable {
    var text: String
    var quoted: Bool
}

/// Splits a shell line into words, honouring "double" and 'single' quotes.
enum LineTokenizer {
    /// Longer lines are refused: no command needs them, and they are most likely a paste gone wrong.
    static let maximumLength = 4_000

    /// The error for a line of `count` Unicode scalars, or nil when it is short enough.
    static func tooLong(_ count: Int) -> InputError? {
        count <= maximumLength ? nil : InputError("that line is \(count) characters long; commands are at most \(maximumLength)")
    }

    static func tokenize(_ line: String) -> Result<[LineToken], InputError> {
        let count = line.unicodeScalars.count
        if let error = tooLong(count) { return .failure(error) }
        if line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
            return .failure(InputError("that line contains control characters; type the command again"))
        }
        var tokens: [LineToken] = []
        var current = ""
        var inToken = false
        var quote: Character?
        var wasQuoted = false
        for character in line {
            if let open = quote {
                if character == open {
                    quote = nil
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case _ where !inToken && "\"'\u{201C}\u{201D}".contains(character):
                // A quote opens only at the start of a word, so "don't" stays one word.
                quote = character == "\u{201C}" ? "\u{201D}" : character
                inToken = true
                wasQuoted = true
            case " ", "\t":
                if inToken {
                    tokens.append(LineToken(text: current, quoted: wasQuoted))
                    current = ""
                    inToken = false
                    wasQuoted = false
                }
            default:
                current.append(character)
                inToken = true
            }
        }
        if let quote {
            return .failure(InputError("unterminated quote: add the closing \(quote)"))
        }
        if inToken { tokens.append(LineToken(text: current, quoted: wasQuoted)) }
        return .success(tokens)
    }
}
