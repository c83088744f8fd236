import ArgumentParser
import Foundation
import TabletopStore
import TabletopDrill

/// The `tabletop` command: incident-response tabletop drills scored against a 21-step runbook.
@main
struct Tabletop: ParsableCommand {
    static let version = "0.2.0"
    /// What wrote a session log, in its header.
    static let tool = "tabletop \(version)"

    static let configuration = CommandConfiguration(
        commandName: "tabletop",
        abstract: "Incident-response tabletop drills, scored against a 21-step runbook.",
        discussion: """
            Scenarios are found in --scenarios DIR, then $TABLETOP_SCENARIOS, then ./Scenarios, then \
            share/tabletop/Scenarios beside the installed binary, then the source tree it was built from; \
            scoring files in $TABLETOP_SCORING, ./Scoring, share/tabletop/Scoring, the source tree. Drill data \
            (session logs, history.sqlite, the shell history) lives in --data-dir, else $TABLETOP_HOME, else \
            $XDG_STATE_HOME/tabletop (when absolute), else ~/.local/state/tabletop. 'tabletop doctor' shows \
            what is found where. Colour only on a terminal, never with a non-empty NO_COLOR. The scenario \
            format is described in tabletop-scenario(5).

            Exit status: 0 success, 1 invalid input (a file with errors, a missing file or folder, a failed \
            check), 2 usage error. Errors go to standard error.
            """,
        version: version,
        subcommands: [PlayCommand.self, ResumeCommand.self, ReplayCommand.self, VerifyCommand.self, ScoreCommand.self, ReportCommand.self, HistoryCommand.self, ServeCommand.self, HostCommand.self, JoinCommand.self, ListCommand.self, ShowCommand.self, LintCommand.self, MigrateCommand.self, TestCommand.self, RunbookCommand.self, DoctorCommand.self]
    )

    /// Runs the command line; exit codes: 0 success, 1 invalid input, 2 usage error.
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
                print(Completion.adjust(fullMessage(for: error)))
                Foundation.exit(0)
            }
            Output.error(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
