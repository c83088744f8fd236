extension Engine {
    /// Words that ask whether someone got in touch.
    /// ("contact" and "message" only as verbs on someone: "staff contacts" is a list, blind56: Rita asked about sev1.)
    static let contactWords: Set<String> = ["contacted", "messaged", "called", "emailed", "reached", "texted", "approached"]
    /// ("Touch" alone is no contact: "did putting that change in touch Kai's account?" asks what the change did, blind93 #69.)
    static let contactPhrases = ["been in touch", "get in touch", "got in touch", "gets in touch", "getting in touch", "in touch with",
                                 "contact you", "contact anyone", "contact us", "message you", "messaged you"]
    /// Words of the drill's deeds that say the suspect got in touch with someone.
    static let contactDeedWords = ["messages", "calls", "emails", "texts", "asks", "writes"]

    /// Asked whether the suspect has been in touch ("has Kai contacted you since this afternoon?"), a person
    /// says what the drill had the suspect do towards them, with when, or that nothing came (blind47 #104:
    /// Kai's card and "Is this about Kai?"). Nil for other questions, for the suspect and for someone who
    /// must not know.
    func suspectContactAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, let id = scenario.truth.insider, id != person.id, let suspect = peopleByID[id],
              !words.isDisjoint(with: Self.contactWords) || Self.contactPhrases.contains(where: question.lowercased().contains),
              Self.names(words, id, suspect.name) else { return nil }
        let first = Self.firstName(suspect).capitalized, mine = Self.firstName(person).capitalized
        let towards = (state.deeds ?? []).last { deed in
            deed.person == person.id && Self.contactDeedWords.contains { deed.text.contains("\(first) \($0) \(mine)") }
        }
        if let towards { return "Yes, at \(stamp(towards.at)): \(towards.text)" }
        // What they passed on of his themselves ("Kai e-mailed the helpdesk asking us to wipe his workstation", blind68 #111:
        // "nothing from Kai", of the request they had relayed).
        let relayed = state.fired.last { fired in
            injectsByID[fired.id].map { inject in
                let lowered = inject.text.lowercased()
                return senderID(of: fired) == person.id && lowered.contains(first.lowercased())
                    && ["asked", "asking", "emailed", "e-mailed", "e-mail", "email", "messaged", "wrote", "called", "phoned", "request"].contains(where: lowered.contains)
            } ?? false
        }
        if let relayed, let inject = injectsByID[relayed.id] {
            return "Yes, at \(stamp(relayed.at)), as I passed on: \"\(Self.excerpt(inject.text.trimmingWhitespaceAndNewlines(), limit: 160))\" Nothing from him since."
        }
        let account = scenario.assets.first { $0.owner == id && $0.kind == .account }
        let since = account.flatMap { cutOff($0) }.map { " since his account was cut at \(stamp($0.at))" } ?? ""
        return "No: nothing from \(first)\(since). If he gets in touch, I'll tell you before I answer."
    }
}
