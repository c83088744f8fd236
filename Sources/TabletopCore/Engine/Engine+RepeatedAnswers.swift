import Foundation

extension Engine {
    /// An authored answer the person already gave, asked again: they refer back to when they said it,
    /// in short ("As I said at Tue 14:20: …"), and add what changed since on what it speaks of (new
    /// facts, what was done to its assets), or that nothing did. Nil the first time, which is recorded.
    /// `instead`: what changed, already told (their update's picture since).
    mutating func repeated(_ answer: Answer, by person: Person, asked: Set<String> = [], instead: String? = nil) -> String? {
        guard let earlier = (state.said ?? []).first(where: { $0.person == person.id && $0.text == answer.text })
            ?? raisedBefore(answer, by: person) else {
            state.said = (state.said ?? []) + [SaidAnswer(person: person.id, text: answer.text, at: state.clock, facts: state.facts.count)]
            return nil
        }
        // What they offered to do ("say the word and I file it (notify regulator)"), handed to them since and under way: they
        // are on it (blind94 #48: the offer said again four minutes after the go-ahead, the filing in the same output).
        if let task = state.tasks.first(where: { task in
            task.person == person.id && !task.done && !task.blocked && answer.text.lowercased().contains(task.line.lowercased())
        }) { return stillOn(task) }
        // Quoted only when they said these words; what their own message told is referred to, not
        // misquoted (blind16: "As I said at 14:36: That's a webshell", which she had never written).
        let sentence = Self.sentence(of: answer.text, about: asked)
        let said = earlier.text == answer.text || earlier.text.contains(sentence)
            ? "As I said at \(stamp(earlier.at)): \(sentence)" : "Further to my message at \(stamp(earlier.at)): \(sentence)"
        if let instead { return "\(said) \(instead)" }
        let changes = changes(since: earlier, about: answer, asked: asked)
        return said
            + (changes.isEmpty ? " Nothing has changed on that since." : " Since then: \(changes.joined(separator: " "))")
    }

    /// A message the person sent of their own accord that told what the answer reveals (Dana's call
    /// about Kai being a chat admin, before she is asked about chat): the answer was said then.
    func raisedBefore(_ answer: Answer, by person: Person) -> SaidAnswer? {
        guard !answer.reveals.isEmpty, let fired = state.fired.first(where: { fired in
            guard let inject = injectsByID[fired.id], inject.from == person.id else { return false }
            return answer.reveals.allSatisfy(inject.reveals.contains)
        }) else { return nil }
        let facts = answer.reveals.compactMap { state.facts.firstIndex(of: $0) }.max().map { $0 + 1 } ?? state.facts.count
        return SaidAnswer(person: person.id, text: injectsByID[fired.id]?.text ?? answer.text, at: fired.at, facts: facts)
    }

    /// The sentence of an answer about what was asked ("the deploy key" in an answer that first
    /// speaks of the account), else its first sentence.
    static func sentence(of text: String, about asked: Set<String>) -> String {
        sentenceMemo.value(SentenceQuestion(text: text, asked: asked), compute: computeSentence)
    }

    /// Answers of `sentence(of:about:)` in this process (see `TextMemo`): the same answers are repeated.
    private static let sentenceMemo = TextMemo<SentenceQuestion, String>(limit: 20_000)

    private static func computeSentence(_ question: SentenceQuestion) -> String {
        let text = question.text, asked = question.asked
        let distinctive = asked.filter { $0.count >= 4 && !commonWords.contains($0) }
        let sentences = clauses(of: text).map { $0.clauses.joined(separator: "; ") + $0.end }
        return sentences.first { !topicWords($0).isDisjoint(with: distinctive) } .map { firstSentence($0) } ?? firstSentence(text)
    }

