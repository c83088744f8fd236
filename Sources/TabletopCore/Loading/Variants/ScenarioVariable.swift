/// A variable of a scenario (`variables:` in the file): alternatives the seed chooses between, so that
/// the ideal path differs from one seed to the next while the lesson stays the same.
public struct ScenarioVariable: Sendable, Hashable, Codable {
    /// Kebab-case id, written `{{id}}` in the scenario's texts.
    public var id: String
    /// What the variable chooses, for the facilitator.
    public var about: String
    /// The alternatives, in file order; at least two.
    public var values: [VariantValue]
}

/// One alternative of a variable: its id and its string fields, in file order.
public struct VariantValue: Sendable, Hashable, Codable {
    /// Kebab-case id, what `{{variable}}` and `variant(variable, id)` name.
    public var id: String
    /// The other keys, `{{variable.field}}`, in file order.
    public var fields: [VariantField]

    /// The text a field holds, or nil when the value has no such field.
    public func field(_ name: String) -> String? {
        fields.first { $0.name == name }?.text
    }
}

/// A named string of a variable's value.
public struct VariantField: Sendable, Hashable, Codable {
    /// The key (`asset`).
    public var name: String
    /// The text substituted for `{{variable.name}}`.
    public var text: String
}

/// Which value a drill took for one variable; the session header records these, in file order.
public struct VariantPick: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The variable's id.
    public var variable: String
    /// The picked value's id.
    public var value: String

    /// Creates a pick.
    public init(variable: String, value: String) {
        self.variable = variable
        self.value = value
    }

    /// `second-key=billing`.
    public var description: String { "\(variable)=\(value)" }
}
