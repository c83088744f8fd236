extension EngineState {
    /// The move by which someone first held command: naming a commander (`ic`), or taking the report
    /// on or declaring the severity, which makes whoever does it the commander until one is named.
    /// `status` and the debrief's key times both read it, so they never disagree.
    public var commandTaken: Decision? {
        decisions.first { [.ic, .ack, .severity].contains($0.action.verb) }
    }
}
