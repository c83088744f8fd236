import Foundation

extension Engine {
    /// A message that stops a task the reader has under way ("Hold on, not the customers yet … do not email the consignees
    /// until the statement is cleared"): the task is called off before any of it is done, and they say so. Nil when the
    /// message stops nothing, or names none of their open tasks, or more than one (blind78 #53: she agreed, and her task
    /// went on to inform the customers anyway).
    mutating func callOffTask(of person: Person, _ text: String) -> String? {
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        guard Self.stoppingPhrases.contains(where: lowered.contains) else { return nil }
        // What the stop is said of: the sentence it is in, from the stopping words on, not the whole message (blind119 #87:
        // "… tokens must be listed and revoked as part of offboarding. And please don't apply any of it to live accounts
        // before Friday" stopped the token's revocation set for Friday).
        let sentences: [String] = Self.sentences(of: lowered)
        let stopping = sentences.filter { sentence in Self.stoppingPhrases.contains(where: sentence.contains) }
        let stopped = stopping.compactMap { sentence -> String? in
            Self.stoppingPhrases.compactMap({ sentence.range(of: $0)?.lowerBound }).min().map { String(sentence[$0...]) }
        }
        // Else the whole of those sentences ("The consignee email — don't send it yet.").
        let tail = tasksStopped(of: person, words: Self.topicWords(stopped.joined(separator: " ")))
        let open = tail.isEmpty ? tasksStopped(of: person, words: Self.topicWords(stopping.joined(separator: " "))) : tail
        guard open.count == 1, let index = open.first else { return nil }
        state.tasks[index].done = true
        state.tasks[index].blocked = true
        return "Understood: I have stopped '\(Self.withoutTime(state.tasks[index].line))' before doing any of it."
    }

    /// The positions of the person's open tasks whose object the words name.
    private func tasksStopped(of person: Person, words: Set<String>) -> [Int] {
        state.tasks.indices.filter { index in
            let task = state.tasks[index]
            guard task.person == person.id, !task.done, case .success(let action?) = ActionParser.parseAction(task.line),
                  let object = action.object else { return false }
            let audience = Audience(rawValue: object).flatMap { audience in Self.audienceWords.first { $0.audience == audience }?.words }
            return words.contains(object) || !(audience ?? []).isDisjoint(with: words)
                || assetsByID[object].map { Self.nameOverlap(words, $0.name) >= 2 } == true
        }
    }

    /// What stops something under way.
    static let stoppingPhrases = ["hold on", "hold off", "do not ", "don't ", "stop ", "not yet", "cancel", "call it off", "call that off",
                                  "scratch that", "wait with", "belay"]
}
