import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill
import TabletopShell
import TabletopStore

/// Options of the commands that take a recorded session.
struct SessionOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Session id, or the path of its .jsonl log.", valueName: "session"), completion: .custom(Completion.sessions)) var session: String
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are kept.", valueName: "dir"), completion: .directory) var dataDirectory: String?
    @OptionGroup var scenarios: ScenarioOptions

    var setup: Workspace { Workspace.commandLine(scenariosDirectory: scenarios.directory, dataDirectory: dataDirectory) }
}

/// `tabletop resume`: continues an interrupted drill exactly where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Continue an interrupted drill where it stopped.")

    @OptionGroup var options: SessionOptions
    @Option(help: ArgumentHelp("Read commands from a file instead of the terminal.", valueName: "file"), completion: .file()) var script: String?
    @Flag(help: "Resume even though the scenario or runbook file changed (recorded in the log).") var force = false
    @OptionGroup var liveOptions: LiveOptions

    func run() throws {
        let setup = options.setup
        let renderer = Output.renderer()
        guard let session = try reopen(setup, renderer: renderer) else { return }
        let (log, path, writer, engine) = (session.log, session.path, session.writer, session.engine)
        let input = try setup.makeInput(script: script, live: liveOptions.live)
        defer { input.close() }
        let runner = DrillRunner(engine: engine, writer: writer, input: input, renderer: renderer,
                                 now: Output.now, liveSpeed: liveOptions.liveSpeed)
        Output.printLine("Resuming \(engine.scenario.title) at T+\(engine.state.clock.clock), after \(engine.state.decisions.count) decisions.")
        // A recap for the trainee only: it is not an input, so it is not logged (replays stay exact).
        engine.status().forEach { input.display(renderer.render($0)) }
        setup.recordHistory(log: log, engine: engine, logPath: path, outcome: "resumed", anchor: writer.anchor)
        let exit = try runner.run()
        if let finalLog = try? SessionLogWriter.read(path) {
            setup.recordHistory(log: finalLog, engine: runner.engine, logPath: path)
        }
        setup.printDebrief(runner.engine, path: path)
        // A log resumed from elsewhere (a recovery file, a path) is continued from there, not by its id.
        let byID = setup.data.sessionFile(log.header.session).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path
        PlayCommand.farewell(exit, sessionID: log.header.session, path: path, setup: setup, decisions: runner.engine.state.decisions.count,
                             resumeCommand: byID ? nil : "tabletop resume \(path)", engine: runner.engine)
    }

    /// Opens the session to go on: shows what an interrupted input never showed, and records the
    /// resumption; nil (the log sealed) when the drill had already ended.
    private func reopen(_ setup: Workspace, renderer: Renderer) throws -> ContinuedSession? {
        let session = try setup.continueSession(options.session, force: force)
        if !session.missed.isEmpty {
            Output.printLine("What you missed when the drill stopped (your last line had been recorded):")
            session.missed.forEach { Output.printRendered(renderer.render($0)) }
        }
        if let end = session.engine.state.end {
            try session.writer.seal("resumed after the end", wall: Output.now())
            Output.printLine("This drill already ended at T+\(end.at.clock): \(end.text)")
            return nil
        }
        try session.writer.append(.note(SessionNote(kind: "resumed", text: "at T+\(session.engine.state.clock.clock)", wall: Output.now())),
                                  sync: true)
        return session
    }
}

/// `tabletop score`: (re)scores a recorded session, also against another runbook or policy.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Score a recorded session; --runbook rescores it against another runbook.",
        discussion: "The drill is rebuilt with the runbook it was played with, then scored with --runbook (default: the current one). --json prints the scorecard (format 1), trainee-safe unless --facilitator.")

    @OptionGroup var options: SessionOptions
    @Option(help: ArgumentHelp("Runbook to score against.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"])) var runbook: String?
    @Option(help: ArgumentHelp("Scoring policy to use.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"])) var policy: String?
    @Flag(help: "Print the scorecard as JSON.") var json = false
    @Flag(help: "With --json, keep each step's criteria and rubric (the answer key) in the scorecard.") var facilitator = false
    @Flag(help: "Score even though the scenario or the runbook played with changed.") var force = false

    func run() throws {
        let setup = options.setup
        let (log, _) = try setup.readLog(options.session, decodeOutputs: false)
        let (scenario, playedRunbook, _) = try setup.loadPlayed(log, force: force)
        let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: playedRunbook)
        let scoringRunbook = try runbook.map { try setup.runbook(path: $0) } ?? playedRunbook
        let card = try setup.scorer(scenario: scenario, runbook: scoringRunbook, policyPath: policy)
            .score(engine.state, players: engine.configuration.players)
        if json {
            print(try Output.json(facilitator ? card : card.traineeSafe()))
        } else {
            print(DebriefRenderer(renderer: Output.renderer()).render(card, scenario: scenario))
        }
    }
}

