import Yams

/// Reads the `variables:` section of a scenario file, reporting every problem at its place.
struct VariableReader {
    let collector: DiagnosticCollector

    /// The variables of the file's top mapping, in file order; empty when it declares none.
    func read(_ root: Node) -> [ScenarioVariable] {
        guard let node = Self.variablesNode(of: root), !node.isNull else { return [] }
        guard case .sequence(let sequence) = node else {
            collector.error("'variables' must be a list of variables, each with 'id', 'about' and 'values'", at: node.location)
            return []
        }
        var seen: [String: SourceLocation] = [:]
        return sequence.compactMap { element in
            guard let variable = readVariable(element) else { return nil }
            if let first = seen[variable.id.value] {
                collector.error("duplicate variable id '\(variable.id.value)'; it is first declared on line \(first.line)", at: variable.id.location)
                return nil
            }
            seen[variable.id.value] = variable.id.location
            return variable.value
        }
    }

    /// The value of the top-level `variables` key, found without reading the rest of the file.
    static func variablesNode(of root: Node) -> Node? {
        guard case .mapping(let mapping) = root else { return nil }
        return mapping.first { $0.key.scalar?.string == "variables" }?.value
    }

    private func readVariable(_ node: Node) -> (value: ScenarioVariable, id: Located<String>)? {
        guard let map = MappingReader(node, context: "a variable", keys: ScenarioKeys.variable, collector: collector),
              let id = map.identifier("id", required: true, example: "second-key") else { return nil }
        let named = map.renamed("variable '\(id.value)'")
        let about = named.text("about", required: true)
        var valueIDs: [String: SourceLocation] = [:]
        let values = named.list("values", required: true).compactMap { element -> (VariantValue, SourceLocation)? in
            guard let value = readValue(element, variable: id.value) else { return nil }
            if let first = valueIDs[value.0.id] {
                collector.error("variable '\(id.value)' has two values called '\(value.0.id)'; the first is on line \(first.line)", at: value.1)
                return nil
            }
            valueIDs[value.0.id] = value.1
            return value
        }
        if named.has("values"), values.count < 2 {
            collector.error("variable '\(id.value)' needs at least 2 values to choose between, found \(values.count)", at: named.keyLocation("values"))
        }
        checkSameFields(values, variable: id.value)
        guard let about else { return nil }
        return (ScenarioVariable(id: id.value, about: about, values: values.map(\.0)), id)
    }

    private func readValue(_ node: Node, variable: String) -> (VariantValue, SourceLocation)? {
        guard case .mapping(let mapping) = node else {
            collector.error("each value of variable '\(variable)' must be a mapping with an 'id' and string fields, found \(node.kindDescription)", at: node.location)
            return nil
        }
        let keys = mapping.compactMap { $0.key.scalar?.string }
        guard let map = MappingReader(node, context: "a value of variable '\(variable)'", keys: keys, collector: collector),
              let id = map.identifier("id", required: true, example: "backup") else { return nil }
        var fields: [VariantField] = []
        for (keyNode, _) in mapping {
            guard let name = keyNode.scalar?.string, name != "id" else { continue }
            guard Self.isFieldName(name) else {
                collector.error("field '\(name)' of value '\(id.value)' of variable '\(variable)' must be lower-case letters, digits, '-' or '_'", at: keyNode.location)
                continue
            }
            guard let text = map.string(name, required: true) else { continue }
            fields.append(VariantField(name: name, text: text.value))
        }
        return (VariantValue(id: id.value, fields: fields), id.location)
    }

    /// Every value must define the same fields, or some `{{variable.field}}` would have nothing to stand for.
    private func checkSameFields(_ values: [(VariantValue, SourceLocation)], variable: String) {
        guard let first = values.first else { return }
        let expected = first.0.fields.map(\.name).sorted()
        for (value, location) in values.dropFirst() where value.fields.map(\.name).sorted() != expected {
            let names = Set(value.fields.map(\.name))
            let missing = expected.filter { !names.contains($0) }
            let extra = value.fields.map(\.name).filter { !expected.contains($0) }
            let parts = (missing.isEmpty ? [] : ["lacks '\(missing.joined(separator: "', '"))'"])
                + (extra.isEmpty ? [] : ["has '\(extra.joined(separator: "', '"))' that '\(first.0.id)' does not"])
            collector.error("value '\(value.id)' of variable '\(variable)' \(parts.joined(separator: " and ")); every value of a variable must define the same fields",
                            at: location)
        }
    }

    static func isFieldName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isLowercaseASCIILetterOrDigit || $0 == "-" || $0 == "_" }
    }
}
