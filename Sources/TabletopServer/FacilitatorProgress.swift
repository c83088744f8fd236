import TabletopCore

/// The facilitator's live view of the drill against the runbook (`progress` at the console): which
/// applicable steps are done, which are overdue or due next, and the score if the drill ended now.
/// Participants never see it.
public enum FacilitatorProgress {
    /// Open steps listed by name after the overdue ones; the rest are summed up by number.
    static let nextShown = 4

    /// The view for a scorecard of the drill so far, at simulated time `now`, one short line per step.
    public static func lines(_ card: Scorecard, now: SimDuration) -> [String] {
        let applicable = card.steps.filter(\.applies)
        let done = applicable.filter { $0.evidence.first != nil }
        let late = done.filter { $0.status == .late || $0.status == .lateAndOutOfOrder }
        var lines = ["Runbook at T+\(now.clock): \(done.count) of \(applicable.count) applicable steps done"
            + (done.isEmpty ? "" : " (\(done.count - late.count) in time, \(late.count) late)")
            + "; \(card.score)/100 if the drill ended now."]
        for step in done {
            let status = late.contains { $0.number == step.number } ? "late" : "done"
            let who = step.evidence.first.map { " by \($0.actor)" } ?? ""
            lines.append(row(status, step, "T+\(step.doneAt?.clock ?? "?")\(who)"))
        }
        let open = applicable.filter { $0.evidence.first == nil }
            .sorted { ($0.deadline ?? .maximum, $0.number) < ($1.deadline ?? .maximum, $1.number) }
        let overdue = open.filter { ($0.deadline ?? .maximum) < now }
        for step in overdue { lines.append(row("overdue", step, "due T+\(step.deadline!.clock)")) }
        let upcoming = open.filter { ($0.deadline ?? .maximum) >= now }
        for step in upcoming.prefix(nextShown) {
            lines.append(row("open", step, step.deadline.map { "due T+\($0.clock)" } ?? "no deadline"))
        }
        if upcoming.count > nextShown {
            lines.append("  \(upcoming.count - nextShown) more open: steps "
                + upcoming.dropFirst(nextShown).map(\.number).sorted().map(String.init).joined(separator: ", "))
        }
        return lines
    }

    private static func row(_ status: String, _ step: StepResult, _ detail: String) -> String {
        let label = status.padding(toLength: 8, withPad: " ", startingAt: 0)
        return "  \(label)\(step.number). \(step.title), \(detail)"
    }
}
