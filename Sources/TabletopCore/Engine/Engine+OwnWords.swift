import Foundation

extension Engine {
    /// Asked about something they themselves raised (a message, an e-mail, a call), a person answers with
    /// their own words and when they said them, rather than "I don't know that" (blind31 #123: Ben could not
    /// say why he wanted the account locked; blind37 #82: the helpdesk lead did not know his own request).
    /// Nil when nothing they sent shares enough of the question's words.
    func ownWordsAnswer(_ person: Person, words: Set<String>, question: String? = nil) -> String? {
        guard !person.mustNotKnow, !(question.map(Self.asksForAnUpdate) ?? false) else { return nil }
        let asked = Self.distinctiveQuestionWords(words)
        // A long question that shares two words with what they said asks something else (blind50 #51: "what did
        // the forensic image turn up?" got Omar's request for a ticket to attach the image's hash to).
        let needed = max(asked.count >= 2 ? 2 : 1, asked.count / 3)
        let sent = state.fired.compactMap { fired -> (at: SimDuration, inject: Inject, fired: FiredInject)? in
            guard let inject = injectsByID[fired.id], senderID(of: fired) == person.id else { return nil }
            return (fired.at, inject, fired)
        }
        // Named by where or when it was said as well as by its words ("your 09:05 post in #sec-alerts", blind41 #99).
        let clock = { (at: SimDuration) in String(self.stamp(at).split(separator: " ").dropFirst().first ?? "") }
        let shared = { (sent: (at: SimDuration, inject: Inject, fired: FiredInject)) in
            Self.topicWords(sent.inject.text).intersection(asked).count
                + (words.contains(String(sent.inject.channel.drop { $0 == "#" }).lowercased()) ? 1 : 0) + (words.contains(clock(sent.at)) ? 1 : 0)
        }
        let best = sent.reversed().max { shared($0) < shared($1) }
        guard let best, shared(best) >= needed else { return nil }
        // Asked how a thing stands that their message does not speak of, the message is no answer (blind101 #39: "where does
        // the forensic image of KAI-WS-117 stand?" got Omar's request for a ticket to attach the image's hash to).
        if !words.isDisjoint(with: Self.progressWords.union(["stand", "stands", "finished", "verified", "complete", "completed"])),
           let named = assetsNamed(by: words).first, !Self.mentions(best.inject.text, named) { return nil }
        // Asked how something stands now that was acted on since they wrote, their message is no answer (blind59 #125:
        // "is the laptop in custody now?" on Friday, after it was collected and isolated, got Wednesday's e-mail).
        if !words.isDisjoint(with: ["now", "currently", "still"]), let named = assetsNamed(by: words).first,
           state.assetChanges.contains(where: { $0.asset == named.id && $0.at > best.at && Self.actionStates.contains($0.state) }) { return nil }
        let place = best.inject.channel.hasPrefix("#") ? "in \(best.inject.channel)" : "by \(best.inject.channel)"
        // Quoted with its time, never said to stand: what they wrote then may have been overtaken since (Ben agreed
        // to wait once the evidence was kept).
        // In the words the commander saw, not the scenario's default (blind121 #132: a fix report quoted as "every static
        // key is deleted from ci-config" when what was posted was "Your change is in, as you wrote it: …").
        var quoted = "At \(stamp(best.at)) \(place) I said: \"\(deliveredText(best.fired, best.inject).trimmingWhitespaceAndNewlines())\""
        // Asked whether anything was done on a question of theirs, they say whether it was answered (blind59 #94:
        // "has anyone replied to Kai yet?" got the question quoted back, and nothing more).
        if let question, let asked = best.inject.decision, Self.asksWhetherItHappened(question) {
            return quoted + " " + questionStanding(best.inject, asked: asked)
        }
        // What was done since to what it names is said with it (blind43 #101: the role's reach, quoted after it was narrowed).
        let since = state.assetChanges.filter { change in change.at > best.at && change.state != .inspected && assetsByID[change.asset].map { Self.mentions(best.inject.text, $0) } == true }
        if !since.isEmpty {
            quoted += " Since then: \(Self.series(since.suffix(3).map { "\($0.asset) \(Self.word(for: $0.state)) at \(stamp($0.at))" }))."
        }
        // A question of theirs the commander has since answered is settled, not still open (blind39 B13: Maya
        // quoted her question ten minutes after thanking the commander for the answer).
        if let reply = state.decisions.last(where: { decision in
            decision.action.verb == .tell && decision.action.object == person.id && decision.at >= best.at
                && Self.question(in: best.inject.text, answeredBy: decision.action.text ?? "") != nil
        }), let text = reply.action.text {
            return quoted + " You answered it at \(stamp(reply.at)) (\"\(Self.excerpt(text, limit: 120))\"), and that settles it for me."
        }
        return quoted
    }

    /// Where a question of theirs stands: waiting for the commander's answer, or answered, with the option
    /// taken; nothing beyond that was done on it.
    private func questionStanding(_ inject: Inject, asked: DecisionPoint) -> String {
        if let made = state.choices.last(where: { $0.decision == inject.id }), asked.options.indices.contains(made.option - 1) {
            let option = Self.excerpt(asked.options[made.option - 1].text, limit: 120)
            return "You answered it at \(stamp(made.at)): \"\(option)\". Nothing beyond that has been done on it."
        }
        if state.pendingDecisions.contains(inject.id) {
            return "Nothing has been done on it yet: it waits for your answer (choose 1-\(asked.options.count))."
        }
        return "It was never answered, and nothing has been done on it since."
    }
}
