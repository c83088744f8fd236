import Foundation
import TabletopCore
import TabletopDrill

/// Presence and catch-up in a team drill: the team is told who joins, leaves or is removed; a participant
/// back after a gap is told first, in one line, what happened meanwhile; and at the end each participant
/// sees the team's score and their own part in it.
extension DrillHost {
    /// Tells every participant but `except` something about the room (not an event of the drill: not logged).
    func tellTeam(_ text: String, except: Participant?) {
        for other in participants where other !== except { deliver(.output(.notice(text)), to: other) }
    }

    /// "While you were away (T+00:40–T+01:10): …": what reached `participant` since `awayFrom`, in one
    /// line, in place of the full lines (sent on request: `missed`); nil when nothing did.
    func awaySummary(for participant: Participant, since awayFrom: SimDuration, from: Int) -> String? {
        let missed = participant.inbox.dropFirst(max(0, from - participant.inboxBase))
        guard !missed.isEmpty else { return nil }
        let injects = missed.compactMap { if case .inject(let message)? = $0.output { message.id } else { nil } }
        let others = engine.state.decisions.filter { $0.at >= awayFrom && $0.actor != participant.player.name }
        var byActor: [(String, Int)] = []
        for decision in others {
            if let index = byActor.firstIndex(where: { $0.0 == decision.actor }) { byActor[index].1 += 1 } else { byActor.append((decision.actor, 1)) }
        }
        var parts: [String] = []
        parts.append(injects.isEmpty ? "no inject reached you" : "\(injects.count) inject\(injects.count == 1 ? "" : "s") reached you (\(injects.joined(separator: ", ")))")
        parts.append(others.isEmpty ? "the team made no decision"
                     : "the team made \(others.count) decision\(others.count == 1 ? "" : "s") (" + byActor.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")")
        if let own = engine.state.decisions.last(where: { $0.actor == participant.player.name }) {
            parts.append("your last decision was '\(own.raw)' at T+\(own.at.clock)")
        }
        return "While you were away (T+\(awayFrom.clock)–T+\(engine.state.clock.clock)): " + parts.joined(separator: "; ")
            + ". Type 'missed' for the \(missed.count) message\(missed.count == 1 ? "" : "s") in full."
    }

    /// Puts `summary` where the participant's missed messages (from message number `from` on) were and keeps those for `missed`. The
    /// summary is in the inbox, so the client's count of outputs stays the server's.
    func holdBack(missedBy participant: Participant, from: Int, behind summary: String) {
        let start = max(0, from - participant.inboxBase)
        participant.missed += participant.inbox[start...]
        participant.inbox.removeSubrange(start...)
        participant.inbox.append(.output(.notice(summary)))
    }

    /// Sends the messages held back at the participant's return, in their order, once.
    func showMissed(to participant: Participant) {
        guard !participant.missed.isEmpty else {
            deliver(.output(.notice("Nothing missed: you have every message of the drill.")), to: participant)
            return
        }
        let held = participant.missed
        participant.missed = []
        deliver(.output(.notice("What you missed, \(held.count) message\(held.count == 1 ? "" : "s"):")), to: participant)
        for message in held { deliver(message, to: participant) }
    }

    /// Whether a participant's line asks for the messages held back at their return.
    static func isCatchUpRequest(_ text: String) -> Bool {
        ["missed", "catch-up", "catchup", "catch up"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// What each participant is shown when the drill ends: the team's score, their own part, and the
    /// debrief the solo shell shows (when the host could score the drill).
    func results(for participant: Participant, card: Scorecard?, debrief: String?) -> [Output] {
        let name = participant.player.name
        let mine = engine.state.decisions.filter { $0.actor == name }
        var lines: [Output] = []
        if let card {
            lines.append(.notice("Team score: \(card.score)/100."))
            let firsts = card.steps.filter { $0.evidence.first?.actor == name }.map { "\($0.number) \($0.title)" }
            let steps = firsts.isEmpty ? "; no runbook step first done by you." : "; steps first done by you: \(firsts.joined(separator: ", "))."
            let traps = card.participants.first { $0.name == name }?.traps ?? []
            lines.append(.notice("Your part (\(name), \(participant.player.role)): \(mine.count) decision\(mine.count == 1 ? "" : "s")" + steps
                                 + (traps.isEmpty ? "" : " Traps you sprang: \(traps.joined(separator: ", ")).")))
        } else {
            lines.append(.notice("Your part (\(name), \(participant.player.role)): \(mine.count) decision\(mine.count == 1 ? "" : "s")."))
        }
        if let debrief { lines.append(.info(debrief)) }
        lines.append(.notice(debrief == nil ? "The debrief: the facilitator's screen now, and 'tabletop report \(writer.sessionID)' on the host."
                                            : "The full report: 'tabletop report \(writer.sessionID)' on the host."))
        return lines
    }

    /// Whether `text` only looks something up (allowed while the drill is paused: it changes nothing;
    /// `cancel` changes the schedule, so it is not one).
    static func isLookup(_ text: String) -> Bool {
        guard case .success(let action?) = ActionParser.parseAction(text) else { return false }
        return !action.verb.isDecision && ![.wait, .cancel, .why, .quit, .save].contains(action.verb)
    }
}

extension DrillHost {
    /// Shows a refused join on the console: who tried, from where, and why.
    func refusedJoin(_ hello: ClientMessage, reason: String, from address: String?) {
        eventLoop.preconditionInEventLoop()
        let who = "\(TerminalText.inline(String((hello.name ?? "?").prefix(40)))) (\(TerminalText.inline(String((hello.role ?? "?").prefix(40)))))"
        console(.warning("refused join: \(who)\(address.map { " from \($0)" } ?? ""): \(reason)"), nil)
    }
}

extension Output {
    /// Whether this is an inject.
    var isInject: Bool {
        if case .inject = self { true } else { false }
    }
}
