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
    /// Which steps an action is evidence for (the engine's rule).
    let judge: StepJudge

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
        // The engine's judge when it has built one for this scenario (shared across jittered draws, issue 21).
        judge = ScenarioTables.shared(scenario: scenario, runbook: runbook).judge
    }

    /// Scores the final state of a drill.
    public func score(_ state: EngineState, players: [Player]) -> Scorecard {
        let evidence = evidenceByStep(state)
        let steps = stepResults(state, evidence: evidence)
        let judgement = judgementResult(state, steps: steps)
        var adjustments = claimAdjustments(steps)
        let (trapAdjustments, trapFails) = trapJudgments(state)
        adjustments += trapAdjustments
        let clockResults = clockResults(state)
        let provisional = isProvisional(state)
        adjustments += clockAdjustments(clockResults, finished: !provisional, planned: state.unreached)
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
        let earned = steps.reduce(0) { $0 + $1.points } + judgement.points
        let raw = Int(max(0, min(100, (earned + Double(adjustments.reduce(0) { $0 + $1.points })).rounded())))
        let uncapped = provisional ? min(raw, policy.provisionalCap) : raw
        let score = hardFails.isEmpty ? uncapped : min(uncapped, policy.hardFailScoreCap)
        let capabilities = capabilityResults(steps, adjustments: adjustments, hardFail: !hardFails.isEmpty)
        let rating = capabilities.map(\.rating).min() ?? .p
        let findings = findings(steps: steps, adjustments: adjustments, severity: severity.judgment, clocks: clockResults,
                                hardFails: hardFails, state: state)
        return Scorecard(
            format: Scorecard.currentFormat, scenario: scenario.id, runbook: runbook.version,
            score: score, uncappedScore: uncapped, band: band(score: score, rating: rating), rating: rating,
            steps: steps, capabilities: capabilities, adjustments: adjustments, hardFails: hardFails,
            severity: severity.judgment, clocks: clockResults, keyTimes: keyTimes(state, evidence: evidence),
            strengths: strengths(steps: steps, state: state, clocks: clockResults, severity: severity.judgment),
            areasForImprovement: findings,
            improvementPlan: plan(findings),
            participants: participants(state, players: players, steps: steps),
            end: state.end, duration: state.clock, provisional: provisional, judgement: judgement, story: story(state, steps: steps))
    }

    /// The band of a score, no better than the overall rating allows (a drill rated M is not "Exemplary").
    func band(score: Int, rating: Rating) -> String {
        let byScore = policy.scoreBands.firstIndex { score >= $0.minimum } ?? policy.scoreBands.count - 1
        let cap = policy.bandCaps[rating].flatMap { label in policy.scoreBands.firstIndex { $0.label == label } } ?? 0
        return policy.scoreBands[safe: max(byScore, cap)]?.label ?? ""
    }

    /// A drill is provisional until the incident was closed or the scenario reached one of its ends.
    func isProvisional(_ state: EngineState) -> Bool {
        let ended = state.end.map { $0.kind == .resolved || $0.kind == .loss } ?? false
        return !ended && !state.decisions.contains { $0.action.verb == .close }
    }

    /// Whether a step applies, and why: the scenario's override, else the runbook's rule over the ground truth.
    func applies(_ step: RunbookStep, state: EngineState, evidence: [Int: [Decision]]) -> (applies: Bool, reason: String) {
        if let override = scenario.scoring.first(where: { $0.step == step.number }), let applies = override.applies {
            return (applies, override.reason ?? (applies ? "the scenario says it applies" : "the scenario says it does not apply"))
        }
        guard let condition = step.applies else { return (true, "always") }
        let holds = RunbookConditionContext(scenario: scenario, state: state, evidence: evidence, matrix: matrix).holds(condition)
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
