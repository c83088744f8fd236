import Foundation
import TabletopCore
import TabletopDrill
import TabletopReports
import TabletopShell
import TabletopStore

/// What `play`, `resume` and `replay` share: loading with hashes, the data folder, the terminal.
struct DrillSetup {
    let locator: DataLocator
    let data: DataDirectory

    init(scenariosDirectory: String?, dataDirectory: String?) {
        locator = DataLocator(scenariosOverride: scenariosDirectory)
        data = DataDirectory.resolve(explicit: dataDirectory)
    }

    /// The runbook and the SHA-256 of its file.
    func runbookWithHash() throws -> (Runbook, String) {
        let path = locator.relative(locator.scoringDirectory.appendingPathComponent("runbook.yaml"))
        let hash = SessionLine.hash(try DataLocator.read(path))
        return (try ParsedFileCache.shared.value("runbook", hash: hash) { try locator.runbook(path: path) }!, hash)
    }

    /// The scenario at a path, and the SHA-256 of its bytes.
    func scenarioWithHash(path: String, runbook: Runbook) throws -> (Scenario, String) {
        let bytes = try DataLocator.read(path)
        let hash = SessionLine.hash(bytes)
        let scenario = try ParsedFileCache.shared.value("scenario \(path) \(runbook.hashValue)", hash: hash) { () throws -> Scenario? in
            let result = ScenarioLoader.load(path: path, bytes: bytes, runbook: runbook)
            guard let scenario = result.value else {
                Output.diagnostics(result)
                throw ExitCodeFailure.invalidInput
            }
            return scenario
        }!
        return (scenario, hash)
    }

