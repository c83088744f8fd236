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
