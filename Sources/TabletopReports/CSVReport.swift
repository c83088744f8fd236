import TabletopCore

/// Reports as CSV: one row per session × runbook step, for spreadsheets.
public enum CSVReport {
    static let header = ["session", "scenario", "trainee", "started", "score", "rating", "step", "slug", "title", "applies",
                         "status", "done_at", "deadline", "points", "possible", "evidence"]

    /// The columns a cohort adds: whether the drill is provisional and counts, its hard fails and traps,
    /// and whether it is the attempt its trainee's latest and best heat-map columns show.
    static let cohortHeader = ["provisional", "counted", "hard_fails", "traps", "latest_attempt", "best_attempt"]

    /// The CSV text for one or more sessions.
    public static func render(_ reports: [SessionReport]) -> String {
        table(reports, cohort: nil)
    }

    /// A cohort's CSV: the sessions' rows with the cohort's columns, so both heat maps (filter on
    /// `latest_attempt` or `best_attempt`), hard fails and traps come out of one file.
    public static func render(_ reports: [SessionReport], cohort: CohortReport) -> String {
        table(reports, cohort: cohort)
    }

    private static func table(_ reports: [SessionReport], cohort: CohortReport?) -> String {
        var rows = [header + (cohort == nil ? [] : cohortHeader)]
        let sessions = cohort?.groups.flatMap(\.sessions) ?? []
        let latest = Set(cohort?.groups.flatMap { $0.latest.columns.map(\.session) } ?? [])
        let best = Set(cohort?.groups.flatMap { $0.best.columns.map(\.session) } ?? [])
        for report in reports {
            let extra = cohort == nil ? [] : sessions.first { $0.session == report.session }.map { session in
                [yes(session.provisional), yes(session.counted), session.hardFails.joined(separator: "; "), session.traps.joined(separator: "; "),
                 yes(latest.contains(session.session)), yes(best.contains(session.session))]
            } ?? []
            for step in report.scorecard.steps {
                rows.append([
                    report.session, report.scenario.id, report.trainee ?? report.players.map(\.name).joined(separator: "+"),
                    report.started, String(report.scorecard.score), report.scorecard.rating.rawValue,
                    String(step.number), step.slug, step.title, step.applies ? "yes" : "no", step.status.rawValue,
                    step.doneAt.map { String($0.seconds) } ?? "", step.deadline.map { String($0.seconds) } ?? "",
                    ReportText.points(step.points), ReportText.points(step.possible),
                    step.evidence.map { report.players.count > 1 ? "\($0.text) (\($0.actor))" : $0.text }.joined(separator: "; "),
                ] + extra)
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func yes(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets never run it as a formula.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
