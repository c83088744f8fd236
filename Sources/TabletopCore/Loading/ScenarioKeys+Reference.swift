extension ScenarioKeys {
    /// Where FORMAT.md's generated key reference starts and ends.
    public static let referenceMarkers = (begin: "<!-- key reference: generated from ScenarioKeys; do not edit -->",
                                          end: "<!-- end of key reference -->")

    /// FORMAT.md's key reference: every mapping, where it is found, its keys (required ones in bold)
    /// and the format-1 names of renamed keys, from the same declarations the loader reads.
    public static func referenceTable() -> String {
        var lines = [referenceMarkers.begin, "",
                     "| mapping | found under | keys (**required**) | format 1 wrote |", "|---|---|---|---|"]
        for (name, keys) in all {
            let required = Set(self.required[name] ?? [])
            let parents = FormatChanges.children.keys.sorted().flatMap { parent in
                FormatChanges.children[parent, default: [:]].filter { $0.value == name }.keys.sorted().map { "`\(parent).\($0)`" }
            }
            let written = keys.map { required.contains($0) ? "**`\($0)`**" : "`\($0)`" }
            let renamed = FormatChanges.renames.filter { $0.definition == name }.map { "`\($0.old)` → `\($0.new)`" }
                + (name == "trap" ? ["`when` → `\(FormatChanges.guardedTrapKey)` (with an `action`)"] : [])
            lines.append("| `\(name)` | \(parents.isEmpty ? "the file" : parents.joined(separator: ", ")) | \(written.joined(separator: ", ")) | \(renamed.joined(separator: ", ")) |")
        }
        return (lines + ["", referenceMarkers.end]).joined(separator: "\n")
    }
}
