/// The test plans of one scenario (`Scenarios/<id>.plans/plans.yaml`): named walkthroughs, each with
/// the moves a trainee types and what must hold afterwards.
///
/// Plans are data so that a scenario author covers a new scenario without writing Swift: one generic
/// runner (`tabletop test`, and the test suite) plays every plan of every scenario.
public struct PlanSet: Sendable, Hashable {
    /// The scenario the plans play (its `id`).
    public var scenario: String
    /// Seeds every plan runs at unless it names its own.
    public var seeds: [UInt64]
    /// The plans, in file order.
    public var plans: [ScenarioPlan]
}

/// One named walkthrough and what must hold after it.
public struct ScenarioPlan: Sendable, Hashable {
    /// Name, unique in its file (`expert`).
    public var name: String
    /// What the walkthrough is, in words.
    public var summary: String
    /// Seeds it runs at.
    public var seeds: [UInt64]
    /// Where the moves come from.
    public var moves: PlanMoves
    /// What must hold after the moves.
    public var expect: PlanExpectation
}

/// Where a plan's moves come from.
public enum PlanMoves: Sendable, Hashable {
    /// Lines as typed, from the plan file or a script file beside it.
    case lines([String])
    /// Lines per seed, from a script name with `{seed}` in it (one walkthrough per variant).
    case linesBySeed([UInt64: [String]])
    /// Moves generated from what the trainee can see at the start, written without reading the scenario.
    case strategy(GamingStrategy)
}

/// Scenario-blind ways to game a score, generated from what any trainee sees at the start.
public enum GamingStrategy: String, Sendable, Hashable, CaseIterable {
    /// Every verb on every person, asset, audience and channel visible at the start, harmless verbs first, then close.
    case shotgunDestructiveLast = "shotgun-destructive-last"
    /// The same, destructive verbs first.
    case shotgunDestructiveFirst = "shotgun-destructive-first"
    /// Wait, answer every question with option 1, then close.
    case choose1 = "choose-1"
    /// The same with option 2.
    case choose2 = "choose-2"
    /// The same with option 3 (or the last option when there are fewer).
    case choose3 = "choose-3"
    /// Do nothing for the scenario's time limit but wait, then close.
    case idleThenClose = "idle-then-close"
}

/// What must hold after a plan; every field is optional and only what is given is checked.
public struct PlanExpectation: Sendable, Hashable {
    /// The score must be in this range (inclusive).
    public var score: ClosedRange<Int>?
    /// The score before any hard-fail cap must be in this range.
    public var uncapped: ClosedRange<Int>?
    /// The band label.
    public var band: String?
    /// The overall HSEEP rating (`P`, `S`, `M`, `U`).
    public var rating: String?
    /// The end outcome id, or `none` for a drill that did not reach an end.
    public var outcome: String?
    /// Whether the score must be marked provisional.
    public var provisional: Bool?
    /// Step slugs that must be done (on time or not).
    public var done: [String] = []
    /// Step slugs that must be missed.
    public var missed: [String] = []
    /// Step slugs that must be late.
    public var late: [String] = []
    /// Trap ids that must be among those sprung.
    public var traps: [String]?
    /// Hard-fail kinds that must be recorded, exactly (empty: none).
    public var hardFails: [String]?
    /// Texts that must appear in what the trainee was shown.
    public var shows: [String] = []
    /// Texts that must not appear in what the trainee was shown.
    public var neverShows: [String] = []
    /// The score must be at least this many points below another plan's at the same seed.
    public var below: PlanRelation?
}

/// A score relation between two plans of one scenario.
public struct PlanRelation: Sendable, Hashable {
    /// The other plan's name.
    public var plan: String
    /// By how many points this plan must be below it.
    public var by: Int
}
