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
            let hint = Suggestion.didYouMean(word.lowercased(), among: Vocabulary.suggestable)
            return .failure(InputError("unknown command '\(word.prefix(40))'" + (hint.isEmpty ? "; type 'help' for the list" : hint)))
        }
        return arguments(for: verb, Array(words[rest.startIndex...]))
    }

    /// The action the verb and the words after it make: options first, then the argument.
    private static func arguments(for verb: Verb, _ arguments: [LineToken]) -> Result<Action, InputError> {
        var action = Action(verb: verb)
        let positional: [LineToken]
        switch takeOptions(of: verb, from: arguments, into: &action) {
        case .success(let words): positional = words
        case .failure(let error): return .failure(error)
        }
        let words = Words(verb: verb, tokens: positional, usage: Usage.line(for: verb))
        if let error = readTime(words, into: &action) ?? unschedulable(words) { return .failure(error) }
        // A scheduled action's argument is the words before its `at`.
        let argument = Words(verb: verb, tokens: action.until == nil ? positional : Array(positional.prefix { !isAt($0) }), usage: words.usage)
        if let error = readArgument(argument, into: &action) { return .failure(error) }
        return .success(action)
    }

    /// `at` as a word of its own, which starts the time of a scheduled action.
    private static func isAt(_ token: LineToken) -> Bool { !token.quoted && token.text.lowercased() == "at" }

    /// `disable kai-account at Fri 10:00`: a verb that may be scheduled (`Verb.isSchedulable`) takes
    /// `at <time>` after its object; the time goes into `until` and the words before it are the argument.
    private static func readTime(_ words: Words, into action: inout Action) -> InputError? {
        guard words.verb.isSchedulable, words.verb != .statementPublish,
              let at = words.tokens.firstIndex(where: isAt), at >= 1 else { return nil }
        return readLocalTime(words, from: at + 1, into: &action)
    }

    /// `rollout at 17:00`: a verb done when typed cannot be set for a time; say how to get there instead
    /// of that it "takes nothing after it" (blind24: 'rollout at <time>' was refused without a way on).
    private static func unschedulable(_ words: Words) -> InputError? {
        let objectWords: Int
        switch words.verb.argument {
        case .none: objectWords = 0
        case .asset, .indicator, .audience: objectWords = 1
        default: return nil
        }
        guard !words.verb.isSchedulable, words.tokens.count > objectWords + 1, isAt(words.tokens[objectWords]) else { return nil }
        // Only a time ("at 17:00", "at Fri 10:00"), so that "notify customers at once" keeps its own error.
        let first = words.tokens[objectWords + 1].text
        let day = Self.weekdays.contains(String(first.lowercased().prefix(3)))
        guard first.first?.isNumber == true || first.lowercased().hasPrefix("t+") || day else { return nil }
        let time = day ? words.tokens[(objectWords + 1)...].prefix(2).map(\.text).joined(separator: " ") : first
        return InputError("'\(words.verb.spelling)' is done when you type it and cannot be set for a time: "
            + "'wait until \(time.prefix(20))' first, then type it. Usage: \(words.usage)")
    }

    private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Takes the options (--signal for channel, --owner X for followup) into the action, and
    /// returns the other words in order.
    private static func takeOptions(of verb: Verb, from arguments: [LineToken], into action: inout Action) -> Result<[LineToken], InputError> {
        var words: [LineToken] = []
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
        return .success(words)
    }

    /// The words after the verb once the options are taken out, and the errors that quote them.
    private struct Words {
        let verb: Verb
        let tokens: [LineToken]
        let usage: String

        var first: LineToken? { tokens.first }

        func missing(_ what: String) -> InputError {
            InputError("'\(verb.spelling)' needs \(what): \(usage)")
        }

        /// The words from `start` on, joined by spaces; nil when there are none.
        func rest(from start: Int) -> String? {
            guard start < tokens.count else { return nil }
            return tokens[start...].map(\.text).joined(separator: " ")
        }

        /// The error for words after the first `count`, when there are any.
        func extra(after count: Int) -> InputError? {
            guard tokens.count > count else { return nil }
            let extra = tokens[count].text
            // Cut at a word, marked, so the quote never ends mid-word (blind16: "'SEC restricted: web-03/05/07 w' follows").
            let shown = extra.count <= 30 ? extra : String(extra.prefix(30)).split(separator: " ").dropLast().joined(separator: " ") + " …"
            // Two words for one name ("lookup deploy key"): say how to write it as one.
            let joined = count == 1 && tokens.count == 2 && !tokens[0].text.contains(" ") && !extra.contains(" ")
                ? "; if '\(tokens[0].text) \(extra)' is one name, write it '\(tokens[0].text)-\(extra)'" : ""
            // `lookup` finds addresses, key ids and assets as well as people (blind15: "takes one person").
            let noun = verb == .lookup ? "name (a person, an address, a key id or an asset)" : verb.argument.noun
            return InputError("'\(verb.spelling)' takes \(count == 0 ? "nothing" : "one \(noun)") after it, but '\(shown)' follows\(joined). Usage: \(usage)")
        }
    }

    /// Reads the verb's argument into the action; the error when the words do not fit it.
    private static func readArgument(_ words: Words, into action: inout Action) -> InputError? {
        switch words.verb.argument {
        case .none where words.verb == .statementPublish && words.first?.text.lowercased() == "at":
            return readLocalTime(words, from: 1, into: &action)
        case .none:
            return words.extra(after: 0)
        case .person:
            return readPerson(words, into: &action)
        case .asset, .indicator, .audience, .severity, .section:
            return readNamed(words, into: &action)
        case .channel:
            return readChannel(words, into: &action)
        case .duration:
            return readDuration(words, into: &action)
        case .choice:
            return readChoice(words, into: &action)
        case .text:
            guard let text = words.rest(from: 0) else { return words.verb.argumentIsOptional ? nil : words.missing("some text") }
            action.text = text
            return nil
        case .topic:
            action.text = words.rest(from: 0)
            return nil
        }
    }

    /// A person, then a topic for `ask` or a channel for `invite`.
    private static func readPerson(_ words: Words, into action: inout Action) -> InputError? {
        guard let first = words.first else { return words.verb.argumentIsOptional ? nil : words.missing("a person") }
        action.object = first.text.lowercased()
        switch words.verb {
        case .ask:
            guard let topic = words.rest(from: 1) else { return words.missing("a topic after the person") }
            action.text = topic
            return nil
        case .tell:
            guard let text = words.rest(from: 1) else { return words.missing("a message after the person") }
            action.text = text
            return nil
        case .delegate:
            guard let task = words.rest(from: 1) else { return words.missing("a task after the person, as a command") }
            action.text = task
            return nil
        case .invite:
            if words.tokens.count > 1 { action.channel = Self.channelName(words.tokens[1].text) }
            return words.extra(after: 2)
        default:
            return words.extra(after: 1)
        }
    }

    /// An asset, indicator, audience, severity or document section; the last three must be ones that exist.
    private static func readNamed(_ words: Words, into action: inout Action) -> InputError? {
        let argument = words.verb.argument
        guard let first = words.first else { return words.missing("\(argument.article) \(argument.noun)") }
        var object = argument == .indicator ? first.text : first.text.lowercased()
        // "severity 2" and "sev 2" mean sev2: the level is what people say, the prefix is ours.
        if argument == .severity, let level = Int(object), Severity(rawValue: "sev\(level)") != nil { object = "sev\(level)" }
        action.object = object
        let quoted = first.text.prefix(30)
        switch argument {
        case .audience:
            guard Audience(rawValue: object) != nil else {
                return InputError("'\(quoted)' is not someone to notify\(Self.didYouMean(object, Audience.allCases.map(\.rawValue))): \(words.usage)")
            }
            return words.extra(after: 1)
        case .severity:
            guard Severity(rawValue: object) != nil else {
                return InputError("'\(quoted)' is not a severity; use sev1 (critical) to sev4 (low): \(words.usage)")
            }
            action.text = words.rest(from: 1)
            return nil
        case .section:
            guard DocumentSection(rawValue: object) != nil else {
                return InputError("'\(quoted)' is not a section of the document\(Self.didYouMean(object, DocumentSection.allCases.map(\.rawValue))): \(words.usage)")
            }
            guard let text = words.rest(from: 1) else { return words.missing("the text to write") }
            action.text = text
            return nil
        default:
            return words.extra(after: 1)
        }
    }

    /// A channel name, then the message for `post`.
    private static func readChannel(_ words: Words, into action: inout Action) -> InputError? {
        guard let first = words.first else { return words.missing("a channel name") }
        // `channel create` means "make one", not a channel called #create: a bare word that reads as
        // an instruction is refused, and the trainee is told names start with `#`.
        if words.verb == .channel, !first.text.hasPrefix("#"), Self.channelVerbs.contains(first.text.lowercased()) {
            return InputError("'\(first.text.prefix(30))' reads as an instruction, not a channel name; channel names start with '#': \(words.usage)")
        }
        action.object = Self.channelName(first.text)
        guard words.verb == .post else { return words.extra(after: 1) }
        guard let text = words.rest(from: 1) else { return words.missing("a message after the channel") }
        action.text = text
        return nil
    }

    private static func readDuration(_ words: Words, into action: inout Action) -> InputError? {
        guard let first = words.first else { return words.missing("a duration") }
        if words.verb == .wait, first.text.lowercased() == "until" { return readLocalTime(words, from: 1, into: &action) }
        guard let duration = SimDuration(parsing: first.text.lowercased()), duration.seconds > 0 else {
            return InputError("'\(first.text.prefix(30))' is not a duration; use a number and a unit, such as 30m, 2h or 1d")
        }
        action.duration = duration
        return words.extra(after: 1)
    }

    /// A local time after `until` or `at`: `18:00`, or a day and a time, `Fri 10:00`.
    private static func readLocalTime(_ words: Words, from start: Int, into action: inout Action) -> InputError? {
        guard let text = words.rest(from: start) else { return words.missing("a local time, such as 18:00, Fri 10:00 or T+2h") }
        guard let time = LocalTime(parsing: text) else {
            return InputError("'\(text.prefix(30))' is not a local time; use 24-hour time such as 18:00, a day and a time such as Fri 10:00, or the drill's clock such as T+2h")
        }
        action.until = time
        return nil
    }

    /// An option number, or words of the option.
    private static func readChoice(_ words: Words, into action: inout Action) -> InputError? {
        guard let first = words.first else { return words.missing("an option number or words of the option") }
        guard let number = Int(first.text) else {
            action.text = words.rest(from: 0)
            return nil
        }
        guard number >= 1, number <= 99 else { return InputError("'\(first.text.prefix(30))' is not an option number: \(words.usage)") }
        action.choice = number
        return words.extra(after: 1)
    }

    /// Words that tell `channel` what to do rather than name a channel (`channel create`, `channel new`).
    static let channelVerbs: Set<String> = [
        "create", "new", "open", "make", "add", "start", "join", "list", "close", "delete", "remove", "rename", "invite", "show",
    ]

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
