import Foundation

extension Engine {
    /// Asked whether something is in the fix they are still building ("Is that in the fix?", "does the fix include the tokens?"):
    /// yes, with the part of the fix that says it, or that it is not in what they were given, and when they report. Nil when they
    /// build no fix now, or the question is on something else.
    ///
    /// blind136 #59: Dana, building the fix, answered "I can't tell you that" of her own fix.
    func fixInProgressAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, !words.isDisjoint(with: ["fix", "fixes", "change"]),
              ["in the fix", "in your fix", "part of the fix", "part of your fix", "fix include", "fix cover", "fix covers", "in the change",
               "included", "include", "covered"].contains(where: lowered.contains),
              let task = state.tasks.last(where: { $0.person == person.id && !$0.done && $0.line.hasPrefix("fix ") }) else { return nil }
        let text = String(task.line.dropFirst("fix ".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let back = "I report back at about \(stamp(task.due))."
        let asked = Self.distinctiveQuestionWords(words).subtracting(["fix", "fixes", "change", "included", "include", "covered", "part"])
        let parts = text.components(separatedBy: "; ").flatMap { $0.components(separatedBy: ", ") }
        let best = parts.max { Self.topicWords($0).intersection(asked).count < Self.topicWords($1).intersection(asked).count }
        guard !asked.isEmpty else { return "The fix I'm building: \"\(Self.excerpt(text, limit: 300))\". \(back)" }
        if let best, !Self.topicWords(best).isDisjoint(with: asked) {
            return "Yes: it is in the fix I'm building: \"\(Self.excerpt(best, limit: 120))\". \(back)"
        }
        return "Not in what you gave me: the fix I'm building is \"\(Self.excerpt(text, limit: 300))\". Tell me to add it and I will. \(back)"
    }
}
