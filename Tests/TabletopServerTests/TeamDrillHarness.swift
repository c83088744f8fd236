import Foundation
import NIOConcurrencyHelpers
import NIOCore
import TabletopCore
import TabletopDrill
import TabletopStore
@testable import TabletopServer

/// A real drill server on loopback with the shipped breach scenario, and clients that collect what they get.
final class TeamDrillHarness {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let token = "test-token-7"
    static let roster = "ana:ic,bo:legal,cy:comms,dee:scribe,eli:ops"

    let server: DrillServer
    let logPath: String
    /// What the facilitator's console was shown, as `[actor] text`.
    let console = NIOLockedValueBox<[String]>([])
    var host: DrillHost { server.host }

    /// Starts a fresh drill, or resumes the one in `resuming` (a session log path), on a free port.
    /// `liveSpeed` turns on live mode, on `wallClock` (the real one unless a test gives its own).
    init(resuming: String? = nil, port: Int = 0, identity: DrillIdentity? = nil, helloDeadline: TimeAmount = .seconds(10), liveSpeed: Double? = nil,
         wallClock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }, scoring: Bool = false) throws {
        let engine: Engine
        let writer: SessionLogWriter
        var opening: [Output] = []
        if let resuming {
            let (scenario, runbook) = try Self.breach()
            let log = try SessionLogWriter.read(resuming)
            engine = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook).0
            writer = try SessionLogWriter(appendingTo: resuming, after: log, lock: SessionLock(logPath: resuming, sessionID: log.header.session))
            logPath = resuming
        } else {
            (engine, writer, opening) = try Self.freshDrill()
            logPath = writer.path
        }
        let scorer = scoring ? try Self.scorer(for: engine) : nil
        let console = self.console
        server = try DrillServer(bind: "127.0.0.1", port: port, identity: identity, helloDeadline: helloDeadline) { loop in
            DrillHost(engine: engine, writer: writer, token: Self.token, eventLoop: loop,
                      now: { "2026-11-29T10:00:00Z" },
                      console: { output, actor in console.withLockedValue { $0.append("[\(actor ?? "")] \(output.plainText)") } },
                      liveSpeed: liveSpeed, wallClock: wallClock, scorer: scorer)
        }
        let host = server.host
        let resumed = resuming != nil, start = opening
        try host.eventLoop.submit { resumed ? host.publishResumed() : host.publishStart(start) }.wait()
    }

    /// The shipped breach scenario and the runbook.
    static func breach() throws -> (Scenario, Runbook) {
        let runbookBytes = try [UInt8](Data(contentsOf: repositoryRoot.appendingPathComponent("Scoring/runbook.yaml")))
        let runbook = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: runbookBytes).value!
        let scenarioBytes = try [UInt8](Data(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/breach.yaml")))
        return (ScenarioLoader.load(path: "breach.yaml", bytes: scenarioBytes, runbook: runbook).value!, runbook)
    }

    /// A scorer with the shipped policy and severity matrix.
    static func scorer(for engine: Engine) throws -> Scorer {
        guard let scoring = ScoringFiles.load(folder: repositoryRoot.appendingPathComponent("Scoring")) else {
            throw CommandFailure("the shipped scoring files do not load")
        }
        return try scoring.scorer(for: engine.scenario)
    }

    /// A started breach drill for the roster, its session log in a temporary file, and what it said first.
    static func freshDrill(roster: String = roster, parallel: Bool = false) throws -> (Engine, SessionLogWriter, [Output]) {
        let (scenario, runbook) = try breach()
        let configuration = EngineConfiguration(seed: 7, mode: .practice, players: try Player.parseList(roster).get(), parallel: parallel)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("team-\(UUID().uuidString).jsonl").path
        let header = SessionHeader(tool: "tabletop test", session: "team-test", scenario: scenario.id, scenarioPath: "breach.yaml",
                                   scenarioHash: "x", runbookHash: "y", configuration: configuration, trainee: nil, started: "2026-11-29T10:00:00Z")
        let writer = try SessionLogWriter(creating: path, header: header)
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
        let opening = engine.start()
        for output in opening { try writer.append(.output(output), sync: false) }
        return (engine, writer, opening)
    }

    /// Runs a facilitator line on the host's loop.
    func facilitate(_ line: String) throws -> [String] {
        let host = self.host
        return try host.eventLoop.submit { host.facilitate(line) }.wait()
    }

    /// Reads a value owned by the host on its loop.
    func onHost<T: Sendable>(_ body: @escaping @Sendable (DrillHost) -> T) throws -> T {
        let host = self.host
        return try host.eventLoop.submit { body(host) }.wait()
    }

    /// Stops the server and closes the session log, as the end of a host process would.
    func stop() {
        server.stop()
        server.host.writer.close()
    }
}

