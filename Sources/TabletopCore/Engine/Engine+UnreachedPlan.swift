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
    /// What the actions still waiting for their time would have done: each is carried out, at its
    /// time, on a copy of the world (its change and the scenario's response to it, nothing else), and
    /// the copy is read for the running clocks it would stop and the ideal moves it would bring about.
    /// The debrief credits a plan as planned rather than as never done (blind play: a cut-off set for
    /// the exit meeting charged "EXIT clock still running"). Nil when nothing waits, and for sessions
    /// recorded before the real clock.
    func unreachedPlan() -> UnreachedPlan? {
        let waiting = scheduledActions.filter { Self.withoutTime($0.line) != $0.line }
        guard configuration.realClock, !waiting.isEmpty else { return nil }
        let lines = waiting.map { PlannedLine(at: $0.at, line: Self.withoutTime($0.line)) }
        var future = self
        var ignored: [Output] = []
        for waiting in waiting {
            guard case .success(var action?) = ActionParser.parseAction(waiting.line) else { continue }
            action.until = nil
            future.state.clock = max(future.state.clock, waiting.at)
            let player = configuration.players.first { $0.name == waiting.player } ?? Player(name: waiting.player, role: "")
            future.perform(action, actor: player, into: &ignored)
        }
        let clocks = scenario.clocks.filter { state.clocks[$0.id]?.isRunning == true && future.holds($0.stops) }.map(\.id)
        let ideal = scenario.debrief.ideal.enumerated().compactMap { index, move -> PlannedIdeal? in
            guard !state.idealMet.contains(where: { $0.index == index }), !holdsForTrainee(move.when), future.holdsForTrainee(move.when) else { return nil }
            // The line that touches an asset the move names, else the last one.
            let named = Scorer.assets(in: move.when)
            let line = lines.firstIndex { line in named.contains { line.line.hasSuffix(" \($0)") } } ?? lines.count - 1
            return PlannedIdeal(index: index, line: line)
        }
        return UnreachedPlan(lines: lines, clocks: clocks, ideal: ideal)
    }
}
