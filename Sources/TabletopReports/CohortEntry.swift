import Foundation
import TabletopCore

/// What a cohort report needs of one drill, and no more: who played which scenario when, and the
/// scorecard's score, steps, capabilities, hard fails, traps and key times. The history keeps it as JSON
/// beside each record (schema v6), so the dashboard's cohort page and `tabletop report --format json`
/// of a cohort build the same figures without replaying a thousand logs.
public struct CohortEntry: Sendable, Hashable, Codable {
    /// The version of this shape; an entry of another version is ignored and the log replayed instead.
    public static let currentFormat = 1

    public var format: Int
    public var session: String
    public var scenario: ScenarioSummary
    /// The trainee's name, as the report shows it; nil for a team drill.
    public var trainee: String?
    public var players: [Player]
    /// Wall-clock start, ISO 8601.
    public var started: String
    public var scorecard: CohortScorecard

    /// The entry of a drill's report.
    public init(_ report: SessionReport) {
        format = Self.currentFormat
        session = report.session
        scenario = report.scenario
        trainee = report.trainee
        players = report.players
        started = report.started
        scorecard = CohortScorecard(report.scorecard)
    }

    /// The entry of a drill straight from its header, scenario and scorecard (when it is recorded), equal to
    /// the one of the report `SessionReport.build` makes of the same drill.
    public init(header: SessionHeader, scenario: Scenario, scorecard: Scorecard) {
        format = Self.currentFormat
        session = header.session
        self.scenario = ScenarioSummary(scenario)
        trainee = SessionReport.traineeName(header)
        players = header.configuration.players
        started = header.started
        self.scorecard = CohortScorecard(scorecard)
    }

    /// The entry as the history stores it (compact JSON, keys sorted so equal entries are equal text).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// An entry the history stored; nil for text of another version or shape.
    public static func decode(_ text: String, decoder: JSONDecoder = JSONDecoder()) -> CohortEntry? {
        guard let entry = try? decoder.decode(CohortEntry.self, from: Data(text.utf8)), entry.format == currentFormat else { return nil }
        return entry
    }
}

/// The parts of a scorecard a cohort report reads.
public struct CohortScorecard: Sendable, Hashable, Codable {
    public var score: Int
    public var rating: Rating
    public var provisional: Bool
    public var steps: [CohortStep]
    public var capabilities: [CapabilityResult]
    public var hardFails: [HardFailResult]
    /// The traps sprung (adjustments of kind `trap`); other adjustments are not a cohort's concern.
    public var adjustments: [Adjustment]
    public var keyTimes: KeyTimes

    init(_ card: Scorecard) {
        score = card.score
        rating = card.rating
        provisional = card.provisional
        steps = card.steps.map { CohortStep(number: $0.number, title: $0.title, phase: $0.phase, applies: $0.applies, status: $0.status) }
        capabilities = card.capabilities
        hardFails = card.hardFails
        adjustments = card.adjustments.filter { $0.kind == "trap" }
        keyTimes = card.keyTimes
    }
}

/// One step's result as a cohort reads it.
public struct CohortStep: Sendable, Hashable, Codable {
    public var number: Int
    public var title: String
    public var phase: String
    public var applies: Bool
    public var status: StepStatus
}
