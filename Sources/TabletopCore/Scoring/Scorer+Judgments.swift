extension Scorer {
    /// Penalties for traps sprung, and the hard fails among them.
    func trapJudgments(_ state: EngineState) -> ([Adjustment], [HardFailResult]) {
        var adjustments: [Adjustment] = []
        var fails: [HardFailResult] = []
        for sprung in state.traps {
            if let (kind, object) = GenericTrap.kind(of: sprung.id) {
                // One move is charged once: a scenario trap on the same decision already says it better.
                let alsoScenarioTrap = sprung.decision != nil && state.traps.contains { other in
                    other.decision == sprung.decision && scenario.traps.contains { $0.id == other.id }
                }
                guard !alsoScenarioTrap else { continue }
                let what = sprung.decision.flatMap { state.decisions[safe: $0]?.raw }.map { "'\($0)'" } ?? "the state of the drill"
                let reason = "\(kind.rawValue)\(object.isEmpty ? "" : " (\(object))"), by \(what)"
                adjustments.append(Adjustment(kind: "trap", points: -policy.genericTrapPenalty, reason: reason,
                                              step: runbook.steps.first { $0.slug == kind.step }?.number, at: sprung.at, lesson: kind.lesson))
                if let hardFail = kind.hardFail { fails.append(HardFailResult(kind: hardFail, reason: reason, at: sprung.at, lesson: kind.lesson)) }
                continue
            }
            guard let trap = scenario.traps.first(where: { $0.id == sprung.id }) else { continue }
            let what = sprung.decision.flatMap { state.decisions[safe: $0]?.raw }.map { "'\($0)'" } ?? "the state of the drill"
            // A trap on a choice alone is already charged in the judgement of that question.
            let onChoiceAlone = trap.on == nil && { if case .chose = trap.when { true } else { false } }()
            if trap.penalty > 0, !onChoiceAlone {
                adjustments.append(Adjustment(kind: "trap", points: -trap.penalty, reason: "trap \(trap.id), sprung by \(what)",
                                              step: trap.step, at: sprung.at, lesson: trap.lesson))
            }
            if let kind = trap.hardFail {
                fails.append(HardFailResult(kind: kind, reason: "trap \(trap.id), sprung by \(what)", at: sprung.at, lesson: trap.lesson))
            }
        }
        return (adjustments, fails)
    }

    /// Hard fails the policy holds every scenario to (`always_hard_fail`): publishing a statement that
    /// legal or communications had not cleared.
    func builtInHardFails(_ state: EngineState, already: [HardFailResult]) -> [HardFailResult] {
        guard policy.alwaysHardFail.contains(.unreviewedStatement), !already.contains(where: { $0.kind == .unreviewedStatement }),
              let publish = Self.unreviewedPublish(state.decisions, reviewer: { peopleByID[$0]?.team }) else { return [] }
        return [HardFailResult(kind: .unreviewedStatement,
                               reason: "'\(publish.raw)' at T+\(publish.at.clock) without a review by legal or communications",
                               at: publish.at, lesson: "A public statement that legal and PR have not reviewed can make promises the company cannot keep.")]
    }

    /// The first publish of a draft that no legal or communications reviewer cleared (`statement review`)
    /// after it was last written: telling legal about the incident is not reviewing the words that go out,
    /// and a new draft needs a new review. A draft that is a list of terms is sent back, never cleared.
    static func unreviewedPublish(_ decisions: some Sequence<Decision>, reviewer team: (String) -> String?) -> Decision? {
        var cleared = false, stuffed = false
        for decision in decisions {
            switch decision.action.verb {
            case .statementDraft:
                cleared = false
                stuffed = RubricConcept.isWordList(decision.action.text ?? "")
            case .statementReview:
                if let id = decision.action.object, StepJudge.reviewerTeams.contains(team(id)?.lowercased() ?? ""), !stuffed { cleared = true }
            case .statementPublish where !cleared: return decision
            default: break
            }
        }
        return nil
    }

    /// How each clock went.
    func clockResults(_ state: EngineState) -> [ClockResult] {
        scenario.clocks.map { clock in
            guard let status = state.clocks[clock.id] else {
                return ClockResult(id: clock.id, label: clock.label, startedAt: nil, deadline: nil, metAt: nil, status: "not-started")
            }
            let outcome = status.metAt != nil ? "met" : status.expired ? "expired" : "running"
            return ClockResult(id: clock.id, label: clock.label, startedAt: status.startedAt, deadline: status.deadline,
                               metAt: status.metAt, status: outcome)
        }
    }

    /// Clocks that ran out cost points; so does a clock still running when the incident was closed or
    /// the drill reached its end, because the obligation it tracks was left undone.
    /// A clock the trainee's plan would have met (a cut-off typed for the deadline, which the drill
    /// ended before) costs nothing: the strengths say it was planned.
    func clockAdjustments(_ results: [ClockResult], finished: Bool, planned: UnreachedPlan? = nil) -> [Adjustment] {
        results.compactMap { result in
            guard let clock = scenario.clocks.first(where: { $0.id == result.id }), planned?.clocks.contains(result.id) != true else { return nil }
            let penalty = clock.penalty > 0 ? clock.penalty : policy.clockPenalty
            switch result.status {
            case "expired":
                return Adjustment(kind: "clock", points: -penalty,
                                  reason: "the \(clock.label) clock ran out at T+\(result.deadline?.clock ?? "?")",
                                  step: clock.step, at: result.deadline)
            case "running" where finished:
                return Adjustment(kind: "clock", points: -penalty,
                                  reason: "the drill ended with the \(clock.label) clock still running",
                                  step: clock.step, at: nil)
            default:
                return nil
            }
        }
    }

    /// Hints and runbook views used in practice mode.
    func practiceAdjustments(_ state: EngineState) -> [Adjustment] {
        state.hints.map { Adjustment(kind: "hint", points: -policy.hintPenalty, reason: "used a hint", step: nil, at: $0) }
            + state.runbookViews.map { Adjustment(kind: "runbook-view", points: -policy.runbookViewPenalty, reason: "looked at the runbook", step: nil, at: $0) }
    }
}
