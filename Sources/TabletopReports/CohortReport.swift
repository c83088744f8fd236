import TabletopCore

/// Several drills together, grouped by scenario: a headline a manager reads first, who does which
/// step (latest and best attempt), trends, and the common gaps grouped by phase.
public struct CohortReport: Sendable, Hashable, Codable {
    /// 2: headline, provisional marks, hard fails and traps per drill, best-attempt heat map, step trends, phase gaps.
    public static let currentFormat = 2

    public var format: Int
    /// Whether provisional (stopped before the close) drills count in medians and gaps.
    public var includesProvisional: Bool
    /// The numbers and the three biggest gaps, across every scenario.
    public var headline: CohortHeadline
    /// One group per scenario, by scenario id.
    public var groups: [ScenarioGroup]

    /// Groups reports by scenario; sessions of different scenarios are never mixed. Provisional drills
    /// are listed and marked but left out of medians, best attempts and gaps unless `includeProvisional`.
    public static func build(_ reports: [SessionReport], includeProvisional: Bool = false) -> CohortReport {
        build(entries: reports.map(CohortEntry.init), includeProvisional: includeProvisional)
    }

    /// The same cohort from each drill's cohort entry, as the history keeps it: no log is replayed.
    public static func build(entries reports: [CohortEntry], includeProvisional: Bool = false) -> CohortReport {
        let ids = Array(Set(reports.map(\.scenario.id))).sorted()
        let groups = ids.map { id in
            ScenarioGroup.build(reports.filter { $0.scenario.id == id }.sorted { ($0.started, $0.session) < ($1.started, $1.session) },
                                includeProvisional: includeProvisional)
        }
        return CohortReport(format: currentFormat, includesProvisional: includeProvisional,
                            headline: CohortHeadline.build(reports, groups: groups, includeProvisional: includeProvisional), groups: groups)
    }

    /// Whether a drill counts in medians and gaps.
    static func counts(_ report: CohortEntry, includeProvisional: Bool) -> Bool {
        includeProvisional || !report.scorecard.provisional
    }

    /// The middle value (the upper one of an even count), or nil for none.
    static func median<T: Comparable>(_ values: [T]) -> T? {
        let sorted = values.sorted()
        return sorted.isEmpty ? nil : sorted[sorted.count / 2]
    }
}

/// What a manager reads first: how many drills and people, the median score, how many drills are
/// provisional and how many hit a hard fail, and the biggest gaps in words.
public struct CohortHeadline: Sendable, Hashable, Codable {
    public var drills: Int
    /// Distinct people: each solo trainee and each player of a team drill.
    public var people: Int
    /// The median score of the drills that count; nil when none does.
    public var medianScore: Int?
    /// Drills stopped before the incident was closed.
    public var provisional: Int
    /// `provisional` / `drills`, 0 to 1.
    public var provisionalShare: Double
    /// Drills with at least one hard fail.
    public var hardFailDrills: Int
    /// Up to three sentences, the largest gaps first; empty when there is too little data or no gap.
    public var biggestGaps: [String]
    /// One sentence with the numbers above.
    public var summary: String

    static func build(_ reports: [CohortEntry], groups: [ScenarioGroup], includeProvisional: Bool) -> CohortHeadline {
        let people = Set(reports.flatMap { report in report.trainee.map { [$0] } ?? report.players.map(\.name) }).count
        let counted = reports.filter { CohortReport.counts($0, includeProvisional: includeProvisional) }
        let median = CohortReport.median(counted.map(\.scorecard.score))
        let provisional = reports.count { $0.scorecard.provisional }
        let hardFails = reports.count { !$0.scorecard.hardFails.isEmpty }
        // Every scenario's gaps, the highest share first, then the most drills; ties by scenario and step.
        func rank(_ entry: (ScenarioGroup, Gap)) -> (Int, Int, String, Int) {
            (-(entry.1.missedOrLate * 1000 / entry.1.applicable), -entry.1.applicable, entry.0.scenario.id, entry.1.step)
        }
        let gaps: [(ScenarioGroup, Gap)] = groups.flatMap { group in group.gaps.map { (group, $0) } }.sorted { rank($0) < rank($1) }
        let sentences: [String] = gaps.prefix(3).map { entry in
            let (group, gap) = entry
            let phase = group.phaseGaps.first { $0.phase == gap.phase }?.title ?? gap.phase
            return "Step \(gap.step), \(gap.title) (\(phase)), was missed or late in \(gap.missedOrLate) of \(gap.applicable) drills of \(group.scenario.title)."
        }
        let share = reports.isEmpty ? 0 : Double(provisional) / Double(reports.count)
        let drills = "\(reports.count) drill\(reports.count == 1 ? "" : "s") by \(people) \(people == 1 ? "person" : "people")"
        let medianText = "median score \(median.map(String.init) ?? "—")\(includeProvisional || provisional == 0 ? "" : " (final drills only)")"
        let percent: Int = Int((share * 100).rounded())
        let summary = "\(drills); \(medianText); \(provisional) provisional (\(percent)%); \(hardFails) with a hard fail."
        return CohortHeadline(drills: reports.count, people: people, medianScore: median, provisional: provisional,
                              provisionalShare: (share * 1000).rounded() / 1000, hardFailDrills: hardFails,
                              biggestGaps: sentences, summary: summary)
    }
}
