/// Generates the moves of a scenario-blind gaming strategy from what the trainee can see.
///
/// The generator reads only what the shell would show at the start (people, assets, channels, the
/// vocabulary) and whether a question is open, never the scenario's truth, so its score says how
/// much the scorer pays for typing without judgement.
struct GamingMoves {
    private var queue: [String]
    private let strategy: GamingStrategy

    /// Verbs that destroy or rebuild what they touch.
    static let destructive: Set<String> = ["delete", "shutdown", "redeploy", "clean"]

    init(strategy: GamingStrategy, engine: Engine) {
        self.strategy = strategy
        switch strategy {
        case .shotgunDestructiveLast, .shotgunDestructiveFirst:
            let moves = Self.everyMove(engine)
            let (harmful, harmless) = (moves.filter { Self.destructive.contains($0.verb) }, moves.filter { !Self.destructive.contains($0.verb) })
            let ordered = strategy == .shotgunDestructiveFirst ? harmful + harmless : harmless + harmful
            queue = ordered.map(\.line) + ["close", "postmortem run"]
        case .choose1, .choose2, .choose3, .chooseMostCautious, .idleThenClose:
            let hours = max(1, engine.scenario.end.timeLimit.seconds / 3600 - 1)
            queue = Array(repeating: "wait 1h", count: hours) + ["close", "postmortem run"]
        }
    }

    /// The next line to type, or nil when the strategy is done.
    mutating func next(_ engine: Engine) -> String? {
        // Every strategy but idling answers an open question at once, blind: its chosen number, or 1.
        if strategy != .idleThenClose, engine.state.pendingDecisions.first != nil {
            let pick = strategy == .chooseMostCautious ? Self.mostCautious(engine.openChoices) : choice
            return "choose \(min(pick ?? 1, max(engine.openChoices.count, 1)))"
        }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    private var choice: Int? {
        switch strategy {
        case .choose1: 1
        case .choose2: 2
        case .choose3: 3
        default: nil
        }
    }

    /// Words that open or carry a cautious answer, strongest first.
    static let cautiousWords = ["not yet", "no", "wait", "hold", "don't", "do not", "pause", "keep"]

    /// The 1-based number of the shown option that sounds most cautious: the first to start with the
    /// strongest cautious word, else the first to contain one, else nil (option 1). Reads only the
    /// option texts, as a trainee would.
    static func mostCautious(_ options: [String]) -> Int? {
        let texts = options.map { $0.lowercased() }
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        }
        for word in cautiousWords {
            let phrase = words(word)
            if let index = texts.firstIndex(where: { Array(words($0).prefix(phrase.count)) == phrase }) { return index + 1 }
        }
        for word in cautiousWords {
            let phrase = words(word)
            if let index = texts.firstIndex(where: { text in
                let all = words(text)
                return all.indices.contains { Array(all[$0...].prefix(phrase.count)) == phrase }
            }) { return index + 1 }
        }
        return nil
    }

    /// One line per verb and visible object, in vocabulary order.
    private static func everyMove(_ engine: Engine) -> [(verb: String, line: String)] {
        var moves: [(String, String)] = []
        for verb in Vocabulary.verbs where verb.isDecision && !["choose", "why", "close", "postmortem run"].contains(verb.spelling) {
            let objects: [String] = switch verb.argument {
            case .none: [""]
            case .person: engine.knownPeople.map { verb.spelling == "ask" ? "\($0.id) what do you know" : $0.id }
            case .asset: engine.knownAssets.map(\.id)
            case .channel: verb.spelling == "post" ? engine.channelIDs.map { "\($0) \"status update: we are working on the incident\"" } : ["#incident-room"]
            case .severity: ["sev1 \"possible incident\""]
            case .audience: Audience.allCases.map(\.rawValue)
            case .indicator: ["203.0.113.1"]
            case .section: ["impact \"under investigation\""]
            case .duration: ["1h"]
            case .text: ["\"we are handling the incident and will share more soon\""]
            case .choice, .topic: []
            }
            moves += objects.map { (verb.spelling, $0.isEmpty ? verb.spelling : "\(verb.spelling) \($0)") }
        }
        return moves
    }
}
