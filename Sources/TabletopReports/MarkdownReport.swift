import TabletopCore

/// A session report as Markdown: pastes into a wiki page or a ticket.
public enum MarkdownReport {
    /// The "What happened" section: the story, the ideal path beside the trainee's, and the sources.
    static func whatHappened(_ story: DrillStory, clock: LocalClock?) -> [String] {
        guard !story.narrative.isEmpty || !story.path.isEmpty || !story.inspiredBy.isEmpty else { return [] }
        var out = ["", "## What happened"]
        if !story.narrative.isEmpty {
            out += [""] + story.narrative.split(separator: "\n").map { String($0).markdownEscaped }.flatMap { [$0, ""] }.dropLast()
        }
        if !story.path.isEmpty {
            out += ["", "### The ideal path beside yours", "", "| Step | The ideal move | What you did |", "|---|---|---|"]
            for move in story.path {
                out.append("| \(move.step). \(move.stepTitle.markdownEscaped) | \(move.ideal.markdownEscaped) | \(move.mark + " " + move.yours(on: clock).markdownEscaped) |")
            }
        }
        if !story.inspiredBy.isEmpty {
            out += ["", "### Drawn from real incidents", ""]
            for source in story.inspiredBy {
                out.append("- \(source.name.markdownEscaped): \(source.summary.markdownEscaped)" + (source.url.map { " (\($0.markdownEscaped))" } ?? ""))
            }
        }
        return out
    }

