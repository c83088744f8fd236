/// The incident response runbook the scorer measures against (`Scoring/runbook.yaml`).
public struct Runbook: Sendable, Hashable, Codable {
    /// Name and credit of the source runbook.
    public var source: String
    /// Version of the runbook data.
    public var version: String
    /// The phases steps are grouped in; each is one capability in ratings.
    public var phases: [Phase]
    /// The steps, in order.
    public var steps: [RunbookStep]

    /// The step with this number.
    public func step(_ number: Int) -> RunbookStep? {
        steps.first { $0.number == number }
    }

    /// The step number for a reference by number or slug.
    public func resolve(_ reference: StepReference) -> Int? {
        switch reference {
        case .number(let number): step(number)?.number
        case .slug(let slug): steps.first { $0.slug == slug }?.number
        }
    }
}

/// A group of runbook steps, rated together as one capability.
public struct Phase: Sendable, Hashable, Codable {
    /// Stable id (`contain`).
    public var id: String
    /// Title (`Containment`).
    public var title: String
}

/// One step of the runbook, with the rules to score it.
public struct RunbookStep: Sendable, Hashable, Codable {
    /// 1-based position.
    public var number: Int
    /// Stable slug (`stop-the-bleeding`).
    public var slug: String
    /// Short title (`Stop the bleeding`).
    public var title: String
    /// The phase id.
    public var phase: String
    /// What the step asks, paraphrased.
    public var summary: String
    /// Actions that count as evidence the step was done.
    public var evidence: [ActionPattern]
    /// Teams whose people, paged or invited, are not evidence (legal is not engineering support).
    public var evidenceSkipsTeams: [String]
    /// Actions that count for the step only once its evidence has done it (watching after a rollout):
    /// before that they are no evidence (blind41: `monitor` before any rollout was "roll out and monitor").
    public var followThrough: [ActionPattern] = []
    /// When the step applies; always when nil.
    public var applies: Condition?
    /// The rule in words, for the debrief.
    public var appliesReason: String
    /// Steps that should come before it.
    public var after: [Int]
    /// Steps without which its actions mean nothing (testing a fix needs a fix): until they are done,
    /// its actions are not evidence.
    public var requires: [Int] = []
    /// Whether a scenario should judge the step by criteria over its world (containment, forensics,
    /// scoping): its verbs alone say nothing about whether the right things were done.
    public var criteriaExpected = false
    /// Default deadline from the start of the drill.
    public var deadline: SimDuration?
    /// Weight in the score.
    public var weight: Int
    /// Why it matters, one sentence, for the debrief.
    public var lesson: String
}

extension RunbookStep {
    /// Whether `action` is evidence for this step; `people` gives the scenario's people by id.
    public func isEvidence(_ action: Action, people: [String: Person]) -> Bool {
        guard evidence.contains(where: { $0.matches(action) }) else { return false }
        guard !evidenceSkipsTeams.isEmpty, let object = action.object else { return true }
        let team = people[object]?.team ?? object
        return !evidenceSkipsTeams.contains(team)
    }
}
