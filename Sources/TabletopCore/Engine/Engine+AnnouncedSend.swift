import Foundation

extension Engine {
    /// Ways a person says they are sending something themselves ("I'm sending him a demand letter").
    static let sendingPhrases = ["i'm sending", "i am sending", "i'll send", "i will send", "i'm filing", "i am filing", "i'll file"]

    /// Asked whether something they said they were sending has gone ("Has the demand letter gone to Kai and to
    /// Medisched?"), a person says it went when they said so, in their words then, and that nothing has come back that
    /// they know of (blind108 #99: "I don't know that … ask grace demand" from counsel who had said "I'm sending him a
    /// demand letter"; blind101 #124, blind105 #118: "I'm sending" again hours later). Nil for other questions, when
    /// they said no such thing, and for someone who must not know.
    func announcedSendAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: ["sent", "gone", "out", "delivered", "served", "send"]) else { return nil }
        let opening = Self.questionSentences(question).first.map { $0.lowercased().split(separator: " ").first.map(String.init) ?? "" } ?? ""
        guard ["has", "have", "did", "was", "were", "is", "are"].contains(opening.filter(\.isLetter)) else { return nil }
        let asked = Self.distinctiveQuestionWords(words).subtracting(["sent", "gone", "delivered", "served", "heard", "back", "anything"])
        guard let said = (state.said ?? []).last(where: { said in
            guard said.person == person.id else { return false }
            let lowered = said.text.lowercased()
            return Self.sendingPhrases.contains(where: lowered.contains) && !Self.topicWords(said.text).isDisjoint(with: asked)
        }) else { return nil }
        // (Found in the text itself, not in a lower-cased copy whose indices may not fit it.)
        let sentence = Self.sendingPhrases.lazy.compactMap { said.text.range(of: $0, options: .caseInsensitive) }.first.map { range in
            said.text[range.lowerBound...].prefix { $0 != "." }
        } ?? Substring(Self.firstSentence(said.text))
        return "Yes: it went out when I said so, at \(stamp(said.at)) (\"\(Self.excerpt(String(sentence), limit: 160))\"). "
            + "Nothing has come back that I know of."
    }
}
