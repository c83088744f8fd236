import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill
import TabletopServer
import TabletopShell
import TabletopStore

/// `tabletop host`: runs a team drill's engine on a server; the terminal becomes the facilitator console.
struct HostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "host",
        abstract: "Run a team drill: participants join over the network, this terminal is the facilitator console.",
        discussion: "Type 'help' at the facilitator> prompt. Ctrl-D or 'quit', twice, leaves the drill unfinished; restart it with --resume.")

    @Argument(help: ArgumentHelp("Scenario id (see 'tabletop list') or path; omit with --resume.", valueName: "scenario"),
              completion: .custom(Completion.scenarios))
    var scenario: String?
    @Option(help: ArgumentHelp("The team: name:role pairs such as \"ana:ic,bo:legal,cy:comms\".", valueName: "list"))
    var players: String?
    @Option(help: ArgumentHelp("Address to listen on (0.0.0.0 for every interface; default 127.0.0.1, or the interrupted drill's with --resume).",
                               valueName: "address")) var bind: String?
    @Option(help: ArgumentHelp("TCP port to listen on (0 picks a free one; default 7411, or the interrupted drill's with --resume).",
                               valueName: "n")) var port: Int?
    @Option(help: ArgumentHelp("Join token participants must give (default: random, or the interrupted drill's with --resume).",
                               valueName: "token")) var token: String?
    @Option(help: ArgumentHelp("Restart an interrupted team drill from its session log (id or path).", valueName: "session"),
            completion: .custom(Completion.sessions))
    var resume: String?
    @Flag(help: "With --resume: restart even though the scenario or runbook file changed (recorded in the log).") var force = false
    @Option(help: ArgumentHelp("Seed for everything the engine varies (default: random, recorded).", valueName: "n")) var seed: UInt64?
    @Flag(help: "Practice (hint and runbook allowed, at a cost) or assessment.") var mode: DrillMode = .practice
    @Option(help: ArgumentHelp("Read facilitator commands from a file instead of the terminal.", valueName: "file"), completion: .file()) var script: String?
    @OptionGroup var liveOptions: LiveOptions
    @Flag(inversion: .prefixedNo, help: ArgumentHelp("Encrypt connections with TLS; participants pin the printed fingerprint. On by default when --bind is not a loopback address."))
    var tls: Bool?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are written.", valueName: "dir"), completion: .directory)
    var dataDirectory: String?
    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
        guard (scenario == nil) != (resume == nil) else {
            throw ValidationError("give a scenario to start a team drill, or --resume <session> to restart one, not both")
        }
        if resume == nil {
            guard let players else { throw ValidationError("a team drill needs --players, such as \"ana:ic,bo:legal\"") }
            if case .failure(let error) = Player.parseList(players) { throw ValidationError(error.message) }
        }
        if force, resume == nil { throw ValidationError("--force only goes with --resume") }
        guard (0...65535).contains(port ?? 0) else { throw ValidationError("--port must be between 0 and 65535") }
        if let token, token.isEmpty || token.count > 200 { throw ValidationError("--token must be 1 to 200 characters") }
    }

    func run() throws {
        let setup = Workspace.commandLine(scenariosDirectory: scenarios.directory, dataDirectory: dataDirectory)
        let drill = try resume.map { try resumedDrill(setup, session: $0) } ?? newDrill(setup)
        drill.writer.continueCommand = "tabletop host --resume"
        let input = try setup.makeInput(script: script, live: false)
        defer { input.close() }
        let display = PendingDisplay(immediate: !input.isInteractive)
        // A restart keeps what participants' clients reconnect with, unless told otherwise.
        let saved = resume == nil ? nil : try SavedJoin.load(beside: drill.writer.path)
        let bind = bind ?? saved?.bind ?? "127.0.0.1"
        var join = SavedJoin(token: token ?? saved?.token ?? Self.randomToken(), port: port ?? saved?.port ?? 7411, bind: bind,
                             tls: tls ?? saved?.tls ?? !Self.isLoopback(bind))
        let server = try startServer(drill, setup: setup, display: display, join: join)
        defer { server.stop() }
        join.port = server.port
        var restart = ""
        do {
            try join.save(beside: drill.writer.path)
        } catch {
            restart = restartOptions(join)
            Output.error("warning: \(Output.describe(error)); a restart then needs\(restart)")
        }
        let engine = try FacilitatorConsole(host: server.host, input: input, display: display).run()
        server.stop()
        try finish(engine, drill: drill, setup: setup, restart: restart)
    }

    /// Starts the server with the drill's host, prints the invitation, and tells whoever joins where the
    /// drill starts (or, after a restart, stands).
    private func startServer(_ drill: Drill, setup: Workspace, display: PendingDisplay, join: SavedJoin) throws -> DrillServer {
        let joinToken = join.token
        // For the console's live `progress`; without it the drill still runs (the debrief says why).
        let scorer = try? setup.scorer(scenario: drill.engine.scenario, runbook: drill.engine.runbook)
        // The console shows moments as the participants see them: local day and time with the offset.
        let renderer = { var renderer = Output.renderer(); renderer.localClock = drill.engine.scenario.localClock; return renderer }()
        let server: DrillServer
        do {
            let identity = join.tls ? try DrillIdentity.saved(beside: drill.writer.path) : nil
            server = try DrillServer(bind: join.bind, port: join.port, identity: identity) { loop in
                DrillHost(engine: drill.engine, writer: drill.writer, token: joinToken, eventLoop: loop, now: Output.now,
                          console: { output, actor in
                              display.push((actor.map { "[\($0)] " } ?? "") + renderer.render(output))
                          }, liveSpeed: liveOptions.liveSpeed, scorer: scorer,
                          // A live drill waits for 'start', so the minutes people take to join cost no simulated time.
                          startPaused: liveOptions.liveSpeed != nil,
                          // The solo shell's debrief, plain: the host cannot know each participant's terminal.
                          debrief: { card, scenario in DebriefRenderer(renderer: Renderer(color: false, width: 80)).render(card, scenario: scenario) })
            }
        } catch let error as ServerError {
            throw CommandFailure("error: \(error.description)")
        }
        let host = server.host
        printInvitation(engine: drill.engine, address: server.address, bind: join.bind, token: joinToken,
                        sessionPath: drill.writer.path, fingerprint: server.identity?.fingerprint)
        let opening = drill.opening, resumed = resume != nil
        do {
            try host.eventLoop.submit {
                // After a restart, `opening` is what an input interrupted by the crash never showed.
                if !opening.isEmpty { host.publishStart(opening) }
                if resumed { host.publishResumed() }
                host.startLiveClock()
            }.wait()
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    /// After the console: seals the log, records the history, prints the debrief and how to go on.
    private func finish(_ engine: Engine, drill: Drill, setup: Workspace, restart: String) throws {
        if let loss = drill.writer.loss {
            // Nothing more is written, and the file at the log's path (if any) is not this drill's.
            setup.printDebrief(engine, path: drill.writer.path)
            throw CommandFailure("error: \(loss)")
        }
        do {
            try drill.writer.seal(engine.state.end == nil ? "the facilitator left" : "the drill ended", wall: Output.now())
        } catch {
            Output.error("warning: the session log could not be sealed: \(Output.describe(error))")
        }
        if !engine.state.decisions.isEmpty, let log = try? SessionLogWriter.read(drill.writer.path) {
            setup.recordHistory(log: log, engine: engine, logPath: drill.writer.path)
        }
        setup.printDebrief(engine, path: drill.writer.path)
        PlayCommand.farewell(engine.state.end.map { .ended($0) } ?? .left, sessionID: drill.sessionID, path: drill.writer.path,
                             setup: setup, decisions: engine.state.decisions.count,
                             resumeCommand: "tabletop host --resume \(drill.sessionID)" + restart)
    }

    /// What the host starts from: an engine, its session log and what it said at the start.
    struct Drill {
        var engine: Engine
        var writer: SessionLogWriter
        var sessionID: String
        var opening: [TabletopCore.Output]
    }

    private func newDrill(_ setup: Workspace) throws -> Drill {
        let path = try setup.scenarioPath(scenario ?? "")
        let (runbook, runbookHash) = try setup.runbookWithHash()
        let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let (scenario, scenarioHash) = try setup.scenarioWithHash(path: path, runbook: runbook, variant: .seed(seed))
        // Roles are checked against what the scenario and the runbook know, so an inject never goes to nobody.
        let team: [Player]
        switch TeamRoles.check(try Player.parseList(players ?? "").get(), scenario: scenario) {
        case .success(let checked): team = checked
        case .failure(let error): throw CommandFailure("error: \(error.message)")
        }
        for warning in TeamRoles.unstaffed(scenario, roster: team) { Output.error("warning: \(warning)") }
        // A team works in parallel: each decision takes its actor's time (Docs/team-time.md).
        let configuration = EngineConfiguration(seed: seed, mode: mode, players: team, parallel: team.count > 1)
        let (writer, sessionID) = try setup.createSession(scenario: scenario, path: path, hashes: (scenarioHash, runbookHash),
                                                          configuration: configuration, trainee: nil, tool: Tabletop.tool)
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
        let opening = engine.start()
        for output in opening { try writer.append(.output(output), sync: false) }
        try writer.append(.note(SessionNote(kind: "team", text: team.map { "\($0.name) (\($0.role))" }.joined(separator: ", "),
                                            wall: Output.now())), sync: true)
        return Drill(engine: engine, writer: writer, sessionID: sessionID, opening: opening)
    }

    private func resumedDrill(_ setup: Workspace, session: String) throws -> Drill {
        let continued = try setup.continueSession(session, force: force)
        let (log, path, writer, engine) = (continued.log, continued.path, continued.writer, continued.engine)
        guard !log.header.configuration.players.isEmpty else {
            throw CommandFailure("error: \(path) is a solo drill; continue it with 'tabletop resume \(log.header.session)'")
        }
        guard engine.state.end == nil else {
            try writer.seal("restarted after the end", wall: Output.now())
            throw CommandFailure("error: this team drill already ended; see 'tabletop report \(log.header.session)'")
        }
        try writer.append(.note(SessionNote(kind: "resumed", text: "team drill restarted at T+\(engine.state.clock.clock)", wall: Output.now())), sync: true)
        return Drill(engine: engine, writer: writer, sessionID: log.header.session, opening: continued.missed)
    }

    private func printInvitation(engine: Engine, address: String, bind: String, token: String, sessionPath: String, fingerprint: String?) {
        let shown = bind == "0.0.0.0" ? address.replacingOccurrences(of: "0.0.0.0", with: "<this machine's address>") : address
        Output.printLine("Team drill: \(engine.scenario.title), listening on \(address). Session log: \(sessionPath)")
        // The facilitator's terminal only: the participants never see the picks, which would spoil the drill.
        let variants = engine.scenario.variants.isEmpty ? "" : "; variant: " + engine.scenario.variants.map(\.description).joined(separator: ", ")
        Output.printLine("Seed \(engine.configuration.seed)\(variants)")
        if let fingerprint {
            Output.printLine("Connections are encrypted (TLS); the fingerprint in each join command proves this server: \(fingerprint)")
        } else if !Self.isLoopback(bind) {
            Output.error("warning: connections are not encrypted (--no-tls): the join token and the drill cross the network in clear")
        }
        Output.printLine("Each participant joins with:")
        for player in engine.configuration.players {
            Output.printLine("  tabletop join \(shown) --token \(token) --name \(player.name) --role \(player.role)"
                                 + (fingerprint.map { " --fingerprint \($0)" } ?? ""))
        }
        if liveOptions.liveSpeed != nil {
            Output.printLine("The live clock waits: type 'start' when everyone has joined (the console shows each join).")
        }
        Output.printLine("Type 'help' for the facilitator's commands; 'end' ends the drill.")
    }

    /// What a restart needs to be found again at the same address, with the same token and the same
    /// encryption, when the join record could not be saved beside the log (otherwise it needs nothing).
    private func restartOptions(_ join: SavedJoin) -> String {
        var options = join.bind == "127.0.0.1" ? [] : ["--bind", join.bind]
        options += ["--port", "\(join.port)", "--token", join.token]
        if join.tls != !Self.isLoopback(join.bind) { options.append(join.tls ? "--tls" : "--no-tls") }
        return options.map { " " + $0 }.joined()
    }

    /// Whether `address` is only reachable from this machine.
    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address == "localhost"
    }

    /// Ten characters from an alphabet without look-alikes (no 0/o, 1/l).
    static func randomToken() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
    }
}
