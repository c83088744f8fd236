/// A scenario as the engine plays it: loaded, checked and with every reference resolved.
///
/// Everything here is plain data in the order the file gave it; see `Scenarios/FORMAT.md`.
public struct Scenario: Sendable, Hashable, Codable {
    /// The scenario format this build reads (format 1 is migrated in memory when loaded).
    public static let formatVersion = 2
    /// `lint` warns about a scenario with more injects than this (documented in FORMAT.md).
    public static let injectsWarnedAbove = 500

    /// The file format version (`format: 2`; a format-1 file is loaded as its migration).
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
    /// How long a question waits for an answer when its decision gives no `timeout` (`question_timeout`).
    public var questionTimeout: SimDuration? = nil
    /// How long an update from the commander stays fresh: a person updated within it does not ask again.
    public var updateInterval: SimDuration = .minutes(30)
    /// The variables the file declares (`variables:`), in file order; empty for a scenario without variants.
    public var variables: [ScenarioVariable] = []
    /// The value this instance took for each variable, in the same order (`variant(variable, value)`).
    public var variants: [VariantPick] = []
    /// The fleets the file declares (`groups:`) with their real size, in file order.
    public var groups: [AssetGroup] = []

    /// Whether the seed picked `value` for `variable`.
    public func picked(_ variable: String, _ value: String) -> Bool {
        variants.contains { $0.variable == variable && $0.value == value }
    }

    /// How long a question waits when neither it nor the scenario says: long enough to think, short
    /// enough that a responder is not left waiting for hours.
    public static let defaultQuestionTimeout = SimDuration.hours(1)

    /// How long the question of `decision` waits for an answer.
    public func timeout(of decision: DecisionPoint) -> SimDuration {
        decision.timeout ?? questionTimeout ?? Self.defaultQuestionTimeout
    }
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

    /// Creates a start.
    public init(local: String, timeZone: String) {
        self.local = local
        self.timeZone = timeZone
    }
}

/// A public incident a scenario draws on.
public struct Inspiration: Sendable, Hashable, Codable {
    /// Name of the incident (`Capital One 2019`).
    public var name: String
    /// What the scenario takes from it, in our own words.
    public var summary: String
    /// Where to read about it.
    public var url: String?

    /// Creates a source.
    public init(name: String, summary: String, url: String?) {
        self.name = name
        self.summary = summary
        self.url = url
    }
}

/// A scenario-wide or per-asset override of a verb's time cost.
public struct VerbCost: Sendable, Hashable, Codable {
    /// The verb (`snapshot`).
    public var verb: Verb
    /// What it costs.
    public var cost: SimDuration
}
