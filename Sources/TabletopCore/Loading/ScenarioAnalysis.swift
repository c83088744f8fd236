/// Checks a scenario that loaded without errors for what is legal but probably a mistake, as warnings:
/// runbook steps nothing exercises, injects that can never fire, facts nothing reveals.
struct ScenarioAnalysis {
    let scenario: Scenario
    let runbook: Runbook
    let injectLocations: [String: SourceLocation]
    let collector: DiagnosticCollector

    func run() {
        warnAboutUnexercisedSteps()
        let (reachable, revealable) = reachability()
        for inject in scenario.injects where !reachable.contains(inject.id) {
            collector.warning("inject '\(inject.id)' can never fire: \(reasonUnreachable(inject, reachable: reachable))",
                              at: injectLocations[inject.id])
        }
        for fact in scenario.facts where !fact.known && !revealable.contains(fact.id) {
            collector.warning("fact '\(fact.id)' is never revealed: no inject, answer, finding, option or response reveals it", at: nil)
        }
        OutcomeEffectCheck(scenario: scenario, injectLocations: injectLocations, collector: collector).run()
    }

    /// The steps the scenario gives the trainee a reason to do, or marks as not applying.
    var exercisedSteps: Set<Int> {
        var steps = Set<Int>()
        for inject in scenario.injects {
            steps.formUnion(inject.expects)
            if case .contingency(let step, _) = inject.trigger { steps.insert(step) }
            inject.decision?.options.forEach { steps.formUnion($0.steps) }
        }
        scenario.traps.forEach { steps.insert($0.step) }
        scenario.clocks.forEach { steps.insert($0.step) }
        scenario.scoring.filter { $0.applies == false || !$0.criteria.isEmpty || !$0.rubric.concepts.isEmpty }.forEach { steps.insert($0.step) }
        return steps
    }

    private func warnAboutUnexercisedSteps() {
        let exercised = exercisedSteps
        let missing = runbook.steps.filter { !exercised.contains($0.number) }
        guard let first = missing.first else { return }
        if missing.count == 1 {
            collector.warning("runbook step \(first.number) (\(first.slug)) is never exercised: no inject expects it and no decision, trap or clock names it", at: nil)
        } else {
            let numbers = missing.map { String($0.number) }.joined(separator: ", ")
            collector.warning("\(missing.count) runbook steps are never exercised (no inject expects them and no decision, trap or clock names them): \(numbers)", at: nil)
        }
    }

    /// Injects that could fire and facts that could be revealed, by fixpoint over what each needs.
    private func reachability() -> (injects: Set<String>, facts: Set<String>) {
        var injects = Set<String>()
        var facts = Set(scenario.facts.filter(\.known).map(\.id))
        for person in scenario.cast { person.answers.forEach { facts.formUnion($0.reveals) } }
        for asset in scenario.assets {
            facts.formUnion(asset.inspect?.reveals ?? [])
            facts.formUnion(asset.logs?.reveals ?? [])
        }
        scenario.responses.forEach { facts.formUnion($0.reveals) }
        var changed = true
        while changed {
            changed = false
            for inject in scenario.injects where !injects.contains(inject.id) && canFire(inject, injects: injects, facts: facts) {
                injects.insert(inject.id)
                facts.formUnion(inject.reveals)
                inject.decision?.options.forEach { facts.formUnion($0.reveals) }
                changed = true
            }
        }
        return (injects, facts)
    }

    private func canFire(_ inject: Inject, injects: Set<String>, facts: Set<String>) -> Bool {
        if inject.unless == .constant(true) { return false }
        let limit = scenario.end.timeLimit
        switch inject.trigger {
        case .at(let time): return time <= limit
        case .contingency(_, let by): return by <= limit
        case .afterInject(let other, let delay): return injects.contains(other) && delay <= limit
        case .afterAction(_, let delay): return delay <= limit
        case .when(let condition): return couldHold(condition, injects: injects, facts: facts)
        }
    }

    /// Whether a condition could ever hold, given what can fire and be revealed; `not` is assumed satisfiable.
    private func couldHold(_ condition: Condition, injects: Set<String>, facts: Set<String>) -> Bool {
        switch condition {
        case .constant(let value): value
        case .not(let inner): inner != .constant(true)
        case .all(let terms): terms.allSatisfy { couldHold($0, injects: injects, facts: facts) }
        case .any(let terms): terms.contains { couldHold($0, injects: injects, facts: facts) }
        case .revealed(let fact): facts.contains(fact)
        case .fired(let inject), .chose(let inject, _): injects.contains(inject)
        case .time(let comparison, let time):
            !((comparison == .greater || comparison == .greaterOrEqual) && time >= scenario.end.timeLimit)
        default: true
        }
    }

    private func reasonUnreachable(_ inject: Inject, reachable: Set<String>) -> String {
        let limit = scenario.end.timeLimit
        if inject.unless == .constant(true) { return "its 'unless' is always true" }
        switch inject.trigger {
        case .at(let time) where time > limit:
            return "it is timed at \(time), after the drill's time limit of \(limit)"
        case .contingency(_, let by) where by > limit:
            return "its deadline \(by) is after the drill's time limit of \(limit)"
        case .afterInject(let other, _) where !reachable.contains(other):
            return "it follows inject '\(other)', which can never fire"
        case .afterInject(_, let delay), .afterAction(_, let delay):
            return "its delay \(delay) is longer than the drill's time limit of \(limit)"
        default:
            return "its 'when' condition needs a fact or inject that never comes"
        }
    }
}
