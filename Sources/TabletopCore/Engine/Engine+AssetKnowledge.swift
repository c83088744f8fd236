extension Engine {
    /// What the trainee has learnt that concerns the asset, newest first: facts its inspection or logs
    /// reveal, the fact that revealed it, facts and injects whose text names its id or its name.
    func knownAbout(_ asset: Asset, limit: Int = 2) -> [String] {
        let own = Set((asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) + (asset.revealedBy.map { [$0] } ?? []))
        let id = asset.id.lowercased(), name = asset.name.lowercased()
        let mentions = { (text: String) in
            let lowered = text.lowercased()
            return lowered.contains(id) || (name.count >= 6 && lowered.contains(name))
        }
        var texts: [String] = []
        for factID in state.facts.reversed() {
            guard let fact = world.factsByID[factID], own.contains(factID) || mentions(fact.text) else { continue }
            let text = fact.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !texts.contains(text) { texts.append(text) }
        }
        // Injects that named it, newest first, after the facts (a fact says more than an alert).
        for fired in state.fired.reversed() {
            guard let text = injectsByID[fired.id]?.text.trimmingCharacters(in: .whitespacesAndNewlines), mentions(text),
                  !texts.contains(text) else { continue }
            texts.append(text)
        }
        return Array(texts.prefix(limit))
    }

    /// When the trainee cut the asset off (isolated, revoked, blocked, disabled, shut down), a line
    /// saying that its activity stopped then, so that live-activity text is not taken as current.
    func quietSince(_ asset: Asset) -> String? {
        let stopping: [Verb: String] = [
            .isolate: "isolated", .revoke: "revoked", .block: "blocked", .disable: "disabled", .shutdown: "shut down",
            .rotate: "rotated", .delete: "deleted",
        ]
        guard let decision = state.decisions.first(where: { $0.action.object == asset.id && stopping[$0.action.verb] != nil }),
              let word = stopping[decision.action.verb] else { return nil }
        let networked: Set<AssetKind> = [.host, .service, .device, .database, .network]
        let stopped = networked.contains(asset.kind) ? "nothing has left it" : "it has not been used successfully"
        return "Since it was \(word) at \(stamp(decision.at)), \(stopped)."
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
