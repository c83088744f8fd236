/// Parses the condition language of the scenario files (`revealed(x) and not done(8)`).
///
/// Grammar (lowest precedence first):
/// ```
/// or      := and ("or" and)*
/// and     := unary ("and" unary)*
/// unary   := "not" unary | primary
/// primary := "(" or ")" | "true" | "false"
///          | ("severity" | "time") comparison word
///          | word "(" arguments ")" ("." word)?
///          | word "." word
/// ```
public struct ConditionParser {
    private var lexer: ConditionLexer
    private var token: ConditionToken
    private var references: [ParsedCondition.Reference] = []
    private var depth = 0
    /// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
    static let maximumDepth = 64

    private init(_ text: String) throws(ConditionError) {
        lexer = ConditionLexer(text)
        token = ConditionToken(kind: .end, offset: 0)
        token = try lexer.next()
    }

    /// Parses a whole condition, or returns the first error with its offset.
    public static func parse(_ text: String) -> Result<ParsedCondition, ConditionError> {
        do throws(ConditionError) {
            var parser = try ConditionParser(text)
            guard parser.token.kind != .end else {
                throw ConditionError(offset: 0, message: "expected a condition, found nothing")
            }
            let condition = try parser.parseOr()
            guard parser.token.kind == .end else {
                throw ConditionError(offset: parser.token.offset, message: "expected 'and', 'or' or the end of the condition, found \(parser.describe(parser.token))")
            }
            return .success(ParsedCondition(condition: condition, references: parser.references))
        } catch {
            return .failure(error)
        }
    }

    private mutating func advance() throws(ConditionError) {
        token = try lexer.next()
    }

    private func isWord(_ word: String) -> Bool {
        token.kind == .word(word)
    }

    private mutating func parseOr() throws(ConditionError) -> Condition {
        var terms = [try parseAnd()]
        while isWord("or") {
            try advance()
            terms.append(try parseAnd())
        }
        return terms.count == 1 ? terms[0] : .any(terms)
    }

    private mutating func parseAnd() throws(ConditionError) -> Condition {
        var terms = [try parseUnary()]
        while isWord("and") {
            try advance()
            terms.append(try parseUnary())
        }
        return terms.count == 1 ? terms[0] : .all(terms)
    }

    private mutating func parseUnary() throws(ConditionError) -> Condition {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw ConditionError(offset: token.offset, message: "condition is nested more than \(Self.maximumDepth) levels deep")
        }
        if isWord("not") {
            try advance()
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ConditionError) -> Condition {
        let start = token
        switch token.kind {
        case .openParen:
            try advance()
            let inner = try parseOr()
            guard token.kind == .closeParen else {
                throw ConditionError(offset: token.offset, message: "expected ')' to close the '(' at column offset \(start.offset + 1), found \(describe(token))")
            }
            try advance()
            return inner
        case .word(let word):
            try advance()
            return try parseAtom(word, at: start.offset)
        default:
            throw ConditionError(offset: token.offset, message: "expected a condition such as 'done(8)' or 'severity >= sev2', found \(describe(token))")
        }
    }

    private mutating func parseAtom(_ word: String, at offset: Int) throws(ConditionError) -> Condition {
        switch word {
        case "true": return .constant(true)
        case "false": return .constant(false)
        case "severity":
            let comparison = try expectComparison(after: "severity")
            let (value, valueOffset) = try expectWord("a severity (sev1 … sev4)")
            guard let severity = Severity(rawValue: value) else {
                throw ConditionError(offset: valueOffset, message: "unknown severity '\(value)'; expected sev1, sev2, sev3 or sev4")
            }
            return .severity(comparison, severity)
        case "time":
            let comparison = try expectComparison(after: "time")
            let (value, valueOffset) = try expectWord("a duration such as 2h")
            guard let duration = SimDuration(parsing: value) else {
                throw ConditionError(offset: valueOffset, message: "bad duration '\(value)'; expected a number and a unit, such as 30m, 2h or 1d")
            }
            return .time(comparison, duration)
        case "attacker":
            try expect(.dot, "'.present' after 'attacker'")
            let (property, propertyOffset) = try expectWord("'present'")
            guard property == "present" else {
                throw ConditionError(offset: propertyOffset, message: "unknown property 'attacker.\(property)'; the only one is 'attacker.present'")
            }
            return .attackerPresent
        case "done", "revealed", "fired", "chose", "did", "asset", "person", "clock", "truth", "variant", "knows":
            return try parseCall(word, at: offset)
        case "and", "or", "not":
            throw ConditionError(offset: offset, message: "expected a condition before '\(word)'")
        default:
            let functions = ["done", "revealed", "fired", "chose", "did", "asset", "person", "clock", "truth", "variant", "knows", "severity", "time", "attacker", "true", "false"]
            throw ConditionError(offset: offset, message: "unknown condition '\(word)'\(Suggestion.didYouMean(word, among: functions))")
        }
    }

