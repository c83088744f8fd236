/// What is really going on in a scenario: the facts the scorer uses to decide which steps apply.
public struct GroundTruth: Sendable, Hashable, Codable {
    /// Customer, employee or partner personal data is involved.
    public var personalData: Bool
    /// Chat, email or the identity provider may be visible to the adversary.
    public var commsCompromised: Bool
    /// The person suspected of acting from inside, if any.
    public var insider: String?
    /// The report turns out not to be a security incident.
    public var falsePositive: Bool
    /// A public statement will probably be needed.
    public var publicStatementLikely: Bool
    /// The adversary has access when the drill starts.
    public var attackerPresent: Bool
    /// The author's statement of the correct severity over the drill (the most severe stage whose condition
    /// holds); the scorer takes the correct level from the severity matrix, and `lint` checks these against it.
    public var severity: [SeverityStage]

    /// The severity matrix's signals this ground truth sets.
    public var signals: Set<SeveritySignal> {
        let flags: [(SeveritySignal, Bool)] = [
            (.personalData, personalData), (.attackerPresent, attackerPresent), (.insider, insider != nil),
            (.publicStatementLikely, publicStatementLikely), (.falsePositive, falsePositive), (.commsCompromised, commsCompromised),
        ]
        return Set(flags.filter(\.1).map(\.0))
    }

    /// The value of a ground-truth flag.
    public func flag(_ flag: TruthFlag) -> Bool {
        switch flag {
        case .personalData: personalData
        case .commsCompromised: commsCompromised
        case .insiderSuspected: insider != nil
        case .falsePositive: falsePositive
        case .publicStatementLikely: publicStatementLikely
        }
    }
}

/// One stage of the correct severity: the level, from when its condition holds (always when nil).
public struct SeverityStage: Sendable, Hashable, Codable {
    /// The correct level at this stage.
    public var level: Severity
    /// From when it applies; nil for the baseline.
    public var from: Condition?
}

/// Something the trainee can learn during a drill.
public struct Fact: Sendable, Hashable, Codable {
    /// Stable id used in `revealed(…)` and `reveals:`.
    public var id: String
    /// What the trainee learns, as a short sentence.
    public var text: String
    /// Whether the trainee knows it from the start.
    public var known: Bool
    /// What it shows the severity matrix once known (`shows: [data-taken]`).
    public var shows: [SeveritySignal] = []
    /// From when a reasonable responder would know it, found or not (`available: time >= 2h`): from then on
    /// what it shows counts for the correct severity even if this drill never revealed it.
    public var available: Condition?
    /// How it reads once it no longer holds (a beacon stopped by isolating the host), if it can end.
    public var past: PastTense? = nil
}

/// A fact's wording once what ended it holds: "web-03 beaconed … until it was cut off" instead of
/// "web-03 beacons …" in briefings, updates and asset cards told after the isolation.
public struct PastTense: Sendable, Hashable, Codable {
    /// From when the fact reads in the past (`asset(web-03).isolated or asset(c2).blocked`).
    public var when: Condition
    /// The fact as it reads from then on.
    public var text: String
}
