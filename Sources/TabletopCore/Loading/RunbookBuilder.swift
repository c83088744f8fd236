import Yams

/// Builds a `Runbook` from `Scoring/runbook.yaml`.
struct RunbookBuilder {
    static let topKeys = ["format", "source", "version", "phases", "steps"]
    static let phaseKeys = ["id", "title"]
    static let stepKeys = ["number", "slug", "title", "phase", "summary", "evidence", "evidence_skips_teams", "follow_through", "applies", "applies_reason", "after", "requires", "criteria_expected",
                           "deadline", "weight", "lesson"]

    let collector: DiagnosticCollector

    func build(_ root: Node) -> Runbook? {
        guard let top = MappingReader(root, context: "the runbook", keys: Self.topKeys, collector: collector) else { return nil }
        _ = top.integer("format", in: 1...1, required: true)
        let phases = top.list("phases", required: true).compactMap { node -> Phase? in
            guard let map = MappingReader(node, context: "a phase", keys: Self.phaseKeys, collector: collector),
                  let id = map.identifier("id", required: true), let title = map.text("title", required: true) else { return nil }
            return Phase(id: id.value, title: title)
        }
        let stepNodes = top.list("steps", required: true)
        let slugs = stepNodes.map { node in node.mapping?["slug"]?.scalar?.string ?? "" }
        let steps = stepNodes.enumerated().compactMap { index, node in
            readStep(node, expectedNumber: index + 1, phases: phases.map(\.id), slugs: slugs)
        }
        guard let source = top.text("source", required: true), let version = top.text("version", required: true),
              steps.count == stepNodes.count else {
            return nil
        }
        return Runbook(source: source, version: version, phases: phases, steps: steps)
    }

    private func readStep(_ node: Node, expectedNumber: Int, phases: [String], slugs: [String]) -> RunbookStep? {
        guard let map = MappingReader(node, context: "runbook step \(expectedNumber)", keys: Self.stepKeys, collector: collector) else {
            return nil
        }
        let number = map.integer("number", in: 1...999, required: true)
        if let number, number != expectedNumber {
            collector.error("steps must be numbered in order; expected \(expectedNumber), found \(number)", at: map.keyLocation("number"))
        }
        let phase = map.string("phase", required: true)
        if let phase, !phases.contains(phase.value) {
            collector.error("unknown phase '\(phase.value)' in \(map.context)\(Suggestion.didYouMean(phase.value, among: phases))", at: phase.location)
        }
        let patterns = { (key: String, required: Bool) in
            map.strings(key, required: required).compactMap { text -> ActionPattern? in
                guard let node = map.value(key), let pattern = MappingReader.action(text, node: node, key: key, context: map.context, collector: collector) else {
                    return nil
                }
                return pattern.value
            }
        }
        let evidence = patterns("evidence", true)
        let earlier = { (key: String) in
            map.strings(key).compactMap { text -> Int? in
                let index = Int(text.value) ?? slugs.firstIndex(of: text.value).map { $0 + 1 }
                guard let index, index >= 1, index < expectedNumber else {
                    collector.error("'\(key)' in \(map.context) must name an earlier step, found '\(text.value)'", at: text.location)
                    return nil
                }
                return index
            }
        }
        let after = earlier("after")
        let applies = appliesCondition(map, slugs: slugs)
        guard let slug = map.identifier("slug", required: true), let title = map.text("title", required: true),
              let summary = map.text("summary", required: true), let weight = map.integer("weight", in: 0...100, required: true),
              let lesson = map.text("lesson", required: true), let phase, let number else {
            return nil
        }
        return RunbookStep(
            number: number, slug: slug.value, title: title, phase: phase.value, summary: summary, evidence: evidence,
            evidenceSkipsTeams: map.strings("evidence_skips_teams").map(\.value), followThrough: patterns("follow_through", false), applies: applies, appliesReason: map.text("applies_reason") ?? "always", after: after, requires: earlier("requires"), criteriaExpected: map.bool("criteria_expected", default: false),
            deadline: map.duration("deadline"), weight: weight, lesson: lesson)
    }

    /// A runbook condition may use ground truth, severity, time and steps, but no scenario's ids.
    private func appliesCondition(_ map: MappingReader, slugs: [String]) -> Condition? {
        guard let (parsed, node) = map.condition("applies") else { return nil }
        for reference in parsed.references {
            if reference.kind == .step {
                if Int(reference.name).map({ (1...slugs.count).contains($0) }) ?? slugs.contains(reference.name) { continue }
                collector.error("unknown runbook step '\(reference.name)' in 'applies' of \(map.context)", at: node.location(atOffset: reference.offset))
            } else {
                collector.error("a runbook condition cannot name a scenario's \(reference.kind.noun) ('\(reference.name)'); use truth(…), severity, time or done(…)", at: node.location(atOffset: reference.offset))
            }
        }
        return parsed.condition.resolvingSteps { reference in
            switch reference {
            case .number(let number): number
            case .slug(let slug): slugs.firstIndex(of: slug).map { $0 + 1 }
            }
        }
    }
}
