import Yams

/// Builds a `SeverityMatrix` from `Scoring/severity.yaml`.
struct SeverityMatrixBuilder {
    static let topKeys = ["format", "source", "levels"]
    static let levelKeys = ["level", "name", "criteria", "impacts", "notify", "examples", "acknowledge_within",
                            "commander_within", "executive_updates", "postmortem_within", "when"]

    let collector: DiagnosticCollector

    func build(_ root: Node) -> SeverityMatrix? {
        guard let top = MappingReader(root, context: "the severity matrix", keys: Self.topKeys, collector: collector) else { return nil }
        _ = top.integer("format", in: 1...1, required: true)
        let nodes = top.list("levels", required: true)
        let levels = nodes.compactMap { node -> SeverityLevel? in
            guard let map = MappingReader(node, context: "a severity level", keys: Self.levelKeys, collector: collector),
                  let level = map.choice("level", Severity.self, required: true) else { return nil }
            guard let name = map.text("name", required: true), let criteria = map.text("criteria", required: true),
                  let impacts = map.text("impacts", required: true) else { return nil }
            return SeverityLevel(
                level: level, name: name, criteria: criteria, impacts: impacts,
                notify: map.strings("notify").map(\.value), examples: map.strings("examples").map(\.value),
                rules: map.strings("when").compactMap(rule), acknowledgeWithin: map.duration("acknowledge_within"), commanderWithin: map.duration("commander_within"),
                executiveUpdates: map.duration("executive_updates"), postmortemWithin: map.duration("postmortem_within"))
        }
        if levels.count == nodes.count, levels.map(\.level) != Severity.allCases {
            collector.error("the matrix must list sev1, sev2, sev3 and sev4, once each and in that order", at: top.keyLocation("levels"))
        }
        if levels.count == nodes.count, let lowest = levels.last, levels.dropLast().contains(where: \.rules.isEmpty) {
            collector.error("every level but the least severe needs 'when:', the signals that put an incident there (\(lowest.level) is the level when no rule holds)",
                            at: top.keyLocation("levels"))
        }
        return levels.count == nodes.count ? SeverityMatrix(levels: levels) : nil
    }

    /// One rule of `when:`: signals joined by `and`, all of which must hold (`attacker-present and personal-data`).
    func rule(_ text: Located<String>) -> [SeveritySignal]? {
        let names = SeveritySignal.allCases.map(\.rawValue)
        var signals: [SeveritySignal] = []
        for word in text.value.split(separator: " ").map(String.init) where word != "and" {
            guard let signal = SeveritySignal(rawValue: word) else {
                let hint = Suggestion.didYouMean(word, among: names)
                collector.error("'\(word)' is not a signal the matrix knows\(hint.isEmpty ? "; expected signals joined by 'and', from: \(names.joined(separator: ", "))" : hint)",
                                at: text.location)
                return nil
            }
            signals.append(signal)
        }
        guard !signals.isEmpty else {
            collector.error("a rule of 'when:' names no signal", at: text.location)
            return nil
        }
        return signals
    }
}
