extension Engine {
    /// Whether a condition holds in the current state. `chose(q, n)` holds when the trainee chose
    /// option n or its asker took it alone when nobody answered: the world goes on from what happened.
    public func holds(_ condition: Condition) -> Bool {
        holds(condition, creditingTrainee: false)
    }

    /// Whether a condition holds as the trainee's own record, for traps, step criteria and the ideal
    /// path: an option taken on timeout is not the trainee's choice, so a positive `chose(q, n)` needs
    /// their own answer, while `not chose(q, n)` fails when the asker took it alone (polarity flips
    /// under `not`). The trainee is neither charged nor credited for what someone else decided.
    func holdsForTrainee(_ condition: Condition) -> Bool {
        holds(condition, creditingTrainee: true)
    }

    private func holds(_ condition: Condition, creditingTrainee strict: Bool) -> Bool {
        switch condition {
        case .constant(let value): value
        case .not(let inner): !holds(inner, creditingTrainee: !strict)
        // Loops, not closures: a closure that captures `self` copies the whole engine (issue 21: a tenth of a replay).
        case .all(let terms): allHold(terms, creditingTrainee: strict)
        case .any(let terms): anyHolds(terms, creditingTrainee: strict)
        case .done(let reference): runbook.resolve(reference).map { watch.done($0, in: state) } ?? false
        case .revealed(let fact): watch.knows(fact, in: state)
        case .fired(let inject): isFired(inject)
        case .chose(let decision, let option):
            state.choices.contains { $0.decision == decision && $0.option == option }
                || (!strict && state.timedOut.contains { $0.decision == decision && $0.option == option })
        case .did(let pattern): watch.did(pattern, in: state, index: world.index)
        case .asset(let id, let assetState): state.asset(id, is: assetState)
        case .person(let id, let personState):
            personState == .contacted ? !(state.personStates[id] ?? []).isEmpty : state.person(id, is: personState)
        case .clock(let id, let clockState):
            switch (clockState, state.clocks[id]) {
            case (.running, let status?): status.isRunning
            case (.met, let status?): status.metAt != nil
            case (.expired, let status?): status.expired
            default: false
            }
        case .truth(let flag): scenario.truth.flag(flag)
        case .attackerPresent: state.attackerPresent
        case .severity(let comparison, let level): state.declaredSeverity.map { comparison.holds($0, level) } ?? false
        case .time(let comparison, let duration): comparison.holds(state.clock, duration)
        case .variant(let variable, let value): scenario.picked(variable, value)
        case .knows(let who, let fact): someoneKnows(fact, of: who)
        }
    }

    private func allHold(_ terms: [Condition], creditingTrainee strict: Bool) -> Bool {
        for term in terms where !holds(term, creditingTrainee: strict) { return false }
        return true
    }

    private func anyHolds(_ terms: [Condition], creditingTrainee strict: Bool) -> Bool {
        for term in terms where holds(term, creditingTrainee: strict) { return true }
        return false
    }

    /// Whether the person, or someone of the team the audience reaches, knows the fact (`knows(who, fact)`).
    private func someoneKnows(_ fact: String, of who: String) -> Bool {
        var candidates: [String] = []
        if peopleByID[who] != nil {
            candidates = [who]
        } else if let audience = Audience(rawValue: who) {
            candidates = people(reachedBy: audience)
        }
        for person in candidates where personKnows(person, fact: fact) { return true }
        return false
    }

    /// Whether the inject has been delivered (a set look-up; `EngineState.hasFired` scans).
    func isFired(_ id: String) -> Bool {
        watch.hasFired(id, in: state)
    }

    /// Whether the trainee knows of the person.
    func knows(person: Person) -> Bool {
        person.known || person.revealedBy.map { watch.knows($0, in: state) } ?? false
    }

    /// Whether the trainee knows of the asset: from the start, by its revealing fact, or by having read
    /// something that names it (the deploy key a log line names can be rotated).
    func knows(asset: Asset) -> Bool {
        asset.known || asset.revealedBy.map { watch.knows($0, in: state) } ?? false
            || readAnyClue(of: asset)
    }

    private func readAnyClue(of asset: Asset) -> Bool {
        for clue in world.assetClues[asset.id] ?? [] where read(clue) { return true }
        return false
    }

    /// Whether the trainee has read the clue, by the look-up sets.
    private func read(_ clue: AssetClue) -> Bool {
        switch clue {
        case .fact(let id): watch.knows(id, in: state)
        case .inject(let id): watch.hasFired(id, in: state)
        case .finding(let asset, let verb): watch.decisions(on: asset, in: state).contains { state.decisions[$0].action.verb == verb }
        }
    }

    /// The states of an asset the trainee may see: every state the drill added (what the trainee did,
    /// or what an inject announced), and the author's starting states (`compromised`, `exposed`) only
    /// once a fact that examining the asset reveals, or the fact that revealed the asset, is known:
    /// ground truth is discovered, never labelled.
    public func visibleStates(of asset: Asset) -> [AssetState] {
        let states = state.assetStates[asset.id] ?? []
        let clues = (asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) + (asset.revealedBy.map { [$0] } ?? [])
        let learnt = clues.contains { watch.knows($0, in: state) }
        return sinceRebuild(learnt ? states : states.filter { !asset.initialStates.contains($0) }, of: asset.id)
    }

    /// The states that still describe the asset: a host rebuilt from a clean image is not the
    /// compromised, isolated box it replaced, so what the rebuild ended no longer shows (conditions
    /// still see the whole record).
    func sinceRebuild(_ states: [AssetState], of asset: String) -> [AssetState] {
        guard let rebuilt = state.assetChanges.last(where: { $0.asset == asset && $0.state == .redeployed })?.at else { return states }
        return states.filter { kept in
            !Self.endedByRebuild.contains(kept) || state.assetChanges.contains { $0.asset == asset && $0.state == kept && $0.at > rebuilt }
        }
    }

    /// The states a clean rebuild ends: the old box's compromise and its containment.
    static let endedByRebuild: Set<AssetState> = [.compromised, .exposed, .isolated, .shutdown]

    /// People the trainee knows of, in the scenario's order.
    public var knownPeople: [Person] { scenario.cast.filter { knows(person: $0) } }

    /// Assets the trainee knows of, in the scenario's order.
    public var knownAssets: [Asset] {
        var known: [Asset] = []
        for asset in scenario.assets where knows(asset: asset) { known.append(asset) }
        return known
    }

    /// Channels that exist now, in order.
    public var channelIDs: [String] { state.channels.map(\.id) }

    /// Options of the open question, if any.
    public var openChoices: [String] {
        guard case .choice(let inject, _) = awaiting else { return [] }
        return injectsByID[inject].map { displayedOptions(of: $0).map(\.text) } ?? []
    }
}
