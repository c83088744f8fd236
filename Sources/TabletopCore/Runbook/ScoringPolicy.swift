/// Weights, penalties, caps and rating bands (`Scoring/policy.yaml`).
public struct ScoringPolicy: Sendable, Hashable, Codable {
    /// What the step weights of the runbook must add up to.
    public var totalWeight: Int
    /// Share of a step's points kept when it is done after its deadline.
    public var lateCredit: Double
    /// Share of a step's points kept when it is done before a prerequisite.
    public var outOfOrderCredit: Double
    /// Points per level the declared severity is below the correct one.
    public var underRatingPenalty: Int
    /// Points per level the declared severity is above the correct one.
    public var overRatingPenalty: Int
    /// Points when new facts raise the correct level and the trainee does not re-rate.
    public var noReratePenalty: Int
    /// Points per hint used.
    public var hintPenalty: Int
    /// Points per runbook view.
    public var runbookViewPenalty: Int
    /// Points for a clock that runs out, unless the clock says otherwise.
    public var clockPenalty: Int
    /// Points per forbidden claim a step's text makes (`we were not breached`).
    public var falseClaimPenalty: Int
    /// Points for a move the engine always watches for: destroying evidence, tipping off, leaking details.
    public var genericTrapPenalty: Int
    /// Points of the total given to judgement at the scenario's questions; the steps share the rest.
    public var judgementWeight: Int
    /// An answer to a question given later than this after it was asked earns the late share of its quality.
    public var answerWithin: SimDuration
    /// The highest score of a provisional drill (stopped before the incident was closed or the scenario ended).
    public var provisionalCap: Int
    /// The best band each overall rating allows (a rating missing here allows any band).
    public var bandCaps: [Rating: String] = [:]
    /// The highest score a drill with a hard fail can get.
    public var hardFailScoreCap: Int
    /// The best rating a drill with a hard fail can get.
    public var hardFailRatingCap: Rating
    /// Score bands, highest first.
    public var scoreBands: [ScoreBand]
    /// Capability bands (share of a phase's points), highest first.
    public var ratingBands: [RatingBand]
    /// The runbook step (slug) whose first evidence marks acknowledgement, when no `ack` came first.
    public var acknowledgeStep: String
    /// The runbook step (slug) whose first evidence marks containment in the key times.
    public var containmentStep: String
    /// Hard fails every scenario is held to beside its traps' (only `unreviewed-statement` is known).
    public var alwaysHardFail: [HardFail]
}

/// HSEEP capability ratings.
public enum Rating: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Performed without challenges.
    case p = "P"
    /// Performed with some challenges.
    case s = "S"
    /// Performed with major challenges.
    case m = "M"
    /// Unable to be performed.
    case u = "U"

    public static func < (lhs: Rating, rhs: Rating) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }
}

/// A score band: from `minimum` up, the label applies.
public struct ScoreBand: Sendable, Hashable, Codable {
    /// Lowest score in the band.
    public var minimum: Int
    /// Label (`Exemplary`).
    public var label: String
}

/// A capability band: from this share of the phase's points up, the rating applies.
public struct RatingBand: Sendable, Hashable, Codable {
    /// Lowest share, 0 to 1.
    public var minimum: Double
    /// The rating.
    public var rating: Rating
}
