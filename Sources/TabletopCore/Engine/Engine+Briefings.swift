extension Engine {
    /// `brief leadership` and `notify <audience>`: who is reached, what they hear (what is cut off so
    /// far, where the statement stands), and how the one of them who last called reacts. Sessions
    /// recorded before the world reacted (`realClock` off) keep their one line.
    func briefing(_ audience: Audience, plain: String) -> String {
        guard configuration.realClock else { return plain }
        let reached = people(reachedBy: audience).compactMap { peopleByID[$0] }.filter { $0.reachable && !$0.mustNotKnow }
        let heard = situation()
        guard !reached.isEmpty else {
            return audience == .customers ? customerNotice() : "\(plain) They hear that \(heard)."
        }
        var text = "\(plain) \(Self.series(reached.map { "\($0.name) (\($0.role))" })) hear\(reached.count == 1 ? "s" : "") that \(heard)."
        // The one who last called in (the CEO who phoned angry) answers the briefing; otherwise the first reached.
        let call = state.fired.reversed().lazy.compactMap { fired -> (person: Person, at: SimDuration, text: String)? in
            guard let inject = injectsByID[fired.id], let person = reached.first(where: { $0.id == inject.from }) else { return nil }
            return (person, fired.at, inject.text)
        }.first
        let speaker = call?.person ?? reached[0]
        let first = String(speaker.name.split(separator: " ").first ?? Substring(speaker.name))
        if let call {
            text += " \(first) called at \(stamp(call.at)) (\"\(Self.firstSentence(call.text.trimmingCharacters(in: .whitespacesAndNewlines)))\"); this briefing answers that call."
        }
        // Their after-briefing line, unless it is written for a later question ("You briefed me already").
        if let reply = speaker.briefedAnswer, !reply.hasPrefix("You briefed") {
            text += " \(first): \"\(reply)\""
        } else {
            text += " \(first) takes it in and wants to hear again when something changes."
        }
        return text
    }

    /// Where things stand, as a briefing tells it: what is cut off so far (at most three, newest
    /// last) and whether a public statement exists.
    private func situation() -> String {
        let cuts = state.assetChanges.filter { Self.cutOffStates.contains($0.state) }.suffix(3)
            .map { "\($0.asset) was \(Self.word(for: $0.state)) at \(stamp($0.at))" }
        let contained = cuts.isEmpty ? "nothing is cut off yet" : Self.series(Array(cuts))
        let published = state.decisions.contains { $0.action.verb == .statementPublish }
        let statement = published ? "the statement is out" : state.statementDraft == nil ? "no statement is drafted yet" : "a statement is drafted but not published"
        return "\(contained); \(statement)"
    }

    /// What customers are told: the published statement, or, without one, only what the commander says now.
    private func customerNotice() -> String {
        if state.decisions.contains(where: { $0.action.verb == .statementPublish }) {
            return "Customers are informed, with the published statement."
        }
        return state.statementDraft == nil
            ? "Customers are informed. No statement is drafted, so what they hear is only what you told them now."
            : "Customers are informed. The draft statement is not published, so they hear it before the public does."
    }
}
