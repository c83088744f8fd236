import Yams

/// Replaces `{{variable}}` and `{{variable.field}}` in every string scalar of a scenario's YAML tree by
/// the picked values, before the scenario is built. A scalar keeps its mark, so diagnostics about the
/// substituted text still point at the scalar the author wrote.
struct TemplateSubstitution {
    /// The picked value of each variable, by variable id.
    let picked: [String: VariantValue]
    /// Every variable's id, for suggestions.
    let variableIDs: [String]
    let collector: DiagnosticCollector

    /// The tree with every placeholder replaced; the `variables:` section itself is left as written.
    func apply(to root: Node) -> Node {
        guard case .mapping(let mapping) = root else { return root }
        let pairs = mapping.map { key, value in
            key.scalar?.string == "variables" ? (key, value) : (substitute(key) ?? key, substitute(value) ?? value)
        }
        return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
    }

    /// The node with its placeholders replaced, or nil when it holds none (and so stays as it is): a
    /// scenario without placeholders is not copied node by node (issue 21).
    private func substitute(_ node: Node) -> Node? {
        switch node {
        case .scalar(let scalar):
            guard scalar.string.quickContains("{{") else { return nil }
            // Setting `string` would re-tag the scalar with Yams' default resolver, whose first use
            // compiles its regular expressions (about 1 ms of every drill's start, issue 21); the
            // scalar keeps the basic resolver `YAMLDocument` parses with instead.
            let tag = Tag(.implicit, .basic)
            return .scalar(Node.Scalar(substitute(scalar.string, in: node), tag, scalar.style, scalar.mark, scalar.anchor))
        case .mapping(let mapping):
            if let name = Self.unquotedPlaceholder(mapping) {
                collector.error("a value that starts with '{{' must be quoted, or YAML reads it as a mapping: write \"{{\(name)}}\"", at: node.location)
                return nil
            }
            var pairs: [(Node, Node)]?
            for (index, pair) in mapping.enumerated() {
                let key = substitute(pair.key), value = substitute(pair.value)
                if pairs == nil, key != nil || value != nil { pairs = mapping.prefix(index).map { ($0.key, $0.value) } }
                pairs?.append((key ?? pair.key, value ?? pair.value))
            }
            return pairs.map { .mapping(Node.Mapping($0, mapping.tag, mapping.style, mapping.mark)) }
        case .sequence(let sequence):
            var elements: [Node]?
            for (index, element) in sequence.enumerated() {
                let new = substitute(element)
                if elements == nil, new != nil { elements = Array(sequence.prefix(index)) }
                elements?.append(new ?? element)
            }
            return elements.map { .sequence(Node.Sequence($0, sequence.tag, sequence.style, sequence.mark)) }
        case .alias:
            return nil
        }
    }

    /// The name inside `{{name}}` written unquoted, which YAML reads as a mapping whose only key is a
    /// mapping whose only key is `name`; nil for any other mapping.
    static func unquotedPlaceholder(_ mapping: Node.Mapping) -> String? {
        guard mapping.count == 1, let (key, value) = mapping.first, value.isNull,
              case .mapping(let inner) = key, inner.count == 1, let (innerKey, innerValue) = inner.first,
              innerValue.isNull, let name = innerKey.scalar?.string else { return nil }
        return name
    }

    /// The text with each placeholder replaced; an unknown variable or field is reported where it is written.
    func substitute(_ text: String, in node: Node) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: open.lowerBound)
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                collector.error("'{{' without a closing '}}'; write {{variable}} or {{variable.field}}", at: node.location(atOffset: offset))
                return result + rest[open.lowerBound...]
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += replacement(for: name, at: node.location(atOffset: offset)) ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    private func replacement(for name: String, at location: SourceLocation?) -> String? {
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let variable = parts[0]
        guard let value = picked[variable] else {
            let hint = Suggestion.didYouMean(variable, among: variableIDs)
            let tail = hint.isEmpty ? (variableIDs.isEmpty ? "; the scenario declares no 'variables'" : "; declared: \(variableIDs.joined(separator: ", "))") : hint
            collector.error("unknown variable '\(variable)' in {{\(name)}}\(tail)", at: location)
            return nil
        }
        guard parts.count == 2 else { return value.id }
        guard let text = value.field(parts[1]) else {
            let fields = value.fields.map(\.name)
            let hint = Suggestion.didYouMean(parts[1], among: fields)
            let tail = hint.isEmpty ? (fields.isEmpty ? "; its values have no fields besides 'id'" : "; its fields are: \(fields.joined(separator: ", "))") : hint
            collector.error("variable '\(variable)' has no field '\(parts[1])' in {{\(name)}}\(tail)", at: location)
            return nil
        }
        return text
    }
}
