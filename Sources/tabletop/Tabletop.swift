import ArgumentParser
import Foundation
import TabletopStore

/// The `tabletop` command: incident-response tabletop drills scored against a 21-step runbook.
@main
struct Tabletop: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tabletop",
        abstract: "Incident-response tabletop drills, scored against a 21-step runbook.",
        discussion: """
            Scenarios are found in --scenarios DIR, then $TABLETOP_SCENARIOS, then ./Scenarios, then the \
            Scenarios folder of the source tree tabletop was built from.
            """,
        version: version,
        subcommands: [PlayCommand.self, ResumeCommand.self, ReplayCommand.self, VerifyCommand.self, ScoreCommand.self, ReportCommand.self, HistoryCommand.self, HostCommand.self, JoinCommand.self, ListCommand.self, ShowCommand.self, LintCommand.self, RunbookCommand.self]
    )

    /// Runs the command line with the exit codes of SPEC §2: 0 success, 1 invalid input, 2 usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as CommandFailure {
            Output.error(failure.description)
            Foundation.exit(1)
        } catch let error as StoreError {
            Output.error("error: \(error.description)")
            Foundation.exit(1)
        } catch is ExitCodeFailure {
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Output.error(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