    private mutating func parseCall(_ name: String, at offset: Int) throws(ConditionError) -> Condition {
        guard token.kind == .openParen else {
            throw ConditionError(offset: token.offset, message: "expected '(' after '\(name)', found \(describe(token))")
        }
        if name == "did" {
            return try parseDid()
        }
        try advance()
        let (argument, argumentOffset) = try expectWord("an id inside \(name)(…)")
        var number: Int?
        var second: (String, Int)?
        if name == "variant" {
            try expect(.comma, "',' and a value id in variant(variable, value)")
            second = try expectWord("a value id")
        } else if name == "knows" {
            try expect(.comma, "',' and a fact id in knows(person or audience, fact)")
            second = try expectWord("a fact id")
        } else if name == "chose" {
            try expect(.comma, "',' and an option number in chose(decision, n)")
            let (text, numberOffset) = try expectWord("an option number")
            guard let value = Int(text), value >= 1, value <= 99 else {
                throw ConditionError(offset: numberOffset, message: "expected an option number from 1 to 99, found '\(text)'")
            }
            number = value
        }
        guard token.kind == .closeParen else {
            throw ConditionError(offset: token.offset, message: "expected ')' after \(name)(\(argument), found \(describe(token))")
        }
        try advance()
        switch name {
        case "done":
            references.append(.init(kind: .step, name: argument, offset: argumentOffset))
            return .done(Int(argument).map(StepReference.number) ?? .slug(argument))
        case "revealed":
            references.append(.init(kind: .fact, name: argument, offset: argumentOffset))
            return .revealed(argument)
        case "fired":
            references.append(.init(kind: .inject, name: argument, offset: argumentOffset))
            return .fired(argument)
        case "chose":
            references.append(.init(kind: .decision, name: argument, offset: argumentOffset))
            return .chose(argument, number!)
        case "knows":
            // An audience (`leadership`, `legal`) stands for the people of its team; anything else is a person.
            if Audience(rawValue: argument) == nil { references.append(.init(kind: .person, name: argument, offset: argumentOffset)) }
            references.append(.init(kind: .fact, name: second!.0, offset: second!.1))
            return .knows(argument, second!.0)
        case "variant":
            references.append(.init(kind: .variable, name: argument, offset: argumentOffset))
            references.append(.init(kind: .variantValue, name: second!.0, offset: second!.1))
            return .variant(argument, second!.0)
        case "truth":
            // Format 2 names each flag as `truth:` and the severity matrix do; format 1's spellings still parse.
            if argument == TruthFlag.attackerPresentName { return .attackerPresent }
            guard let flag = TruthFlag(rawValue: argument) ?? TruthFlag.allCases.first(where: { $0.name == argument }) else {
                throw ConditionError(offset: argumentOffset, message: "unknown truth flag '\(argument)'\(Self.choices(TruthFlag.names, for: argument))")
            }
            return .truth(flag)
        default:
            return try parseProperty(of: name, id: argument, idOffset: argumentOffset)
        }
    }