    /// A scorer for a scenario, with the policy and severity matrix from the scoring folder (or the given files).
    func scorer(scenario: Scenario, runbook: Runbook, policyPath: String? = nil) throws -> Scorer {
        let folder = locator.scoringDirectory
        let policyFile = policyPath ?? locator.relative(folder.appendingPathComponent("policy.yaml"))
        let policyBytes = try DataLocator.read(policyFile)
        let policy = try ParsedFileCache.shared.value("policy \(policyFile) \(runbook.hashValue)", hash: SessionLine.hash(policyBytes)) { () throws -> ScoringPolicy? in
            let policyResult = ScoringFileLoader.loadPolicy(path: policyFile, bytes: policyBytes, runbook: runbook)
            guard let policy = policyResult.value else {
                Output.diagnostics(policyResult)
                throw CommandFailure("\(policyFile): error: the policy has errors; fix them first")
            }
            return policy
        }!
        let matrixFile = locator.relative(folder.appendingPathComponent("severity.yaml"))
        let matrixBytes = try DataLocator.read(matrixFile)
        let matrix = try ParsedFileCache.shared.value("matrix \(matrixFile)", hash: SessionLine.hash(matrixBytes)) { () throws -> SeverityMatrix? in
            let matrixResult = ScoringFileLoader.loadSeverityMatrix(path: matrixFile, bytes: matrixBytes)
            guard let matrix = matrixResult.value else {
                Output.diagnostics(matrixResult)
                throw CommandFailure("\(matrixFile): error: the severity matrix has errors; fix them first")
            }
            return matrix
        }!
        do {
            return try Scorer(runbook: runbook, policy: policy, matrix: matrix, scenario: scenario)
        } catch {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// The report of a recorded session: the drill rebuilt from its log, then scored.
    func report(_ argument: String, force: Bool = false) throws -> SessionReport {
        let (log, _) = try readLog(argument)
        let (scenario, runbook, _) = try loadPlayed(log, force: force)
        let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
        let card = try scorer(scenario: scenario, runbook: runbook).score(engine.state, players: log.header.configuration.players)
        return SessionReport.build(log: log, engine: engine, scorecard: card, runbookVersion: runbook.version)
    }

    /// Records a drill in the history store, anchored where its log ends (`anchor`, else the end of
    /// `log`). A failure is a warning: the session log is the source of truth.
    func recordHistory(log: SessionLog, engine: Engine, logPath: String, outcome: String? = nil, database: String? = nil,
                       anchor: SessionAnchor? = nil) {
        do {
            let card = try scorer(scenario: engine.scenario, runbook: engine.runbook).score(engine.state, players: log.header.configuration.players)
            let path = database ?? data.historyDatabase.path
            try data.prepare()
            let store = try HistoryStore(path: path)
            let ended = engine.state.end != nil
            try store.record(ExerciseRecord(header: log.header, scorecard: card, outcome: outcome ?? (ended ? "finished" : "abandoned"),
                                            ended: Self.now(), logPath: URL(fileURLWithPath: logPath).standardizedFileURL.path),
                             anchor: anchor ?? log.anchor)
        } catch let error as StoreError {
            Output.error("warning: not recorded in the history: \(error.description) (the session log is safe; 'tabletop history import' records it later)")
        } catch let failure as CommandFailure {
            Output.error("warning: not recorded in the history: \(failure.description)")
        } catch {
            Output.error("warning: not recorded in the history: \(Output.describe(error))")
        }
    }

    /// Writes the HTML report beside a session log and returns its path.
    /// With the drill's live `engine`, the report is built from its state rather than from a second replay
    /// of the whole log (which doubled the engine's work at the end of `play`, issue 21); replay reproduces
    /// that state exactly, so the report is the same.
    func writeHTMLReport(sessionPath: String, engine: Engine? = nil) throws -> String {
        let report: SessionReport
        if let engine {
            let (log, _) = try readLog(sessionPath)
            let card = try scorer(scenario: engine.scenario, runbook: engine.runbook).score(engine.state, players: log.header.configuration.players)
            report = SessionReport.build(log: log, engine: engine, scorecard: card, runbookVersion: engine.runbook.version)
        } else {
            report = try self.report(sessionPath)
        }
        let path = (sessionPath as NSString).deletingPathExtension + ".html"
        try PrivateFile.write(HTMLReport.render(report), to: path)
        return path
    }

    /// Prints the debrief of a drill in which something happened, and where the session is.
    func printDebrief(_ engine: Engine, path: String) {
        guard !engine.state.decisions.isEmpty else { return }
        do {
            let card = try scorer(scenario: engine.scenario, runbook: engine.runbook).score(engine.state, players: engine.configuration.players)
            Self.printLine("")
            Self.printRendered(DebriefRenderer(renderer: Self.renderer()).render(card, scenario: engine.scenario))
        } catch let failure as CommandFailure {
            Output.error("warning: no debrief: \(failure.description)")
        } catch {
            Output.error("warning: no debrief: \(Output.describe(error))")
        }
    }

    /// Reads a session log, with a one-line error when it cannot be used.
    func readLog(_ argument: String, decodeOutputs: Bool = true) throws -> (SessionLog, String) {
        let path = data.sessionPath(argument)
        do {
            return (try SessionLogWriter.read(path, decodeOutputs: decodeOutputs), path)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// Loads what a log was played with, refusing a changed scenario or runbook unless forced.
    /// `continuing`: the drill goes on (resume, host --resume), so a forced change is recorded in its log.
    func loadPlayed(_ log: SessionLog, force: Bool, continuing: Bool = false) throws -> (Scenario, Runbook, [String]) {
        let (runbook, runbookHash) = try runbookWithHash()
        // The path comes from the log, which may come from anywhere: only a scenario file is read, and a
        // file that does not load is named, never quoted (it could be any file on this machine).
        let played = log.header.scenarioPath
        guard [".yaml", ".yml"].contains(where: played.lowercased().hasSuffix) else {
            throw CommandFailure("error: the session names \(TerminalText.inline(played)) as its scenario, which is not a scenario file (.yaml)")
        }
        let bytes = try DataLocator.read(played)
        let loaded = ScenarioLoader.load(path: played, bytes: bytes, runbook: runbook)
        guard let scenario = loaded.value else {
            throw CommandFailure("error: the scenario this session was played with, \(TerminalText.inline(played)), does not load; 'tabletop lint \(TerminalText.inline(played))' says why")
        }
        let scenarioHash = SessionLine.hash(bytes)
        var changes: [String] = []
        if scenarioHash != log.header.scenarioHash { changes.append("the scenario file \(log.header.scenarioPath) changed since the drill was played") }
        if runbookHash != log.header.runbookHash { changes.append("the runbook changed since the drill was played") }
        if !changes.isEmpty, !force {
            throw CommandFailure("error: \(changes.joined(separator: "; and ")); replaying it could give different results (use --force to go on anyway\(continuing ? ", which is recorded in the session log" : ""))")
        }
        return (scenario, runbook, changes)
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

    /// A renderer for standard output: colour only on a terminal and never with NO_COLOR.
    static func renderer() -> Renderer {
        let environment = ProcessInfo.processInfo.environment
        let color = Renderer.wantsColor(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
        return Renderer(color: color, width: terminalWidth(), followsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), 120)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return min(columns, 120) }
        return 80
    }

    /// Wall-clock time for the log, ISO 8601 in UTC.
    static func now() -> String {
        WallTime.string(from: Date())
    }

    /// Prints a line to standard output at once (so it is not reordered around errors). It may quote
    /// paths, ids and names from anywhere, so it is made inert (`TerminalText.block`).
    static func printLine(_ text: String) {
        printRendered(TerminalText.block(text))
    }

    /// Prints text a renderer made (already inert, with its own colour codes) at once.
    static func printRendered(_ text: String) {
        // `try?`: a full disk or a closed pipe behind standard output must not crash the drill.
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }
}
