import Mustache

/// The check behind the template models' `child(named:)` conformances: the template library reads a
/// model that is a `MustacheParent` through `child(named:)` instead of reflection (reflection costs a
/// `Mirror` of the whole value per `{{name}}`, most of a thousand-drill page's time), so each
/// conformance must answer every stored property exactly as reflection would.
enum TemplateFields {
    /// Every place in `value` (and in the models it holds, arrays included) where a `MustacheParent`'s
    /// `child(named:)` answers a stored property differently from reflection, as `path.name: mirror ≠ child`.
    static func disagreements(in value: Any, path: String = "model") -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            return mirror.children.enumerated().flatMap { disagreements(in: $0.element.value, path: "\(path)[\($0.offset)]") }
        }
        guard mirror.displayStyle == .struct else { return [] }
        var found: [String] = []
        for child in mirror.children {
            guard let label = child.label else { continue }
            let reflected = unwrapped(child.value)
            if let parent = value as? any MustacheParent {
                let answered = parent.child(named: label)
                if describe(answered) != describe(reflected) {
                    found.append("\(path).\(label): \(describe(reflected)) ≠ \(describe(answered))")
                }
            }
            if let reflected { found += disagreements(in: reflected, path: "\(path).\(label)") }
        }
        return found
    }

    /// An optional's value, or nil; any other value as it is (as the template library reads a field).
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    private static func describe(_ value: Any?) -> String {
        value.map { String(describing: $0) } ?? "nil"
    }
}
