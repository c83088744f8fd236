/// What the severity matrix rates at one moment of a drill, as the engine saw it: the signals that hold
/// (the scenario's ground truth and what the known facts show) and the floor effects have set. The engine
/// has no matrix; the scorer rates these, so a drill can be rescored against another matrix.
public struct SeverityInputs: Sendable, Hashable, Codable {
    /// From when.
    public var at: SimDuration
    /// How many severity declarations were made before this moment (orders the two within one minute).
    public var declarationsBefore: Int
    /// The signals that hold, in `SeveritySignal` order.
    public var signals: [SeveritySignal]
    /// The least the correct level may be, set by `severity_floor` effects.
    public var floor: Severity?
}
