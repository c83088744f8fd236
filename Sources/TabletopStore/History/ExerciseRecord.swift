import TabletopCore

/// One drill as the history store keeps it: who played what, when, how it ended and how it scored.
public struct ExerciseRecord: Sendable, Hashable, Codable {
    public var session: String
    public var scenario: String
    public var scenarioHash: String
    /// The trainee's name, or the players' names for a team drill.
    public var trainee: String
    public var players: [Player]
    /// Wall-clock start and end, ISO 8601.
    public var started: String
    public var ended: String?
    public var simulatedSeconds: Int
    /// `finished`, `abandoned` or `resumed`.
    public var outcome: String
    public var score: Int
    public var band: String
    public var rating: String
    public var acknowledgeSeconds: Int?
    public var commanderSeconds: Int?
    public var containmentSeconds: Int?
    public var closeSeconds: Int?
    /// Where the session log is: the source of truth, from which `history import` can rebuild the record.
    public var logPath: String
    /// Each step's result.
    public var steps: [StepRow]
    /// Each capability's rating.
    public var capabilities: [CapabilityRow]
    /// The hard fails (`tipping-off`, …) that capped the score; empty when none. Nil for a record written
    /// before tabletop kept them (history v1); `tabletop history import` of its log fills them in.
    public var hardFails: [String]?
    /// The seed and the variant it picked (`caller=vpn-exit`), for the facilitator or manager reading the
    /// history; nil for a record written before tabletop kept them (history v3 and earlier).
    public var seed: UInt64?
    public var variants: [String]?
    /// The drill's improvement plan; nil for a record written before tabletop kept it (history v4 and
    /// earlier), or read without its steps.
    public var plan: [PlanRow]?
    /// What a cohort report needs of the drill (`CohortEntry` of TabletopReports, as JSON), written with the
    /// record so cohorts are built without replaying logs; read with `cohortEntries(matching:)`, never
    /// with `exercises`; nil when not given (history v5 and earlier until backfilled).
    public var cohortEntry: String? = nil

    /// A record from a drill's header and scorecard.
    public init(header: SessionHeader, scorecard: Scorecard, outcome: String, ended: String?, logPath: String) {
        session = header.session
        scenario = header.scenario
        scenarioHash = header.scenarioHash
        trainee = header.trainee ?? header.configuration.players.map(\.name).joined(separator: "+")
        players = header.configuration.players
        started = header.started
        self.ended = ended
        simulatedSeconds = scorecard.duration.seconds
        self.outcome = outcome
        score = scorecard.score
        band = scorecard.band
        rating = scorecard.rating.rawValue
        acknowledgeSeconds = scorecard.keyTimes.acknowledge?.seconds
        commanderSeconds = scorecard.keyTimes.commander?.seconds
        containmentSeconds = scorecard.keyTimes.containment?.seconds
        closeSeconds = scorecard.keyTimes.close?.seconds
        self.logPath = logPath
        steps = scorecard.steps.map { StepRow(step: $0.number, slug: $0.slug, status: $0.status.rawValue, doneSeconds: $0.doneAt?.seconds, points: $0.points, possible: $0.possible) }
        capabilities = scorecard.capabilities.map { CapabilityRow(phase: $0.phase, rating: $0.rating.rawValue, share: $0.share) }
        hardFails = scorecard.hardFails.map(\.kind.rawValue)
        seed = header.configuration.seed
        variants = (header.variants ?? []).map(\.description)
        plan = PlanRow.rows(of: scorecard.improvementPlan, header: header, scorecard: scorecard)
    }

    /// Whether the score may still change: the drill did not finish (it was abandoned, or resumed and not
    /// yet ended), so a later `tabletop resume` can rescore it.
    public var provisional: Bool { outcome != "finished" }
}

/// One step's result in the store.
public struct StepRow: Sendable, Hashable, Codable {
    public var step: Int
    public var slug: String
    public var status: String
    public var doneSeconds: Int?
    public var points: Double
    public var possible: Double

    public init(step: Int, slug: String, status: String, doneSeconds: Int?, points: Double, possible: Double) {
        self.step = step
        self.slug = slug
        self.status = status
        self.doneSeconds = doneSeconds
        self.points = points
        self.possible = possible
    }
}

/// One capability's rating in the store.
public struct CapabilityRow: Sendable, Hashable, Codable {
    public var phase: String
    public var rating: String
    public var share: Double

    public init(phase: String, rating: String, share: Double) {
        self.phase = phase
        self.rating = rating
        self.share = share
    }
}

/// Which exercises to list.
public struct HistoryFilter: Sendable, Hashable {
    public var trainee: String?
    public var scenario: String?
    /// ISO date (`2026-11-01`) or date-time; exercises started on or after it.
    public var since: String?

    public init(trainee: String? = nil, scenario: String? = nil, since: String? = nil) {
        self.trainee = trainee
        self.scenario = scenario
        self.since = since
    }
}
