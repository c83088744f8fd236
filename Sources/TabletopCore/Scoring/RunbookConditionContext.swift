/// Evaluates a runbook step's `applies` condition after a drill: over the scenario's ground truth, the
/// highest correct severity the drill reached, its length, and the steps done.
struct RunbookConditionContext {
    let scenario: Scenario
    let state: EngineState
    let evidence: [Int: [Decision]]
    let matrix: SeverityMatrix

    /// The most severe correct level during the drill, as the matrix rates it.
    var correctSeverity: Severity {
        matrix.correctLevels(state, truth: scenario.truth).map(\.level).max() ?? .sev4
    }

    func holds(_ condition: Condition) -> Bool {
        switch condition {
        case .constant(let value): value
        case .not(let inner): !holds(inner)
        case .all(let terms): terms.allSatisfy(holds)
        case .any(let terms): terms.contains(where: holds)
        case .truth(let flag): scenario.truth.flag(flag)
        case .severity(let comparison, let level): comparison.holds(correctSeverity, level)
        case .time(let comparison, let duration): comparison.holds(state.clock, duration)
        case .done(.number(let step)): !(evidence[step] ?? []).isEmpty
        case .attackerPresent: state.attackerPresent
        case .did(let pattern): state.decisions.contains { $0.matches(pattern) }
        case .variant(let variable, let value): scenario.picked(variable, value)
        default: false
        }
    }
}
