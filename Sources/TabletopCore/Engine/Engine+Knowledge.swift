extension Engine {
    /// Whether the person knows the fact: they found it or were told it (a message or post naming it,
    /// a briefing that carried it, everything known when they joined the commander's channel), or it
    /// came in an inject they sent or that was posted in a channel they are in. Sitting in a channel
    /// does not tell them what the commander learnt elsewhere afterwards (blind8 I40: Dana told only
    /// the commander of the deploy key, and Omar in the Signal group knew it).
    func personKnows(_ id: String, fact: String) -> Bool {
        if state.knowledge[id]?.facts.contains(fact) == true { return true }
        guard watch.knows(fact, in: state) else { return false }
        // What a read of their own trail found, its owner knows, whoever read it (blind59 #109: the DLP analyst
        // did not know of the second sync his own DLP log had shown the commander).
        if (world.trailRevealers[fact] ?? []).contains(where: { position in
            let asset = scenario.assets[position]
            return asset.owner == id && lastRead(of: asset) != nil
        }) { return true }
        // The delivered injects that reveal it (looked up by fact, not by reading every delivery).
        return (world.revealers[fact] ?? []).contains { position in
            let inject = scenario.injects[position]
            guard isFired(inject.id) else { return false }
            return inject.from == id || state.channels.contains { $0.id == inject.channel && $0.members.contains(id) }
        }
    }

    /// The facts the person knows, in the order the trainee learnt them.
    func factsKnown(by id: String) -> [String] {
        let explicit = state.knowledge[id]?.facts ?? []
        return state.facts.filter { personKnows(id, fact: $0) } + explicit.filter { !state.facts.contains($0) }
    }

    /// Whether the commander updated the person within the scenario's update interval.
    func updatedRecently(_ id: String) -> Bool {
        guard let at = state.knowledge[id]?.updatedAt else { return false }
        return state.clock.seconds - at.seconds <= scenario.updateInterval.seconds
    }

    /// The commander brings these people up to date, now: they learn `facts` (by default everything
    /// revealed so far, as on joining the commander's channel or taking on a task). `contact` says how,
    /// in their words, when it was not telling them ("You added me to #ir").
    mutating func inform(_ ids: [String], facts: [String]? = nil, message: String? = nil, contact: String? = nil) {
        for id in ids {
            var knowledge = state.knowledge[id] ?? PersonKnowledge()
            for fact in facts ?? state.facts where !knowledge.facts.contains(fact) { knowledge.facts.append(fact) }
            knowledge.updatedAt = state.clock
            knowledge.contact = contact
            if let message { knowledge.messages.append(message) }
            state.knowledge[id] = knowledge
        }
    }

    /// The facts known to the commander that a message names: it shares at least two distinctive
    /// words or figures with the fact's text or id ("48,000 consignees' names" names the database
    /// read; "exfiltration confirmed" names `exfil-confirmed`), a word of five letters or more also
    /// matching one it begins with. `tell` and `post` pass on these, not everything the commander knows.
    func factsNamed(in text: String) -> [String] {
        let said = Self.distinctiveTerms(text).map(Term.init)
        return state.facts.filter { id in
            guard let fact = world.factsByID[id] else { return false }
            let terms = Self.factTermsMemo.value(FactKey(id: id, text: fact.text)) { key in
                Self.distinctiveTerms(key.text + " " + key.id).map(Term.init)
            }
            var shared = 0
            for term in terms where said.contains(where: { term.same(as: $0) }) {
                shared += 1
                if shared == 2 { return true }
            }
            return false
        }
    }

    /// The distinctive terms of each fact's text and id, worked out once per process rather than for every
    /// fact at every message that hands facts on (issue 21: 7% of replaying a short session).
    private static let factTermsMemo = TextMemo<FactKey, [Term]>(limit: 20_000)

    /// A fact as `factTermsMemo` knows it.
    private struct FactKey: Hashable, Sendable {
        let id: String
        let text: String
    }

    /// A distinctive term with what matching asks of it worked out once: its length in characters and
    /// whether it is all letters (issue 21: `Character.isLetter` on every pair of terms was 4% of a replay).
    struct Term: Sendable {
        let text: String
        let length: Int
        let lettersOnly: Bool

        init(_ text: String) {
            self.text = text
            length = text.count
            lettersOnly = text.allSatisfy(\.isLetter)
        }

        /// Whether two terms name the same thing: equal, or one begins with the other of five letters or
        /// more ("exfil" and "exfiltration", "consignee" and "consignees").
        func same(as other: Term) -> Bool {
            let (short, long) = length <= other.length ? (self, other) : (other, self)
            return short.text == long.text || (short.length >= 5 && short.lettersOnly && long.text.hasPrefix(short.text))
        }
    }

    /// The words of a text that can tell one fact from another: figures ("2.1", "48"), and words of
    /// four letters or more that are not common.
    static func distinctiveTerms(_ text: String) -> Set<String> {
        topicWords(text).filter { word in
            word.contains(where: \.isNumber) ? word.count >= 2 : word.count >= 4 && !commonWords.contains(word)
        }
    }

    /// The person learns facts they found or were handed (an answer they gave, a task they did).
    mutating func learn(_ id: String, _ facts: [String]) {
        guard !facts.isEmpty else { return }
        var knowledge = state.knowledge[id] ?? PersonKnowledge()
        for fact in facts where !knowledge.facts.contains(fact) { knowledge.facts.append(fact) }
        state.knowledge[id] = knowledge
    }

    /// The people of the teams an audience stands for (`notify legal` reaches the legal team).
    func people(reachedBy audience: Audience) -> [String] {
        world.peopleByAudience[audience] ?? []
    }

    /// The teams (lowered) whose people an audience reaches.
    static func teams(reachedBy audience: Audience) -> [String] {
        switch audience {
        case .legal: ["legal"]
        case .pr: ["communications", "pr", "comms"]
        case .hr: ["hr", "people"]
        case .leadership: ["leadership"]
        case .security: ["security"]
        case .lawEnforcement, .regulator, .customers: []
        }
    }

    /// The members of a channel, who read what is posted in it.
    func members(of channel: String) -> [String] {
        state.channels.first { $0.id == channel }?.members ?? []
    }

    /// Whether the person is already working on the incident (paged, invited, asked, given a task),
    /// so that a task starts at once rather than after they answer a page.
    func isEngaged(_ id: String) -> Bool {
        let states = state.personStates[id] ?? []
        return !states.isEmpty || state.channels.contains { $0.openedAt != nil && $0.members.contains(id) }
    }
}
