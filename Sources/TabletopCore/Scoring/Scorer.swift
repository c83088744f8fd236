/// Scores a drill against the runbook: a pure function of (runbook, policy, severity matrix, scenario,
/// the drill's decisions) that explains every point.
///
/// Evidence is recomputed from the decisions with this scorer's runbook, so an old session can be
/// rescored against another runbook.
public struct Scorer: Sendable {
    public let runbook: Runbook
    public let policy: ScoringPolicy
    public let matrix: SeverityMatrix
    public let scenario: Scenario
    /// The scenario's people by id, for evidence that depends on who was paged.
    let peopleByID: [String: Person]

    /// A scorer; fails when the runbook lacks a step the scenario uses.
    public init(runbook: Runbook, policy: ScoringPolicy, matrix: SeverityMatrix, scenario: Scenario) throws(ScoringError) {
        for (step, use) in scenario.stepUses where runbook.step(step) == nil {
            throw ScoringError("the runbook has no step \(step), which scenario '\(scenario.id)' uses (\(use)); it covers steps 1 to \(runbook.steps.count)")
        }
        self.runbook = runbook
        self.policy = policy
        self.matrix = matrix
        self.scenario = scenario
        peopleByID = Dictionary(scenario.cast.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Scores the final state of a drill.
    public func score(_ state: EngineState, players: [Player]) -> Scorecard {
        let evidence = evidenceByStep(state)
        let steps = stepResults(state, evidence: evidence)
        var adjustments = optionAdjustments(state)
        let (trapAdjustments, trapFails) = trapJudgments(state)
        adjustments += trapAdjustments
        let clockResults = clockResults(state)
        adjustments += clockAdjustments(clockResults)
        let severity = severityJudgment(state)
        adjustments += severity.adjustments
        adjustments += practiceAdjustments(state)
        adjustments += state.overrides.map { override in
            let decision = state.decisions[safe: override.decision]
            return Adjustment(kind: "override", points: override.points,
                              reason: "facilitator's override of '\(decision?.raw ?? "decision \(override.decision)")': \(override.reason)",
                              step: decision?.steps.first, at: override.at)
        }
        let hardFails = trapFails + builtInHardFails(state, already: trapFails)
        let earned = steps.reduce(0) { $0 + $1.points }
        let uncapped = Int(max(0, min(100, (earned + Double(adjustments.reduce(0) { $0 + $1.points })).rounded())))
        let score = hardFails.isEmpty ? uncapped : min(uncapped, policy.hardFailScoreCap)
        let capabilities = capabilityResults(steps, adjustments: adjustments, hardFail: !hardFails.isEmpty)
        let findings = findings(steps: steps, adjustments: adjustments, severity: severity.judgment, clocks: clockResults,
                                hardFails: hardFails, state: state)
        return Scorecard(
            format: Scorecard.currentFormat, scenario: scenario.id, runbook: runbook.version,
            score: score, uncappedScore: uncapped,
            band: policy.scoreBands.first { score >= $0.minimum }?.label ?? "",
            rating: capabilities.map(\.rating).min() ?? .p,
            steps: steps, capabilities: capabilities, adjustments: adjustments, hardFails: hardFails,
            severity: severity.judgment, clocks: clockResults, keyTimes: keyTimes(state, evidence: evidence),
            strengths: strengths(steps: steps, state: state, clocks: clockResults, severity: severity.judgment),
            areasForImprovement: findings,
            improvementPlan: plan(findings),
            participants: participants(state, players: players, steps: steps),
            end: state.end, duration: state.clock)
    }

    /// For each step, the decisions that are its evidence, in order.
    func evidenceByStep(_ state: EngineState) -> [Int: [Decision]] {
        var result: [Int: [Decision]] = [:]
        var choices = state.choices[...]
        for decision in state.decisions {
            var steps = runbook.steps.filter { $0.isEvidence(decision.action, people: peopleByID) }.map(\.number)
            if decision.action.verb == .choose, let choice = choices.popFirst(),
               let option = scenario.injects.first(where: { $0.id == choice.decision })?.decision?.options[safe: choice.option - 1] {
                steps += option.steps
            }
            for step in Set(steps) { result[step, default: []].append(decision) }
        }
        return result
    }

    private func stepResults(_ state: EngineState, evidence: [Int: [Decision]]) -> [StepResult] {
        let applicability = runbook.steps.map { applies($0, state: state, evidence: evidence) }
        let weights = runbook.steps.map { step in Double(scenario.scoring.first { $0.step == step.number }?.weight ?? step.weight) }
        let applicableWeight = zip(applicability, weights).reduce(0.0) { $0 + ($1.0.applies ? $1.1 : 0) }
        return runbook.steps.enumerated().map { index, step in
            let (applies, reason) = applicability[index]
            let decisions = evidence[step.number] ?? []
            let deadline = scenario.scoring.first { $0.step == step.number }?.deadline ?? step.deadline
            let possible = applies && applicableWeight > 0 ? weights[index] / applicableWeight * Double(policy.totalWeight) : 0
            let doneAt = decisions.first?.at
            let missing = step.after.filter { prerequisite in
                guard let mine = doneAt, applicability[safe: prerequisite - 1]?.applies == true,
                      let theirs = evidence[prerequisite]?.first?.at else { return false }
                return theirs > mine
            }
            let late = doneAt.map { at in deadline.map { at > $0 } ?? false } ?? false
            let status: StepStatus
            var credit = 1.0
            switch (applies, doneAt, late, missing.isEmpty) {
            case (false, _, _, _): status = .notApplicable; credit = 0
            case (true, nil, _, _): status = .missed; credit = 0
            case (true, _, false, true): status = .onTime
            case (true, _, true, true): status = .late; credit = policy.lateCredit
            case (true, _, false, false): status = .outOfOrder; credit = policy.outOfOrderCredit
            case (true, _, true, false): status = .lateAndOutOfOrder; credit = policy.lateCredit * policy.outOfOrderCredit
            }
            return StepResult(
                number: step.number, slug: step.slug, title: step.title, phase: step.phase, applies: applies, reason: reason,
                status: status, doneAt: doneAt, deadline: deadline, missingPrerequisites: missing,
                evidence: decisions.map { EvidenceItem(decision: $0.index, at: $0.at, actor: $0.actor, text: $0.raw) },
                points: (possible * credit * 100).rounded() / 100, possible: (possible * 100).rounded() / 100, lesson: step.lesson)
        }
    }

    /// Whether a step applies, and why: the scenario's override, else the runbook's rule over the ground truth.
    private func applies(_ step: RunbookStep, state: EngineState, evidence: [Int: [Decision]]) -> (applies: Bool, reason: String) {
        if let override = scenario.scoring.first(where: { $0.step == step.number }), let applies = override.applies {
            return (applies, override.reason ?? (applies ? "the scenario says it applies" : "the scenario says it does not apply"))
        }
        guard let condition = step.applies else { return (true, "always") }
        let holds = RunbookConditionContext(scenario: scenario, state: state, evidence: evidence).holds(condition)
        return (holds, holds ? step.appliesReason : "does not apply here: it applies when \(step.appliesReason)")
    }

    private func capabilityResults(_ steps: [StepResult], adjustments: [Adjustment], hardFail: Bool) -> [CapabilityResult] {
        runbook.phases.compactMap { phase in
            let inPhase = steps.filter { $0.phase == phase.id }
            let possible = inPhase.reduce(0) { $0 + $1.possible }
            guard possible > 0 else { return nil }
            let numbers = Set(inPhase.map(\.number))
            let penalties = adjustments.filter { $0.points < 0 && $0.step.map(numbers.contains) == true }.reduce(0) { $0 + $1.points }
            let points = max(0, inPhase.reduce(0) { $0 + $1.points } + Double(penalties))
            let share = points / possible
            var rating = policy.ratingBands.first { share >= $0.minimum }?.rating ?? .u
            if hardFail { rating = min(rating, policy.hardFailRatingCap) }
            return CapabilityResult(phase: phase.id, title: phase.title, points: (points * 100).rounded() / 100,
                                    possible: (possible * 100).rounded() / 100, share: (share * 1000).rounded() / 1000, rating: rating)
        }
    }
}

/// Why a drill cannot be scored as asked.
public struct ScoringError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Scenario {
    /// Every step number the scenario names, with where (for errors about a runbook that lacks one).
    var stepUses: [(Int, String)] {
        var uses: [(Int, String)] = []
        for inject in injects {
            uses += inject.expects.map { ($0, "inject '\(inject.id)' expects it") }
            if case .contingency(let step, _) = inject.trigger { uses.append((step, "inject '\(inject.id)' waits for it")) }
            for option in inject.decision?.options ?? [] { uses += option.steps.map { ($0, "an option of inject '\(inject.id)'") } }
        }
        uses += traps.map { ($0.step, "trap '\($0.id)'") }
        uses += clocks.map { ($0.step, "clock '\($0.id)'") }
        uses += scoring.map { ($0.step, "its scoring section") }
        return uses
    }
}
