import NIOCore
import TabletopCore
import TabletopDrill

/// Live mode in a team drill: the simulated clock follows the wall clock, so injects arrive while people
/// type; a pause stops it, and what was scheduled shifts by the length of the pause.
extension DrillHost {
    /// The simulated time to show: where the wall clock has brought a live drill (frozen while paused),
    /// otherwise the engine's clock.
    var simulatedNow: SimDuration {
        guard let live, !paused, engine.state.end == nil else { return engine.state.clock }
        return max(live.simulated(at: wallClock()), engine.state.clock)
    }

    /// Whether the simulated clock follows the wall clock.
    public var isLive: Bool { live != nil }

    /// Starts the timer that moves a live drill on, four times a second; does nothing in turn mode.
    public func startLiveClock() {
        eventLoop.preconditionInEventLoop()
        guard live != nil, liveTimer == nil else { return }
        liveTimer = eventLoop.scheduleRepeatedTask(initialDelay: .milliseconds(250), delay: .milliseconds(250)) { [weak self] _ in
            self?.liveTick()
        }
    }

    /// One beat of the live clock: delivers what has fallen due and keeps everyone's prompt current.
    public func liveTick() {
        eventLoop.preconditionInEventLoop()
        guard live != nil, !paused, engine.state.end == nil else { return }
        if engine.nextDue <= simulatedNow { catchUpWithWallClock() }
        if Prompt.text(for: engine, at: simulatedNow) != lastPrompt { sendPrompts() }
    }

    /// Moves the engine's clock to where the wall clock has brought it, logging the move before anyone is
    /// shown what fell due (replay reads the same `advance` records as a solo live drill).
    func catchUpWithWallClock() {
        let target = simulatedNow
        guard target > engine.state.clock else { return }
        let outputs: [Output]
        do {
            outputs = try session.advance(to: target)
        } catch {
            console(.warning("the server could not record the clock's move to T+\(target.clock); the clock waits"), nil)
            return
        }
        stopIfTheLogWasLost()
        route(outputs, actor: nil)
        sendPrompts()
        if let end = engine.state.end { announceEnd(end) }
    }

    /// After anything that moved the engine's clock, the wall clock counts on from there.
    func rebaseLiveClock() {
        live?.rebase(to: engine.state.clock, at: wallClock())
    }
}

extension DrillHost {
    /// The drill's clock for the facilitator's prompt, in the scenario's local time like the
    /// participants' (`Tue 09:52 (T+00:12)`), with `paused` or `ended` when so.
    public var consoleClock: String {
        eventLoop.preconditionInEventLoop()
        let time = engine.scenario.localClock.stamp(at: simulatedNow)
        return engine.state.end != nil ? "\(time) ended" : awaitingStart ? "\(time) not started" : paused ? "\(time) paused" : time
    }
}
