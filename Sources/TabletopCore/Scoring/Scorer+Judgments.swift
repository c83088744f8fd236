extension Scorer {
    /// Points for options chosen at decision points, as the scenario sets them.
    func optionAdjustments(_ state: EngineState) -> [Adjustment] {
        state.choices.compactMap { choice in
            guard let inject = scenario.injects.first(where: { $0.id == choice.decision }),
                  let option = inject.decision?.options[safe: choice.option - 1], option.points != 0 else { return nil }
            return Adjustment(kind: "option", points: option.points,
                              reason: "chose \"\(option.text)\"" + (option.note.map { ": \($0)" } ?? ""),
                              step: option.steps.first, at: choice.at)
        }
    }

    /// Penalties for traps sprung, and the hard fails among them.
    func trapJudgments(_ state: EngineState) -> ([Adjustment], [HardFailResult]) {
        var adjustments: [Adjustment] = []
        var fails: [HardFailResult] = []
        for sprung in state.traps {
            guard let trap = scenario.traps.first(where: { $0.id == sprung.id }) else { continue }
            let what = sprung.decision.flatMap { state.decisions[safe: $0]?.raw }.map { "'\($0)'" } ?? "the state of the drill"
            if trap.penalty > 0 {
                adjustments.append(Adjustment(kind: "trap", points: -trap.penalty, reason: "trap \(trap.id), sprung by \(what)",
                                              step: trap.step, at: sprung.at, lesson: trap.lesson))
            }
            if let kind = trap.hardFail {
                fails.append(HardFailResult(kind: kind, reason: "trap \(trap.id), sprung by \(what)", at: sprung.at, lesson: trap.lesson))
            }
        }
        return (adjustments, fails)
    }

    /// Hard fails any scenario can commit: publishing a statement before legal was told.
    func builtInHardFails(_ state: EngineState, already: [HardFailResult]) -> [HardFailResult] {
        guard !already.contains(where: { $0.kind == .unreviewedStatement }),
              let publish = state.decisions.first(where: { $0.action.verb == .statementPublish }) else { return [] }
        let legalBefore = state.decisions.contains { $0.index < publish.index && $0.action.verb == .notify && $0.action.object == "legal" }
        guard !legalBefore else { return [] }
        return [HardFailResult(kind: .unreviewedStatement, reason: "'\(publish.raw)' at T+\(publish.at.clock) before legal was told",
                               at: publish.at, lesson: "A public statement that legal and PR have not reviewed can make promises the company cannot keep.")]
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

    func clockAdjustments(_ results: [ClockResult]) -> [Adjustment] {
        results.filter { $0.status == "expired" }.compactMap { result in
            guard let clock = scenario.clocks.first(where: { $0.id == result.id }) else { return nil }
            let penalty = clock.penalty > 0 ? clock.penalty : policy.clockPenalty
            return Adjustment(kind: "clock", points: -penalty,
                              reason: "the \(clock.label) clock ran out at T+\(result.deadline?.clock ?? "?") without '\(clock.stops)' being met",
                              step: clock.step, at: result.deadline)
        }
    }

    /// Severity declared against the matrix: under-rating costs more than over-rating, and new facts call for a re-rating.
    func severityJudgment(_ state: EngineState) -> (judgment: SeverityJudgment, adjustments: [Adjustment]) {
        var findings: [String] = []
        var adjustments: [Adjustment] = []
        let priority = runbook.steps.first { $0.slug == "set-priority" }?.number
        for declaration in state.severityLog {
            let gap = declaration.level.number - declaration.correct.number
            if gap > 0 {
                let text = "declared \(declaration.level) at T+\(declaration.at.clock) when the matrix gave \(declaration.correct): under-rated by \(gap) level\(gap == 1 ? "" : "s")"
                findings.append(text)
                adjustments.append(Adjustment(kind: "severity", points: -gap * policy.underRatingPenalty, reason: text, step: priority, at: declaration.at))
            } else if gap < 0 {
                let text = "declared \(declaration.level) at T+\(declaration.at.clock) when the matrix gave \(declaration.correct): over-rated by \(-gap) level\(gap == -1 ? "" : "s")"
                findings.append(text)
                adjustments.append(Adjustment(kind: "severity", points: gap * policy.overRatingPenalty, reason: text, step: priority, at: declaration.at))
            }
        }
        if state.severityLog.isEmpty, !state.decisions.isEmpty {
            let text = "no severity was ever declared; the matrix gave \(state.correctSeverityLog.map(\.level).max() ?? .sev4)"
            findings.append(text)
            adjustments.append(Adjustment(kind: "severity", points: -2 * policy.underRatingPenalty, reason: text, step: priority, at: nil))
        }
        for change in state.correctSeverityLog.dropFirst() {
            let before = state.severityLog.last { $0.at <= change.at }
            guard let before, before.level < change.level else { continue }
            let rerated = state.severityLog.contains { $0.at >= change.at && $0.level >= change.level }
            if !rerated {
                let text = "new facts at T+\(change.at.clock) raised the correct level to \(change.level), and the incident stayed at \(before.level)"
                findings.append(text)
                adjustments.append(Adjustment(kind: "severity", points: -policy.noReratePenalty, reason: text,
                                              step: runbook.steps.first { $0.slug == "verify-impact" }?.number, at: change.at))
            }
        }
        return (SeverityJudgment(declarations: state.severityLog, correct: state.correctSeverityLog, findings: findings), adjustments)
    }

    /// Hints and runbook views used in practice mode.
    func practiceAdjustments(_ state: EngineState) -> [Adjustment] {
        state.hints.map { Adjustment(kind: "hint", points: -policy.hintPenalty, reason: "used a hint", step: nil, at: $0) }
            + state.runbookViews.map { Adjustment(kind: "runbook-view", points: -policy.runbookViewPenalty, reason: "looked at the runbook", step: nil, at: $0) }
    }
}
