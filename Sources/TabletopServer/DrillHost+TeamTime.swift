import TabletopCore
import TabletopDrill

/// The team's clock in turn mode when the team works in parallel (Docs/team-time.md): it moves when the
/// facilitator says (`advance`, `next`) or by itself to the earliest moment at which a participant is free
/// again, once every connected participant is busy. Each move is an `advance` record, so the log replays.
extension DrillHost {
    /// Moves the clock on when every connected participant is busy; does nothing in live mode (the wall
    /// clock moves it) or when the team shares one clock.
    func moveOnWhenEveryoneIsBusy() {
        guard live == nil, !paused, engine.worksInParallel, engine.state.end == nil else { return }
        let connected = participants.filter { $0.connection != nil && !$0.kicked }.map(\.player.name)
        guard let until = engine.momentEveryoneIsBusyUntil(connected) else { return }
        move(to: until, because: "everyone is busy")
    }

    /// The console's `next`: the clock moves to the next scheduled event.
    func moveToNextEvent() -> [String] {
        guard engine.state.end == nil else { return ["error: the drill has ended"] }
        guard live == nil else { return ["error: in a live drill the wall clock moves the clock; use 'advance' to jump"] }
        let target = engine.nextDue
        guard target > engine.state.clock else { return ["Nothing is scheduled after T+\(engine.state.clock.clock)."] }
        move(to: target, because: "the facilitator moved to the next event")
        return []
    }

    /// Moves the clock to `target`, recorded before anyone sees what fell due.
    private func move(to target: SimDuration, because reason: String) {
        let outputs: [Output]
        do {
            outputs = try session.advance(to: target)
        } catch {
            console(.warning("the server could not record the clock's move to T+\(target.clock); the clock waits"), nil)
            stopIfTheLogWasLost()
            return
        }
        stopIfTheLogWasLost()
        broadcast(.notice("The clock moves to T+\(engine.state.clock.clock): \(reason)."))
        route(outputs, actor: nil)
        sendPrompts()
        if let end = engine.state.end { announceEnd(end) }
    }
}
