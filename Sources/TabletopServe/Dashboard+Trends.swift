import TabletopReports
import TabletopStore

extension Dashboard {
    /// Scores across attempts, one row per trainee and scenario (by trainee, then scenario), from the
    /// history alone: no log is read.
    public func trendsPage(_ filter: DashboardFilter) throws -> Page {
        layout("Trends", current: "/trends", body: DashboardTemplates.trends.render(try trendsModel(filter)))
    }

    /// What the trends page shows for `filter`.
    func trendsModel(_ filter: DashboardFilter) throws -> DashboardModels.Trends {
        let all = try history.exercises(matching: HistoryFilter(), withSteps: false)
        let shown = all.filter { filter.history.admits($0) && filter.matches($0) }
        var attempts: [String: [ExerciseRecord]] = [:]
        for record in shown { attempts[record.trainee + "\u{0}" + record.scenario, default: []].append(record) }
        // Sorted keys, never the dictionary's order; records stay oldest first, as the history gives them.
        let rows = attempts.keys.sorted().map { key -> DashboardModels.Trend in
            let drills = attempts[key] ?? []
            let first = drills[0]
            let final = drills.filter { !$0.provisional }.map(\.score)
            let change = final.count > 1 ? final[final.count - 1] - final[0] : nil
            return DashboardModels.Trend(trainee: first.trainee, scenario: first.scenario,
                       scores: drills.map { "\($0.score)\($0.provisional ? "*" : "")" }.joined(separator: " → "),
                       change: change.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "—",
                       css: change.map { $0 > 0 ? "ok" : $0 < 0 ? "bad" : "" } ?? "",
                       spark: Sparkline.render(values: drills.map { Double($0.score) }, maximum: 100, hollow: drills.map(\.provisional),
                                               label: "\(first.trainee), \(first.scenario): scores across attempts"),
                       attempts: drills.count)
        }
        let improving = rows.count { $0.css == "ok" }, declining = rows.count { $0.css == "bad" }
        let summary = "\(rows.count) trainee × scenario pairs over \(shown.count) drills: \(improving) improving, \(declining) declining (first to latest final attempt); * marks a provisional score."
        return DashboardModels.Trends(summary: summary, filters: filterForm(action: "/trends", filter, records: all, bands: true), rows: rows)
    }
}
