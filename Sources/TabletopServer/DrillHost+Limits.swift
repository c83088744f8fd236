import NIOCore

extension DrillHost {
    /// Lines a participant may send per second, sustained; more and the connection is cut.
    static let linesPerSecond = 20.0
    /// Lines a participant may send at once after a pause.
    static let lineBurst = 40.0
    /// Messages kept per participant for catching up after a rejoin; older ones are let go.
    static let inboxLimit = 10_000

    /// Whether the participant may send one more line now. The budget belongs to the name for the
    /// drill's lifetime: cutting a flooding client off and letting it reconnect must not refill it.
    func admitLine(from name: String) -> Bool {
        eventLoop.preconditionInEventLoop()
        guard let participant = participants.first(where: { $0.player.name == name }) else { return false }
        let now = wallClock()
        if let last = participant.budgetRefilled {
            let elapsed = last.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            participant.lineBudget = min(Self.lineBurst, participant.lineBudget + max(0, seconds) * Self.linesPerSecond)
        }
        participant.budgetRefilled = now
        guard participant.lineBudget >= 1 else { return false }
        participant.lineBudget -= 1
        return true
    }

    /// Stops the drill when its session log changed under it (deleted, replaced, edited): nothing more
    /// can be recorded, so nothing more may happen. Participants are told and cut off; the console is
    /// shown where the writer put what was recorded.
    func stopIfTheLogWasLost() {
        guard logLoss == nil, let loss = writer.loss else { return }
        logLoss = loss
        console(.error(loss), nil)
        for participant in participants { cutOffAfterTheLogWasLost(participant) }
    }

    /// What a participant is told of a drill stopped because its log changed.
    static let stoppedForTheLog = "the drill stopped: its session log changed on the host; the facilitator has what was recorded"

    /// Tells a participant the drill stopped for its log, and closes the connection.
    func cutOffAfterTheLogWasLost(_ participant: Participant) {
        participant.connection?.send(.error(Self.stoppedForTheLog, fatal: true))
        participant.connection?.close()
    }
}
