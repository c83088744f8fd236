/// The incident level matrix (`Scoring/severity.yaml`).
public struct SeverityMatrix: Sendable, Hashable, Codable {
    /// Sev1 to Sev4, in that order.
    public var levels: [SeverityLevel]

    /// The entry for a level.
    public func level(_ severity: Severity) -> SeverityLevel? {
        levels.first { $0.level == severity }
    }
}

/// One row of the incident level matrix.
public struct SeverityLevel: Sendable, Hashable, Codable {
    /// The level.
    public var level: Severity
    /// Name (`Critical`).
    public var name: String
    /// When an incident is at this level.
    public var criteria: String
    /// Who or what is affected.
    public var impacts: String
    /// Who must be told.
    public var notify: [String]
    /// Typical cases.
    public var examples: [String]
    /// When an incident is at least at this level: any one rule, each a set of signals that must all hold
    /// (`when:`, written `data-taken` or `attacker-present and personal-data`).
    public var rules: [[SeveritySignal]]
    /// Acknowledge a report within this.
    public var acknowledgeWithin: SimDuration?
    /// Name an incident commander within this.
    public var commanderWithin: SimDuration?
    /// How often executives get an update; nil when they need none.
    public var executiveUpdates: SimDuration?
    /// Hold the postmortem within this; nil when optional.
    public var postmortemWithin: SimDuration?
}