    /// What changed since an answer was first given, on what it speaks of: the person's own reports
    /// since ("Exit meeting is set" after "it can be Friday"), the assets it names that were acted on
    /// since (when and by whom), and facts learnt since that concern those assets or share a
    /// distinctive word with the answer.
    func changes(since earlier: SaidAnswer, about answer: Answer, asked: Set<String>) -> [String] {
        let assets = assets(spokenOfIn: answer, asked: asked)
        let ids = Set(assets.map(\.id))
        let person = peopleByID[earlier.person]
        // (A report comes from them: the sender, looked up first, leaves out the others without copying them.)
        let reports = state.fired.filter { fired in
            fired.at > earlier.at && senderID(of: fired) == earlier.person && person.map { isReport(fired, from: $0) } == true
        }
            .compactMap { fired in injectsByID[fired.id].map { "I reported at \(stamp(fired.at)): \(deliveredText(fired, $0).trimmingWhitespaceAndNewlines())" } }
        // Only what they could know of: their own acts and their assets', and what was done before the
        // commander last brought them up to date (Olu did not hear of the webshells Ingrid found, blind16 #6).
        var lines = reports + state.assetChanges.filter { ids.contains($0.asset) && $0.at > earlier.at && Self.actionStates.contains($0.state) }
            .filter { change in person.map { heardOf(change, $0) } ?? false }
            .map { "\($0.asset) \(Self.word(for: $0.state)) at \(stamp($0.at))\($0.by.map { " (\($0))" } ?? " (by you)")." }
        // A change arranged for later is news too ("Nothing has changed" read wrong with the account's cut set for Friday).
        lines += assets.compactMap { asset in pendingChange(of: asset.id).map { "\(asset.id) is \($0.phrase)." } }
        let distinctive = Self.topicWords(answer.text).union(answer.topics).filter { $0.count >= 5 && !Self.commonWords.contains($0) }
        for id in state.facts.dropFirst(earlier.facts) where !answer.reveals.contains(id) && personKnows(earlier.person, fact: id) {
            guard let fact = world.factsByID[id] else { continue }
            let words = Self.topicWords(fact.text)
            if !words.isDisjoint(with: distinctive) || assets.contains(where: { Self.mentions(fact.text, $0) }) {
                lines.append(told(fact))
            }
        }
        return Array(lines.prefix(3))
    }

    /// The assets an authored answer speaks of: by its topics, its text, or every plain word of a name;
    /// and the asset the question named (`ask sara instance-role`), which the answer is about too.
    func assets(spokenOfIn answer: Answer, asked: Set<String> = []) -> [Asset] {
        // Its id, its name, or the plain words of its name ("the laptop" for "Kai's laptop (KAI-LT-042)"):
        // the answer's own words, the same on every ask, worked out once.
        let world = self.world
        let own = world.spokenOf.value(SpokenOfKey(text: answer.text, topics: answer.topics)) {
            let said = Self.topicWords(answer.text).union(answer.topics)
            return world.scenario.assets.indices.map { position in
                let asset = world.scenario.assets[position], plain = world.assetPlainWords[position]
                return answer.topics.contains(asset.id) || Self.mentions(answer.text, asset) || (!plain.isEmpty && plain.isSubset(of: said))
            }
        }
        // And the asset the question named (`Engine.names`), when the trainee knows of it.
        // (By the inverted tables: the assets the asked words name by id or by a word of the name.)
        var named = Array(repeating: false, count: own.count)
        for word in asked {
            for position in world.assetsByIDPositions[word] ?? [] { named[position] = true }
            guard word.count >= 4, !Self.commonWords.contains(word) else { continue }
            for position in world.assetsByNameWord[word] ?? [] { named[position] = true }
        }
        return scenario.assets.indices.filter { position in
            own[position] || (named[position] && knows(asset: world.scenario.assets[position]))
        }.map { scenario.assets[$0] }
    }

    /// The first sentence of a text, or the text cut at a word when it has none short enough.
    static func firstSentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        var previous: Character = " "
        for index in trimmed.indices {
            let character = trimmed[index]
            let next = trimmed.index(after: index)
            // A full stop after a digit (`10.4`) or inside a word (`e.g`) does not end a sentence.
            if ".!?".contains(character), next == trimmed.endIndex || trimmed[next] == " ", !previous.isNumber || character != "." {
                let sentence = String(trimmed[...index])
                return sentence.count <= 200 ? sentence : excerpt(sentence, limit: 160)
            }
            previous = character
        }
        return excerpt(trimmed, limit: 160)
    }

    /// Whether the person could know of a change to an asset: they made it, the asset is theirs, or the
    /// commander brought them up to date after it (a message, a briefing, a post in their channel).
    func heardOf(_ change: AssetChange, _ person: Person) -> Bool {
        if isOwn(change, by: person) || assetsByID[change.asset]?.owner == person.id { return true }
        return state.knowledge[person.id]?.updatedAt.map { $0 >= change.at } ?? false
    }
}

/// What `Engine.sentence(of:about:)` is asked.
struct SentenceQuestion: Hashable, Sendable {
    let text: String
    let asked: Set<String>
}
