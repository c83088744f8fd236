import TabletopCore

/// A step most drills miss or do late.
public struct Gap: Sendable, Hashable, Codable {
    public var step: Int
    public var title: String
    public var phase: String
    public var missedOrLate: Int
    public var applicable: Int

    /// Steps missed or late in half the drills or more (of at least two where the step applies), the worst first.
    static func find(steps: [CohortStep], in reports: [CohortEntry]) -> [Gap] {
        steps.compactMap { step -> Gap? in
            let results = reports.compactMap { $0.scorecard.steps.first { $0.number == step.number } }.filter(\.applies)
            let troubled = results.count { [.missed, .late, .lateAndOutOfOrder].contains($0.status) }
            guard results.count >= 2, troubled * 2 >= results.count else { return nil }
            return Gap(step: step.number, title: step.title, phase: step.phase, missedOrLate: troubled, applicable: results.count)
        }.sorted { ($0.missedOrLate * 1000 / $0.applicable, -$0.step) > ($1.missedOrLate * 1000 / $1.applicable, -$1.step) }
    }
}

/// The gaps of one phase of the runbook, counted together.
public struct PhaseGap: Sendable, Hashable, Codable {
    public var phase: String
    /// The phase's capability title (`Containment`).
    public var title: String
    /// How many steps of the phase are gaps.
    public var count: Int
    /// Those steps, the worst first.
    public var steps: [Gap]
    /// One sentence: the phase, the count, the worst step.
    public var summary: String

    /// Gaps grouped by phase, the phase with most gaps first (then the runbook's order).
    static func group(_ gaps: [Gap], phases: [CapabilityResult]) -> [PhaseGap] {
        let order = phases.map(\.phase)
        var seen: [String] = []
        for gap in gaps where !seen.contains(gap.phase) { seen.append(gap.phase) }
        return seen.map { phase in
            let mine = gaps.filter { $0.phase == phase }
            let title = phases.first { $0.phase == phase }?.title ?? phase
            let worst = mine[0]
            let summary = "\(title): \(mine.count) step\(mine.count == 1 ? "" : "s") missed or late in half the drills or more; worst, step \(worst.step) (\(worst.title)), in \(worst.missedOrLate) of \(worst.applicable)."
            return PhaseGap(phase: phase, title: title, count: mine.count, steps: mine, summary: summary)
        }.sorted { ($0.count, -(order.firstIndex(of: $0.phase) ?? 99)) > ($1.count, -(order.firstIndex(of: $1.phase) ?? 99)) }
    }
}
