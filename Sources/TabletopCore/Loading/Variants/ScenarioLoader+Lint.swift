extension ScenarioLoader {
    /// Loads a scenario once per value index (`ScenarioTemplate.lintCount`), so every value of every
    /// variable is built and checked. Diagnostics are merged in file order; one that only some values
    /// give names the first of them (`when second-key=billing, records=…`). The value is the scenario
    /// of index 0, or nil when any instance has errors.
    public static func lint(path: String, bytes: [UInt8], runbook: Runbook, matrix: SeverityMatrix? = nil) -> LoadResult<Scenario> {
        let first = load(path: path, bytes: bytes, runbook: runbook, matrix: matrix, variant: .valueIndex(0))
        guard let template = template(path: path, bytes: bytes).value, template.lintCount > 1 else { return first }
        let instances = [first] + (1..<template.lintCount).map {
            load(path: path, bytes: bytes, runbook: runbook, matrix: matrix, variant: .valueIndex($0))
        }
        // An instance with errors skips the later checks, so what is common is judged among those without.
        let clean = instances.filter(\.succeeded)
        let reference = clean.isEmpty ? instances : clean
        var merged = first
        merged.diagnostics = []
        var seen: Set<Diagnostic> = []
        for (index, instance) in instances.enumerated() {
            let picks = VariantSelection.valueIndex(index).picks(of: template.variables, scenario: template.id)
            for diagnostic in instance.diagnostics where seen.insert(diagnostic).inserted {
                var named = diagnostic
                if !reference.allSatisfy({ $0.diagnostics.contains(diagnostic) }) {
                    named.message += " (when \(picks.map(\.description).joined(separator: ", ")))"
                }
                merged.diagnostics.append(named)
            }
            if !instance.succeeded { merged.value = nil }
        }
        merged.diagnostics.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        return merged
    }
}