    private mutating func parseProperty(of name: String, id: String, idOffset: Int) throws(ConditionError) -> Condition {
        guard token.kind == .dot else {
            throw ConditionError(offset: token.offset, message: "expected '.' and a state after \(name)(\(id)), as in \(name)(\(id)).\(name == "asset" ? "isolated" : name == "person" ? "paged" : "running")")
        }
        try advance()
        let (property, propertyOffset) = try expectWord("a state")
        switch name {
        case "asset":
            guard let state = AssetState(rawValue: property) else {
                throw ConditionError(offset: propertyOffset, message: "unknown asset state '\(property)'\(Self.choices(AssetState.allCases.map(\.rawValue), for: property))")
            }
            references.append(.init(kind: .asset, name: id, offset: idOffset))
            return .asset(id, state)
        case "person":
            guard let state = PersonState(rawValue: property) else {
                throw ConditionError(offset: propertyOffset, message: "unknown person state '\(property)'\(Self.choices(PersonState.allCases.map(\.rawValue), for: property))")
            }
            references.append(.init(kind: .person, name: id, offset: idOffset))
            return .person(id, state)
        default:
            guard let state = ClockState(rawValue: property) else {
                throw ConditionError(offset: propertyOffset, message: "unknown clock state '\(property)'\(Self.choices(ClockState.allCases.map(\.rawValue), for: property))")
            }
            references.append(.init(kind: .clock, name: id, offset: idOffset))
            return .clock(id, state)
        }
    }

    private mutating func parseDid() throws(ConditionError) -> Condition {
        let (raw, rawOffset) = lexer.rawUntilCloseParen()
        let pattern: ActionPattern
        switch ActionPattern.parse(raw) {
        case .success(let parsed): pattern = parsed
        case .failure(let error): throw ConditionError(offset: rawOffset + error.offset, message: error.message)
        }
        try advance()
        guard token.kind == .closeParen else {
            throw ConditionError(offset: token.offset, message: "expected ')' to close did(…)")
        }
        try advance()
        if let object = pattern.object, let kind = Self.referenceKind(for: pattern.verb.argument) {
            // The object is the last word inside the parentheses.
            let objectOffset = rawOffset + raw.trimmingTrailingSpaces().unicodeScalars.count - object.unicodeScalars.count
            references.append(.init(kind: kind, name: object, offset: objectOffset))
        }
        return .did(pattern)
    }

    /// The kind of id a verb's object names, when it names one the scenario declares.
    static func referenceKind(for argument: ArgumentKind) -> ReferenceKind? {
        switch argument {
        case .person: .person
        case .asset: .asset
        case .channel: .channel
        default: nil
        }
    }

    private mutating func expectComparison(after word: String) throws(ConditionError) -> Comparison {
        guard case .comparison(let comparison) = token.kind else {
            throw ConditionError(offset: token.offset, message: "expected a comparison (<, <=, ==, !=, >=, >) after '\(word)', found \(describe(token))")
        }
        try advance()
        return comparison
    }

    private mutating func expectWord(_ what: String) throws(ConditionError) -> (String, Int) {
        guard case .word(let word) = token.kind else {
            throw ConditionError(offset: token.offset, message: "expected \(what), found \(describe(token))")
        }
        let offset = token.offset
        try advance()
        return (word, offset)
    }

    private mutating func expect(_ kind: ConditionToken.Kind, _ what: String) throws(ConditionError) {
        guard token.kind == kind else {
            throw ConditionError(offset: token.offset, message: "expected \(what), found \(describe(token))")
        }
        try advance()
    }

    private func describe(_ token: ConditionToken) -> String {
        switch token.kind {
        case .word(let word): "'\(word)'"
        case .comparison(let comparison): "'\(comparison.rawValue)'"
        case .openParen: "'('"
        case .closeParen: "')'"
        case .comma: "','"
        case .dot: "'.'"
        case .end: "the end of the condition"
        }
    }

    private static func choices(_ names: [String], for word: String) -> String {
        let suggestion = Suggestion.didYouMean(word, among: names)
        return suggestion.isEmpty ? "; expected one of: \(names.joined(separator: ", "))" : suggestion
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
