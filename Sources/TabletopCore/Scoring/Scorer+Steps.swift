extension Scorer {
    /// For each step, the decisions that are its evidence, in order: actions the judge accepts (in the
    /// order they were taken, so a step's requirements are checked as they stood), and for a step the
    /// scenario judges by the world, the decision after which its last criterion came to hold.
    func evidenceByStep(_ state: EngineState) -> [Int: [Decision]] {
        var result: [Int: [Decision]] = [:]
        let worldDone = worldCompletion(state)
        for decision in state.decisions {
            let done = { (step: Int) in result[step] != nil || (worldDone[step].map { $0.at <= decision.at } ?? false) }
            let action = Self.judgedAction(decision, in: state)
            // A request for status counts only where the engine saw its answer carry findings.
            // And a question whose answers all came back empty-handed counts for nothing (blind39 S8).
            let live = StepJudge.asksOnlyForStatus(action) ? Set(decision.steps) : decision.foundNothing == true ? [] : nil
            for step in judge.steps(for: action, done: done) where live?.contains(step) ?? true { result[step, default: []].append(decision) }
        }
        // A step judged by the world is done by the moves its criteria name (`did(notify legal)`) as well as
        // the one after which the last criterion came to hold (blind39 S6: "legal knows the data left" listed
        // only the `logs customer-db` that confirmed the loss, not the `notify legal` before it).
        for (step, completion) in worldDone {
            let named = (override(step)?.criteria ?? []).flatMap { Self.movesAsked(by: $0.when) }.compactMap { pattern in
                state.decisions.first { $0.at <= completion.at && $0.matches(pattern) }
            }
            var seen = Set<Int>()
            result[step] = (named + [completion.decision.flatMap { state.decisions[safe: $0] }].compactMap { $0 })
                .sorted { $0.index < $1.index }.filter { seen.insert($0.index).inserted }
        }
        // A move that is a hard fail is no evidence for the step it fails: closing with the adversary in is not closing.
        for sprung in state.traps {
            guard let decision = sprung.decision, let step = GenericTrap.voidedStep(by: sprung.id, in: runbook) else { continue }
            result[step]?.removeAll { $0.index == decision }
            if result[step]?.isEmpty == true { result[step] = nil }
        }
        return result
    }

    /// The moves a condition asks to have been made (`did(…)`), not those it asks to have been avoided.
    static func movesAsked(by condition: Condition) -> [ActionPattern] {
        switch condition {
        case .did(let pattern): [pattern]
        case .all(let parts), .any(let parts): parts.flatMap(movesAsked)
        default: []
        }
    }

    /// The action a decision is judged by: a delegated task counts as the task itself once the person
    /// has done it (a task still running, or blocked, is no evidence yet).
    static func judgedAction(_ decision: Decision, in state: EngineState) -> Action {
        guard decision.action.verb == .delegate,
              let task = state.tasks.first(where: { $0.decision == decision.index && $0.done && !$0.blocked }),
              case .success(let action?) = ActionParser.parseAction(task.line) else { return decision.action }
        return action
    }

    /// When a decision's work was done: a delegated task when the person finished it, not when it was
    /// handed over, so that the table and the ideal path give the fix one time.
    static func judgedAt(_ decision: Decision, in state: EngineState) -> SimDuration {
        guard decision.action.verb == .delegate,
              let task = state.tasks.first(where: { $0.decision == decision.index && $0.done && !$0.blocked }) else { return decision.at }
        return task.due
    }

    /// Steps judged by the world whose criteria all hold: when the last one came to hold, and after which decision.
    func worldCompletion(_ state: EngineState) -> [Int: (at: SimDuration, decision: Int?)] {
        var result: [Int: (at: SimDuration, decision: Int?)] = [:]
        for override in scenario.scoring where !override.criteria.isEmpty {
            let met = state.criteriaMet.filter { $0.step == override.step }
            guard met.count == override.criteria.count, let last = met.max(by: { $0.at < $1.at }) else { continue }
            result[override.step] = (last.at, last.decision)
        }
        return result
    }

    func stepResults(_ state: EngineState, evidence: [Int: [Decision]]) -> [StepResult] {
        let applicability = runbook.steps.map { applies($0, state: state, evidence: evidence) }
        let weights = runbook.steps.map { step in Double(override(step.number)?.weight ?? step.weight) }
        let applicableWeight = zip(applicability, weights).reduce(0.0) { $0 + ($1.0.applies ? $1.1 : 0) }
        let stepsTotal = Double(policy.totalWeight - policy.judgementWeight)
        let criteriaByStep = runbook.steps.map { criterionResults($0.number, state: state) }
        let rubricByStep = runbook.steps.map { rubricResult($0, state: state, evidence: evidence[$0.number] ?? []) }
        let ownQuality = runbook.steps.indices.map { quality(criteria: criteriaByStep[$0], rubric: rubricByStep[$0]) }
        return runbook.steps.enumerated().map { index, step in
            let (applies, reason) = applicability[index]
            let decisions = evidence[step.number] ?? []
            let deadline = override(step.number)?.deadline ?? step.deadline
            let possible = applies && applicableWeight > 0 ? weights[index] / applicableWeight * stepsTotal : 0
            let criteria = criteriaByStep[index], rubric = rubricByStep[index]
            // Testing or rolling out a fix is worth what the fix is worth: a test of a vague fix is a vague test.
            let quality = step.requires.reduce(ownQuality[index]) { quality, required in
                applicability[safe: required - 1]?.applies == true ? quality * (ownQuality[safe: required - 1] ?? 1) : quality
            }
            let doneAt = criteria.isEmpty ? decisions.first.map { Self.judgedAt($0, in: state) } : (quality > 0 ? criteria.compactMap(\.metAt).max() : nil)
            let missing = step.after.filter { prerequisite in
                guard let mine = doneAt, applicability[safe: prerequisite - 1]?.applies == true,
                      let theirs = evidence[prerequisite]?.first.map({ Self.judgedAt($0, in: state) }) else { return false }
                return theirs > mine
            }
            let late = doneAt.map { at in deadline.map { at > $0 } ?? false } ?? false
            let (status, timing) = status(applies: applies, doneAt: doneAt, late: late, inOrder: missing.isEmpty, quality: quality)
            return StepResult(
                number: step.number, slug: step.slug, title: step.title, phase: step.phase, applies: applies, reason: reason,
                status: status, doneAt: doneAt, deadline: deadline, missingPrerequisites: missing,
                evidence: decisions.map { EvidenceItem(decision: $0.index, at: $0.at, actor: $0.actor, text: $0.raw) },
                points: (possible * timing * quality * 100).rounded() / 100, possible: (possible * 100).rounded() / 100,
                lesson: scenario.debrief.lessons.first { $0.step == step.number }?.lesson ?? step.lesson, criteria: criteria, rubric: rubric)
        }
    }

    /// The scenario's override of a step, if any.
    func override(_ step: Int) -> StepOverride? { scenario.scoring.first { $0.step == step } }

    /// The status of a step and the share of its points its timing keeps.
    private func status(applies: Bool, doneAt: SimDuration?, late: Bool, inOrder: Bool, quality: Double) -> (StepStatus, Double) {
        guard applies else { return (.notApplicable, 0) }
        guard doneAt != nil, quality > 0 else { return (.missed, 0) }
        let timing = (late ? policy.lateCredit : 1) * (inOrder ? 1 : policy.outOfOrderCredit)
        if quality < 1 { return (.partial, timing) }
        switch (late, inOrder) {
        case (false, true): return (.onTime, timing)
        case (true, true): return (.late, timing)
        case (false, false): return (.outOfOrder, timing)
        case (true, false): return (.lateAndOutOfOrder, timing)
        }
    }

    /// How much of a step was really done: the share of its criteria met, averaged with the share of its
    /// rubric its text carried when it has both; 1 for a step with neither once it has evidence.
    private func quality(criteria: [CriterionResult], rubric: RubricResult?) -> Double {
        var parts: [Double] = []
        if !criteria.isEmpty { parts.append(Double(criteria.count { $0.metAt != nil }) / Double(criteria.count)) }
        if let rubric, !(rubric.hit.isEmpty && rubric.missed.isEmpty) {
            parts.append(Double(rubric.hit.count) / Double(rubric.hit.count + rubric.missed.count))
        }
        return parts.isEmpty ? 1 : parts.reduce(0, +) / Double(parts.count)
    }

    private func criterionResults(_ step: Int, state: EngineState) -> [CriterionResult] {
        (override(step)?.criteria ?? []).enumerated().map { index, criterion in
            CriterionResult(name: criterion.name, metAt: state.criteriaMet.first { $0.step == step && $0.criterion == index }?.at,
                            kind: CriterionKind.describe(criterion.when))
        }
    }

    /// Every text written for a step (by the step's own verbs), read together against its rubric.
    private func rubricResult(_ step: RunbookStep, state: EngineState, evidence: [Decision]) -> RubricResult? {
        guard let rubric = override(step.number)?.rubric, !rubric.isEmpty else { return nil }
        // A delegated task is read as the task the person did (a fix handed over is the fix they made).
        let writers = judge.judgedByWorld(step.number)
            ? state.decisions.filter { step.isEvidence(Self.judgedAction($0, in: state), people: peopleByID) } : evidence
        let texts = writers.compactMap { Self.judgedAction($0, in: state).text }
        guard !texts.isEmpty else { return RubricResult(text: nil, hit: [], missed: rubric.concepts.map(\.name), claims: []) }
        // The step's texts are read together: follow-ups are several items, an impact statement may be revised.
        let joined = texts.joined(separator: "\n")
        var reading = rubric.read(joined, negatable: step.evidence.contains(where: { $0.verb == .fix }))
        // The fix is judged on the system as it stands, as its tester judges it: what someone already changed
        // (Sara narrowing the role) counts for the fix, whoever's words describe it (blind39 S7: the tester said
        // the fix covered all three points, the table gave 2 of 3).
        if step.evidence.contains(where: { $0.verb == .fix }), reading.wordList != true, !reading.missed.isEmpty {
            let inPlace = fixCoveredInPlace(rubric, state: state)
            reading.hit += reading.missed.filter(inPlace.contains)
            reading.missed.removeAll(where: inPlace.contains)
        }
        return RubricResult(text: joined, hit: reading.hit, missed: reading.missed, claims: reading.claims, wordList: reading.wordList)
    }

    /// The fix rubric's concepts the world's changes carry (`Engine.coveredInPlace`).
    private func fixCoveredInPlace(_ rubric: Rubric, state: EngineState) -> [String] {
        let assets = Dictionary(scenario.assets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let injects = Dictionary(scenario.injects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Engine.coveredInPlace(rubric, in: state, scenario: scenario, assetsByID: assets, injectsByID: injects)
    }

    /// Points off for every forbidden claim a step's text made.
    /// A list of terms written for a step costs as a false claim does: it passes for a record of what
    /// happened and says nothing (keyword stuffing).
    func claimAdjustments(_ steps: [StepResult]) -> [Adjustment] {
        steps.flatMap { step in
            let stuffed = step.rubric?.wordList == true
                ? [Adjustment(kind: "word-list", points: -policy.falseClaimPenalty,
                              reason: "\(step.title): the text is a list of terms, not what happened", step: step.number, at: step.doneAt)]
                : []
            return stuffed + (step.rubric?.claims ?? []).map { claim in
                Adjustment(kind: "claim", points: -policy.falseClaimPenalty,
                           reason: "\(step.title): the text claims \(claim)", step: step.number, at: step.doneAt)
            }
        }
    }
}
