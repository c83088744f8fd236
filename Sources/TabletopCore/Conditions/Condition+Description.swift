/// Conditions print back in the language they were written in, for reports and the facilitator view.
extension Condition: CustomStringConvertible {
    public var description: String {
        switch self {
        case .constant(let value): value ? "true" : "false"
        case .not(let inner): "not " + inner.parenthesized
        case .all(let terms): terms.map(\.parenthesized).joined(separator: " and ")
        case .any(let terms): terms.map(\.parenthesized).joined(separator: " or ")
        case .done(let step): "done(\(step))"
        case .revealed(let fact): "revealed(\(fact))"
        case .fired(let inject): "fired(\(inject))"
        case .chose(let decision, let option): "chose(\(decision), \(option))"
        case .did(let pattern): "did(\(pattern))"
        case .asset(let id, let state): "asset(\(id)).\(state.rawValue)"
        case .person(let id, let state): "person(\(id)).\(state.rawValue)"
        case .clock(let id, let state): "clock(\(id)).\(state.rawValue)"
        case .truth(let flag): "truth(\(flag.name))"
        case .attackerPresent: "truth(\(TruthFlag.attackerPresentName))"
        case .severity(let comparison, let level): "severity \(comparison.rawValue) \(level)"
        case .time(let comparison, let duration): "time \(comparison.rawValue) \(duration)"
        case .variant(let variable, let value): "variant(\(variable), \(value))"
        case .knows(let who, let fact): "knows(\(who), \(fact))"
        }
    }

    /// The condition, in parentheses when it combines others.
    private var parenthesized: String {
        switch self {
        case .all, .any: "(\(description))"
        default: description
        }
    }
}
