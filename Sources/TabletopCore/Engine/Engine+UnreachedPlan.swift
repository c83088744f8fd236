/// Actions typed for a time the drill ended before (`disable kai-account at Fri 10:00`), and what
/// they would have brought about had the world run on to them.
public struct UnreachedPlan: Sendable, Hashable, Codable {
    /// The lines waiting at the end, in the order they would have run, with their times.
    public var lines: [PlannedLine]
    /// The clocks running at the end that the plan would have met, by id.
    public var clocks: [String]
    /// The moves of the scenario's ideal path that a planned line would have brought about.
    public var ideal: [PlannedIdeal]
}

/// A move of the ideal path a planned line would have brought about.
public struct PlannedIdeal: Sendable, Hashable, Codable {
    /// The move's position in the scenario's `debrief.ideal` list.
    public var index: Int
    /// The planned line that would have done it, by position in `UnreachedPlan.lines`.
    public var line: Int
}

/// One action typed for later that never ran.
public struct PlannedLine: Sendable, Hashable, Codable {
    /// When it was to run.
    public var at: SimDuration
    /// The command without its time (`disable kai-account`).
    public var line: String
}

extension Engine {
    /// What the actions still waiting for their time would have done, found by running a copy of the
    /// world on to the last of them (an hour more for its work): the clocks it met then and the ideal
    /// moves a planned line itself brought about. The debrief credits a plan as planned rather than as
    /// never done (blind play: a cut-off set for the exit meeting charged "EXIT clock still running").
    /// Nil when nothing waits, in the copy itself, and for sessions recorded before the real clock.
    func unreachedPlan() -> UnreachedPlan? {
        let waiting = scheduledActions.filter { Self.withoutTime($0.line) != $0.line }
        guard configuration.realClock, state.unreached == nil, let last = waiting.last?.at else { return nil }
        let lines = waiting.map { PlannedLine(at: $0.at, line: Self.withoutTime($0.line)) }
        var future = self
        future.state.end = nil
        // Marks the copy, so that its own end does not project again.
        future.state.unreached = UnreachedPlan(lines: [], clocks: [], ideal: [])
        let firstDecision = state.decisions.count
        var ignored: [Output] = []
        future.advance(to: last + SimDuration(seconds: 3600), into: &ignored)
        let running = scenario.clocks.filter { state.clocks[$0.id]?.isRunning == true }.map(\.id)
        let clocks = running.filter { id in future.state.clocks[id]?.metAt.map { $0 >= waiting[0].at } == true }
        let ideal = future.state.idealMet.compactMap { met -> PlannedIdeal? in
            guard let index = met.decision, index >= firstDecision, let decision = future.state.decisions[safe: index],
                  let line = lines.firstIndex(where: { $0.line == Self.withoutTime(decision.raw) }),
                  !state.idealMet.contains(where: { $0.index == met.index }) else { return nil }
            return PlannedIdeal(index: met.index, line: line)
        }
        return UnreachedPlan(lines: lines, clocks: clocks, ideal: ideal)
    }
}
