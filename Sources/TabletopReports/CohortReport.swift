import TabletopCore

/// Several drills together, grouped by scenario: who does which step, trends, and the common gaps.
public struct CohortReport: Sendable, Hashable, Codable {
    public static let currentFormat = 1

    public var format: Int
    /// One group per scenario, by scenario id.
    public var groups: [ScenarioGroup]

    /// Groups reports by scenario; sessions of different scenarios are never mixed.
    public static func build(_ reports: [SessionReport]) -> CohortReport {
        let ids = Array(Set(reports.map(\.scenario.id))).sorted()
        return CohortReport(format: currentFormat, groups: ids.map { id in
            ScenarioGroup.build(reports.filter { $0.scenario.id == id }.sorted { ($0.started, $0.session) < ($1.started, $1.session) })
        })
    }
}

/// The drills of one scenario.
public struct ScenarioGroup: Sendable, Hashable, Codable {
    public var scenario: ScenarioSummary
    public var sessions: [CohortSession]
    /// Each trainee's scores across attempts, oldest first.
    public var trainees: [TraineeTrend]
    /// Steps × trainees: the status in each trainee's latest attempt.
    public var heatmap: [HeatRow]
    /// Steps most often missed or late: possible gaps in training or in the runbook itself.
    public var gaps: [Gap]
    /// Median key times across the sessions.
    public var medianKeyTimes: KeyTimes

    static func build(_ reports: [SessionReport]) -> ScenarioGroup {
        let names = reports.map(CohortSession.traineeName)
        let trainees = Array(Set(names)).sorted()
        let latest = trainees.map { name in reports.last { CohortSession.traineeName($0) == name }! }
        let steps = reports.first?.scorecard.steps ?? []
        let heatmap = steps.map { step in
            HeatRow(step: step.number, title: step.title, cells: zip(trainees, latest).map { name, report in
                HeatCell(trainee: name, status: report.scorecard.steps.first { $0.number == step.number }?.status ?? .notApplicable)
            })
        }
        let gaps = steps.compactMap { step -> Gap? in
            let results = reports.compactMap { $0.scorecard.steps.first { $0.number == step.number } }.filter(\.applies)
            let troubled = results.count { $0.status == .missed || $0.status == .late || $0.status == .lateAndOutOfOrder }
            guard results.count >= 2, troubled * 2 >= results.count else { return nil }
            return Gap(step: step.number, title: step.title, missedOrLate: troubled, applicable: results.count,
                       note: "missed or late in \(troubled) of \(results.count) drills: a gap in training, or a step the runbook asks for too early or too vaguely")
        }.sorted { ($0.missedOrLate * 1000 / $0.applicable, -$0.step) > ($1.missedOrLate * 1000 / $1.applicable, -$1.step) }
        func median(_ values: [SimDuration?]) -> SimDuration? {
            let present = values.compactMap { $0 }.sorted()
            return present.isEmpty ? nil : present[present.count / 2]
        }
        let times = reports.map(\.scorecard.keyTimes)
        return ScenarioGroup(
            scenario: reports[0].scenario,
            sessions: reports.map { CohortSession(session: $0.session, trainee: CohortSession.traineeName($0), started: $0.started,
                                                  score: $0.scorecard.score, rating: $0.scorecard.rating) },
            trainees: trainees.map { name in
                let mine = reports.filter { CohortSession.traineeName($0) == name }
                return TraineeTrend(name: name, scores: mine.map(\.scorecard.score), sessions: mine.map(\.session))
            },
            heatmap: heatmap, gaps: gaps,
            medianKeyTimes: KeyTimes(acknowledge: median(times.map(\.acknowledge)), commander: median(times.map(\.commander)),
                                     containment: median(times.map(\.containment)), close: median(times.map(\.close))))
    }
}

/// One drill in a cohort.
public struct CohortSession: Sendable, Hashable, Codable {
    public var session: String
    public var trainee: String
    public var started: String
    public var score: Int
    public var rating: Rating

    /// The trainee's name, or the players' names for a team drill.
    static func traineeName(_ report: SessionReport) -> String {
        report.trainee ?? report.players.map(\.name).joined(separator: "+")
    }
}

/// A trainee's scores over attempts.
public struct TraineeTrend: Sendable, Hashable, Codable {
    public var name: String
    public var scores: [Int]
    public var sessions: [String]
}

/// One step's row of the heat map.
public struct HeatRow: Sendable, Hashable, Codable {
    public var step: Int
    public var title: String
    public var cells: [HeatCell]
}

/// One trainee's status on a step.
public struct HeatCell: Sendable, Hashable, Codable {
    public var trainee: String
    public var status: StepStatus
}

/// A step most drills miss or do late.
public struct Gap: Sendable, Hashable, Codable {
    public var step: Int
    public var title: String
    public var missedOrLate: Int
    public var applicable: Int
    public var note: String
}
