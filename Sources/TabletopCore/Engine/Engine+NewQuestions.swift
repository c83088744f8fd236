extension Engine {
    /// Words of a question too plain to make it a different question ("give", "still", "since").
    static let plainAskingWords: Set<String> = [
        "give", "gives", "read", "used", "tell", "like", "need", "want", "okay", "please", "think", "still", "right",
        "sure", "since", "after", "before", "already", "again", "long", "take", "takes", "happen", "happened", "seen",
        "look", "looked", "find", "found", "other", "else", "thing", "things", "yet", "even", "every", "each", "them",
        "those", "these", "whether", "might", "must", "able", "can't", "don't", "didn't", "isn't", "it's", "there's",
        "we're", "you're", "they're", "what's", "who's", "said", "says", "mean", "means", "sorry", "thanks", "quick",
        "question", "now", "any", "anyone", "someone", "something", "nothing", "everything", "really", "exactly",
        "today", "yesterday", "morning", "evening", "night", "actually", "ever",
    ]

    /// The words a question asks that an authored answer does not speak of, when they are most of what
    /// it asks: a different question that shares a topic with an answer given before is not a repeat
    /// (blind16: Ingrid's "As I said: That's a webshell" to a question on the instance role's reach,
    /// Olu's SELECTs to "what breaks if we rotate"). Nil when the answer covers the question.
    static func beyond(_ answer: Answer, words: Set<String>) -> Set<String>? {
        let asked = distinctiveQuestionWords(words)
        let covered = topicWords(answer.text).union(answer.topics)
        let new = asked.filter { word in
            !covered.contains(word) && !covered.contains(word + "s") && !(word.hasSuffix("s") && covered.contains(String(word.dropLast())))
        }
        return new.count >= 2 && new.count * 2 > asked.count ? new : nil
    }

    /// The words of a question that say what it is about, each counted once: not plain words, not a
    /// plural's added singular, not the parts of a hyphenated id beside the id itself.
    static func distinctiveQuestionWords(_ words: Set<String>) -> Set<String> {
        let plain = words.filter { word in
            word.count >= 4 && !commonWords.contains(word) && !plainAskingWords.contains(word) && !word.allSatisfy(\.isNumber)
        }
        let compounds = plain.filter { $0.contains("-") }.map { Set($0.split(separator: "-").map(String.init)) }
        return plain.filter { word in
            !plain.contains(word + "s") && !compounds.contains { $0.contains(word) }
        }
    }

    /// Whether the person already gave this authored answer, asked or of their own accord.
    func hasSaid(_ answer: Answer, by person: Person) -> Bool {
        (state.said ?? []).contains { $0.person == person.id && $0.text == answer.text } || raisedBefore(answer, by: person) != nil
    }

    /// A question that goes beyond what the person already answered on its topic: what they know of
    /// the asset, fleet or address its new part names by id; else their own report or a fact they know
    /// that speaks to it most; else what it names by a word; else that they cannot say more than they
    /// did, and who has spoken of it. Never "As I said" to a question they were not asked before.
    func newQuestionAnswer(_ person: Person, words: Set<String>, new: Set<String>, earlier answer: Answer) -> String {
        let byID = knownAssets.contains { new.contains($0.id) } || knownAssets.flatMap(\.groups).contains(where: new.contains)
            || new.contains { $0.contains(".") && $0.contains(where: \.isNumber) }
        if byID, let named = namedAnswer(person, words: new) { return named }
        // Their own reports (Dana's "Offboarding now blocks …") and what they know, by shared words; the newest wins a tie.
        let reports = state.fired.filter { isReport(injectsByID[$0.id], from: person) }.compactMap { fired in
            injectsByID[fired.id].map { (text: $0.text, told: "I reported at \(stamp(fired.at)): \($0.text.trimmingCharacters(in: .whitespacesAndNewlines))") }
        }
        let facts = factsKnown(by: person.id).compactMap { id in
            world.factsByID[id].map { (text: $0.text, told: "What I know about that: \(factWithSince(id) ?? $0.text)") }
        }
        let best = (facts + reports).enumerated()
            .map { (index: $0.offset, told: $0.element.told, overlap: Self.topicWords($0.element.text).intersection(new).count) }
            .filter { $0.overlap > 0 }
            .max { ($0.overlap, $0.index) < ($1.overlap, $1.index) }
        if let best, best.overlap >= 2 { return best.told }
        if let named = namedAnswer(person, words: new) { return named }
        if let best { return best.told }
        let earlier = (state.said ?? []).first { $0.person == person.id && $0.text == answer.text } ?? raisedBefore(answer, by: person)
        let stands = earlier.map { "I can't tell you more on that than I did at \(stamp($0.at)): \(Self.firstSentence($0.text))" }
            ?? "I have nothing on that myself."
        // Someone else whose own words speak of it (the owner of the role asked of, the analyst of the logs).
        let other = knownPeople.lazy.filter { $0.id != person.id && !$0.mustNotKnow && $0.reachable }.compactMap { other in
            other.answers.lazy.compactMap { $0.topics.first(where: new.contains) }.first.map { (other, $0) }
        }.first
        return other.map { "\(stands) \($0.name) (\($0.role)) would know more: ask \($0.id) \($1)." } ?? stands
    }
}
