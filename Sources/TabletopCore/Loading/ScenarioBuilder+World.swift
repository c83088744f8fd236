import Yams

extension ScenarioBuilder {
    func readTruth(_ top: MappingReader) -> GroundTruth? {
        guard let truth = top.mapping("truth", context: "'truth'", keys: ScenarioKeys.truth, required: true) else {
            return nil
        }
        let insider = reference(truth, "insider", .person)
        let stages = truth.list("severity", required: true).compactMap { node -> SeverityStage? in
            guard let stage = MappingReader(node, context: "a 'truth.severity' stage", keys: ScenarioKeys.severityStage, collector: collector),
                  let level = stage.choice("level", Severity.self, required: true) else {
                return nil
            }
            stageLocations.append(stage.keyLocation("level"))
            return SeverityStage(level: level, from: condition(stage, "only_if"))
        }
        if let first = stages.first, first.from != nil {
            collector.error("the first 'truth.severity' stage is the baseline and takes no 'only_if'", at: truth.keyLocation("severity"))
        }
        return GroundTruth(
            personalData: truth.bool("personal-data", default: false),
            commsCompromised: truth.bool("comms-compromised", default: false),
            insider: insider,
            falsePositive: truth.bool("false-positive", default: false),
            publicStatementLikely: truth.bool("public-statement-likely", default: false),
            attackerPresent: truth.bool("attacker-present", default: false),
            severity: stages)
    }

    func readFact(_ node: Node) -> Fact? {
        guard let (map, id) = identified(node, noun: "fact", keys: ScenarioKeys.fact, example: "exfil", declaring: .fact) else {
            return nil
        }
        guard let text = map.text("text", required: true) else { return nil }
        factLocations[id.value] = id.location
        let names = SeveritySignal.shownByFacts.map(\.rawValue)
        let shows = map.strings("shows").compactMap { signal -> SeveritySignal? in
            switch SeveritySignal(rawValue: signal.value) {
            case let parsed? where !parsed.isTruth: return parsed
            case .some: collector.error("'\(signal.value)' in \(map.context) is set by 'truth:', not shown by a fact", at: signal.location)
            case nil:
                let hint = Suggestion.didYouMean(signal.value, among: names)
                collector.error("'\(signal.value)' is not something a fact can show in \(map.context)\(hint.isEmpty ? "; expected one of: \(names.joined(separator: ", "))" : hint)",
                                at: signal.location)
            }
            return nil
        }
        return Fact(id: id.value, text: text, known: map.bool("known", default: false), shows: shows, available: condition(map, "available"),
                    past: pastTense(map))
    }

    /// A fact's `past:` wording and the `past_when:` condition from which it applies: both or neither.
    private func pastTense(_ map: MappingReader) -> PastTense? {
        let text = map.text("past"), when = condition(map, "past_when")
        switch (text, when) {
        case let (text?, when?): return PastTense(when: when, text: text)
        case (nil, nil): return nil
        case (.some, nil):
            if !map.has("past_when") { collector.error("'past' in \(map.context) needs 'past_when: <condition>': from when the fact reads in the past", at: map.location) }
            return nil
        case (nil, .some):
            collector.error("'past_when' in \(map.context) needs 'past: \"…\"': how the fact reads once it holds", at: map.location)
            return nil
        }
    }

    func readPerson(_ node: Node) -> Person? {
        guard let (map, id) = identified(node, noun: "person", keys: ScenarioKeys.person, example: "dana", declaring: .person) else {
            return nil
        }
        let answers = map.list("answers").compactMap { readAnswer($0, person: id.value) }
        guard let name = map.text("name", required: true), let role = map.text("role", required: true) else { return nil }
        let known = map.bool("known", default: true)
        let revealedBy = reference(map, "revealed_by", .fact)
        if !known, revealedBy == nil {
            collector.error("\(map.context) is not known at the start, so it needs 'revealed_by: <fact>'", at: map.location)
        }
        return Person(
            id: id.value, name: name, role: role, team: map.text("team") ?? "",
            reachable: map.bool("reachable", default: true),
            responseTime: map.duration("response_time") ?? .minutes(10),
            mustNotKnow: map.bool("must_not_know", default: false),
            known: known, revealedBy: revealedBy, answers: answers,
            defaultAnswer: map.text("default_answer") ?? "I don't know anything about that.",
            briefedAnswer: map.text("briefed_answer"))
    }