/// `tabletop replay`: re-runs a session from its inputs; `--check` proves the outputs are reproduced.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "Re-run a session from its inputs; --check: the outputs must be identical.")

    @OptionGroup var options: SessionOptions
    @Flag(help: "Compare the replayed outputs with the recorded ones; exit 1 on any difference.") var check = false
    @Flag(help: "Replay even though the scenario or runbook file changed.") var force = false

    func run() throws {
        let setup = options.setup
        let (log, _) = try setup.readLog(options.session)
        let (scenario, runbook, changes) = try setup.loadPlayed(log, force: force || check)
        let (_, replayed) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
        if check {
            if let difference = SessionReplay.firstDifference(recorded: log.outputs, replayed: replayed) {
                guard changes.isEmpty else {
                    // A session from before a change of the scenario, the runbook or the scoring model cannot be
                    // reproduced by this build; say which recording it is and what to do instead.
                    throw CommandFailure("error: this session was recorded by \(TerminalText.inline(log.header.tool)) and \(changes.joined(separator: "; and ")), "
                        + "so this build (\(Tabletop.tool)) cannot reproduce it (\(difference)); replay it with the files it was played with, "
                        + "or rescore it under today's model with 'tabletop score --force'")
                }
                throw CommandFailure("error: replay differs from the recording: \(difference)")
            }
            Output.printLine("identical: \(replayed.count) outputs reproduced from \(log.records.count { if case .input = $0 { true } else { false } }) inputs")
            return
        }
        let renderer = Output.renderer()
        for record in log.records {
            switch record {
            case .input(let input): Output.printLine("[T+\(input.at.clock)] > \(TerminalText.inline(input.text))")
            case .facilitator(let input): Output.printLine("[T+\(input.at.clock)] facilitator> \(TerminalText.inline(input.text))")
            case .output(let output): Output.printRendered(renderer.render(output))
            case .advance, .header, .note: break
            }
        }
    }
}

/// `tabletop verify`: checks a session log's hash chain, its seal, and the history's anchor.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check a session log's hash chain, seal and history anchor (tamper evidence).",
        discussion: """
            Exit 1 when a line was edited, removed, reordered or inserted, when the log is shorter than the \
            history recorded it, or when it was continued with resume --force after such a cut. It cannot tell a log rewritten from scratch with a recomputed chain (the chain \
            has no key), nor lines removed from the end of a log the history never saw.
            """)

    @OptionGroup var options: SessionOptions

    func run() throws {
        let setup = options.setup
        let (log, path) = try setup.readLog(options.session)
        if log.droppedPartialLine {
            Output.error("note: the last line of \(path) is cut short (an interrupted write); the lines before it are intact")
        }
        if let problem = setup.anchorProblem(log, path: path) {
            throw CommandFailure("error: \(path): \(problem)")
        }
        if let forced = setup.recordedShortening(of: log.header.session) {
            throw CommandFailure("error: \(path): the history let a shorter copy of this log replace a longer record of it (\(forced))")
        }
        if let cut = log.recordedCuts.first {
            throw CommandFailure("error: \(path): lines were cut from this log, and it was continued with resume --force: \(cut)")
        }
        if !log.isSealed {
            Output.error("note: \(path) does not end with a seal: its last run was interrupted (a crash or a kill), or lines were removed from its end")
        }
        let anchored = setup.recordedAnchor(of: log.header.session)
        let history = anchored.map { "; it holds line \($0.seq + 1) as the history recorded it" }
            ?? "; the history has no record of it, so lines removed from its end cannot be detected"
        Output.printLine("\(path): intact, \(log.lineCount) lines chained from the header" + (log.isSealed ? ", sealed" : "") + history)
    }
}