/// A participant driven by a test: every message it receives, in order.
final class ScriptedParticipant: Sendable {
    let client: DrillClient
    let received = NIOLockedValueBox<[ServerMessage]>([])
    let closed = NIOLockedValueBox(false)

    init(_ harness: TeamDrillHarness, name: String, role: String, token: String = TeamDrillHarness.token, seen: Int = 0,
         instance: String? = nil, fingerprint: String? = nil) throws {
        let received = self.received, closed = self.closed
        client = try DrillClient(host: "127.0.0.1", port: harness.server.port,
                                 hello: .hello(token: token, name: name, role: role, seen: seen, instance: instance),
                                 fingerprint: fingerprint,
                                 onMessage: { message in received.withLockedValue { $0.append(message) } },
                                 onClose: { closed.withLockedValue { $0 = true } })
    }

    var messages: [ServerMessage] { received.withLockedValue { $0 } }
    var outputs: [Output] { messages.compactMap(\.output) }
    var isClosed: Bool { closed.withLockedValue { $0 } }

    /// The text of every output, rendered plainly, for searching.
    var texts: [String] { outputs.map(\.plainText) }

    func say(_ line: String) { client.send(.line(line)) }

    /// Waits (up to 5 s) until the condition holds; returns whether it did.
    @discardableResult
    func waitFor(seconds: TimeInterval = 5, _ condition: (ScriptedParticipant) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(self) { return true }
            usleep(5_000)
        }
        return condition(self)
    }

    /// Waits until some output contains the text.
    @discardableResult
    func waitForText(_ text: String) -> Bool { waitFor { $0.texts.contains { $0.contains(text) } } }

    /// Waits for a fatal error and returns its message.
    func fatalError() -> String? {
        // A refusal always comes; the long deadline only matters on a loaded machine, where a flood of
        // 300 lines can take the host more than 5 seconds to read up to the one that is refused (and a
        // clean-clone CI run beside other builds once took more than 30 for 40 lines, stop 45).
        waitFor(seconds: 120) { $0.messages.contains { $0.fatal == true } && $0.isClosed }
        return messages.first { $0.fatal == true }?.message
    }
}

extension Output {
    /// Every piece of text an output carries, joined, for tests to search.
    var plainText: String {
        switch self {
        case .briefing(let title, let text): "\(title) \(text)"
        case .inject(let message): "inject:\(message.id) \(message.from) \(message.text)"
        case .answer(let person, let name, let text): "\(person) \(name) \(text)"
        case .response(let text), .notice(let text), .warning(let text), .error(let text), .info(let text): text
        case .fact(let id, let text): "\(id) \(text)"
        case .evidence(let step, let title): "evidence \(step) \(title)"
        case .clock(let notice): "clock \(notice.id) \(notice.label)"
        case .end(let end): "end \(end.text)"
        }
    }
}

/// A wall clock that moves only when a test says so.
final class ManualWallClock: Sendable {
    private let current = NIOLockedValueBox(ContinuousClock.now)

    /// Reads the clock (what the host is given).
    var read: @Sendable () -> ContinuousClock.Instant { { [current] in current.withLockedValue { $0 } } }

    /// Moves the clock on by `seconds` real seconds.
    func pass(_ seconds: Double) {
        current.withLockedValue { $0 = $0.advanced(by: .milliseconds(Int64(seconds * 1000))) }
    }
}
