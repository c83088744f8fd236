/// One decision of the trainee, as the scorer and the reports see it.
public struct Decision: Sendable, Hashable, Codable {
    /// Position in the decision log, from 0.
    public var index: Int
    /// Simulated time the decision was taken.
    public var at: SimDuration
    /// The player who took it.
    public var actor: String
    /// Their role.
    public var role: String
    /// What they typed.
    public var raw: String
    /// The action understood.
    public var action: Action
    /// Runbook steps it is evidence for.
    public var steps: [Int]
    /// The reason given with `why`, if any.
    public var rationale: String?
    /// How many outputs the trainee had been shown before deciding.
    public var shownThrough: Int
    /// Simulated time it took.
    public var cost: SimDuration
    /// The action it also counts as in the world: `notify legal` for telling the general counsel
    /// directly, the task itself once a delegated task is done.
    public var countsAs: Action? = nil
    /// An `ask` every answer to which came back empty-handed ("I don't know that…", their default
    /// answer): it is evidence for no step, as the engine saw it answered (blind39 S8). Nil otherwise.
    public var foundNothing: Bool? = nil

    /// Whether the decision, or what it counts as, matches the pattern (`did(notify legal)`).
    public func matches(_ pattern: ActionPattern) -> Bool {
        pattern.matches(action) || (countsAs.map { pattern.matches($0) } ?? false)
    }
}

/// Evidence that a runbook step was done: when, and by which decision.
public struct StepEvidence: Sendable, Hashable, Codable {
    /// The step number.
    public var step: Int
    /// When.
    public var at: SimDuration
    /// The decision's index.
    public var decision: Int
}

/// A trap the trainee fell into.
public struct SprungTrap: Sendable, Hashable, Codable {
    /// The trap's id.
    public var id: String
    /// When.
    public var at: SimDuration
    /// The decision that sprang it, when an action did.
    public var decision: Int?
}

/// A severity the trainee declared.
public struct SeverityDeclaration: Sendable, Hashable, Codable {
    /// When.
    public var at: SimDuration
    /// The level declared.
    public var level: Severity
    /// The correct level at that moment, as the scorer's severity matrix rates it (nil until scored).
    public var correct: Severity?
    /// The reason given.
    public var reason: String?
    /// Who declared it.
    public var actor: String
}
