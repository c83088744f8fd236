extension Engine {
    /// Words that ask about a time after something ("since the rollout", "today", "any more").
    static let sinceWords: Set<String> = ["since", "today", "again", "anymore", "more", "after", "lately", "recently", "tonight"]

    /// Words for something the adversary or the suspect might have done.
    static let activityWords: Set<String> = [
        "tried", "try", "used", "use", "pushed", "cloned", "clone", "clones", "synced", "sync", "syncs", "opened", "read", "accessed",
        "logged", "copied", "downloaded", "uploaded", "called", "connected", "beaconed", "touched", "attempted", "moved",
        "queries", "query", "queried", "activity", "logins", "login", "calls", "requests", "connections", "traffic", "attempts",
    ]

    /// Words for whoever did it, besides the suspect by name.
    static let actorWords: Set<String> = [
        "attacker", "attackers", "intruder", "adversary", "hacker", "hackers", "anyone", "anybody", "someone", "unusual", "suspicious",
    ]

    /// Asked whether the adversary or the suspect did something since a point ("since the rollout, has
    /// Kai tried any more syncs?"), a person gives the newest thing they have seen that speaks of it,
    /// with its time, or that nothing they have seen shows it, and the trail that would (blind21 #8,
    /// #9, #21; blind20 #17: the morning's finding, or the suspect's card, instead). Nil for other
    /// questions and for someone who must not know.
    func sinceAnswer(_ person: Person, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.sinceWords), !words.isDisjoint(with: Self.activityWords) else { return nil }
        let suspect = scenario.truth.insider.flatMap { id in scenario.cast.first { $0.id == id } }
        let namesSuspect = suspect.map { Self.names(words, $0.id, $0.name) } ?? false
        guard namesSuspect || !words.isDisjoint(with: Self.actorWords) else { return nil }
        let asked = Self.distinctiveQuestionWords(words)
        if let best = bestKnown(by: person, sharing: asked), best.overlap >= 2 {
            return "\(best.told) Nothing newer than that has reached me."
        }
        // The trail that would show it: one the question names, else one the person keeps, else one of the
        // suspect's own assets, else a compromised one.
        let trails = knownAssets.filter { $0.logs != nil }
        let trail = trails.first { words.contains($0.id) || Self.names(words, $0.id, $0.name) }
            ?? trails.first { $0.owner == person.id }
            ?? trails.first { asset in suspect.map { asset.owner == $0.id } ?? false }
            ?? trails.first { state.asset($0.id, is: .compromised) }
        return "Nothing I have seen shows that." + (trail.map { " Its trail would: logs \($0.id)." } ?? "")
    }
}
