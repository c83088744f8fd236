extension Engine {
    /// The one task a message's go-ahead hands its reader ("Go ahead: move CI to short-lived credentials…"
    /// to the one who proposed that fix; "please go ahead and file it with the Dutch authority" to counsel),
    /// as the line after `delegate <person>`; nil when the message gives no go-ahead to them, or one that is
    /// no single task they can take on now.
    ///
    /// Blind plays judged "say the word and it is done: 'delegate …'" after the word was said a colleague
    /// dictating commands (blind73 #55, #64): a go-ahead said to them is the task handed over, recorded as
    /// such (a decision of its own, as if `delegate` had been typed), so the person simply takes it on.
    func goAheadTask(_ person: Person, _ text: String, player: Player) -> String? {
        guard !person.mustNotKnow, person.reachable, knows(person: person), Self.directGoAhead(in: text.lowercased()) != nil else { return nil }
        let task: String
        if let plan = fixGoAheadPlan(person, text) {
            // Quotes inside the plan would end the quoted text early.
            task = "fix \"\(plan.replacingOccurrences(of: "\"", with: "'"))\""
        } else if let lowered = Optional(text.lowercased()), let opening = Self.directGoAhead(in: lowered),
                  let action = proposedAction(in: String(lowered[opening...]), words: Self.topicWords(String(lowered[opening...]))),
                  action.verb.isDelegable, action.verb != .fix, action.text == nil, alreadyDone(action) == nil,
                  // One thing to do: a go-ahead on several ("redeploy web-03, web-10 and web-02") stays the commands that hand each over.
                  (requestAnswer(person, question: "please " + lowered[opening...], words: Self.topicWords(String(lowered[opening...])))?
                      .components(separatedBy: "delegate ").count ?? 0) <= 2 {
            task = Self.commandLine(of: action)
        } else {
            return nil
        }
        let delegation = Action(verb: .delegate, object: person.id, text: task)
        return problem(with: delegation, player: player) == nil ? task : nil
    }

    /// Where the task after a go-ahead said to the reader starts ("Go ahead: …", "Yes, please go ahead and …",
    /// "Lena, go ahead with …"); nil for a go-ahead that is not theirs ("should I go ahead and file it?", "we'll go
    /// ahead with the rotation", "don't go ahead yet").
    static func directGoAhead(in lowered: String) -> String.Index? {
        for opening in ["go ahead and ", "go ahead with ", "go ahead: ", "go ahead, ", "you have my go-ahead to ", "you have my go ahead to "] {
            guard let range = lowered.range(of: opening) else { continue }
            let before = lowered[..<range.lowerBound].split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            // At the start of the message or of a sentence, or after words that give it ("yes, please", "ok then", a name).
            let sentenceStart = lowered[..<range.lowerBound].trimmingCharacters(in: .whitespaces).last.map { ".!?:;".contains($0) } ?? true
            let giving: Set<String> = ["please", "yes", "ok", "okay", "then", "so", "right", "good", "great", "thanks", "fine", "you", "can", "may", "just"]
            let tail = before.suffix(2)
            guard sentenceStart || tail.allSatisfy({ giving.contains($0) }) || (tail.count == 1 && lowered[..<range.lowerBound].hasSuffix(", ")) else { continue }
            guard !(before.last.map { ["don't", "not", "never"].contains($0) } ?? false) else { continue }
            return range.upperBound
        }
        return nil
    }
}
