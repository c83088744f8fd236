import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill
import TabletopShell
import TabletopStore

/// `tabletop play`: runs a drill and records it in a session log.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Run a drill.",
        discussion: "Reads commands from the terminal, from a pipe (one per line) or from --script FILE. Type 'help' in the drill. "
            + "Times show as the scenario's local day and time with the offset, Tue 09:40 (T+00:00); 'wait 30m' or 'wait until 18:00' "
            + "stops early at a new message or a question's time limit; 'statement publish at 17:30' or 'disable kai-account at Fri 10:00' "
            + "schedules the action for then ('status' lists it, 'cancel <n>' calls it off).")

    @Argument(help: ArgumentHelp("Scenario id (see 'tabletop list') or path.", valueName: "scenario"), completion: .custom(Completion.scenarios)) var scenario: String
    @Option(help: ArgumentHelp("The trainee's name, for reports.", valueName: "name")) var trainee: String?
    @Option(help: ArgumentHelp("Players and roles, such as \"ana:ic,bo:legal\"; prefix a line with @bo to act as bo.", valueName: "list"))
    var players: String?
    @Option(help: ArgumentHelp("Seed for everything the engine varies (default: random, recorded).", valueName: "n")) var seed: UInt64?
    @Flag(help: "Practice (hint and runbook allowed, at a cost) or assessment.") var mode: DrillMode = .practice
    @Option(help: ArgumentHelp("Read commands from a file instead of the terminal.", valueName: "file"), completion: .file()) var script: String?
    @OptionGroup var liveOptions: LiveOptions
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are written.", valueName: "dir"), completion: .directory) var dataDirectory: String?
    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
        if let players, case .failure(let error) = Player.parseList(players) { throw ValidationError(error.message) }
        if let trainee, let problem = Player.problem(withDisplayName: trainee) { throw ValidationError("--trainee: \(problem)") }
    }

    func run() throws {
        let setup = Workspace.commandLine(scenariosDirectory: scenarios.directory, dataDirectory: dataDirectory)
        let path = try setup.scenarioPath(scenario)
        let (runbook, runbookHash) = try setup.runbookWithHash()
        let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let (scenario, scenarioHash) = try setup.scenarioWithHash(path: path, runbook: runbook, variant: .seed(seed))
        let input = try setup.makeInput(script: script, live: liveOptions.live)
        defer { input.close() }
        let parsedPlayers = try players.map { try Player.parseList($0).get() } ?? []
        let configuration = EngineConfiguration(seed: seed, mode: mode,
                                                players: parsedPlayers.isEmpty && trainee != nil ? [Player(name: trainee!.replacingOccurrences(of: " ", with: "-"), role: "ic")] : parsedPlayers)
        let (writer, sessionID) = try setup.createSession(scenario: scenario, path: path, hashes: (scenarioHash, runbookHash),
                                                          configuration: configuration, trainee: trainee, tool: Tabletop.tool)
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
        let opening = engine.start()
        let runner = DrillRunner(engine: engine, writer: writer, input: input, renderer: Output.renderer(),
                                 now: Output.now, liveSpeed: liveOptions.liveSpeed)
        try runner.show(opening)
        let exit = try runner.run()
        // Read once: the history record and the report both need the finished log. A drill with no
        // decision is recorded only when it ran from a script (one that ended before anything was
        // decided is an aborted exercise, recorded as abandoned: provisional in cohorts); a person who
        // opened a drill and left at once did not exercise anything.
        let recorded = !runner.engine.state.decisions.isEmpty || script != nil
        let log = recorded ? (try? SessionLogWriter.read(writer.path)) : nil
        let report = runner.engine.state.decisions.isEmpty || !FileManager.default.fileExists(atPath: writer.path) ? nil
            : ReportJob(setup: setup, sessionPath: writer.path, engine: runner.engine, log: log)
        if let log {
            setup.recordHistory(log: log, engine: runner.engine, logPath: writer.path)
        }
        setup.printDebrief(runner.engine, path: writer.path)
        Self.farewell(exit, sessionID: sessionID, path: writer.path, setup: setup, decisions: runner.engine.state.decisions.count,
                      engine: runner.engine, log: log, report: report)
    }

    /// `report`: the report already being written, if it was started; otherwise it is written here.
    static func farewell(_ exit: DrillRunner.Exit, sessionID: String, path: String, setup: Workspace, decisions: Int,
                         resumeCommand: String? = nil, engine: Engine? = nil, log: SessionLog? = nil, report: ReportJob? = nil) {
        Output.printLine("")
        guard FileManager.default.fileExists(atPath: path) else {
            Output.error("error: the session log \(path) is no longer there; nothing of this drill can be resumed from it")
            return
        }
        Output.printLine("Session saved: \(path)")
        if decisions > 0 {
            do {
                let written = try report.map { try $0.result().get() } ?? setup.writeHTMLReport(sessionPath: path, engine: engine, log: log)
                Output.printLine("Report: \(written)")
            } catch let error as StoreError {
                Output.error("warning: no report written: \(error.description) (the session log is safe; 'tabletop report' writes it later)")
            } catch {
                Output.error("warning: no report written: \(Output.describe(error))")
            }
        }
        if exit == .left {
            Output.printLine("Resume with: \(resumeCommand ?? "tabletop resume \(sessionID)")")
        }
    }
}

extension DrillMode: EnumerableFlag {}

/// `--live [--speed N]`: the simulated clock follows the wall clock.
struct LiveOptions: ParsableArguments {
    @Flag(help: "Run the simulated clock from the wall clock; injects arrive while you type.") var live = false
    @Option(help: ArgumentHelp("Simulated seconds per real second in live mode (default: 60; needs --live).", valueName: "n"))
    var speed: Double?

    func validate() throws {
        guard let speed else { return }
        // Without --live the clock only moves with decisions, so a speed would be ignored silently.
        guard live else { throw ValidationError("--speed needs --live (it sets how fast the live clock runs)") }
        guard speed > 0, speed <= 3600 else { throw ValidationError("--speed must be between 0 and 3600 simulated seconds per real second") }
    }

    /// The speed when live mode is on.
    var liveSpeed: Double? { live ? speed ?? 60 : nil }
}
