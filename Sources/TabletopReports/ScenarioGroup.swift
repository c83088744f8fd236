import TabletopCore

/// The drills of one scenario.
public struct ScenarioGroup: Sendable, Hashable, Codable {
    public var scenario: ScenarioSummary
    /// Every drill, oldest first, provisional ones marked.
    public var sessions: [CohortSession]
    /// The median score of the drills that count; nil when none does.
    public var medianScore: Int?
    /// Each trainee's scores across attempts, oldest first.
    public var trainees: [TraineeTrend]
    /// Steps × trainees: each trainee's latest attempt, provisional or not.
    public var latest: HeatMap
    /// Steps × trainees: each trainee's best-scoring attempt among those that count.
    public var best: HeatMap
    /// Each step's on-time share by attempt number (first attempts, second attempts, …).
    public var stepTrends: [StepTrend]
    /// Steps most often missed or late, grouped by the runbook's phase, the worst phase first.
    public var phaseGaps: [PhaseGap]
    /// Every gap, one per step, the worst first.
    public var gaps: [Gap]
    /// Why no gap can be named yet (fewer than two drills count), or nil.
    public var tooLittleData: String?
    /// Median key times across the drills that count.
    public var medianKeyTimes: KeyTimes

    static func build(_ reports: [CohortEntry], includeProvisional: Bool) -> ScenarioGroup {
        let counted = reports.filter { CohortReport.counts($0, includeProvisional: includeProvisional) }
        let trainees = Array(Set(reports.map(CohortSession.traineeName))).sorted()
        let attempts = trainees.map { name in reports.filter { CohortSession.traineeName($0) == name } }
        let steps = reports[0].scorecard.steps
        let latest = attempts.map { $0.last! }
        // The best attempt among those that count; a trainee with only provisional drills shows their best of those, marked.
        let best = attempts.map { mine in
            let pool = mine.filter { CohortReport.counts($0, includeProvisional: includeProvisional) }
            return (pool.isEmpty ? mine : pool).max { ($0.scorecard.score, $1.started) < ($1.scorecard.score, $0.started) }!
        }
        let gaps = Gap.find(steps: steps, in: counted)
        let times = counted.map(\.scorecard.keyTimes)
        return ScenarioGroup(
            scenario: reports[0].scenario,
            sessions: reports.map { CohortSession($0, counted: CohortReport.counts($0, includeProvisional: includeProvisional)) },
            medianScore: CohortReport.median(counted.map(\.scorecard.score)),
            trainees: zip(trainees, attempts).map { name, mine in
                TraineeTrend(name: name, scores: mine.map(\.scorecard.score), sessions: mine.map(\.session), provisional: mine.map(\.scorecard.provisional))
            },
            latest: HeatMap(basis: "latest", steps: steps, names: trainees, reports: latest),
            best: HeatMap(basis: "best", steps: steps, names: trainees, reports: best),
            stepTrends: StepTrend.build(steps: steps, attempts: attempts.map { $0.filter { CohortReport.counts($0, includeProvisional: includeProvisional) } }),
            phaseGaps: PhaseGap.group(gaps, phases: reports[0].scorecard.capabilities),
            gaps: gaps,
            tooLittleData: counted.count < 2
                ? "Too little data to name gaps: \(counted.count) drill\(counted.count == 1 ? "" : "s") of this scenario count\(counted.count == 1 ? "s" : ""), and a gap needs at least two."
                : nil,
            medianKeyTimes: KeyTimes(acknowledge: CohortReport.median(times.compactMap(\.acknowledge)), commander: CohortReport.median(times.compactMap(\.commander)),
                                     containment: CohortReport.median(times.compactMap(\.containment)), close: CohortReport.median(times.compactMap(\.close))))
    }
}

/// One drill in a cohort.
public struct CohortSession: Sendable, Hashable, Codable {
    public var session: String
    public var trainee: String
    public var started: String
    public var score: Int
    public var rating: Rating
    /// Stopped before the incident was closed: the score is provisional.
    public var provisional: Bool
    /// Whether it counts in medians, best attempts and gaps.
    public var counted: Bool
    /// Each hard fail, `kind: what happened`.
    public var hardFails: [String]
    /// Each trap sprung, `-points what happened`.
    public var traps: [String]

    init(_ report: CohortEntry, counted: Bool) {
        session = report.session
        trainee = Self.traineeName(report)
        started = report.started
        score = report.scorecard.score
        rating = report.scorecard.rating
        provisional = report.scorecard.provisional
        self.counted = counted
        hardFails = report.scorecard.hardFails.map { "\($0.kind.rawValue): \($0.reason)" }
        traps = report.scorecard.adjustments.filter { $0.kind == "trap" }.map { "\($0.points): \($0.reason)" }
    }

    /// The trainee's name, or the players' names for a team drill.
    static func traineeName(_ report: CohortEntry) -> String {
        report.trainee ?? report.players.map(\.name).joined(separator: "+")
    }
}

/// A trainee's scores over attempts.
public struct TraineeTrend: Sendable, Hashable, Codable {
    public var name: String
    public var scores: [Int]
    public var sessions: [String]
    /// Which attempts are provisional, in the same order.
    public var provisional: [Bool]
}
