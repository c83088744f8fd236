extension Engine {
    /// `brief leadership` and `notify <audience>`: who is reached, what they hear (what the commander
    /// knows, tailored to the audience: `briefingContent`), and how the one of them who last called
    /// reacts. Those reached learn what the briefing carried and nothing else. Sessions recorded
    /// before the world reacted (`realClock` off) keep their one line.
    mutating func briefing(_ audience: Audience, plain: String) -> String {
        let ids = people(reachedBy: audience)
        guard configuration.realClock else {
            inform(ids)
            return plain
        }
        if audience == .customers { return customerNotice() }
        let reached = ids.compactMap { peopleByID[$0] }.filter { $0.reachable && !$0.mustNotKnow }
        let content = briefingContent(for: audience)
        let heard = content.sentences.joined(separator: " ")
        // Before this briefing: whether they had heard from the commander since they called.
        let before = Dictionary(uniqueKeysWithValues: reached.map { ($0.id, state.knowledge[$0.id]?.updatedAt) })
        inform(reached.map(\.id), facts: content.facts)
        guard !reached.isEmpty else {
            guard audience != .pr else {
                return "\(plain) Nobody in your contacts holds PR or communications, so no one hears it by name; the notice on record says: \(heard)"
            }
            return "\(plain) They hear what you know: \(heard)"
        }
        // Nobody reached has answered their page yet: the notice waits for them, it has not reached them (blind17 #9).
        let waiting = reached.compactMap { person in pageAnswer(of: person.id).map { (person, $0) } }
        if waiting.count == reached.count, let latest = waiting.map(\.1).max(), audience != .leadership {
            let who = Self.series(reached.map { "\($0.name) (\($0.role))" })
            let are = audience == .customers ? "are" : "is"
            return "\(audience.displayName) \(are) notified, but \(who) \(reached.count == 1 ? "has" : "have") not answered your page yet "
                + "(expected by about \(localClock.dayAndTime(at: latest))); the notice waits for \(reached.count == 1 ? "them" : "each") and says: \(heard)"
        }
        var text = "\(plain) \(Self.series(reached.map { "\($0.name) (\($0.role))" })) hear\(reached.count == 1 ? "s" : "") what you know: \(heard)"
        // The one who last called in (the CEO who phoned angry) answers the briefing; otherwise the first reached.
        let call = state.fired.reversed().compactMap { fired -> (person: Person, at: SimDuration, text: String, id: String)? in
            guard let inject = injectsByID[fired.id], let person = reached.first(where: { $0.id == senderID(of: fired) }) else { return nil }
            return (person, fired.at, inject.text, inject.id)
        }.first
        let speaker = call?.person ?? reached[0]
        let first = String(speaker.name.split(separator: " ").first ?? Substring(speaker.name))
        // A call still waiting is answered; one whose question timed out (the caller acted alone) or
        // that an earlier update already answered is not.
        if let call, !state.timedOut.contains(where: { $0.decision == call.id }),
           !((before[call.person.id] ?? nil).map { $0 >= call.at } ?? false) {
            text += " \(first) called at \(stamp(call.at)) (\"\(Self.firstSentence(call.text.trimmingWhitespaceAndNewlines()))\"); this briefing answers that call."
        }
        text += " " + reaction(of: speaker, first: first)
        return text
    }

    /// How the one who speaks takes the briefing: not at all while their page is unanswered; acting
    /// on what they now know; their after-briefing line (unless written for a later question, "You
    /// briefed me already"); or that they take it in.
    private func reaction(of speaker: Person, first: String) -> String {
        if let answer = pageAnswer(of: speaker.id) {
            return "\(first) has not answered your page yet (expected by about \(localClock.dayAndTime(at: answer))); it waits for them."
        }
        if let acting = actingAnswer(of: speaker) { return "\(first): \"\(acting)\"" }
        if let reply = speaker.briefedAnswer, !reply.hasPrefix("You briefed") { return "\(first): \"\(reply)\"" }
        return "\(first) takes it in and wants to hear again when something changes."
    }

    /// What customers are told: the published statement, or, without one, only what the commander
    /// says now, and whether legal has seen it.
    private func customerNotice() -> String {
        if state.decisions.contains(where: { $0.action.verb == .statementPublish }) {
            return "Customers are informed, with the published statement."
        }
        let legal = people(reachedBy: .legal).compactMap { peopleByID[$0] }.first { $0.reachable }
        guard state.statementDraft != nil else {
            return "Customers are informed without a statement: nothing is drafted, so all they hear is that there is an incident "
                + "affecting them and that more will follow, with nothing in writing to point to."
                + (legal.map { " \($0.name) (\($0.role)) has seen nothing of it." } ?? "")
        }
        let reviewed = state.statementReviewedBy.flatMap { peopleByID[$0] }
        return "Customers are informed with the draft statement before it is published, so they hear it before the public does"
            + (reviewed.map { "; \($0.name) cleared it." } ?? legal.map { "; \($0.name) (\($0.role)) has not reviewed it." } ?? ".")
    }
}
