extension Engine {
    /// A change the action asks for that its response arranges for later (`scheduled: "Fri 10:00"`):
    /// the asset, the state the verb brings about, when, and the response's index. Nil when the action
    /// takes effect now. Sessions recorded before the real clock replay as played (done at once).
    func arrangement(of action: Action, response: Response?) -> (asset: String, state: AssetState, at: SimDuration, response: Int)? {
        guard configuration.realClock, let response, let at = response.scheduled, at > state.clock,
              let asset = assetID(of: action), let target = Self.stateOfVerb[action.verb],
              let index = scenario.responses.firstIndex(of: response) else { return nil }
        return (asset, target, at, index)
    }

    /// When the same change is already arranged for later and still ahead (`disable kai-account`
    /// typed twice before Friday), that moment; nil otherwise.
    func alreadyArranged(_ action: Action) -> SimDuration? {
        guard let arranged = arrangement(of: action, response: matchingResponse(for: action)) else { return nil }
        return state.queue.sorted.first { event in
            if case .change(arranged.asset, arranged.state, _) = event.kind { return true }
            return false
        }?.at
    }

    /// Arranges the change for its time: nothing changes now, and the asset reads as scheduled until then.
    mutating func arrange(_ arranged: (asset: String, state: AssetState, at: SimDuration, response: Int)) {
        state.scheduledAt = (state.scheduledAt ?? [:]).merging([arranged.asset: arranged.at]) { $1 }
        schedule(.change(asset: arranged.asset, state: arranged.state, response: arranged.response), at: arranged.at)
    }

    /// "Kai's company account is already scheduled for Fri 10:00 to become disabled; until then it works as before."
    func alreadyArrangedText(_ action: Action, at: SimDuration) -> String {
        let id = assetID(of: action) ?? action.object ?? ""
        let word = Self.stateOfVerb[action.verb].map(Self.word(for:)) ?? action.verb.spelling
        return "\(assetsByID[id]?.name ?? id) is already scheduled for \(localClock.dayAndTime(at: at)) to become \(word); "
            + "until then it works as before. Nothing more to do now."
    }

    /// The arranged change comes due: the asset takes on its state and the response's effects apply,
    /// with a line saying so. A change someone made sooner (a cut-off done now) has overtaken it.
    mutating func carryOut(change target: AssetState, on asset: String, response index: Int, into outputs: inout [Output]) {
        guard state.scheduledAt?[asset] == state.clock, !state.asset(asset, is: target) else { return }
        let name = assetsByID[asset]?.name ?? asset
        outputs.append(.notice("\(localClock.stamp(at: state.clock)): as scheduled, \(name) (\(asset)) is now \(Self.word(for: target))."))
        add(target, to: asset, by: "as scheduled")
        if let response = scenario.responses[safe: index] { apply(response.effects, into: &outputs) }
    }
}

extension Engine {
    /// The change arranged for the asset that is still ahead: the state it brings, the local time it
    /// takes effect, and both in words ("disabled", "Fri 10:00", "scheduled for Fri 10:00 to become
    /// disabled"); nil once it is done, overtaken, or when nothing was arranged.
    func pendingChange(of asset: String) -> (word: String, when: String, phrase: String)? {
        guard let at = state.scheduledAt?[asset], at > state.clock else { return nil }
        let target = state.queue.sorted.lazy.compactMap { event -> AssetState? in
            if case .change(asset, let target, _) = event.kind, event.at == at { return target }
            return nil
        }.first
        let word = target.map(Self.word(for:)) ?? "cut off", when = localClock.dayAndTime(at: at)
        return (word, when, "scheduled for \(when) to become \(word)")
    }
}
