extension Engine {
    /// Verbs whose result is something kept (a snapshot, a legal hold) that exists only once their
    /// time is up: work on an asset that is gone before then keeps nothing.
    static let keptWork: Set<Verb> = [.snapshot, .preserve]

    /// When the asset a lasting action worked on was deleted before the action's time was up (Nils
    /// terminates web-03 a minute into its 30-minute snapshot), the action fails: the state it gave,
    /// its runbook evidence and its credit are taken back, and the trainee is told. Sessions recorded
    /// before the world reacted (`realClock` off) replay as played.
    mutating func failIfTargetWentDuring(decision index: Int, into outputs: inout [Output]) {
        guard configuration.realClock, let decision = state.decisions[safe: index], Self.keptWork.contains(decision.action.verb),
              let id = assetID(of: decision.action), let kept = Self.stateOfVerb[decision.action.verb],
              let gone = state.assetChanges.first(where: { $0.asset == id && $0.state == .deleted && $0.at > decision.at }),
              gone.at < decision.at + decision.cost,
              let made = state.assetChanges.firstIndex(where: { $0.asset == id && $0.state == kept && $0.at == decision.at && $0.by == nil })
        else { return }
        state.assetChanges.remove(at: made)
        state.assetStates[id]?.removeAll { $0 == kept }
        state.evidence.removeAll { $0.decision == index }
        state.decisions[index].steps = []
        watch.touch(.asset(id), index: world.index)
        let name = assetsByID[id]?.name ?? id
        let into = SimDuration(seconds: gone.at.seconds - decision.at.seconds)
        outputs.append(.notice("'\(decision.raw)' failed: \(name) was deleted at \(stamp(gone.at))"
            + (gone.by.map { " by \($0)" } ?? "") + ", \(into) into it, so nothing was kept."))
        // What waited for the asset to be gone without this (a trap, an inject) may hold now.
        settle(into: &outputs)
    }
}