    /// The Markdown text of a report.
    public static func render(_ report: SessionReport, transcript: Bool = true) -> String {
        let card = report.scorecard
        var out: [String] = []
        out.append("# Drill report: \(report.scenario.title.markdownEscaped) (\(report.scenario.id.markdownEscaped))")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        out.append("| Session | \(report.session.markdownEscaped) |")
        out.append("| Trainee | \(ReportText.trainee(report).markdownEscaped) |")
        out.append("| \(report.roster == nil ? "Players" : "Roster") | \(ReportText.roster(report).markdownEscaped) |")
        out.append("| Started | \(report.started.markdownEscaped) |")
        out.append("| Simulated duration | \(ReportText.time(report.simulatedDuration)) |")
        if let clock = ReportText.simulatedClock(report) { out.append("| Simulated clock | \(clock.markdownEscaped) |") }
        out.append("| Real duration | \(ReportText.realDuration(report.realDurationSeconds)) |")
        out.append("| Seed, mode | \(report.seed), \(report.mode.rawValue) |")
        if let variants = report.variants { out.append("| Variant | \(variants.map(\.description).joined(separator: ", ").markdownEscaped) |") }
        out.append("| Versions | \(report.versions.tool.markdownEscaped); runbook \(report.versions.runbook.markdownEscaped); scenario sha256 \(ReportText.hash(report.versions.scenarioHash)) |")
        out.append("")
        out.append("## Score: \(card.score)/100, \(card.band.markdownEscaped), overall rating \(card.rating.rawValue)" + (card.provisionalNote.map { " (\($0))" } ?? ""))
        out.append("")
        if let reason = card.ratingReason { out += [reason.markdownEscaped, ""] }
        for fail in card.hardFails {
            out.append("- **Hard fail (\(fail.kind.rawValue))**: \(fail.reason.markdownEscaped). \(fail.lesson.markdownEscaped)")
        }
        if !card.hardFails.isEmpty { out.append("") }
        out.append(ReportText.keyTimes(card.keyTimes, report.localClock).map { "\($0.0) \($0.1)" }.joined(separator: " · "))
        if let end = card.end { out.append(""); out.append("Ended at \(ReportText.time(end.at, report.localClock)): \(end.text.markdownEscaped)") }
        out += whatHappened(card.story, clock: report.localClock)
        out.append("")
        out.append("## Capabilities (HSEEP ratings)")
        out.append("")
        out.append("| Capability | Rating | Points |")
        out.append("|---|---|---|")
        for capability in card.capabilities {
            out.append("| \(capability.title.markdownEscaped) | \(capability.rating.rawValue) | \(ReportText.points(capability.points)) of \(ReportText.points(capability.possible)) |")
        }
        out.append("")
        out.append("## The runbook steps")
        out.append("")
        out.append("| # | Step | Status | Done | Deadline | Points | Evidence | Lesson |")
        out.append("|---|---|---|---|---|---|---|---|")
        for step in card.steps {
            let evidence = ReportText.evidence(step, report)
            let points = step.applies ? "\(ReportText.points(step.points))/\(ReportText.points(step.possible))" : "—"
            let status = ReportText.status(of: step)
            out.append("| \(step.number) | \(step.title.markdownEscaped) | \(status.markdownEscaped) | \(ReportText.time(step.doneAt, report.localClock)) | \(ReportText.time(step.deadline, report.localClock)) | \(points) | \(evidence.markdownEscaped) | \(step.applies && step.status != .onTime ? step.lesson.markdownEscaped : "") |")
        }
        out.append("")
        out.append("## Severity")
        out.append("")
        out.append("Correct level over time: " + card.severity.correct.map { "\($0.level) from \(ReportText.time($0.at, report.localClock))" }.joined(separator: ", "))
        out.append("")
        out.append("Declared: " + (card.severity.declarations.isEmpty ? "never" : card.severity.declarations.map { "\($0.level) at \(ReportText.time($0.at, report.localClock)) by \($0.actor.markdownEscaped)" }.joined(separator: ", ")))
        for finding in card.severity.findings { out.append("- \(finding.markdownEscaped)") }
        if !card.clocks.isEmpty {
            out.append("")
            out.append("## Clocks")
            out.append("")
            for clock in card.clocks {
                out.append("- \(clock.label.markdownEscaped): \(clock.status)\(clock.deadline.map { ", deadline \(ReportText.time($0, report.localClock))" } ?? "")\(clock.metAt.map { ", met at \(ReportText.time($0, report.localClock))" } ?? "")")
            }
        }
        if !card.judgement.questions.isEmpty {
            out.append("")
            out.append("## Answers to the questions: \(ReportText.points(card.judgement.points)) of \(ReportText.points(card.judgement.possible)) points")
            out.append("")
            out += card.judgement.lines.map { "- \($0.markdownEscaped)" }
        }
        if !card.adjustments.isEmpty {
            out.append("")
            out.append("## Traps and other adjustments")
            out.append("")
            for adjustment in card.adjustments {
                out.append("- \(adjustment.points > 0 ? "+" : "")\(adjustment.points): \(adjustment.reason.markdownEscaped)\(adjustment.lesson.map { " — \($0.markdownEscaped)" } ?? "")")
            }
        }
        section("Strengths", card.strengths.map { $0.markdownEscaped }, into: &out)
        section("Areas for improvement", card.areasForImprovement.map { "\($0.observation.markdownEscaped)\($0.lesson.isEmpty ? "" : ". *Why:* \($0.lesson.markdownEscaped)")" }, into: &out)
        out.append("")
        out.append("## After-action report and improvement plan")
        out.append("")
        out.append("| Capability | Observation | Recommendation | Owner | Due |")
        out.append("|---|---|---|---|---|")
        for item in report.improvementPlan {
            out.append("| \(item.capability.markdownEscaped) | \(item.observation.markdownEscaped) | \(item.recommendation.markdownEscaped) | \(item.owner.markdownEscaped) | \(item.due) |")
        }
        if !report.notes.isEmpty {
            out.append("")
            out.append("## Observer notes")
            out.append("")
            out += report.notes.map { "- \(ReportText.time($0.at, report.localClock)) \($0.text.markdownEscaped)" }
        }
        if card.participants.count > 1 {
            out.append("")
            out.append("## Participants")
            out.append("")
            for participant in card.participants {
                out.append("- \(participant.name.markdownEscaped) (\(participant.role.markdownEscaped)): \(ReportText.contribution(participant))")
            }
        }
        guard transcript else { return out.joined(separator: "\n") + "\n" }
        out.append("")
        out.append("## Appendix: transcript")
        out.append("")
        for line in report.transcript {
            let prefix = line.kind == "input" ? "**> \(line.text.markdownEscaped)**" : "\(line.kind): \(line.text.markdownEscaped)"
            out.append("- \(ReportText.time(line.at, report.localClock)) \(prefix)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ items: [String], into out: inout [String]) {
        guard !items.isEmpty else { return }
        out.append("")
        out.append("## \(title)")
        out.append("")
        out += items.map { "- \($0)" }
    }
}
