extension Engine {
    /// How a question asks whether the person already knows something ("have you heard that …?").
    static let heardOpenings = [
        "have you heard", "did you hear", "are you aware", "were you told", "have you been told", "has anyone told you",
        "did anyone tell you", "do you know that", "did you know that", "have you seen that", "did you see that",
    ]

    /// The words one of those openings holds, any of them.
    static let heardWords: Set<String> = ["heard", "hear", "aware", "told", "tell", "know", "seen", "see"]

    /// Asked whether they have heard of something, a person says yes and what they saw or were told
    /// of it, with when, or that it is news to them and how to tell them (blind21 #23: counsel,
    /// asked whether he had heard of the wipe request, gave the workstation's card). Nil for other
    /// questions and for someone who must not know.
    func heardAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // The words first: searching the text for every opening is the costly part of a replay's questions.
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.heardWords) else { return nil }
        let lowered = question.lowercased()
        // "Have you heard back from Kai on the demand letter?" asks after a reply to what they sent, not whether they know
        // something (blind129 #100: "No, that is news to me" of the letters he had said he was sending).
        guard Self.heardOpenings.contains(where: { lowered.hasPrefix($0) || lowered.contains(", \($0)") }),
              !["heard back", "hear back", "heard from", "hear from", "heard anything", "heard any"].contains(where: lowered.contains) else { return nil }
        let asked = Self.distinctiveQuestionWords(words).subtracting(["heard", "hear", "aware", "told", "know", "seen"])
        if let best = bestKnown(by: person, sharing: asked, naming: words), best.overlap >= 2 { return "Yes. \(best.told)" }
        return "No, that is news to me. If I need to act on it, tell me what you know: tell \(person.id) \"…\"."
    }
}

extension Engine {
    /// How a question asks whether the suspect knows or behaves as if watched, after their first name
    /// or "he"/"she" ("does Kai know?", "has he noticed?"), or of them ("spoken to him", "working normally").
    static let awarenessAfterName = [" know", " knows", " aware", " notice", " noticed", " suspect", " suspects", " realise", " realize"]
    static let awarenessAbout = ["spoken to ", "talked to ", "working normally", "acting normally", "behaving normally"]

    /// Whether a question asks if the person named (first name, lowercased) knows they are watched; with
    /// `pronouns` false, only their name counts as the one who might know.
    static func asksAwareness(_ question: String, of first: String, pronouns: Bool = true) -> Bool {
        let lowered = question.lowercased()
        let subjects = pronouns ? [first, "he", "she", "they"] : [first]
        return subjects.contains { subject in awarenessAfterName.contains { lowered.contains(" \(subject)\($0)") || lowered.hasPrefix("\(subject)\($0)") } }
            || awarenessAbout.contains { phrase in lowered.contains(phrase) && (phrase.hasSuffix(" ") ? [first, "him", "her", "them"].contains { lowered.contains(phrase + $0) } : true) }
    }

    /// Asked whether the suspect knows they are being looked at, a person says what the world says:
    /// he knows (his account was cut), he may (a tip-off sprang, and when), or nothing shows he does
    /// (blind21 #4, #7: HR gave the exit meeting or the resignation instead). Nil for other questions,
    /// a scenario without a suspect, and someone who must not know.
    func suspectAwarenessAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, let id = scenario.truth.insider, id != person.id, let suspect = peopleByID[id],
              Self.names(words, suspect.id, suspect.name),
              // "Has Elena been briefed, and does she know…?": a pronoun after someone else's name is theirs (blind50 #123).
              Self.asksAwareness(question, of: (suspect.name.split(separator: " ").first.map(String.init) ?? suspect.id).lowercased(),
                                 pronouns: !scenario.cast.contains { $0.id != id && $0.id != person.id && Self.names(words, $0.id, $0.name) }),
              // "Would he notice if …?" asks about a move, not what he knows now.
              words.isDisjoint(with: ["if", "would", "will", "can", "could"]) else { return nil }
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
        // Something he did since that the person knows of is weighed, not said not to exist (blind59 #97: "does Kai's
        // wipe request mean he suspects something?" got "nothing he has done since shows he noticed").
        if let deed = suspectDeedSince(named: first, knownTo: person, asked: words) {
            return "Nothing I have seen shows \(first) knows of us: nobody on the response has spoken to him about it. What he has done "
                + "since is this: \(deed) That can be covering his tracks as much as routine; it does not show he noticed anything."
        }
        return "As far as anything I have seen shows, \(first) suspects nothing: nobody on the response has spoken to him about it, "
            + "and nothing he has done since shows he noticed."
    }

    /// The newest thing the suspect did after the drill began, as a fact that names them by first name (told
    /// by a message that came later, such as a request of theirs to IT) and that the person knows, or that
    /// the question tells them of (a word of it besides whether he knows); nil when none.
    func suspectDeedSince(named first: String, knownTo person: Person, asked words: Set<String>) -> String? {
        // What the question says besides whether he knows: "does Kai's wipe request mean he suspects something?" tells of the request.
        let asked = Self.distinctiveQuestionWords(words).subtracting(["suspect", "suspects", "suspecting", "notice", "noticed", "knows",
                                                                      "know", "aware", "mean", "means", "something", first.lowercased()])
        let told = asked.isEmpty ? [] : state.facts.filter { id in
            world.factsByID[id].map { !Self.topicWords($0.text).isDisjoint(with: asked) } ?? false
        }
        let known = Set(factsKnown(by: person.id) + told)
        // An hour in at the earliest: what came in at the start tells of before (blind62 #49: his resignation, "since").
        return state.fired.reversed().lazy.filter { $0.at.seconds >= 3600 }.compactMap { fired in
            self.injectsByID[fired.id]?.reveals.lazy.filter(known.contains).compactMap { self.world.factsByID[$0] }
                .first { $0.text.split(whereSeparator: { !$0.isLetter }).contains(Substring(first)) }
        }.first.map { $0.text.trimmingWhitespaceAndNewlines() }
    }
}
