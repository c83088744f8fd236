import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill

/// `tabletop migrate`: rewrites format-1 scenario files to format 2, keeping comments, order and layout.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Rewrite format-1 scenario files to format 2; print each change.",
        discussion: """
            Only renamed keys, format-1 spellings in conditions and step numbers change; comments, order and \
            layout stay. Each change is printed as 'file:line:col: old → new'. A file already in format 2 is \
            left as it is, so running it twice changes nothing. Exit status 1 when a file cannot be read or \
            has something to edit by hand, and with --check when any file would change.
            """)

    @Argument(help: ArgumentHelp("Scenario files to migrate.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"])) var files: [String]
    @Flag(help: "Change nothing; exit 1 if any file would change (for CI).") var check = false
    @Flag(name: .customLong("stdout"), help: "Print the migrated text to standard output instead of rewriting the file.") var toStandardOutput = false
    @Option(help: ArgumentHelp("Runbook whose slugs replace step numbers (default: the one in Scoring/).", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var runbook: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one file to migrate.") }
        if check, toStandardOutput { throw ValidationError("--check and --stdout do not go together.") }
    }

    func run() throws {
        let steps = try Workspace.commandLine().runbook(path: runbook)
        var failed = false, changed = false
        for path in files {
            let result = FormatMigrator.plan(path: path, bytes: try Workspace.read(path), runbook: steps)
            guard let plan = result.value else {
                Output.diagnostics(result)
                failed = true
                continue
            }
            // With --stdout the migrated text is the result, so the changes go beside it to standard error.
            for change in plan.changes.sorted(by: { $0.location < $1.location }) {
                report("\(path):\(change.location.line):\(change.location.column): \(change.description)")
            }
            for problem in plan.problems {
                Output.error(Diagnostic(path: path, location: problem.location, severity: .error, message: problem.message).rendered(in: result.source))
                failed = true
            }
            if plan.edits.isEmpty { report("\(path): already format \(FormatChanges.current)") }
            changed = changed || !plan.edits.isEmpty
            if toStandardOutput {
                print(plan.text, terminator: "")
            } else if !check, !plan.edits.isEmpty {
                do {
                    try Data(plan.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } catch {
                    throw CommandFailure("cannot write \(path): \(Output.describe(error))")
                }
            }
        }
        if failed || (check && changed) { throw ExitCodeFailure.invalidInput }
    }

    private func report(_ line: String) {
        if toStandardOutput { Output.error(line) } else { print(line) }
    }
}
