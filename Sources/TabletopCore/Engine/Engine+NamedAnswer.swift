extension Engine {
    /// What a person says of the fleet, asset, person or indicator the question names, from the world;
    /// nil when it names none of them.
    func namedAnswer(_ person: Person, words: Set<String>) -> String? {
        // A fleet named by its group (`web-fleet`) is the fleet, not a member whose name shares a word.
        if let group = groupNamed(by: words), let said = groupAnswer(group, by: person) { return said }
        // An asset named by its id wins over one that only shares a word of its name
        // (`personal-drive` is not "Kai's personal mailbox").
        if let asset = assetsNamed(by: words).first {
            let owner = asset.owner.flatMap { peopleByID[$0] }
            // An owner who must not know (the suspect's manager) hears nothing of what was found about it.
            // Someone who must not know (the suspect, their manager) hears nothing of what was found
            // about it or done to it: the investigation's record is not theirs to read.
            if person.mustNotKnow {
                let what = "\(asset.name), \(Self.article(asset.kind.rawValue)) \(asset.kind.rawValue)"
                return owner?.id == person.id && !asset.isAdversarys ? "That one is mine: \(what). \(person.defaultAnswer)" : "You mean \(what)? \(person.defaultAnswer)"
            }
            if owner?.id == person.id { return ownerAnswer(asset, by: person) }
            return roleAnswer(asset, by: person)
        }
        if let other = knownPeople.first(where: { $0.id != person.id && Self.names(words, $0.id, $0.name) }) {
            // What the person asked knows of them, newest first: HR's note of a resignation, an alert naming them.
            let firstName = other.name.split(separator: " ").first.map { String($0).lowercased() } ?? other.id
            let about = factsKnown(by: person.id).reversed().compactMap { told(fact: $0) }
                .first { Self.topicWords($0).contains(firstName) || Self.topicWords($0).contains(other.id) }
            let happened = happenings(to: other, knownTo: person)
            // Counsel asked about the suspect gives the legal view of acting on them, not their card.
            let lead = Standpoint(role: person.role, team: person.team) == .legal && other.mustNotKnow && !person.mustNotKnow
                ? "On \(other.name) (\(other.role)): whatever we do about them, their account, devices or mail, has to be lawful and "
                    + "proportionate. Preserve first; HR and I hear before anyone confronts them or cuts them off, and nothing reaches them before. "
                : "\(other.name) is our \(other.role)\(other.team.isEmpty ? "" : " (\(other.team))"). "
            return lead
                + (happened.isEmpty ? standing(of: other) : happened.joined(separator: " "))
                + (about.map { " What I know of them: \($0)" } ?? "")
                // Their own line after it: two people asked about the same person never say the same.
                + (person.mustNotKnow ? "" : " \(person.defaultAnswer)")
        }
        if let mention = indicatorMention(words) { return mention }
        return nil
    }
}

extension Engine {
    /// The fleet a question names: by its id (`web-fleet`), or by the long word of its id when it asks
    /// about the fleet's members ("have the other servers in the fleet been checked?", which pointed to
    /// one host's owner before; not "could your team ship it to the fleet?", blind22 #8). Nil when it
    /// names none.
    func groupNamed(by words: Set<String>) -> String? {
        let groups = knownAssets.flatMap(\.groups)
        if let exact = groups.first(where: words.contains) { return exact }
        guard !words.isDisjoint(with: Self.fleetStateWords) else { return nil }
        return groups.first { $0.split(separator: "-").contains { $0.count >= 4 && words.contains(String($0)) } }
    }

    /// Words that ask about a fleet's members and how they stand.
    static let fleetStateWords: Set<String> = [
        "other", "others", "rest", "remaining", "checked", "swept", "sweep", "compromised", "infected", "clean", "affected", "members",
    ]
}
