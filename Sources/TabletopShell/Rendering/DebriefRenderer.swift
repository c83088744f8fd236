import Foundation
import TabletopCore

/// The debrief as the trainee reads it at the end of a drill: score, the steps as a checklist, findings.
public struct DebriefRenderer: Sendable {
    public let renderer: Renderer

    public init(renderer: Renderer) {
        self.renderer = renderer
    }

    /// The debrief text for a scorecard and its scenario.
    public func render(_ card: Scorecard, scenario: Scenario) -> String {
        var lines: [String] = []
        lines.append(renderer.paint("== Debrief: \(scenario.title) ==", .bold))
        var headline = "Score \(card.score)/100 · \(card.band) · overall rating \(card.rating.rawValue)"
            + (card.provisionalNote.map { " · \($0)" } ?? "")
        if !card.hardFails.isEmpty, card.uncappedScore != card.score { headline += " (capped from \(card.uncappedScore) by a hard fail)" }
        lines.append(headline)
        if let reason = card.ratingReason { lines.append(renderer.wrap(reason, hanging: 2)) }
        for fail in card.hardFails {
            lines.append(renderer.paint(renderer.wrap("Hard fail, \(fail.kind.rawValue): \(fail.reason). \(fail.lesson)", hanging: 2), .red))
        }
        let times = [("acknowledged", card.keyTimes.acknowledge), ("commander", card.keyTimes.commander),
                     ("contained", card.keyTimes.containment), ("closed", card.keyTimes.close)]
            .map { "\($0.0) \($0.1.map { scenario.localClock.stamp(at: $0) } ?? "never")" }
        lines.append(renderer.wrap("Key times: " + times.joined(separator: " · "), hanging: 2))
        if let end = card.end { lines.append("Ended at \(scenario.localClock.stamp(at: end.at)): \(end.text)") }
        lines += story(card.story, localClock: scenario.localClock)

        lines.append("")
        lines.append(renderer.paint("Runbook steps", .bold))
        let titleWidth = card.steps.map(\.title.count).max() ?? 20
        for step in card.steps {
            let mark = switch step.status {
            case .onTime: renderer.paint("✓", .green)
            case .late, .outOfOrder, .lateAndOutOfOrder, .partial: renderer.paint("~", .yellow)
            case .missed: renderer.paint("✗", .red)
            case .notApplicable: "-"
            }
            let number = step.number < 10 ? " \(step.number)" : "\(step.number)"
            // A time of day where the drill has one, like every other moment the trainee sees.
            let time = step.doneAt.map { scenario.localClock.stamp(at: $0) } ?? "—".padding(toLength: 19, withPad: " ", startingAt: 0)
            let points = step.applies ? String(format: "%4.1f/%4.1f", step.points, step.possible) : "         "
            lines.append("  \(mark) \(number) \(step.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0))  \(time)  \(points)  \(describe(step, clock: scenario.localClock))")
        }

        lines.append("")
        lines.append(renderer.paint("Capabilities (HSEEP: P performed, S some challenges, M major challenges, U unable)", .bold))
        for capability in card.capabilities {
            let penalties = card.penalties(in: capability)
            // A phase whose steps were all done can still rate low: say that the points went to a penalty.
            let taken = penalties.isEmpty ? "" : ", after \(penalties.reduce(0) { $0 + $1.points }) for \(penalties.map(\.reason).joined(separator: "; "))"
            lines.append("  \(capability.rating.rawValue)  \(capability.title): \(Int((capability.share * 100).rounded()))% of \(String(format: "%.1f", capability.possible)) points\(taken)")
        }
        if !card.judgement.questions.isEmpty {
            lines.append("")
            lines.append(renderer.paint("Answers to the questions: \(String(format: "%.1f", card.judgement.points)) of \(String(format: "%.1f", card.judgement.possible)) points", .bold))
            lines += card.judgement.lines.map { renderer.wrap("- \($0)", indent: 2, hanging: 2) }
        }
        if !card.adjustments.isEmpty {
            lines.append("")
            lines.append(renderer.paint("Points outside the steps", .bold))
            for adjustment in card.adjustments {
                let sign = adjustment.points > 0 ? "+" : ""
                lines.append(renderer.wrap("\(sign)\(adjustment.points)  \(adjustment.reason)", indent: 2, hanging: "\(sign)\(adjustment.points)  ".count))
            }
        }
        if !card.strengths.isEmpty {
            lines.append("")
            lines.append(renderer.paint("What went well", .bold))
            lines += card.strengths.map { renderer.wrap("+ \($0)", indent: 2, hanging: 2) }
        }
        if !card.areasForImprovement.isEmpty {
            lines.append("")
            lines.append(renderer.paint("To improve", .bold))
            for area in card.areasForImprovement {
                lines.append(renderer.wrap("- \(area.observation)", indent: 2, hanging: 2))
                if !area.lesson.isEmpty { lines.append(renderer.paint(renderer.wrap("why: \(area.lesson)", indent: 4, hanging: 5), .dim)) }
            }
        }
        if !card.story.inspiredBy.isEmpty {
            lines.append("")
            lines.append(renderer.paint("Drawn from real incidents", .bold))
            for source in card.story.inspiredBy {
                lines.append(renderer.wrap("- \(source.name): \(source.summary)", indent: 2, hanging: 2))
                if let url = source.url { lines.append(renderer.paint("    \(url)", .dim)) }
            }
        }
        if !scenario.debrief.questions.isEmpty {
            lines.append("")
            lines.append(renderer.paint("For the hot wash", .bold))
            lines += scenario.debrief.questions.enumerated().map { renderer.wrap("\($0.offset + 1). \($0.element)", indent: 2, hanging: 3) }
        }
        return lines.joined(separator: "\n")
    }

