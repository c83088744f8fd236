extension Engine {
    /// How a question asks whether the person saw something the commander posted ("did you see my post …?").
    static let seenPostOpenings = [
        "did you see my", "have you seen my", "did you read my", "have you read my", "did you get my", "did you catch my",
        "saw my post", "seen my post", "read my post", "seen my message", "saw my message", "read my message",
    ]

    /// Asked whether they saw a post of the commander's, a person says whether they are in its channel,
    /// with the post and when, and whether it settles what they last asked the commander for (blind42 #27:
    /// Marco, asked whether he saw the post about the working document, listed who reads #incident). Nil
    /// for other questions and for someone who must not know.
    func seenPostAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: ["see", "seen", "saw", "read", "get", "catch"]),
              words.contains("post") || words.contains("message") || words.contains("update") || words.contains("note") else { return nil }
        let lowered = question.lowercased()
        guard Self.seenPostOpenings.contains(where: lowered.contains) else { return nil }
        // A channel the question names ("my message in #incident") holds the post it means.
        // ("your question from #incident" names where they asked, not where the post went).
        let named = state.channels.first { channel in ["in ", "on ", "to "].contains { lowered.contains($0 + channel.id.lowercased()) } }?.id
        // "Did you get my earlier message?" of a message sent them directly (blind54 #47: "I have not seen a post from you").
        if named == nil, !words.contains("post"),
           let sent = state.decisions.last(where: { $0.action.verb == .tell && $0.action.object == person.id && !($0.action.text ?? "").contains(question) }),
           let text = sent.action.text {
            return "Yes: your message at \(stamp(sent.at)), \"\(Self.excerpt(text, limit: 100))\"."
        }
        let posts = watch.decisions(by: .post, in: state).map { state.decisions[$0] }.filter { named == nil || $0.action.object == named }
        // The post the question means: the newest that shares a distinctive word with it, else the newest.
        let asked = Self.distinctiveQuestionWords(words).subtracting(["post", "message", "update", "note", "see", "seen", "saw", "read"])
        guard let post = posts.last(where: { !Self.topicWords($0.action.text ?? "").isDisjoint(with: asked) }) ?? posts.last,
              let channel = post.action.object, let text = post.action.text else {
            return "I have not seen a post from you\(named.map { " in \($0)" } ?? ""). If it is for me, tell me directly: tell \(person.id) \"…\"."
        }
        guard members(of: channel).contains(person.id) else {
            return "No: I am not in \(channel), so I have not seen it. Invite me (invite \(person.id) \(channel)) or tell me directly: tell \(person.id) \"…\"."
        }
        return "Yes: your post in \(channel) at \(stamp(post.at)), \"\(Self.excerpt(text, limit: 100))\"." + (settledAsk(of: person, by: post).map { " \($0)" } ?? "")
    }

    /// Whether what the person last asked the commander for (an inject of theirs that expects a step) is
    /// done now, said as they would: settled, or still open.
    private func settledAsk(of person: Person, by post: Decision) -> String? {
        guard let fired = state.fired.last(where: { senderID(of: $0) == person.id && injectsByID[$0.id]?.expects.isEmpty == false }),
              let inject = injectsByID[fired.id], fired.at <= post.at else { return nil }
        // A question of theirs already answered (`choose`), or asked for what was done before the post, is no news the
        // post brings (blind49 #144: "That answers what I asked at 14:30", of a question chosen on at 14:42).
        if inject.decision != nil, state.choices.contains(where: { $0.decision == inject.id }) || state.timedOut.contains(where: { $0.decision == inject.id }) {
            return nil
        }
        let open = inject.expects.contains { !watch.done($0, in: state) }
        if open { return "What I asked at \(stamp(fired.at)) still stands, though." }
        // Done, but a post on something else answers none of it (blind65 #143: a post about the postmortem "answered"
        // the fix's ready-for-testing note of three days before).
        // ("doc" counts: "Is there a doc where we're writing this down?" and "Working doc is created".)
        return Self.contentWords(post.action.text ?? "").isDisjoint(with: Self.contentWords(inject.text)) ? nil : "That answers what I asked at \(stamp(fired.at))."
    }

    /// The words of a text that say what it is about: three letters or more, none of the common ones.
    static func contentWords(_ text: String) -> Set<String> {
        topicWords(text).filter { $0.count >= 3 && !commonWords.contains($0) && !plainAskingWords.contains($0) && !shortFillers.contains($0) }
    }

    /// Three-letter words that say nothing of what a text is about.
    static let shortFillers: Set<String> = ["the", "and", "for", "are", "you", "was", "our", "has", "had", "any", "all", "not", "but", "can", "now",
                                            "who", "why", "how", "its", "she", "her", "him", "his", "one", "get", "got", "did", "yes", "out", "see",
                                            "new", "may", "use", "let", "off", "too", "via", "per", "way", "day"]
}
