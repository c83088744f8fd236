extension EngineState {
    /// The move by which someone first held command: naming a commander (`ic`), or taking the report
    /// on or declaring the severity, which makes whoever does it the commander until one is named.
    /// `status` and the debrief's key times both read it, so they never disagree.
    public var commandTaken: Decision? {
        decisions.first { [.ic, .ack, .severity].contains($0.action.verb) }
    }
}

extension Engine {
    /// `EngineState.commandTaken` by look-up: `status` asks on every call, and a scan of a log where
    /// nobody took command yet grew with the log (issue 21: replay was quadratic).
    var commandTaken: Decision? {
        let first = [Verb.ic, .ack, .severity].compactMap { watch.decisions(by: $0, in: state).first }.min()
        return first.map { state.decisions[$0] }
    }
}