    /// Words that open questions rather than say what they are about.
    static let questionWords: Set<String> = ["what", "who", "how", "when", "where", "why", "which", "is", "are", "do", "does",
                                             "can", "could", "should", "would", "will", "the", "a", "an", "you", "we"]

    private func readAnswer(_ node: Node, person: String) -> Answer? {
        guard let map = MappingReader(node, context: "an answer of person '\(person)'", keys: ScenarioKeys.answer, collector: collector) else {
            return nil
        }
        let located = map.strings("topics", required: true)
        // A question word as a topic fits nearly every question (`ask omar what severity…` got the file names).
        for topic in located where Self.questionWords.contains(topic.value.lowercased()) {
            collector.warning("topic '\(topic.value)' of an answer of person '\(person)' is a question word and fits nearly every question;"
                              + " name what the answer is about", at: topic.location)
        }
        let topics = located.map { $0.value.lowercased() }
        let when = condition(map, "only_if")
        let reveals = reveals(map)
        let effects = effects(map)
        guard let text = map.text("text", required: true), !topics.isEmpty else { return nil }
        return Answer(topics: topics, when: when, text: text, reveals: reveals, effects: effects,
                      knows: referenceList(map, "knows", .fact), unlessKnows: referenceList(map, "unless_knows", .fact))
    }

    func readAsset(_ node: Node) -> Asset? {
        guard let (map, id) = identified(node, noun: "asset", keys: ScenarioKeys.asset, example: "web-03", declaring: .asset) else {
            return nil
        }
        let states = map.strings("state").compactMap {
            MappingReader.choice($0, AssetState.self, key: "state", context: map.context, collector: collector)
        }
        let known = map.bool("known", default: true)
        let revealedBy = reference(map, "revealed_by", .fact)
        if !known, revealedBy == nil {
            collector.error("\(map.context) is not known at the start, so it needs 'revealed_by: <fact>'", at: map.location)
        }
        let owner = reference(map, "owner", .person)
        let inspect = readFinding(map, "inspect")
        let logs = readFinding(map, "logs")
        let costs = readCosts(map, key: "costs", context: "the costs of \(map.context)")
        guard let name = map.text("name", required: true), let kind = map.choice("kind", AssetKind.self, required: true) else {
            return nil
        }
        return Asset(
            id: id.value, name: name, kind: kind, owner: owner,
            criticality: map.choice("criticality", Criticality.self) ?? .medium,
            initialStates: states, known: known, revealedBy: revealedBy, inspect: inspect, logs: logs, costs: costs,
            groups: map.strings("groups").map { $0.value.lowercased() }, heldBy: reference(map, "held_by", .asset),
            purpose: map.text("purpose"))
    }

    /// `inspect:` and `logs:` take plain text, or a mapping with text and the facts it reveals.
    private func readFinding(_ map: MappingReader, _ key: String) -> Finding? {
        guard let value = map.value(key) else { return nil }
        if case .scalar = value {
            return map.text(key).map { Finding(text: $0, reveals: []) }
        }
        guard let finding = map.mapping(key, context: "'\(key)' of \(map.context)", keys: ScenarioKeys.finding),
              let text = finding.text("text", required: true) else {
            return nil
        }
        return Finding(text: text, reveals: reveals(finding))
    }

    func readChannel(_ node: Node) -> Channel? {
        guard let first = MappingReader(node, context: "a channel", keys: ScenarioKeys.channel, collector: collector),
              let id = first.identifier("id", required: true, example: "#incident") else {
            return nil
        }
        guard id.value.hasPrefix("#") else {
            collector.error("channel ids start with '#', such as '#\(id.value)'", at: id.location)
            return nil
        }
        references.declare(.channel, id)
        let map = first.renamed("channel '\(id.value)'")
        return Channel(
            id: id.value,
            visibility: map.choice("visibility", Channel.Visibility.self) ?? .public,
            members: referenceList(map, "members", .person),
            compromised: map.bool("compromised", default: false),
            purpose: map.text("purpose") ?? "")
    }
}

extension MappingReader {
    /// The same mapping described differently in messages (once its id is known). Keys were checked already.
    func renamed(_ newContext: String) -> MappingReader {
        MappingReader(renaming: self, context: newContext)
    }
}
