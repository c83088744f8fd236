/// A parsed condition together with every name it mentions, so the loader can check each one in place.
public struct ParsedCondition: Sendable, Hashable {
    /// The condition.
    public var condition: Condition
    /// The names the condition refers to, in the order they appear.
    public var references: [Reference]

    /// A name used inside a condition, with its offset from the start of the condition text.
    public struct Reference: Sendable, Hashable {
        /// What the name must denote.
        public var kind: ReferenceKind
        /// The name as written.
        public var name: String
        /// Offset in Unicode scalars from the start of the condition text.
        public var offset: Int
    }
}

/// The kinds of things scenario files refer to by id.
public enum ReferenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case step, fact, inject, asset, person, clock, channel, decision, outcome
    /// A scenario variable, and one of its values (`variant(variable, value)`), checked against `variables:`.
    case variable, variantValue

    /// The word diagnostics use for the kind.
    public var noun: String {
        switch self {
        case .step: "runbook step"
        case .decision: "decision point"
        case .variantValue: "variant value"
        default: rawValue
        }
    }
}
