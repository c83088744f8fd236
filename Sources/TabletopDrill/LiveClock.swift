import TabletopCore

/// Live mode's mapping from the wall clock to the simulated one: `speed` simulated seconds per real second,
/// counted from the last time the simulated clock was set (each action moves it on by its cost).
public struct LiveClock: Sendable {
    /// Simulated seconds per real second.
    public let speed: Double
    private var anchorWall: ContinuousClock.Instant
    private var anchorSimulated: SimDuration

    /// Starts mapping now to `simulated`.
    public init(speed: Double, simulated: SimDuration, now: ContinuousClock.Instant = .now) {
        self.speed = speed
        anchorWall = now
        anchorSimulated = simulated
    }

    /// The simulated time the wall clock has reached.
    public func simulated(at now: ContinuousClock.Instant = .now) -> SimDuration {
        let elapsed = now - anchorWall
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return SimDuration(seconds: anchorSimulated.seconds + Int(seconds * speed))
    }

    /// Restarts the mapping from `simulated` (after an action moved the simulated clock on).
    public mutating func rebase(to simulated: SimDuration, at now: ContinuousClock.Instant = .now) {
        anchorWall = now
        anchorSimulated = simulated
    }
}
