extension Engine {
    /// `close` while the adversary still has a way in, or `postmortem run` (which ends the drill) while
    /// the incident is not closed or actions typed for later have not run: a warning that says what is
    /// still open, and nothing else happens and no time passes. The same command typed again at once
    /// goes ahead, with its consequences (blind play: `close` was ticked as a step with Kai's account
    /// live, and `postmortem run` ended a drill whose commander meant to close next). The armed move is
    /// kept in the state like the tip-off warning's, so a replay of the log warns the same way.
    /// Sessions recorded before the real clock replay as played.
    mutating func endingWarning(for action: Action) -> Output? {
        guard configuration.realClock, [.close, .postmortemRun].contains(action.verb) else { return nil }
        let open = stillOpen(before: action.verb)
        guard !open.isEmpty else { return nil }
        let move = "\(state.decisions.count) \(action.verb.id)"
        guard state.warned?.last != move else {
            state.warned = []   // the go-ahead is spent on this move
            return nil
        }
        state.warned = [move]
        if action.verb == .close {
            return .response("Not closed yet: \(open.joined(separator: "; ")). Closing now ends the response, not the incident, "
                + "and counts as closing with the adversary in. Nothing was done; type close again to close anyway.")
        }
        let opening = endsWithPostmortem(now: false) ? "Holding the postmortem ends the drill, and" : "Before the postmortem:"
        return .response("\(opening) \(open.joined(separator: "; ")). Nothing was done; "
            + "type postmortem run again to hold it anyway and end the drill.")
    }

    /// What a closing move would leave behind, in words: the ways in still open; for the postmortem
    /// also a missing `close` and the actions typed for later that would never run.
    func stillOpen(before verb: Verb) -> [String] {
        var open: [String] = []
        if state.attackerPresent { open.append(waysInText) }
        guard verb == .postmortemRun else { return open }
        if !closed { open.append("the incident is not closed ('close' first)") }
        let waiting = scheduledActions.map { "'\(Self.withoutTime($0.line))' (\(stamp($0.at)))" }
        if !waiting.isEmpty { open.append("what is scheduled would never run: \(waiting.joined(separator: ", "))") }
        return open
    }

    /// Whether the incident was closed: a `close` that went through with no way in left open.
    var closed: Bool {
        state.decisions.contains { decision in
            decision.action.verb == .close && !state.traps.contains { $0.decision == decision.index && $0.id == GenericTrap.closedWithAttacker.id("") }
        }
    }

    /// The ways in the trainee knows of that are still open, named, with any cut-off typed or
    /// arranged for later; or that one is not found yet.
    var waysInText: String { waysInText(hint: true) }

    /// The same, `hint` naming the commands that find one: a person of the cast says it without them.
    func waysInText(hint: Bool) -> String {
        let open = openWaysIn
        guard !open.isEmpty else { return "the adversary still has a way in that you have not found" + (hint ? " (logs, inspect, sweep, ask)" : "") }
        let named = open.map { id in pendingChange(of: id).map { "\(id) (\($0.phrase))" } ?? id }
        return "the adversary still has a way in: \(named.joined(separator: ", ")) \(open.count == 1 ? "is" : "are") not cut off yet"
    }

    /// The known assets whose cut-off the scenario says ends the adversary's access (a response that
    /// clears `attacker-present`) and that are not cut off yet; where none is known, the known
    /// compromised assets nothing has cut off or rebuilt.
    var openWaysIn: [String] {
        let ended: Set<AssetState> = Self.cutOffStates.union([.redeployed, .cleaned])
        let open = { (id: String) in !(state.assetStates[id] ?? []).contains(where: ended.contains) }
        let enders = Set(scenario.responses.filter { $0.effects.attackerPresent == false }.compactMap(\.on.object))
        let known = knownAssets
        let closing = known.filter { enders.contains($0.id) && open($0.id) }.map(\.id)
        guard closing.isEmpty else { return closing }
        return known.filter { state.asset($0.id, is: .compromised) && open($0.id) }.map(\.id)
    }

    /// The runbook steps a decision's own hard-fail traps are charged to (closing with the adversary
    /// in is not step 18): no "✓ runbook step" for them, as the debrief gives them no credit either.
    func failedByHardFail(decision index: Int) -> [Int] {
        state.traps.filter { $0.decision == index }.compactMap { GenericTrap.voidedStep(by: $0.id, in: runbook) }
    }

    /// Whether holding the postmortem ends the drill: one of the scenario's ends waits for it and,
    /// when `now` (the postmortem is on record), holds.
    func endsWithPostmortem(now: Bool) -> Bool {
        scenario.end.outcomes.contains { outcome in
            guard let when = outcome.when, Self.waitsForPostmortem(when) else { return false }
            return !now || holds(when)
        }
    }

    private static func waitsForPostmortem(_ condition: Condition) -> Bool {
        switch condition {
        case .did(let pattern): pattern.verb == .postmortemRun
        case .all(let parts), .any(let parts): parts.contains(where: waitsForPostmortem)
        default: false
        }
    }
}
