extension Engine {
    /// Performs a decision's action; what it finds becomes known when its work is done. A command
    /// that takes time (`logs audit-logs`, 20 minutes) reports its findings at its end, so that the
    /// facts, the injects and clocks they set off and the debrief's times all follow the work, not
    /// the moment it was typed (issue 15). Sessions recorded before the real clock replay as played.
    /// Returns whether the action found anything new.
    mutating func performHoldingFindings(_ action: Action, actor: Player, cost: SimDuration, into outputs: inout [Output]) -> Bool {
        guard configuration.realClock, cost > .zero else {
            let before = state.facts.count
            perform(action, actor: actor, into: &outputs)
            return state.facts.count > before
        }
        heldFindings = []
        perform(action, actor: actor, into: &outputs)
        let found = heldFindings ?? []
        heldFindings = nil
        if !found.isEmpty { schedule(.findings(decision: state.decisions.count - 1, facts: found), at: state.clock + cost) }
        return !found.isEmpty
    }
}
