extension Engine {
    /// The signals the severity matrix rates now: the scenario's ground truth and what the facts show that are
    /// known, or available to a reasonable responder (`available:`) whether this drill found them or not.
    public var severitySignals: [SeveritySignal] {
        var signals = scenario.truth.signals
        for id in state.facts {
            signals.formUnion(world.factsByID[id]?.shows ?? [])
        }
        for fact in world.factsWithAvailability where fact.available.map({ holds($0) }) == true {
            signals.formUnion(fact.shows)
        }
        return signals.sorted()
    }

    /// Notes what the matrix rates whenever it changes (the start, a fact that shows something, a floor, a fact
    /// becoming available), for the scorer.
    mutating func recordSeverityInputs() {
        let signals = severitySignals
        let last = state.severityInputs.last
        guard last?.signals != signals || last?.floor != state.severityFloor else { return }
        state.severityInputs.append(SeverityInputs(at: state.clock, declarationsBefore: state.severityLog.count,
                                                   signals: signals, floor: state.severityFloor))
    }
}
