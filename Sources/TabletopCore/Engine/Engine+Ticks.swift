extension Engine {
    /// The "✓ runbook step" line a decision's evidence earns in practice, or nil when it is no news:
    /// a step is ticked the first time it is met, and again only when its standing improves (its
    /// text now carries more of the step's rubric than the texts before it). Re-ticking a step on
    /// every `ask` or `page` made the ticks noise (issue 15, blind play).
    func tick(for step: Int, decision index: Int, wasDone: Bool) -> Output? {
        guard configuration.mode == .practice, let title = runbook.step(step)?.title else { return nil }
        guard wasDone else { return .evidence(step: step, title: title) }
        guard let rubric = scenario.scoring.first(where: { $0.step == step })?.rubric, !rubric.concepts.isEmpty,
              let text = state.decisions[safe: index]?.action.text else { return nil }
        let earlier = state.evidence.filter { $0.step == step && $0.decision != index }.map(\.decision)
            .reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
            .compactMap { state.decisions[safe: $0]?.action.text }
        let before = rubric.read(earlier.joined(separator: "\n")).hit.count
        let after = rubric.read((earlier + [text]).joined(separator: "\n")).hit.count
        guard after > before else { return nil }
        return .evidence(step: step, title: "\(title) (better now: \(after) of the \(rubric.concepts.count) points it asks for)")
    }
}
