extension Engine {
    /// The owner of an asset something was done to, asked about it what its story does not speak of: they don't know that
    /// offhand, say what they would do to find out or who would know, and what was done to it; nil when the question is on
    /// where it stands or what was done ("is it still held?"), or shares two words with its story (`beyondTheCard`).
    ///
    /// blind135 #111: "how long do exports stay in customer-exports before they are deleted, and who decided that?" got the
    /// bucket's card (its purpose, its hold, a fix around it); #79: "have you seen any deploys fail since then?" got the card of the
    /// cloud audit logs, named by "cloud" alone.
    func actedOnOwnAnswer(_ person: Person, owned: Asset, words: Set<String>, rest: Set<String>) -> String? {
        let strong = words.contains(owned.id) || Self.namedStrongly(words, name: owned.name)
        guard rest.count >= (strong ? Self.specificQuestionWords : Self.namedQuestionWords), words.isDisjoint(with: Self.standingWords),
              words.isDisjoint(with: Self.hypotheticalWords), !state.asset(owned.id, is: .deleted) else { return nil }
        let story = Self.topicWords(ownerAnswer(owned, by: person))
        guard rest.intersection(story).count < 2 else { return nil }
        let done = state.assetChanges.filter { $0.asset == owned.id && Self.actionStates.contains($0.state) }.suffix(2)
            .map { "\(Self.word(for: $0.state)) at \(stamp($0.at))" }
        let record = done.isEmpty ? "" : " What I can tell you of \(owned.id): it was \(Self.series(done))."
        // Named only by a word of its name, the question is likelier on something else: who would know comes first.
        let pointer = (strong ? nil : whoWouldKnow(besides: person, words: rest))
            ?? (owned.logs != nil ? "I would have to look: give it to me as a task (delegate \(person.id) logs \(owned.id)), or read it yourself with logs \(owned.id)."
                : whoWouldKnow(besides: person, words: rest) ?? "I would have to look into it.")
        return "I don't know that offhand: nothing I have seen covers it." + record + " " + pointer
    }

    /// Words that ask where something stands or what was done to it: its story answers them.
    static let standingWords: Set<String> = ["now", "still", "currently", "state", "status", "done", "happened", "changed", "right", "stand", "stands",
                                                 "survive", "survived", "left", "remain", "remains", "exist", "exists"]

    /// Whether a request only asks to be told something ("can you tell me which retailers …", "could you let me know whether …").
    static func asksToBeTold(_ question: String) -> Bool {
        let lowered = question.lowercased()
        return ["tell me", "let me know"].contains { ask in
            ["which", "what", "whether", "if", "who", "how", "why", "when", "where"].contains { lowered.contains("\(ask) \($0) ") }
        }
    }
}
