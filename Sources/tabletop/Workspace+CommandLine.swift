import Foundation
import TabletopCore
import TabletopDrill
import TabletopReports
import TabletopShell
import TabletopStore

/// What the command line adds to the workspace: reports, the debrief on the terminal, line input.
extension Workspace {
    /// The workspace of a command: `--scenarios` and `--data-dir` if given; warnings and diagnostics on
    /// standard error.
    static func commandLine(scenariosDirectory: String? = nil, dataDirectory: String? = nil) -> Workspace {
        Workspace(scenariosDirectory: scenariosDirectory, dataDirectory: dataDirectory, now: Output.now, report: Output.error)
    }

    /// The report of a recorded session: the drill rebuilt from its log, then scored.
    func report(_ argument: String, force: Bool = false) throws -> SessionReport {
        let (log, _) = try readLog(argument)
        let (scenario, runbook, _) = try loadPlayed(log, force: force)
        let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
        let card = try scorer(scenario: scenario, runbook: runbook).score(engine.state, players: engine.configuration.players)
        return SessionReport.build(log: log, engine: engine, scorecard: card, runbookVersion: runbook.version)
    }

    /// Writes the HTML report beside a session log and returns its path.
    /// With the drill's live `engine`, the report is built from its state rather than from a second replay
    /// of the whole log (which doubled the engine's work at the end of `play`, issue 21); replay reproduces
    /// that state exactly, so the report is the same.
    /// `log`, when given, is the session's log as it now stands (read once at the end of play for the history too).
    func writeHTMLReport(sessionPath: String, engine: Engine? = nil, log known: SessionLog? = nil) throws -> String {
        let report: SessionReport
        if let engine {
            let log = try known ?? readLog(sessionPath).0
            let card = try scorecard(of: engine)
            report = SessionReport.build(log: log, engine: engine, scorecard: card, runbookVersion: engine.runbook.version)
        } else {
            report = try self.report(sessionPath)
        }
        let path = (sessionPath as NSString).deletingPathExtension + ".html"
        // The trainee's report, as `tabletop report` prints it without --facilitator.
        try PrivateFile.write(HTMLReport.render(report.traineeSafe()), to: path)
        return path
    }

    /// Prints the debrief of a drill in which something happened, and where the session is.
    func printDebrief(_ engine: Engine, path: String) {
        guard !engine.state.decisions.isEmpty else { return }
        do {
            let card = try scorecard(of: engine)
            Output.printLine("")
            Output.printRendered(DebriefRenderer(renderer: Output.renderer()).render(card, scenario: engine.scenario))
        } catch let failure as CommandFailure {
            Output.error("warning: no debrief: \(failure.description)")
        } catch {
            Output.error("warning: no debrief: \(Output.describe(error))")
        }
    }

    /// Where lines come from: the script, else readline on a terminal, else plain lines from the pipe.
    func makeInput(script: String?, live: Bool) throws -> any LineInput {
        if let script {
            guard !live else { throw CommandFailure("error: --live needs an interactive terminal, not a script") }
            do { return try ScriptedLineInput(path: script) } catch let error as ShellError { throw CommandFailure("error: \(error.description)") }
        }
        if ReadlineInput.isAvailable {
            try? data.prepare()
            return ReadlineInput(historyPath: data.shellHistory.path, warn: { Output.error("warning: \($0)") })
        }
        guard !live else { throw CommandFailure("error: --live needs an interactive terminal; standard input is not one") }
        return PlainLineInput()
    }
}
