extension Engine {
    /// How a question asks what the person needs from the commander.
    static let needsPhrases = [
        "you need from me", "need from me", "do you need", "anything you need", "what do you need", "can i do for you",
        "can i help", "anything i can do", "anything else you need", "you want from me", "do you want from me",
    ]

    /// Whether a question asks what they need ("anything you need from me?"), not whether something needs doing ("or do you need to
    /// pull the admin role separately?", blind127 #40: "Nothing from you right now").
    static func asksWhatTheyNeed(_ text: String) -> Bool {
        let lowered = text.lowercased()
        // (Not "how long do you need?", which asks for a time, blind146 #3: "Nothing from you right now" to an order with it.)
        return needsPhrases.contains { phrase in
            lowered.ranges(of: phrase).contains { range in
                let before = lowered[..<range.lowerBound]
                return !lowered[range.upperBound...].hasPrefix(" to ") && !["how long ", "how much time ", "how many hours ", "how many days "].contains(where: before.hasSuffix)
            }
        }
    }

    /// Asked what they need from the commander ("before I close, is there anything you need from me?"),
    /// a person says what the world still asks of the commander in their part of the response: counsel a
    /// legal deadline still running and a statement waiting for review; communications a draft to read
    /// or clear; a leader an update when the last one is older than the scenario's interval; anyone the
    /// task the commander gave them still under way. Else nothing, and when they were last brought up to
    /// date. Nil for other questions and for someone who must not know (blind23 #28).
    func needsAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: ["need", "needs", "want", "help", "do"]) else { return nil }
        let lowered = question.lowercased()
        guard Self.asksWhatTheyNeed(lowered) else { return nil }
        // "What do you need from Maya?" asks what they need of someone else (blind49 #81).
        if let from = lowered.range(of: "need from ") {
            let next = lowered[from.upperBound...].prefix { $0.isLetter }
            guard ["me", "us", "my", "our"].contains(String(next)) else { return nil }
        }
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
            // A question that gives the update is one ("the regulator is notified, the cut-off is set … anything you need?",
            // blind79 #95); one that says the update is still owed is not (blind100 #121: "Nothing from you right now" twelve
            // hours after the last briefing, to "I owe you an update … anything you need before I brief you?").
            let owed = ["owe you an update", "before i brief you", "before i update you", "update is overdue", "overdue update"].contains(where: lowered.contains)
            let briefed = state.decisions.last { decision in
                decision.at < state.clock && (decision.action.verb == .briefLeadership || (decision.action.verb == .tell && decision.action.object == person.id)
                    || (decision.action.verb == .notify && decision.action.object == Audience.leadership.rawValue))
            }?.at
            let updated = owed ? [state.knowledge[person.id]?.updatedAt.flatMap { $0 == state.clock ? nil : $0 }, briefed].compactMap { $0 }.max()
                : state.knowledge[person.id]?.updatedAt
            if updated.map({ state.clock.seconds - $0.seconds > scenario.updateInterval.seconds }) ?? true {
                needs.append(updated.map { "an update: the last one was at \(stamp($0))" } ?? "a briefing: nobody has told me where we stand ('brief leadership')")
            }
        }
        let open = state.tasks.filter { $0.person == person.id && !$0.done }.map { "'\($0.line)'" }
        // The follow-ups filed for them are theirs to start; they need nothing more for them (blind25 #134).
        let owned = followUps(ownedBy: person).suffix(2).map { "\"\($0.text)\"" }
        let working = (open.isEmpty ? "" : " I am still on \(Self.series(open)); I report back when it is done.")
            + (owned.isEmpty ? "" : " I have the follow-up\(owned.count == 1 ? "" : "s") you filed for me (\(Self.series(owned))) and take it from there.")
        guard !needs.isEmpty else {
            // What they asked of the commander themselves and is still not done is what they need (blind28 #6:
            // Omar had just said "you'll want forensics and identity people on this", and needed "nothing").
            if let standing = standingAsk(of: person) { return standing + working }
            return "Nothing from you right now." + working + (lastContact(of: person).map { " \($0)" } ?? "")
        }
        return "What I need from you: \(Self.series(needs))." + working
    }

    /// What the person last asked of the commander in a message of theirs that the commander has not acted
    /// on: their latest inject whose question is still open, or whose expected steps are not all done,
    /// told as its sentences that ask or advise ("You'll want forensics and identity people on this,
    /// quietly."). Nil when everything they asked for is done.
    func standingAsk(of person: Person) -> String? {
        for fired in state.fired.reversed() {
            guard let inject = injectsByID[fired.id], senderID(of: fired) == person.id else { continue }
            if let decision = inject.decision {
                guard state.pendingDecisions.contains(inject.id) else { continue }
                return "Your answer to what I asked at \(stamp(fired.at)): \"\(inject.text.trimmingWhitespaceAndNewlines())\" ('choose 1-\(decision.options.count)')"
            }
            guard inject.expects.contains(where: { !watch.done($0, in: state) }) else { continue }
            let asks = Self.clauses(of: inject.text).map { $0.clauses.joined(separator: "; ") + $0.end }.filter(Self.asksOrAdvises)
            guard !asks.isEmpty else { continue }
            return "What I \(asks.contains { $0.hasSuffix("?") } ? "asked" : "said") at \(stamp(fired.at)) still stands: \(asks.joined(separator: " "))"
        }
        return nil
    }

    /// Whether a sentence of a message asks the commander something or tells them what to do.
    static func asksOrAdvises(_ sentence: String) -> Bool {
        if sentence.hasSuffix("?") { return true }
        let lowered = " " + sentence.lowercased()
        return [" you'll want", " you will want", " you want", " you need", " we need", " i need", " you should", " we should",
                " let me", " please", " don't", " do not", " get ", " make sure"].contains(where: lowered.contains)
    }
}
