import TabletopCore

/// Small formatting helpers every renderer shares, so the formats say the same things the same way.
enum ReportText {
    /// A moment: `Tue 09:40 (T+00:00)` when the scenario's clock is known, `T+00:00` otherwise.
    static func time(_ duration: SimDuration?, _ clock: LocalClock? = nil) -> String {
        duration.map { clock?.stamp(at: $0) ?? "T+\($0.clock)" } ?? "—"
    }

    static func status(_ status: StepStatus) -> String {
        switch status {
        case .onTime: "on time"
        case .late: "late"
        case .outOfOrder: "out of order"
        case .lateAndOutOfOrder: "late, out of order"
        case .partial: "partly done"
        case .missed: "missed"
        case .notApplicable: "not applicable"
        }
    }

    /// A step's status for a report: its state, what it still lacked, or why it does not apply.
    static func status(of step: StepResult) -> String {
        guard step.applies else { return "not applicable: \(step.reason)" }
        let shortfalls = step.debriefShortfalls
        return status(step.status) + (shortfalls.isEmpty ? "" : ": " + shortfalls.joined(separator: "; "))
    }

    static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// "2 decisions; first to do steps 1, 4; traps none" for a participant of a team drill.
    static func contribution(_ participant: ParticipantResult) -> String {
        let decisions = participant.decisions == 1 ? "1 decision" : "\(participant.decisions) decisions"
        let steps = participant.steps.isEmpty ? "first to do no step" : "first to do step\(participant.steps.count == 1 ? "" : "s") "
            + participant.steps.map(String.init).joined(separator: ", ")
        return "\(decisions); \(steps); traps \(participant.traps.isEmpty ? "none" : participant.traps.joined(separator: ", "))"
    }

    /// A step's evidence as reports list it: time and decision, and in a team who did it.
    static func evidence(_ step: StepResult, _ report: SessionReport, limit: Int = 3) -> String {
        let team = report.players.count > 1
        return step.evidence.prefix(limit).map { "\(time($0.at, report.localClock)) \($0.text)" + (team ? " (\($0.actor))" : "") }
            .joined(separator: "; ")
    }

    /// Who played, or for a team drill without a named trainee, that it was a team.
    static func trainee(_ report: SessionReport) -> String {
        report.trainee ?? (report.players.count > 1 ? "team of \(report.players.count)" : "—")
    }

    static func players(_ report: SessionReport) -> String {
        report.players.map { "\($0.name) (\($0.role))" }.joined(separator: ", ")
    }

    static func realDuration(_ seconds: Int?) -> String {
        guard let seconds else { return "—" }
        if seconds < 60 { return "\(seconds) s" }
        return seconds < 3600 ? "\(seconds / 60) min" : "\(seconds / 3600) h \(seconds % 3600 / 60) min"
    }

    /// When the simulated clock started, `Tue 2026-03-10 14:05 (Europe/Dublin)`, when the report knows it.
    static func simulatedClock(_ report: SessionReport) -> String? {
        guard let clock = report.localClock, let zone = report.scenario.timezone else { return nil }
        return "\(clock.dayAndTime(at: .zero).prefix(3)) \(clock.iso(at: .zero).replacingOccurrences(of: "T", with: " ")) (\(zone))"
    }

    static func hash(_ value: String) -> String {
        String(value.prefix(12))
    }

    /// A cohort's median key moments: durations since the start (`after 1h20m`), not times of day,
    /// since a median of several drills is no moment of any one of them.
    static func medianKeyTimes(_ times: KeyTimes) -> [(String, String)] {
        func after(_ time: SimDuration?) -> String { time.map { "after \($0)" } ?? "—" }
        return [("Acknowledged", after(times.acknowledge)), ("Commander named", after(times.commander)),
                ("Contained", after(times.containment)), ("Closed", after(times.close))]
    }

    /// Key moments of a drill; with the scenario's clock, as local times.
    static func keyTimes(_ times: KeyTimes, _ clock: LocalClock? = nil) -> [(String, String)] {
        [("Acknowledged", time(times.acknowledge, clock)), ("Commander named", time(times.commander, clock)),
         ("Contained", time(times.containment, clock)), ("Closed", time(times.close, clock))]
    }
}

extension String {
    /// Text made safe for a Markdown table cell or paragraph: no line breaks, no markup, no raw HTML.
    var markdownEscaped: String {
        var result = ""
        for character in self {
            switch character {
            case "\n", "\r": result.append(" ")
            case "|", "\\", "`", "*", "_", "[", "]", "#", "~": result.append("\\"); result.append(character)
            case "<": result.append("&lt;")
            case ">": result.append("&gt;")
            case "&": result.append("&amp;")
            default: result.append(character)
            }
        }
        return result
    }
}

import Foundation
