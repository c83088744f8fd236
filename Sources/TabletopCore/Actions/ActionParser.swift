/// Turns a shell line into an `Action`, or into a one-line error that says what was expected.
///
/// The parser knows the vocabulary but not the drill: whether `web-03` exists is the engine's
/// question, so that completion and suggestions only ever offer what the trainee has discovered.
public enum ActionParser {
    /// Parses a line that may start with `@name` (solo play with `--players`, and session logs);
    /// `nil` for a blank line.
    public static func parse(_ line: String) -> Result<ParsedLine?, InputError> {
        let tokens: [LineToken]
        switch LineTokenizer.tokenize(line) {
        case .success(let value): tokens = value
        case .failure(let error): return .failure(error)
        }
        var words = tokens[...]
        var actor: String?
        if let first = words.first, !first.quoted, first.text.hasPrefix("@") {
            let name = String(first.text.dropFirst())
            guard !name.isEmpty else { return .failure(InputError("write the player's name right after '@', as in '@bo notify legal'")) }
            actor = name
            words = words.dropFirst()
        }
        guard !words.isEmpty else {
            return actor.map { .failure(InputError("'@\($0)' needs a command after it")) } ?? .success(nil)
        }
        return action(Array(words)).map { ParsedLine(actor: actor, action: $0) }
    }

    /// Parses a command typed by a known player: no `@name` prefix is read (an `@` word is an unknown
    /// command); `nil` for a blank line.
    public static func parseAction(_ line: String) -> Result<Action?, InputError> {
        switch LineTokenizer.tokenize(line) {
        case .success(let tokens): tokens.isEmpty ? .success(nil) : action(tokens).map { $0 }
        case .failure(let error): .failure(error)
        }
    }

    /// The verb the words start with, and its arguments.
    private static func action(_ words: [LineToken]) -> Result<Action, InputError> {
        let lowered = words.map { $0.quoted ? Substring($0.text) : Substring($0.text.lowercased()) }
        guard let (verb, rest) = Vocabulary.match(lowered) else {
            let word = words[0].text
            let hint = Suggestion.didYouMean(word.lowercased(), among: Vocabulary.spellings)
            return .failure(InputError("unknown command '\(word.prefix(40))'" + (hint.isEmpty ? "; type 'help' for the list" : hint)))
        }
        return arguments(for: verb, Array(words[rest.startIndex...]))
    }

    private static func arguments(for verb: Verb, _ arguments: [LineToken]) -> Result<Action, InputError> {
        var action = Action(verb: verb)
        var words: [LineToken] = []
        // Options first: --signal for channel, --owner X for followup.
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            if !token.quoted, token.text.hasPrefix("--") {
                guard let option = verb.options.first(where: { $0.name == token.text }) else {
                    return .failure(InputError("'\(verb.spelling)' has no option \(token.text.prefix(30))"))
                }
                if let missingValue = option.missingValue {
                    guard index + 1 < arguments.count else { return .failure(InputError(missingValue)) }
                    action.owner = arguments[index + 1].text
                    index += 1
                } else {
                    action.outOfBand = true
                }
            } else {
                words.append(token)
            }
            index += 1
        }
        let usage = Usage.line(for: verb)
        func missing(_ what: String) -> Result<Action, InputError> {
            .failure(InputError("'\(verb.spelling)' needs \(what): \(usage)"))
        }
        func rest(from start: Int) -> String? {
            guard start < words.count else { return nil }
            return words[start...].map(\.text).joined(separator: " ")
        }
        func extra(after count: Int) -> Result<Action, InputError>? {
            guard words.count > count else { return nil }
            return .failure(InputError("'\(verb.spelling)' takes \(count == 0 ? "nothing" : "one \(verb.argument.noun)") after it, but '\(words[count].text.prefix(30))' follows: \(usage)"))
        }

