extension Engine {
    /// Whether `status` lists the person as involved: the commander contacted them (paged, asked,
    /// told, invited, gave a task), briefed or notified them, or they took part themselves (called in,
    /// posted, did something the world told of: the manager who asked the suspect about the alert).
    func tookPart(_ person: Person) -> Bool {
        // A suspect is involved once the commander reaches them, not because the story is about them
        // (blind play: `status` listed Kai as involved though nobody had contacted him).
        // One who wrote to the commander themselves (Kai's manager asking about the alert) took part.
        if person.mustNotKnow {
            return state.knowledge[person.id]?.updatedAt != nil || watch.hasFired(from: person.id, in: state, index: world.index)
        }
        return !(state.personStates[person.id] ?? []).isEmpty || state.knowledge[person.id]?.updatedAt != nil
            || watch.hasFired(from: person.id, in: state, index: world.index)
            || watch.hasDeed(of: person.id, in: state)
    }

    /// An audience as `status` lists it: by itself when notified with `notify`, otherwise with the
    /// message that counted as notifying it ("pr (told sofia)"), so a group never notified by name
    /// does not appear from nowhere.
    func notifiedEntry(_ audience: Audience) -> String {
        let named = state.decisions.contains { $0.action.verb == .notify && $0.action.object == audience.rawValue }
            || (audience == .leadership && state.decisions.contains { $0.action.verb == .briefLeadership })
        guard !named, let via = state.decisions.first(where: { $0.countsAs?.object == audience.rawValue && $0.action.verb != .notify }),
              let object = via.action.object else { return audience.rawValue }
        return "\(audience.rawValue) (\(via.action.verb.spelling) \(object))"
    }

    /// The people `status` shows in a channel: its members, then those who posted in it without
    /// being invited (an inject from them in that channel), in order.
    func membersShown(in channel: ChannelStatus) -> [String] {
        let posters = state.fired.compactMap { fired -> String? in
            guard let inject = injectsByID[fired.id], inject.channel == channel.id, let from = senderID(of: fired) else { return nil }
            return peopleByID[from]?.id
        }
        var seen: Set<String> = []
        return (channel.members.compactMap { peopleByID[$0]?.id } + posters).filter { seen.insert($0).inserted }
    }
}

extension Engine {
    /// Words that ask what was taken.
    static let takenWords: Set<String> = ["took", "taken", "stolen", "stole", "steal", "exfiltrated", "copied", "leaked", "lost"]

    /// Asked what was taken, a leader says what they were told of it, or that nothing they were told
    /// says, and how to tell them (blind43 #75: the CTO, asked what the attacker took, gave the cut-offs and
    /// "I have what I need", though the read of 31,500 rows came after his briefing). Nil for other questions.
    func takenAsTold(_ person: Person, words: Set<String>) -> String? {
        guard !words.isDisjoint(with: Self.takenWords) else { return nil }
        let taken = factsKnown(by: person.id).compactMap { world.factsByID[$0] }.filter { $0.shows.contains(.dataTaken) }.map(told)
        guard taken.isEmpty else { return "What I was told was taken: \(taken.joined(separator: " "))" }
        return "Nothing I have been told says what was taken. If you know, brief me: brief leadership."
    }
}
