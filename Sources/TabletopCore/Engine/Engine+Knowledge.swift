extension Engine {
    /// Whether the person knows the fact: they found it or were told it (a message, a briefing, a
    /// post in their channel), they are on the team (a channel the commander opened) it was revealed
    /// to, or it came in an inject they sent or that was posted in a channel they are in.
    func personKnows(_ id: String, fact: String) -> Bool {
        if state.knowledge[id]?.facts.contains(fact) == true { return true }
        guard watch.knows(fact, in: state) else { return false }
        if state.channels.contains(where: { $0.openedAt != nil && $0.members.contains(id) }) { return true }
        return state.fired.contains { fired in
            guard let inject = injectsByID[fired.id], inject.reveals.contains(fact) else { return false }
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

    /// The commander brings these people up to date: they learn everything revealed so far, now.
    /// `contact` says how, in their words, when it was not telling them ("You added me to #ir").
    mutating func inform(_ ids: [String], message: String? = nil, contact: String? = nil) {
        for id in ids {
            var knowledge = state.knowledge[id] ?? PersonKnowledge()
            for fact in state.facts where !knowledge.facts.contains(fact) { knowledge.facts.append(fact) }
            knowledge.updatedAt = state.clock
            knowledge.contact = contact
            if let message { knowledge.messages.append(message) }
            state.knowledge[id] = knowledge
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
        let teams: [String] = switch audience {
        case .legal: ["legal"]
        case .pr: ["communications", "pr", "comms"]
        case .hr: ["hr", "people"]
        case .leadership: ["leadership"]
        case .security: ["security"]
        case .lawEnforcement, .regulator, .customers: []
        }
        return scenario.cast.filter { teams.contains($0.team.lowercased()) }.map(\.id)
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
