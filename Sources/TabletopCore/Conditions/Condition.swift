/// A condition over the state of a drill, written in the scenario files' condition language (Scenarios/FORMAT.md, "Conditions"):
/// `done(8) and not asset(web-03).snapshotted or severity >= sev2`.
///
/// Conditions are data: evaluating one can read the drill's state and nothing else.
public indirect enum Condition: Sendable, Hashable, Codable {
    /// `true` or `false`.
    case constant(Bool)
    /// `not c`.
    case not(Condition)
    /// `a and b and …`.
    case all([Condition])
    /// `a or b or …`.
    case any([Condition])
    /// `done(8)`, `done(stop-the-bleeding)`: the runbook step has evidence.
    case done(StepReference)
    /// `revealed(exfil)`: the trainee has learnt the fact.
    case revealed(String)
    /// `fired(extortion-email)`: the inject has been delivered.
    case fired(String)
    /// `chose(bucket-question, 2)`: option 2 was chosen at that decision point.
    case chose(String, Int)
    /// `did(notify legal)`, `did(isolate)`: an action matching the pattern was taken.
    case did(ActionPattern)
    /// `asset(web-03).isolated`.
    case asset(String, AssetState)
    /// `person(dana).paged`.
    case person(String, PersonState)
    /// `clock(gdpr).expired`.
    case clock(String, ClockState)
    /// `truth(personal-data)`: a ground-truth flag of the scenario.
    case truth(TruthFlag)
    /// `truth(attacker-present)` (format 1: `attacker.present`): the attacker still has access.
    case attackerPresent
    /// `severity >= sev2`: compares the declared severity (false while none is declared).
    case severity(Comparison, Severity)
    /// `time > 2h`: compares the simulated time elapsed since the start.
    case time(Comparison, SimDuration)
    /// `variant(second-key, billing)`: the seed picked that value of the scenario's variable.
    case variant(String, String)
    /// `knows(leadership, exfil)`, `knows(hannah, exfil)`: the person, or someone of the team an audience
    /// reaches, knows the fact (told, briefed, or in the channel it came in), not merely that it was found.
    case knows(String, String)
}

/// A reference to a runbook step by number or slug, resolved against the runbook when a file is loaded.
public enum StepReference: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Int)
    case slug(String)

    public var description: String {
        switch self {
        case .number(let number): "\(number)"
        case .slug(let slug): slug
        }
    }
}

/// A comparison operator of the condition language.
public enum Comparison: String, Sendable, Hashable, Codable, CaseIterable {
    case less = "<", lessOrEqual = "<=", equal = "==", notEqual = "!=", greaterOrEqual = ">=", greater = ">"

    /// Applies the operator to two comparable values.
    public func holds<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
        switch self {
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        case .greaterOrEqual: lhs >= rhs
        case .greater: lhs > rhs
        }
    }
}

/// What can be true of an asset during a drill.
public enum AssetState: String, Sendable, Hashable, Codable, CaseIterable {
    case compromised, exposed, isolated, snapshotted, preserved, cleaned, redeployed
    case deleted, shutdown, disabled, revoked, rotated, blocked, inspected
}

/// What can be true of a person during a drill.
public enum PersonState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Paged with `page`.
    case paged
    /// Invited into a channel.
    case invited
    /// Asked something with `ask`.
    case asked
    /// Reached in any way: paged, invited, asked or named commander.
    case contacted
}

/// What can be true of a clock.
public enum ClockState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Started and neither stopped nor run out.
    case running
    /// Stopped by its action before its deadline.
    case met
    /// Ran past its deadline without being stopped.
    case expired
}

/// The ground-truth flags a scenario declares under `truth:`.
public enum TruthFlag: String, Sendable, Hashable, Codable, CaseIterable {
    case personalData = "personal-data"
    case commsCompromised = "comms-compromised"
    case insiderSuspected = "insider-suspected"
    case falsePositive = "false-positive"
    case publicStatementLikely = "public-statement-likely"

    /// The flag's name in format 2, the same in `truth:`, in `truth(…)` and in the severity matrix.
    public var name: String { self == .insiderSuspected ? "insider" : rawValue }

    /// `truth(attacker-present)`: the one flag that effects change during a drill (`Condition.attackerPresent`).
    public static let attackerPresentName = "attacker-present"

    /// Every name `truth(…)` accepts in format 2.
    public static var names: [String] { allCases.map(\.name) + [attackerPresentName] }
}
