/// One command of the shell's vocabulary, with what it takes and what it costs by default.
public struct Verb: Sendable, Hashable, Identifiable {
    /// A stable id: the spelling with spaces as dashes (`doc-create`, `statement-publish`).
    public let id: String
    /// How the trainee types it: `isolate`, `doc create`, `brief leadership`.
    public let spelling: String
    /// The part of the response it belongs to (`help` groups verbs by it).
    public let area: Area
    /// What its main object names.
    public let argument: ArgumentKind
    /// Whether the object may be left out.
    public let argumentIsOptional: Bool
    /// Simulated time the action costs unless a scenario or asset says otherwise; nil when the
    /// argument itself is the cost (`wait`, `monitor`).
    public let defaultCost: SimDuration?
    /// One line for `help`.
    public let summary: String

    /// The areas of the vocabulary; every area but `session` records a decision.
    public enum Area: String, Sendable, Hashable, Codable, CaseIterable {
        case triage, investigate, contain, forensics, record, stakeholders, close, decide, session
    }

    /// Whether using the verb is a decision that goes into the decision log and can be scored.
    public var isDecision: Bool { area != .session }
}
