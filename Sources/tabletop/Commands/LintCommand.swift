import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill

/// `tabletop lint`: checks scenario and scoring files and reports every problem.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check scenario and scoring files; exit 1 on any error.",
        discussion: "Scoring files (runbook, severity matrix, policy) are recognised by their top-level keys. Scenarios are checked against the runbook, and their 'truth.severity' stages against the severity matrix.")

    @Argument(help: ArgumentHelp("Files to check.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"])) var files: [String]
    @Flag(help: "Print JSON instead of text.") var json = false
    @Option(help: ArgumentHelp("Runbook to check scenarios against (default: the one in Scoring/).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var runbook: String?
    @Option(help: ArgumentHelp("Severity matrix to check scenarios' severity stages against (default: the one in Scoring/).", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var matrix: String?

    /// The result for one file, as `lint --json` prints it.
    struct FileReport: Codable {
        var path: String
        var kind: String
        var ok: Bool
        var diagnostics: [DiagnosticReport]
    }

    /// One diagnostic, as `lint --json` prints it.
    struct DiagnosticReport: Codable {
        var line: Int?
        var column: Int?
        var severity: String
        var message: String
    }

    /// What `lint --json` prints (format 1, `Docs/lint.schema.json`).
    struct Report: Encodable {
        let format = 1
        var files: [FileReport]
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one file to check.") }
    }

    func run() throws {
        let locator = Workspace.commandLine()
        var loadedRunbook: Runbook?
        var loadedMatrix: SeverityMatrix?
        var reports: [FileReport] = []
        for path in files {
            let report: FileReport
            do {
                let bytes = try Workspace.read(path)
                report = try check(path: path, bytes: bytes, runbook: { () throws -> Runbook in
                    if let loadedRunbook { return loadedRunbook }
                    let value = try locator.runbook(path: runbook)
                    loadedRunbook = value
                    return value
                }, matrix: { () throws -> SeverityMatrix in
                    if let loadedMatrix { return loadedMatrix }
                    let value = try locator.severityMatrix(path: matrix)
                    loadedMatrix = value
                    return value
                })
            } catch let failure as CommandFailure {
                report = FileReport(path: path, kind: "unknown", ok: false, diagnostics: [
                    DiagnosticReport(line: nil, column: nil, severity: "error",
                                     message: failure.description.components(separatedBy: "error: ").last ?? failure.description)])
                if !json { Output.error(failure.description) }
            }
            reports.append(report)
        }
        let errors = reports.flatMap(\.diagnostics).count { $0.severity == "error" }
        let warnings = reports.flatMap(\.diagnostics).count { $0.severity == "warning" }
        if json {
            print(try Output.json(Report(files: reports)))
        } else {
            let noun = files.count == 1 ? "file" : "files"
            Output.error("\(files.count) \(noun) checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if errors > 0 { throw ExitCodeFailure.invalidInput }
    }

    private func check(path: String, bytes: [UInt8], runbook: () throws -> Runbook, matrix: () throws -> SeverityMatrix) throws -> FileReport {
        let kind = ScoringFileLoader.kind(ofFileWithBytes: bytes)
        let diagnostics: [Diagnostic]
        let rendered: String
        switch kind {
        case .runbook:
            let result = ScoringFileLoader.loadRunbook(path: path, bytes: bytes)
            (diagnostics, rendered) = (result.diagnostics, result.renderedDiagnostics)
        case .severity:
            let result = ScoringFileLoader.loadSeverityMatrix(path: path, bytes: bytes)
            (diagnostics, rendered) = (result.diagnostics, result.renderedDiagnostics)
        case .policy:
            let result = ScoringFileLoader.loadPolicy(path: path, bytes: bytes, runbook: try? runbook())
            (diagnostics, rendered) = (result.diagnostics, result.renderedDiagnostics)
        case nil:
            let result = ScenarioLoader.lint(path: path, bytes: bytes, runbook: try runbook(), matrix: try matrix())
            (diagnostics, rendered) = (result.diagnostics, result.renderedDiagnostics)
        }
        if !json, !rendered.isEmpty { Output.error(rendered) }
        return FileReport(
            path: path, kind: kind?.rawValue ?? "scenario", ok: !diagnostics.contains(where: \.isError),
            diagnostics: diagnostics.map {
                DiagnosticReport(line: $0.location?.line, column: $0.location?.column, severity: $0.severity.rawValue, message: $0.message)
            })
    }
}
