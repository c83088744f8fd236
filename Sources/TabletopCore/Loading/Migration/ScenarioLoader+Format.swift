import Foundation

extension ScenarioLoader {
    /// Whether a file declares `format: 1` on a top-level line: a plain scan of the lines, so that files in
    /// the current format are parsed once.
    static func declaresFormatOne(_ bytes: [UInt8]) -> Bool {
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(10_000) {
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix("format:") else { continue }
            let value = text.dropFirst("format:".count).prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            return value == "1" || value == "\"1\"" || value == "'1'"
        }
        return false
    }

    /// Loads a format-1 file by migrating it in memory: diagnostics point at what the author wrote, and
    /// a note at 1:1 says to migrate the file.
    static func loadMigrated(path: String, bytes: [UInt8], runbook: Runbook, matrix: SeverityMatrix?,
                             variant: VariantSelection, warnings: Bool = true) -> LoadResult<JitterableScenario> {
        let planned = FormatMigrator.plan(path: path, bytes: bytes, runbook: runbook)
        guard let plan = planned.value else { return planned.map { _ -> JitterableScenario? in nil } }
        var result = loadCurrent(path: path, bytes: Array(plan.text.utf8), runbook: runbook, matrix: matrix, variant: variant, warnings: warnings)
        let note = Diagnostic(path: path, location: SourceLocation(line: 1, column: 1), severity: .note,
                              message: "format 1 is deprecated; run 'tabletop migrate \(path)'")
        let problems = plan.problems.map { Diagnostic(path: path, location: $0.location, severity: .warning, message: $0.message) }
        let moved = result.diagnostics.map { diagnostic in
            var original = diagnostic
            original.location = diagnostic.location.map { TextEditor.original(of: $0, edits: plan.edits) }
            return original
        }
        result.diagnostics = [note] + (problems + moved).sorted {
            ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0))
        }
        result.source = planned.source
        return result
    }
}

extension LoadResult {
    /// The same diagnostics and source with another value.
    func map<Other: Sendable>(_ transform: (Value) -> Other?) -> LoadResult<Other> {
        LoadResult<Other>(value: value.flatMap(transform), diagnostics: diagnostics, source: source)
    }
}
