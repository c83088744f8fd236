extension Engine {
    /// How a question asks whether the person already knows something ("have you heard that …?").
    static let heardOpenings = [
        "have you heard", "did you hear", "are you aware", "were you told", "have you been told", "has anyone told you",
        "did anyone tell you", "do you know that", "did you know that", "have you seen that", "did you see that",
    ]

    /// Asked whether they have heard of something, a person says yes and what they saw or were told
    /// of it, with when, or that it is news to them and how to tell them (blind21 #23: counsel,
    /// asked whether he had heard of the wipe request, gave the workstation's card). Nil for other
    /// questions and for someone who must not know.
    func heardAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, Self.heardOpenings.contains(where: { lowered.hasPrefix($0) || lowered.contains(", \($0)") }) else { return nil }
        let asked = Self.distinctiveQuestionWords(words).subtracting(["heard", "hear", "aware", "told", "know", "seen"])
        if let best = bestKnown(by: person, sharing: asked), best.overlap >= 2 { return "Yes. \(best.told)" }
        return "No, that is news to me. If I need to act on it, tell me what you know: tell \(person.id) \"…\"."
    }
}

extension Engine {
    /// Words that ask whether the suspect knows or behaves as if watched ("does Kai know?", "is he
    /// working normally?", "has anyone spoken to him?").
    static let awarenessWords: Set<String> = [
        "know", "knows", "aware", "suspect", "suspects", "notice", "noticed", "realise", "realize", "spoken", "talked",
        "normally", "behaving", "acting",
    ]

    /// Asked whether the suspect knows they are being looked at, a person says what the world says:
    /// he knows (his account was cut), he may (a tip-off sprang, and when), or nothing shows he does
    /// (blind21 #4, #7: HR gave the exit meeting or the resignation instead). Nil for other questions,
    /// a scenario without a suspect, and someone who must not know.
    func suspectAwarenessAnswer(_ person: Person, words: Set<String>) -> String? {
        guard !person.mustNotKnow, let id = scenario.truth.insider, id != person.id, let suspect = peopleByID[id],
              Self.names(words, suspect.id, suspect.name), !words.isDisjoint(with: Self.awarenessWords),
              // "Would he notice if …?" asks about a move, not what he knows now.
              words.isDisjoint(with: Self.hypotheticalWords.union(["can", "could"])) else { return nil }
        let first = suspect.name.split(separator: " ").first.map(String.init) ?? suspect.name
        if let account = scenario.assets.first(where: { $0.owner == id && $0.kind == .account }), let cut = cutOff(account) {
            return "\(first) knows now: his account was \(cut.word) at \(stamp(cut.at))."
        }
        if suspectTippedOff {
            let when = state.traps.first { sprung in
                GenericTrap.kind(of: sprung.id)?.0 == .tippedOff || scenario.traps.contains { $0.id == sprung.id && $0.hardFail == .tippingOff }
            }.map { " since \(stamp($0.at))" } ?? ""
            return "\(first) may well know\(when): word of it has reached him, so expect him to cover his tracks."
        }
        return "As far as anything I have seen shows, \(first) suspects nothing: nobody on the response has spoken to him about it, "
            + "and nothing he has done since shows he noticed."
    }
}
