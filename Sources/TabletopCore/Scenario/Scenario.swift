/// A scenario as the engine plays it: loaded, checked and with every reference resolved.
///
/// Everything here is plain data in the order the file gave it; see `Scenarios/FORMAT.md`.
public struct Scenario: Sendable, Hashable, Codable {
    /// The only scenario format this build reads.
    public static let formatVersion = 1
    /// `lint` warns about a scenario with more injects than this (documented in FORMAT.md).
    public static let injectsWarnedAbove = 500

    /// The file format version (`format: 1`).
    public var format: Int
    /// Short, stable identifier used on the command line (`breach`).
    public var id: String
    /// Human title.
    public var title: String
    /// The incident family (`data-breach`, `insider`, `compromised-host`, …).
    public var family: String
    /// How hard the drill is.
    public var difficulty: Difficulty
    /// How long a drill usually takes a trainee, in real time.
    public var estimatedDuration: SimDuration
    /// When the simulated clock starts, in the scenario's time zone.
    public var start: SimulatedStart
    /// What the trainee is told at the start.
    public var briefing: String
    /// Public incidents the scenario draws on.
    public var inspiredBy: [Inspiration]
    /// What is really going on, for the scorer and the facilitator.
    public var truth: GroundTruth
    /// Facts the trainee can learn.
    public var facts: [Fact]
    /// The people of the scenario.
    public var cast: [Person]
    /// Hosts, services, buckets, accounts, credentials, devices.
    public var assets: [Asset]
    /// Channels that exist when the drill starts.
    public var channels: [Channel]
    /// The master scenario events list.
    public var injects: [Inject]
    /// What the world says to actions.
    public var responses: [Response]
    /// Bad moves the scenario watches for.
    public var traps: [Trap]
    /// Deadlines that start on a condition and stop on an action.
    public var clocks: [Clock]
    /// Scenario-wide time costs per verb id, overriding the vocabulary's defaults.
    public var costs: [VerbCost]
    /// Per-step changes to how the runbook scores this scenario.
    public var scoring: [StepOverride]
    /// The hot-wash material.
    public var debrief: Debrief
    /// When the drill ends.
    public var end: EndRules
    /// How long an update from the commander stays fresh: a person updated within it does not ask again.
    public var updateInterval: SimDuration = .minutes(30)
}

/// How hard a scenario is.
public enum Difficulty: String, Sendable, Hashable, Codable, CaseIterable {
    case beginner, intermediate, advanced
}

/// The simulated wall-clock moment the drill starts at.
public struct SimulatedStart: Sendable, Hashable, Codable {
    /// Local date and time, `2026-03-14T09:12`.
    public var local: String
    /// IANA time zone name, `Europe/Berlin`.
    public var timeZone: String
}

/// A public incident a scenario draws on.
public struct Inspiration: Sendable, Hashable, Codable {
    /// Name of the incident (`Capital One 2019`).
    public var name: String
    /// What the scenario takes from it, in our own words.
    public var summary: String
    /// Where to read about it.
    public var url: String?
}

/// A scenario-wide or per-asset override of a verb's time cost.
public struct VerbCost: Sendable, Hashable, Codable {
    /// The verb (`snapshot`).
    public var verb: Verb
    /// What it costs.
    public var cost: SimDuration
}
