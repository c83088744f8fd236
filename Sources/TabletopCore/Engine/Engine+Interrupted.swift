extension Engine {
    /// Verbs whose result is something kept (a snapshot, a legal hold) that exists only once their
    /// time is up: work on an asset that is gone before then keeps nothing.
    static let keptWork: Set<Verb> = [.snapshot, .preserve]

    /// What destroys what a snapshot or hold was capturing: deleting the asset, rebuilding it from a
    /// clean image, or wiping it in place.
    static let destroyingStates: Set<AssetState> = [.deleted, .redeployed, .cleaned]

    /// When the asset a lasting action worked on was destroyed before the action's time was up (Nils
    /// terminates web-03 a minute into its 30-minute snapshot; a teammate or a delegated task rebuilds
    /// it), the action fails: the state it gave, its runbook evidence and its credit are taken back,
    /// and the trainee is told. Whoever destroyed it, the trainee, a teammate working in parallel, a
    /// delegated task or the world, counts. Sessions recorded before the world reacted (`realClock`
    /// off) replay as played.
    mutating func failIfTargetWentDuring(decision index: Int, into outputs: inout [Output]) {
        guard configuration.realClock, let decision = state.decisions[safe: index], Self.keptWork.contains(decision.action.verb),
              let id = assetID(of: decision.action), let kept = Self.stateOfVerb[decision.action.verb],
              let made = state.assetChanges.firstIndex(where: { $0.asset == id && $0.state == kept && $0.at == decision.at && $0.by == nil }),
              // Destroyed after the work started (later in the record, so a teammate's act at the same minute counts) and before it was done.
              let gone = state.assetChanges[(made + 1)...].first(where: {
                  $0.asset == id && Self.destroyingStates.contains($0.state) && $0.at < decision.at + decision.cost
              })
        else { return }
        state.assetChanges.remove(at: made)
        state.assetStates[id]?.removeAll { $0 == kept }
        state.evidence.removeAll { $0.decision == index }
        state.decisions[index].steps = []
        watch.touch(.asset(id), index: world.index)
        let name = assetsByID[id]?.name ?? id
        let into = SimDuration(seconds: gone.at.seconds - decision.at.seconds)
        outputs.append(.notice("'\(decision.raw)' failed: \(name) was \(Self.destroyedWord(gone.state)) at \(stamp(gone.at))"
            + (gone.by.map { " by \($0)" } ?? "") + ", \(into) into it, so nothing was kept."))
        // What waited for the asset to be gone without this (a trap, an inject) may hold now.
        settle(into: &outputs)
    }

    /// In a team working in parallel, several snapshots or holds may be under way while others act:
    /// each one whose asset was destroyed meanwhile fails, whoever destroyed it.
    mutating func failInterruptedWork(into outputs: inout [Output]) {
        guard configuration.realClock else { return }
        for index in state.decisions.indices where Self.keptWork.contains(state.decisions[index].action.verb) {
            failIfTargetWentDuring(decision: index, into: &outputs)
        }
    }

    /// A delegated snapshot or hold is worked on for its cost before it falls due: the asset destroyed
    /// in that time (by anyone) leaves nothing to keep. The report that says so, or nil.
    func interruptedTask(_ action: Action, line: String) -> String? {
        guard configuration.realClock, Self.keptWork.contains(action.verb), let id = assetID(of: action) else { return nil }
        let started = SimDuration(seconds: max(0, state.clock.seconds - cost(of: action).seconds))
        guard let gone = state.assetChanges.last(where: { $0.asset == id && Self.destroyingStates.contains($0.state) && $0.at >= started }) else {
            return nil
        }
        let into = SimDuration(seconds: gone.at.seconds - started.seconds)
        return "'\(line)' failed: \(assetsByID[id]?.name ?? id) was \(Self.destroyedWord(gone.state)) at \(stamp(gone.at))"
            + (gone.by.map { " by \($0)" } ?? "") + ", \(into) into my work, so nothing was kept."
    }

    /// Whether a snapshot or hold of the asset is done, not merely under way: a delegated rebuild or a
    /// teammate's delete that lands during the trainee's 30-minute snapshot destroys evidence all the same.
    func evidenceKept(_ id: String) -> Bool {
        [AssetState.snapshotted, .preserved].contains { kept in
            guard state.asset(id, is: kept) else { return false }
            let changes = state.assetChanges.filter { $0.asset == id && $0.state == kept }
            return changes.isEmpty || changes.contains { !isUnderWay($0) }
        }
    }

    /// Whether the change was made by a snapshot or hold whose time is still running (the trainee's own
    /// work is stamped when it starts).
    private func isUnderWay(_ change: AssetChange) -> Bool {
        change.by == nil && state.decisions.contains { decision in
            Self.keptWork.contains(decision.action.verb) && assetID(of: decision.action) == change.asset
                && decision.at == change.at && decision.at + decision.cost > state.clock
        }
    }

    /// How a destroyed asset went: `deleted`, `rebuilt from a clean image`, `wiped in place`.
    static func destroyedWord(_ state: AssetState) -> String {
        switch state {
        case .redeployed: "rebuilt from a clean image"
        case .cleaned: "wiped and cleaned in place"
        default: "deleted"
        }
    }
}
