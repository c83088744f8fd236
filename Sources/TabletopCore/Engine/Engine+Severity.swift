extension Engine {
    /// The signals the severity matrix rates now: the scenario's ground truth and what the known facts show.
    public var severitySignals: [SeveritySignal] {
        var signals = scenario.truth.signals
        for id in state.facts {
            signals.formUnion(world.factsByID[id]?.shows ?? [])
        }
        return signals.sorted()
    }

    /// Notes what the matrix rates whenever it changes (the start, a fact that shows something, a floor), for the scorer.
    mutating func recordSeverityInputs() {
        let signals = severitySignals
        let last = state.severityInputs.last
        guard last?.signals != signals || last?.floor != state.severityFloor else { return }
        state.severityInputs.append(SeverityInputs(at: state.clock, declarationsBefore: state.severityLog.count,
                                                   signals: signals, floor: state.severityFloor))
    }
}
