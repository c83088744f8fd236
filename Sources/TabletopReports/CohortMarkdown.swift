import TabletopCore

/// A cohort report as Markdown.
public enum CohortMarkdown {
    /// The Markdown text of a cohort report; every name and title is escaped.
    public static func render(_ cohort: CohortReport) -> String {
        var out = ["# Cohort report", "", "**\(cohort.headline.summary.markdownEscaped)**", ""]
        if !cohort.headline.biggestGaps.isEmpty {
            out += ["Biggest gaps:", ""] + cohort.headline.biggestGaps.enumerated().map { "\($0.offset + 1). \($0.element.markdownEscaped)" } + [""]
        }
        if !cohort.includesProvisional && cohort.headline.provisional > 0 {
            out += ["Provisional drills (stopped before the close) are marked † and left out of medians, best attempts and gaps; `--include-provisional` counts them.", ""]
        }
        for group in cohort.groups { out += section(group) }
        return out.joined(separator: "\n")
    }

    static func section(_ group: ScenarioGroup) -> [String] {
        var out = ["## \(group.scenario.title.markdownEscaped) (\(group.scenario.id.markdownEscaped)): \(CohortText.drills(group.sessions.count))", ""]
        out.append("Median score \(group.medianScore.map(String.init) ?? "—") · median key times: "
                   + ReportText.medianKeyTimes(group.medianKeyTimes).map { "\($0.0) \($0.1)" }.joined(separator: " · "))
        out += ["", "### Drills", "", "| Drill | Trainee | Started | Score | Hard fails | Traps |", "|---|---|---|---|---|---|"]
        for session in group.sessions {
            out.append("| \(session.session.markdownEscaped)\(session.provisional ? " †" : "") | \(session.trainee.markdownEscaped) | \(session.started) | \(session.score) \(session.rating.rawValue) | "
                       + "\(CohortText.list(session.hardFails).markdownEscaped) | \(CohortText.list(session.traps).markdownEscaped) |")
        }
        out += ["", "### Scores across attempts", ""]
        for trainee in group.trainees { out.append("- \(trainee.name.markdownEscaped): \(CohortText.scores(trainee))") }
        for map in [group.latest, group.best] {
            out += ["", "### Steps × trainees (\(map.basis) attempt)", ""]
            out.append("| Step | " + map.columns.map { CohortText.column($0).markdownEscaped }.joined(separator: " | ") + " |")
            out.append("|---|" + map.columns.map { _ in "---|" }.joined())
            for row in map.rows {
                out.append("| \(row.step). \(row.title.markdownEscaped) | " + row.cells.map { CohortText.symbol($0.status) }.joined(separator: " | ") + " |")
            }
        }
        out += ["", CohortText.legend, "", "### Steps across attempts", ""]
        out.append(CohortText.stepTrendNote(group) ?? "On time, by attempt number (first attempts, second attempts, …):")
        if CohortText.stepTrendNote(group) == nil {
            out.append("")
            for trend in group.stepTrends { out.append("- \(trend.step). \(trend.title.markdownEscaped): \(CohortText.tallies(trend))") }
        }
        out += ["", "### Possible gaps in training or in the runbook, by phase", ""]
        out.append(CohortText.gapNote(group) ?? "")
        for phase in group.phaseGaps {
            out.append("- **\(phase.title.markdownEscaped)** (\(phase.count)): " + phase.steps.map { "step \($0.step) \($0.title.markdownEscaped) \($0.missedOrLate)/\($0.applicable)" }.joined(separator: "; "))
        }
        out.append("")
        return out
    }
}

/// Words and marks the cohort renderers share.
enum CohortText {
    static let legend = "✓ on time · ~ late, out of order or partly done · ✗ missed · – not applicable · † provisional"

    static func symbol(_ status: StepStatus) -> String {
        switch status {
        case .onTime: "✓"
        case .late, .outOfOrder, .lateAndOutOfOrder, .partial: "~"
        case .missed: "✗"
        case .notApplicable: "–"
        }
    }

    /// `ana · 98`, with † for a provisional attempt.
    static func column(_ column: HeatColumn) -> String {
        "\(column.trainee) · \(column.score)\(column.provisional ? " †" : "")"
    }

    static func scores(_ trend: TraineeTrend) -> String {
        zip(trend.scores, trend.provisional).map { "\($0)\($1 ? "†" : "")" }.joined(separator: " → ")
    }

    /// `1 drill`, `3 drills`.
    static func drills(_ count: Int) -> String { "\(count) drill\(count == 1 ? "" : "s")" }

    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: "; ") }

    static func tallies(_ trend: StepTrend) -> String {
        trend.attempts.map { $0.applicable == 0 ? "–" : "\($0.onTime)/\($0.applicable)" }.joined(separator: " → ")
    }

    /// Why no step trend is shown, or nil when there is one.
    static func stepTrendNote(_ group: ScenarioGroup) -> String? {
        (group.stepTrends.first?.attempts.count ?? 0) < 2 ? "No one has a second attempt that counts yet: no trend to show." : nil
    }

    /// What to say when the gap list is empty, or nil when it is not.
    static func gapNote(_ group: ScenarioGroup) -> String? {
        if let tooLittle = group.tooLittleData { return tooLittle }
        return group.phaseGaps.isEmpty ? "No step was missed or late in half the drills or more." : nil
    }
}
