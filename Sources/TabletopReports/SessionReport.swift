import TabletopCore

/// Everything a report says about one drill; `report --format json` prints it (format 1, see
/// `Docs/report.schema.json`), and the Markdown, HTML and CSV renderers draw on it.
public struct SessionReport: Sendable, Hashable, Codable {
    /// The version of this shape.
    public static let currentFormat = 1

    public var format: Int
    /// The session id.
    public var session: String
    public var scenario: ScenarioSummary
    /// The trainee's name, when given.
    public var trainee: String?
    /// Who played, in which role.
    public var players: [Player]
    /// A team drill's roster with the times people joined, left or were removed; absent solo (and in
    /// reports of format 1 made before it).
    public var roster: [RosterEntry]? = nil
    /// Wall-clock start and end, ISO 8601.
    public var started: String
    public var ended: String?
    /// Simulated time the drill covered, in seconds.
    public var simulatedDuration: SimDuration
    /// Real time between the first and the last record, in seconds.
    public var realDurationSeconds: Int?
    public var seed: UInt64
    /// The values the seed picked for the scenario's variables (`second-key=billing`): the facilitator's
    /// report only (they spoil a retake); absent for a scenario without variants.
    public var variants: [VariantPick]?
    public var mode: DrillMode
    public var versions: Versions
    /// The score, steps, judgments and findings.
    public var scorecard: Scorecard
    /// Injects, decisions and step marks over simulated time.
    public var timeline: [TimelineEvent]
    /// The after-action report / improvement plan, HSEEP-style.
    public var improvementPlan: [ActionItem]
    /// The facilitator's observations, in order.
    public var notes: [FacilitatorNote]
    /// Everything typed and shown, in order.
    public var transcript: [TranscriptLine]
}

/// What was played.
public struct ScenarioSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var family: String
    public var difficulty: String
    /// When the simulated clock starts, local (`2026-05-12T09:40`), and the IANA time zone; absent in
    /// reports made before the real clock.
    public var start: String?
    public var timezone: String?
}

extension ScenarioSummary {
    /// What reports say of `scenario`.
    public init(_ scenario: Scenario) {
        self.init(id: scenario.id, title: scenario.title, family: scenario.family, difficulty: scenario.difficulty.rawValue,
                  start: scenario.start.local, timezone: scenario.start.timeZone)
    }
}

extension SessionReport {
    /// The report a trainee may keep: the scorecard without the answer key (see `Scorecard.traineeSafe`).
    public func traineeSafe() -> SessionReport {
        var report = self
        report.scorecard = scorecard.traineeSafe()
        report.variants = nil
        return report
    }

    /// The scenario's simulated wall clock, when the report knows it.
    public var localClock: LocalClock? {
        guard let start = scenario.start, let zone = scenario.timezone else { return nil }
        return LocalClock(start: SimulatedStart(local: start, timeZone: zone))
    }
}

/// Versions and hashes of what the drill was played and scored with.
public struct Versions: Sendable, Hashable, Codable {
    public var tool: String
    public var runbook: String
    public var scenarioHash: String
    public var runbookHash: String
}

/// A moment on the timeline.
public struct TimelineEvent: Sendable, Hashable, Codable {
    /// Simulated seconds from the start.
    public var at: SimDuration
    /// The same moment in the scenario's local time, ISO 8601 without a zone (`2026-05-12T09:40`).
    public var localTime: String?
    /// `inject`, `decision`, `step`, `clock` or `end`.
    public var kind: String
    /// Short label.
    public var label: String
    /// More detail, for tooltips and tables.
    public var detail: String
}

/// A row of the improvement plan.
public struct ActionItem: Sendable, Hashable, Codable {
    public var capability: String
    public var observation: String
    public var recommendation: String
    public var owner: String
    /// ISO date.
    public var due: String
    public var step: Int?
}

/// One line of the transcript.
public struct TranscriptLine: Sendable, Hashable, Codable {
    public var at: SimDuration
    /// The same moment in the scenario's local time, ISO 8601 without a zone (`2026-05-12T09:40`).
    public var localTime: String?
    /// `input` for what was typed; otherwise the kind of output (`inject`, `answer`, `response`, …).
    public var kind: String
    public var text: String
}
