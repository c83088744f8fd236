import TabletopCore

/// Reports as CSV: one row per session × runbook step, for spreadsheets.
public enum CSVReport {
    static let header = ["session", "scenario", "trainee", "started", "score", "rating", "step", "slug", "title", "applies",
                         "status", "done_at", "deadline", "points", "possible", "evidence"]

    /// The CSV text for one or more sessions.
    public static func render(_ reports: [SessionReport]) -> String {
        var rows = [header]
        for report in reports {
            for step in report.scorecard.steps {
                rows.append([
                    report.session, report.scenario.id, report.trainee ?? report.players.map(\.name).joined(separator: "+"),
                    report.started, String(report.scorecard.score), report.scorecard.rating.rawValue,
                    String(step.number), step.slug, step.title, step.applies ? "yes" : "no", step.status.rawValue,
                    step.doneAt.map { String($0.seconds) } ?? "", step.deadline.map { String($0.seconds) } ?? "",
                    ReportText.points(step.points), ReportText.points(step.possible),
                    step.evidence.map { report.players.count > 1 ? "\($0.text) (\($0.actor))" : $0.text }.joined(separator: "; "),
                ])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets never run it as a formula.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
