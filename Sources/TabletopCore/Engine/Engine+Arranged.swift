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

    /// Whether an action the scenario would arrange for later (`scheduled:`) is done now instead: the
    /// same change is already arranged and the trainee typed it again (a plain command means now), or
    /// the suspect already knows they are watched, so waiting to cut access quietly gains nothing, or
    /// the trainee typed it for this time (`at 14:00`: the time was chosen, and the other cuts typed for
    /// it go then too, never one of them alone). Sessions recorded before the real clock replay as played.
    func cutsNow(_ action: Action) -> Bool {
        guard configuration.realClock, let asset = assetID(of: action), let target = Self.stateOfVerb[action.verb] else { return false }
        if runningTimedLine { return true }
        let arranged = state.queue.sorted.contains { event in
            if case .change(asset, target, _) = event.kind { return true }
            return false
        }
        return (arranged && (state.scheduledAt?[asset]).map { $0 > state.clock } == true) || suspectTippedOff
    }

    /// Whether a line typed for a time runs in the very minute the response arranges its change for
    /// (`disable kai-account at Fri 10:00`, with the cut-off set for the exit meeting then): that is the
    /// arranged change coming due, which the scenario's own events at that minute build on, not a cut
    /// ahead of them (blind74 #125: the exit meeting never happened).
    func comesDue(_ response: Response) -> Bool {
        configuration.realClock && runningTimedLine && response.scheduled == state.clock && !suspectTippedOff
    }

    /// Whether the scenario's suspect already knows they are watched: a tip-off sprang (the engine's or
    /// one of the scenario's `tipping-off` traps), or a scenario tip-off's condition holds in the world
    /// even though the trainee did not cause it (a question that timed out into the manager asking him).
    var suspectTippedOff: Bool {
        let tipOffs = scenario.traps.filter { $0.hardFail == .tippingOff }
        return state.traps.contains { sprung in
            GenericTrap.kind(of: sprung.id)?.0 == .tippedOff || tipOffs.contains { $0.id == sprung.id }
        } || tipOffs.contains { trap in trap.on == nil && trap.when.map { holds($0) } == true }
    }

    /// Arranges the change for its time: nothing changes now, and the asset reads as scheduled until then.
    mutating func arrange(_ arranged: (asset: String, state: AssetState, at: SimDuration, response: Int)) {
        state.scheduledAt = (state.scheduledAt ?? [:]).merging([arranged.asset: arranged.at]) { $1 }
        schedule(.change(asset: arranged.asset, state: arranged.state, response: arranged.response), at: arranged.at)
    }

    /// The line for a response written to arrange a change (`scheduled:`) done at or after its time:
    /// the change is made now. Nil for any other response, and for sessions recorded before the real clock.
    func arrivedText(_ action: Action, _ response: Response) -> String? {
        guard configuration.realClock, let at = response.scheduled, at <= state.clock,
              let asset = assetID(of: action), let target = Self.stateOfVerb[action.verb] else { return nil }
        let name = assetsByID[asset]?.name ?? asset
        return "\(name) (\(asset)) is now \(Self.word(for: target)), as arranged for \(localClock.dayAndTime(at: at))."
    }

    /// What the trainee can do about an arrangement: the same command again does it now.
    func arrangedNote(_ action: Action) -> String {
        "To do it now instead, type \(action.verb.spelling) \(action.object ?? "") again."
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
    /// A change the trainee typed for later (`disable kai-account at Fri 10:00`) reads the same way.
    func pendingChange(of asset: String) -> (word: String, when: String, phrase: String)? {
        guard let at = state.scheduledAt?[asset], at > state.clock else { return typedForLater(asset) }
        let target = state.queue.sorted.lazy.compactMap { event -> AssetState? in
            if case .change(asset, let target, _) = event.kind, event.at == at { return target }
            return nil
        }.first
        let word = target.map(Self.word(for:)) ?? "cut off", when = localClock.dayAndTime(at: at)
        return (word, when, "scheduled for \(when) to become \(word)")
    }

    /// The first change to the asset the trainee typed for a time still ahead, in the same words as
    /// an arranged one; nil when none waits.
    private func typedForLater(_ asset: String) -> (word: String, when: String, phrase: String)? {
        for waiting in scheduledActions {
            guard case .success(let action?) = ActionParser.parseAction(waiting.line), action.until != nil,
                  assetID(of: action) == asset, let target = Self.stateOfVerb[action.verb] else { continue }
            let word = Self.word(for: target), when = localClock.dayAndTime(at: waiting.at)
            return (word, when, "scheduled for \(when) to become \(word)")
        }
        // Or handed to someone for that time (blind88 #112, #114: Dana's Friday cut read as "not cut off" the day before).
        for task in state.tasks where !task.done && task.due > state.clock {
            guard case .success(let action?) = ActionParser.parseAction(task.line), action.until != nil,
                  assetID(of: action) == asset, let target = Self.stateOfVerb[action.verb] else { continue }
            let word = Self.word(for: target), when = localClock.dayAndTime(at: task.due)
            let who = peopleByID[task.person]?.name ?? task.person
            return (word, when, "scheduled for \(when) to become \(word), by \(who)")
        }
        return nil
    }

    /// A cut of one of the suspect's ways in proposed for the time his account's cut is planned ("should we
    /// also isolate kai-laptop at Fri 10:00, in the same minute?"): yes, and how to schedule it; judged as a
    /// move made now, it was advised against (blind59 #101). A fix rolled out then is the same: it takes
    /// nothing from him the cut has not (blind91 #91: "should we roll it out on Friday after 10:00 instead?"
    /// got "nothing against 'rollout' now" after "it would tip him off"). Nil for any other move or question.
    func cutWithThePlanned(_ action: Action, question: String) -> String? {
        guard let insider = scenario.truth.insider,
              let account = scenario.assets.first(where: { $0.owner == insider && $0.kind == .account }),
              let planned = pendingChange(of: account.id) else { return nil }
        let rollout = action.verb == .rollout && suspectStillUnaware && !suspectTippedOff
        if !rollout {
            guard let id = assetID(of: action), let target = Self.stateOfVerb[action.verb], Self.cutOffStates.contains(target),
                  assetsByID[id]?.owner == insider, account.id != id else { return nil }
        }
        guard Self.saysPlannedMoment(question.lowercased(), when: planned.when) else { return nil }
        let command = Self.commandLine(of: action)
        if rollout {
            // (A rollout is made when typed; it cannot be scheduled.)
            return "Yes: from \(account.id)'s cut at \(planned.when) on, the fix takes nothing from him that is not gone already. "
                + "Type '\(command)' once the cut is made."
        }
        return "Yes: in the same minute as \(account.id)'s cut at \(planned.when) it tells him nothing the cut does not. "
            + "Schedule it for then: '\(command) at \(planned.when)'."
    }

    /// Whether a question places a move at a planned moment ("Fri 10:00"): its time of day said, and not as
    /// a limit before it ("on Friday after 10:00", "at 10:00 on Friday"; not "before Friday 10:00"), or the
    /// cut itself ("in the same minute", "together", "with the cut").
    static func saysPlannedMoment(_ lowered: String, when: String) -> Bool {
        if ["same minute", "same time", "together", "alongside", "with the cut", "at the cut", "after the cut", "with the rest"].contains(where: lowered.contains) {
            return true
        }
        let parts = when.lowercased().split(separator: " ").map(String.init)
        guard let time = parts.last, let range = lowered.range(of: time) else { return false }
        let before = lowered[..<range.lowerBound].split(separator: " ").suffix(3)
        return !before.contains("before") && !before.contains("until") && !before.contains("till")
    }
}
