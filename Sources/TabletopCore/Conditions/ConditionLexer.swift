/// A token of the condition language, with its offset in Unicode scalars from the start of the text.
struct ConditionToken: Equatable {
    enum Kind: Equatable {
        case word(String)
        case comparison(Comparison)
        case openParen, closeParen, comma, dot
        case end
    }

    var kind: Kind
    var offset: Int
}

/// Splits a condition into tokens; words are runs of letters, digits, `-`, `_`, `#`, `:`, `/`, `*` and `@`.
struct ConditionLexer {
    private let scalars: [Unicode.Scalar]
    private(set) var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The raw text from the current position up to (not including) the next `)`, for `did(…)`.
    mutating func rawUntilCloseParen() -> (text: String, offset: Int) {
        let start = position
        var text = ""
        while position < scalars.count, scalars[position] != ")" {
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        return (text, start)
    }

    mutating func next() throws(ConditionError) -> ConditionToken {
        while position < scalars.count, scalars[position].properties.isWhitespace {
            position += 1
        }
        let start = position
        guard position < scalars.count else { return ConditionToken(kind: .end, offset: start) }
        let scalar = scalars[position]
        position += 1
        switch scalar {
        case "(": return ConditionToken(kind: .openParen, offset: start)
        case ")": return ConditionToken(kind: .closeParen, offset: start)
        case ",": return ConditionToken(kind: .comma, offset: start)
        case ".": return ConditionToken(kind: .dot, offset: start)
        case "<", ">", "=", "!":
            var op = String(scalar)
            if position < scalars.count, scalars[position] == "=" {
                op.append("=")
                position += 1
            }
            if op == "=" { op = "==" }
            guard let comparison = Comparison(rawValue: op) else {
                throw ConditionError(offset: start, message: "'!' on its own is not an operator; write 'not'")
            }
            return ConditionToken(kind: .comparison(comparison), offset: start)
        case "&", "|":
            let doubled = position < scalars.count && scalars[position] == scalar
            let written = doubled ? "\(scalar)\(scalar)" : "\(scalar)"
            throw ConditionError(offset: start, message: "write '\(scalar == "&" ? "and" : "or")' instead of '\(written)'")
        default:
            guard Self.isWordScalar(scalar) else {
                throw ConditionError(offset: start, message: "unexpected character '\(scalar.escaped(asASCII: false))'")
            }
            var word = String(scalar)
            while position < scalars.count, Self.isWordScalar(scalars[position]) {
                word.unicodeScalars.append(scalars[position])
                position += 1
            }
            return ConditionToken(kind: .word(word), offset: start)
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_#:/*@".unicodeScalars.contains(scalar)
    }
}

/// Why a condition could not be parsed: where (offset in Unicode scalars) and what was expected.
public struct ConditionError: Error, Sendable, Equatable {
    /// Offset of the problem from the start of the condition text.
    public var offset: Int
    /// What is wrong, in one sentence.
    public var message: String
}
