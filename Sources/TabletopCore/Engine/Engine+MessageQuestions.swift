extension Engine {
    /// The length of a closing check that the message got across ("Understood?", "Is that clear?"), nil without one.
    static func checksUnderstanding(_ lowered: String) -> Int? {
        let checks = ["understood?", "got it?", "clear?", "is that clear?", "ok?", "okay?", "all right?", "alright?", "makes sense?", "does that make sense?"]
        let tail = lowered.split(whereSeparator: { ".!—–-".contains($0) }).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard checks.contains(tail), tail.count < lowered.count else { return nil }
        return tail.count
    }

    /// The question a message ends on ("I plan to publish now - agreed?"), as its own sentence; nil when it
    /// ends on none, or the question is an invitation (answered as one by `tellReaction`).
    static func questionInMessage(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        // "I need your view on the GDPR notification." asks as a question does (blind54 #34: "Got it, thanks.").
        if !trimmed.hasSuffix("?"), let asked = askedForView(trimmed) { return asked }
        guard trimmed.hasSuffix("?") else { return nil }
        let lowered = trimmed.lowercased()
        guard !invitations.contains(where: lowered.contains) else { return nil }
        // "… remove that message, and say nothing more about Kai on chat. Understood?" checks the message got across: the
        // message is the request, no question of its own (blind99 #50: "I don't know that about Company chat workspace").
        if let check = checksUnderstanding(lowered) {
            let rest = String(trimmed.dropLast(check)).trimmingWhitespaceAndNewlines()
            return rest.hasSuffix("?") ? questionInMessage(rest) : nil
        }
        // Its last sentence: what follows the last full stop or exclamation mark before the question mark.
        let body = trimmed.dropLast()
        // A full stop ends a sentence only before a space: "185.220.101.7" stays whole (blind98 #100: "7, and page me if
        // anything shows?" was taken for the question).
        let start = body.indices.last { index in
            ".!?".contains(body[index]) && body.index(after: index) < body.endIndex && body[body.index(after: index)].isWhitespace
        }.map { body.index(after: $0) } ?? body.startIndex
        let sentence = String(trimmed[start...]).trimmingWhitespaceAndNewlines()
        // A short question on what came before ("Can we agree on that?") asks about the message as a whole (blind58 #27:
        // the plan the commander put to the CTO was never weighed; blind61 #30: "snapshot both" named them a sentence earlier).
        // A longer one that names nothing of its own ("Please snapshot both …, can you do that now?") likewise, in a short message.
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter })
        let sentences = trimmed.split(whereSeparator: { ".!?".contains($0) }).count
        if start > body.startIndex, !Set(words).isDisjoint(with: ["that", "this", "it", "so", "both", "them", "those", "these"]),
           words.count <= 6 || sentences <= 3 { return trimmed }
        // "Any objection?", "Thoughts?" on its own is asked of the sentence before it ("I plan to close this afternoon. Any
        // objection?", blind79 #130: the closing went unweighed).
        if start > body.startIndex, words.count <= 3 {
            let before = trimmed[..<start].dropLast().trimmingWhitespaceAndNewlines()
            let from = before.lastIndex { ".!?".contains($0) }.map { before.index(after: $0) } ?? before.startIndex
            return String(before[from...]).trimmingWhitespaceAndNewlines() + ". " + sentence
        }
        return sentence.count >= 3 ? sentence : nil
    }

    /// The last sentence of a message that asks for the person's view without a question mark ("I need your view
    /// on the notification", "let me know what you think"), as a question; nil for other messages.
    static func askedForView(_ text: String) -> String? {
        let sentence = text.split(whereSeparator: { ".!".contains($0) }).last.map { String($0).trimmingWhitespaceAndNewlines() } ?? ""
        let lowered = sentence.lowercased()
        let asks = ["your view", "your advice", "your take", "your opinion", "your recommendation", "what you think", "what you'd advise",
                    "what you would advise", "let me know if you agree"]
        guard asks.contains(where: lowered.contains) else { return nil }
        return sentence + "?"
    }

    /// A person's answer to the question a message ends on, as `ask` would give it (blind49 #114: "…, agreed?" got
    /// "Got it, thanks."). Nil when the answer is no answer of theirs (a page or a warning instead), or they must not know.
    mutating func answerToMessage(_ person: Person, question: String) -> String? {
        guard !person.mustNotKnow else { return nil }
        var outputs: [Output] = []
        answerInParts(person, topic: question, into: &outputs)
        for output in outputs {
            if case .answer(let id, _, let text) = output, id == person.id { return text }
        }
        return nil
    }
}
