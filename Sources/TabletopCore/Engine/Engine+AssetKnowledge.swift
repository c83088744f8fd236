extension Engine {
    /// What the trainee has learnt that concerns the asset, newest first: facts its inspection or logs
    /// reveal, the fact that revealed it, facts and injects whose text names its id or its name.
    func knownAbout(_ asset: Asset, limit: Int = 2) -> [String] {
        let own = Set((asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) + (asset.revealedBy.map { [$0] } ?? []))
        let mentions = { (text: String) in Self.mentions(text, asset) }
        var texts: [String] = []
        for factID in state.facts.reversed() {
            guard let fact = world.factsByID[factID], own.contains(factID) || mentions(fact.text) else { continue }
            let text = fact.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !texts.contains(text) { texts.append(text) }
        }
        // Failing facts, the latest inject that named it (an alert repeats what its fact says).
        for fired in state.fired.reversed() where texts.isEmpty {
            guard let text = injectsByID[fired.id]?.text.trimmingCharacters(in: .whitespacesAndNewlines), mentions(text) else { continue }
            texts.append(text)
        }
        return Array(texts.prefix(limit))
    }

    /// Whether a text names the asset: its id, its whole name, a tag of its name (`KAI-LT-042`), or
    /// every distinctive word of its name.
    static func mentions(_ text: String, _ asset: Asset) -> Bool {
        let lowered = text.lowercased(), name = asset.name.lowercased()
        if lowered.contains(asset.id.lowercased()) || (name.count >= 6 && lowered.contains(name)) { return true }
        let tags = topicWords(name).filter { $0.count >= 5 && $0.contains(where: \.isNumber) && $0.contains(where: { ".-".contains($0) }) }
        if tags.contains(where: { lowered.contains($0) }) { return true }
        // Every distinctive word of its name, at least two ("the scheduling engine's source code").
        let nameWords = topicWords(name).filter { $0.count >= 4 && !commonWords.contains($0) }
        return nameWords.count >= 2 && nameWords.isSubset(of: topicWords(text))
    }

    /// The assets a fact is about: those whose inspection, logs or discovery reveal it, or that it names.
    func assets(concernedBy factID: String) -> [Asset] {
        guard let fact = world.factsByID[factID] else { return [] }
        return scenario.assets.filter { asset in
            (asset.inspect?.reveals ?? []).contains(factID) || (asset.logs?.reveals ?? []).contains(factID)
                || asset.revealedBy == factID || Self.mentions(fact.text, asset)
        }
    }

    /// A person's current picture for `ask <person> update`: the latest facts they know, newest
    /// first, each followed by when the trainee has since cut off an asset it is about (a fact about a
    /// rotated role is not current); what they were
    /// asked to do; and what was done to the assets they own.
    func picture(of person: Person) -> String? {
        var parts: [String] = []
        // What everyone knew from the start is no news.
        let news = factsKnown(by: person.id).filter { world.factsByID[$0]?.known == false }
        let facts = news.reversed().prefix(3).compactMap { id -> String? in
            guard let text = world.factsByID[id]?.text.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
            let since = assets(concernedBy: id).compactMap { asset in cutOff(asset).map { "\(asset.id) \($0.word) at \(stamp($0.at))" } }
            return since.isEmpty ? text : "\(text) (Since then: \(since.joined(separator: "; ")).)"
        }
        if !facts.isEmpty { parts.append("Latest I know: \(facts.joined(separator: " "))") }
        let tasks = state.tasks.filter { $0.person == person.id }.suffix(2)
            .map { "\($0.line) (\($0.done ? ($0.blocked ? "blocked" : "done") : "in progress"))" }
        if !tasks.isEmpty { parts.append("You asked me to: \(tasks.joined(separator: "; ")).") }
        // The positions of what was done to each owned asset, merged back into the log's order.
        let owned = scenario.assets.filter { $0.owner == person.id }.flatMap { watch.decisions(on: $0.id, in: state) }.sorted()
        let done = owned.map { state.decisions[$0] }.filter { $0.action.verb.area != .investigate }.suffix(2)
            .map { "\($0.raw) at \(stamp($0.at))" }
        if !done.isEmpty { parts.append("On my side: \(done.joined(separator: "; ")).") }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// When the trainee cut the asset off (isolated, revoked, blocked, disabled, shut down), a line
    /// saying that its activity stopped then, so that live-activity text is not taken as current.
    func quietSince(_ asset: Asset) -> String? {
        guard let cut = cutOff(asset) else { return nil }
        let networked: Set<AssetKind> = [.host, .service, .device, .database, .network]
        let stopped = networked.contains(asset.kind) ? "nothing has left it" : "it has not been used successfully"
        return "Since it was \(cut.word) at \(stamp(cut.at))\(cut.by.map { " (\($0))" } ?? ""), \(stopped)."
    }

    /// How, when and by whom the asset was first cut off during the drill, if it was: by the
    /// trainee's action, an answer to a question, or someone acting alone when nobody answered.
    /// A cut-off arranged for later (`scheduled:`) has not happened until its time.
    func cutOff(_ asset: Asset) -> (word: String, at: SimDuration, by: String?)? {
        guard pendingSchedule(of: asset.id) == nil else { return nil }
        guard let change = state.assetChanges.first(where: { $0.asset == asset.id && Self.cutOffStates.contains($0.state) }) else { return nil }
        // A cut-off that was scheduled took effect at its time (or when someone overtook it), not when typed.
        return (Self.word(for: change.state), max(change.at, state.scheduledAt?[asset.id] ?? change.at), change.by)
    }

    /// Who the trainee may ask about the asset: its owner, unless the owner must not know (the
    /// suspect); then someone reachable who knows what was found about it; otherwise no one.
    func informant(for asset: Asset, excluding asker: String? = nil) -> Person? {
        if let owner = asset.owner.flatMap({ peopleByID[$0] }), !owner.mustNotKnow { return owner }
        let facts = Set((asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) + (asset.revealedBy.map { [$0] } ?? []))
        return scenario.cast.first { person in
            !person.mustNotKnow && person.reachable && person.id != asker && person.id != asset.owner
                && facts.contains { personKnows(person.id, fact: $0) }
        }
    }
}
