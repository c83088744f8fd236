import TabletopCore

/// Steps × trainees, for one attempt of each trainee (the latest, or the best).
public struct HeatMap: Sendable, Hashable, Codable {
    /// `latest` or `best`.
    public var basis: String
    /// The attempt shown for each trainee, in the order of the cells.
    public var columns: [HeatColumn]
    public var rows: [HeatRow]

    init(basis: String, steps: [CohortStep], names: [String], reports: [CohortEntry]) {
        self.basis = basis
        columns = zip(names, reports).map { HeatColumn(trainee: $0, session: $1.session, score: $1.scorecard.score, provisional: $1.scorecard.provisional) }
        rows = steps.map { step in
            HeatRow(step: step.number, title: step.title, phase: step.phase, cells: zip(names, reports).map { name, report in
                HeatCell(trainee: name, status: report.scorecard.steps.first { $0.number == step.number }?.status ?? .notApplicable)
            })
        }
    }
}

/// The attempt a heat map shows for one trainee.
public struct HeatColumn: Sendable, Hashable, Codable {
    public var trainee: String
    public var session: String
    public var score: Int
    public var provisional: Bool
}

/// One step's row of the heat map.
public struct HeatRow: Sendable, Hashable, Codable {
    public var step: Int
    public var title: String
    public var phase: String
    public var cells: [HeatCell]
}

/// One trainee's status on a step.
public struct HeatCell: Sendable, Hashable, Codable {
    public var trainee: String
    public var status: StepStatus
}

/// How often a step was done on time, by attempt number.
public struct StepTrend: Sendable, Hashable, Codable {
    public var step: Int
    public var title: String
    /// Element n: the trainees' (n+1)th attempts that count.
    public var attempts: [AttemptTally]

    static func build(steps: [CohortStep], attempts: [[CohortEntry]]) -> [StepTrend] {
        let rounds = attempts.map(\.count).max() ?? 0
        return steps.map { step in
            StepTrend(step: step.number, title: step.title, attempts: (0..<rounds).map { round in
                let results = attempts.compactMap { $0.count > round ? $0[round].scorecard.steps.first { $0.number == step.number } : nil }.filter(\.applies)
                return AttemptTally(onTime: results.count { $0.status == .onTime }, applicable: results.count)
            })
        }
    }
}

/// On-time results out of applicable ones.
public struct AttemptTally: Sendable, Hashable, Codable {
    public var onTime: Int
    public var applicable: Int
}
