/// What kind of thing a criterion checks, in an evaluator's words and without its objects: the
/// trainee's debrief names the kind of task left undone ("an access path left open"), never the
/// criterion itself, so a debrief is not an answer key for a retake. The facilitator sees the names.
enum CriterionKind {
    /// The kind of a criterion's condition, from the first thing it reads.
    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .asset(_, let state): describe(state)
        case .revealed: "a fact that scopes the incident not established"
        case .person: "someone who needed to be involved left out"
        case .knows: "someone who needed to know not told"
        case .did(let pattern): describe(pattern.verb.area)
        case .chose: "a decision not taken the way the situation needed"
        case .clock: "a deadline not met"
        case .attackerPresent: "the adversary's access not ended"
        case .done: "a step it depends on not done"
        case .not: "something that should not have happened"
        case .all(let parts), .any(let parts): parts.first.map { describe($0) } ?? fallback
        case .fired, .truth, .severity, .time, .constant, .variant: fallback
        }
    }

    static let fallback = "a critical task not done"

    private static func describe(_ state: AssetState) -> String {
        switch state {
        case .revoked, .rotated, .disabled: "an access path left open"
        case .snapshotted, .preserved: "evidence not preserved"
        case .isolated, .blocked, .shutdown: "something affected not contained"
        case .cleaned, .redeployed, .deleted: "something compromised not replaced with a clean one"
        case .inspected: "something that needed examining not examined"
        case .compromised, .exposed: fallback
        }
    }

    private static func describe(_ area: Verb.Area) -> String {
        switch area {
        case .stakeholders: "someone who needed to know not told"
        case .investigate: "something that needed examining not examined"
        case .contain: "something affected not contained"
        case .forensics: "evidence not preserved, or a fix not carried through"
        case .record: "the record not kept"
        case .triage, .close, .decide, .session: fallback
        }
    }
}
