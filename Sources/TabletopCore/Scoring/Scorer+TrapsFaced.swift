extension Scorer {
    /// The scenario's traps whose situation arose in this drill, and so could have been sprung: every
    /// asset or person the trap's action names, and that its condition needs (outside a `not`), was
    /// known to the trainee by the end; every fact and inject it needs came; every variant it needs was
    /// picked. Only these count as avoided: a trap this seed's world never offered (the insider's
    /// `early-side-cut` where Kai has nothing outside single sign-on) was not avoided, only absent.
    func trapsFaced(_ state: EngineState) -> [Trap] {
        let clues = scenario.assetClues
        return scenario.traps.filter { trap in
            (trap.on.map { couldArise(.did($0), state, clues) } ?? true) && (trap.when.map { couldArise($0, state, clues) } ?? true)
        }
    }

    /// Whether the drill reached a point where `condition` could hold: a lower bound on what it needs,
    /// read from the final state (facts, known assets and people, fired injects only ever grow).
    private func couldArise(_ condition: Condition, _ state: EngineState, _ clues: [String: [AssetClue]]) -> Bool {
        switch condition {
        case .constant(let value): value
        case .not: true
        case .all(let terms): terms.allSatisfy { couldArise($0, state, clues) }
        case .any(let terms): terms.contains { couldArise($0, state, clues) }
        case .revealed(let fact), .knows(_, let fact): state.facts.contains(fact)
        case .fired(let inject), .chose(let inject, _): state.fired.contains { $0.id == inject }
        case .variant(let variable, let value): scenario.picked(variable, value)
        case .asset(let id, _): wasKnown(id, state, clues)
        case .did(let pattern): pattern.object.map { wasKnown($0, state, clues) } ?? true
        default: true
        }
    }

    /// Whether the trainee knew of the asset or person `id` by the end; any other object (a channel, an
    /// audience) is there from the start. An asset is known by its revealing fact or a clue read (`clues`).
    private func wasKnown(_ id: String, _ state: EngineState, _ clues: [String: [AssetClue]]) -> Bool {
        if let asset = scenario.assets.first(where: { $0.id == id }) {
            return asset.known || asset.revealedBy.map { state.facts.contains($0) } ?? false
                || (clues[asset.id] ?? []).contains { $0.wasRead(in: state) }
        }
        if let person = scenario.cast.first(where: { $0.id == id }) {
            return person.known || person.revealedBy.map { state.facts.contains($0) } ?? false
        }
        return true
    }
}