    /// What really happened, then the ideal path move by move with what the trainee did beside it.
    private func story(_ story: DrillStory, localClock: LocalClock) -> [String] {
        var lines: [String] = []
        if !story.narrative.isEmpty {
            lines += ["", renderer.paint("What really happened", .bold), renderer.wrap(story.narrative, indent: 2)]
        }
        guard !story.path.isEmpty else { return lines }
        let done = story.path.count { $0.doneAt != nil }
        // (A move whose question never came is not counted against the trainee.)
        let called = story.path.count { $0.doneAt != nil || $0.neverAsked == nil }
        lines += ["", renderer.paint("The ideal path beside yours (\(done) of \(called) moves done)", .bold)]
        for move in story.path {
            let missed = move.doneAt == nil && move.neverAsked == nil
            let mark = renderer.paint(move.mark, missed ? .red : move.doneAt == nil ? .dim : move.isPartial ? .yellow : .green)
            lines.append(renderer.wrap("\(mark) step \(move.step), \(move.stepTitle): \(move.ideal)", indent: 2, hanging: 4))
            lines.append(renderer.paint(renderer.wrap("you: \(move.yours(on: localClock))", indent: 6, hanging: 5), missed ? .red : .dim))
        }
        return lines
    }

    private func describe(_ step: StepResult, clock: LocalClock) -> String {
        switch step.status {
        case .onTime: "on time"
        case .late: "late" + (step.deadline.map { " (due \(clock.stamp(at: $0)))" } ?? "")
        case .outOfOrder: "before step \(step.missingPrerequisites.map(String.init).joined(separator: ", "))"
        case .lateAndOutOfOrder: "late, and before step \(step.missingPrerequisites.map(String.init).joined(separator: ", "))"
        case .partial: "partly: " + step.debriefShortfalls.joined(separator: "; ")
        case .missed: "missed" + (step.debriefShortfalls.isEmpty ? "" : ": " + step.debriefShortfalls.joined(separator: "; "))
        case .notApplicable: "n/a: \(step.reason)"
        }
    }
}
