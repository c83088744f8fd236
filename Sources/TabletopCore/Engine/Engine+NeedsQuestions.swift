extension Engine {
    /// How a question asks what the person needs from the commander.
    static let needsPhrases = [
        "you need from me", "need from me", "do you need", "anything you need", "what do you need", "can i do for you",
        "can i help", "anything i can do", "anything else you need", "you want from me", "do you want from me",
    ]

    /// Asked what they need from the commander ("before I close, is there anything you need from me?"),
    /// a person says what the world still asks of the commander in their part of the response: counsel a
    /// legal deadline still running and a statement waiting for review; communications a draft to read
    /// or clear; a leader an update when the last one is older than the scenario's interval; anyone the
    /// task the commander gave them still under way. Else nothing, and when they were last brought up to
    /// date. Nil for other questions and for someone who must not know (blind23 #28).
    func needsAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: ["need", "needs", "want", "help", "do"]) else { return nil }
        let lowered = question.lowercased()
        guard Self.needsPhrases.contains(where: lowered.contains) else { return nil }
        var needs: [String] = []
        let standpoint = Standpoint(role: person.role, team: person.team)
        if standpoint == .legal {
            for clock in scenario.clocks where Self.awaitsRegulator(clock.stops) {
                guard let status = state.clocks[clock.id], status.isRunning else { continue }
                needs.append("the notification: the \(clock.label) clock runs until \(stamp(status.deadline)) ('notify regulator')")
            }
        }
        if [.legal, .comms].contains(standpoint), watch.decisions(by: .statementPublish, in: state).isEmpty {
            if state.statementDraft == nil, standpoint == .comms {
                needs.append("a draft statement from you to work on ('statement draft \"…\"')")
            } else if state.statementDraft != nil, state.statementReviewedBy == nil {
                needs.append("your draft statement for review before it goes out ('statement review \(person.id)')")
            }
        }
        if standpoint == .leader {
            let updated = state.knowledge[person.id]?.updatedAt
            if updated.map({ state.clock.seconds - $0.seconds > scenario.updateInterval.seconds }) ?? true {
                needs.append(updated.map { "an update: the last one was at \(stamp($0))" } ?? "a briefing: nobody has told me where we stand ('brief leadership')")
            }
        }
        let open = state.tasks.filter { $0.person == person.id && !$0.done }.map { "'\($0.line)'" }
        // The follow-ups filed for them are theirs to start; they need nothing more for them (blind25 #134).
        let owned = followUps(ownedBy: person).suffix(2).map { "\"\($0.text)\"" }
        let working = (open.isEmpty ? "" : " I am still on \(Self.series(open)); I report back when it is done.")
            + (owned.isEmpty ? "" : " I have the follow-up\(owned.count == 1 ? "" : "s") you filed for me (\(Self.series(owned))) and take it from there.")
        guard !needs.isEmpty else { return "Nothing from you right now." + working + (lastContact(of: person).map { " \($0)" } ?? "") }
        return "What I need from you: \(Self.series(needs))." + working
    }
}