        switch verb.argument {
        case .none:
            if let error = extra(after: 0) { return error }
        case .person:
            guard let first = words.first else {
                if verb.argumentIsOptional { break }
                return missing("a person")
            }
            action.object = first.text.lowercased()
            switch verb {
            case .ask:
                guard let topic = rest(from: 1) else { return missing("a topic after the person") }
                action.text = topic
            case .invite:
                if words.count > 1 { action.channel = Self.channelName(words[1].text) }
                if let error = extra(after: 2) { return error }
            default:
                if let error = extra(after: 1) { return error }
            }
        case .asset, .indicator, .audience, .severity, .section:
            guard let first = words.first else { return missing("\(verb.argument.article) \(verb.argument.noun)") }
            let object = verb.argument == .indicator ? first.text : first.text.lowercased()
            action.object = object
            switch verb.argument {
            case .audience:
                guard Audience(rawValue: object) != nil else {
                    return .failure(InputError("'\(first.text.prefix(30))' is not someone to notify\(Self.didYouMean(object, Audience.allCases.map(\.rawValue))): \(usage)"))
                }
                if let error = extra(after: 1) { return error }
            case .severity:
                guard Severity(rawValue: object) != nil else {
                    return .failure(InputError("'\(first.text.prefix(30))' is not a severity; use sev1 (critical) to sev4 (low): \(usage)"))
                }
                action.text = rest(from: 1)
            case .section:
                guard DocumentSection(rawValue: object) != nil else {
                    return .failure(InputError("'\(first.text.prefix(30))' is not a section of the document\(Self.didYouMean(object, DocumentSection.allCases.map(\.rawValue))): \(usage)"))
                }
                guard let text = rest(from: 1) else { return missing("the text to write") }
                action.text = text
            default:
                if let error = extra(after: 1) { return error }
            }
        case .channel:
            guard let first = words.first else { return missing("a channel name") }
            action.object = Self.channelName(first.text)
            if verb == .post {
                guard let text = rest(from: 1) else { return missing("a message after the channel") }
                action.text = text
            } else if let error = extra(after: 1) {
                return error
            }
        case .duration:
            guard let first = words.first else { return missing("a duration") }
            guard let duration = SimDuration(parsing: first.text.lowercased()), duration.seconds > 0 else {
                return .failure(InputError("'\(first.text.prefix(30))' is not a duration; use a number and a unit, such as 30m, 2h or 1d"))
            }
            action.duration = duration
            if let error = extra(after: 1) { return error }
        case .choice:
            guard let first = words.first else { return missing("an option number or words of the option") }
            if let number = Int(first.text) {
                guard number >= 1, number <= 99 else { return .failure(InputError("'\(first.text.prefix(30))' is not an option number: \(usage)")) }
                action.choice = number
                if let error = extra(after: 1) { return error }
            } else {
                action.text = rest(from: 0)
            }
        case .text:
            guard let text = rest(from: 0) else {
                if verb.argumentIsOptional { break }
                return missing("some text")
            }
            action.text = text
        case .topic:
            action.text = rest(from: 0)
        }
        return .success(action)
    }

    /// Channel names always start with `#`.
    static func channelName(_ text: String) -> String {
        let lowered = text.lowercased()
        return lowered.hasPrefix("#") ? lowered : "#" + lowered
    }

    private static func didYouMean(_ word: String, _ names: [String]) -> String {
        let hint = Suggestion.didYouMean(word, among: names)
        return hint.isEmpty ? "; choose from \(names.joined(separator: ", "))" : hint
    }
}

extension ArgumentKind {
    /// How help and errors name the argument.
    var noun: String {
        switch self {
        case .none: "nothing"
        case .person: "person"
        case .asset: "asset"
        case .channel: "channel"
        case .severity: "severity"
        case .audience: "audience"
        case .indicator: "indicator (IP, domain or hash)"
        case .section: "section"
        case .duration: "duration"
        case .text: "text"
        case .choice: "option number"
        case .topic: "topic"
        }
    }

    var article: String {
        ["asset", "audience", "indicator (IP, domain or hash)", "option number"].contains(noun) ? "an" : "a"
    }
}
