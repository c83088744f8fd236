import Foundation
import TabletopCore
import TabletopReports

/// Plays a script into an in-memory session log with fixed wall-clock times, and builds its report.
enum ReportSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ url: URL) -> [UInt8] { [UInt8]((try? Data(contentsOf: url)) ?? Data()) }

    static let runbook = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: bytes(root.appendingPathComponent("Scoring/runbook.yaml"))).value!
    static let policy = ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: bytes(root.appendingPathComponent("Scoring/policy.yaml"))).value!
    static let matrix = ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: bytes(root.appendingPathComponent("Scoring/severity.yaml"))).value!

    static func scenario(at url: URL) throws -> Scenario {
        let result = ScenarioLoader.load(path: url.lastPathComponent, bytes: bytes(url), runbook: runbook)
        guard let scenario = result.value else { throw ReportTestError(result.renderedDiagnostics) }
        return scenario
    }

    /// A report of `lines` played on `scenario`, as if typed one minute of wall time apart from a fixed start.
    static func report(_ scenario: Scenario, lines: [String], trainee: String?, session: String, started: String = "2026-11-02T09:00:00Z",
                       players: [Player] = [], room: [Int: [SessionNote]] = [:]) throws -> SessionReport {
        let configuration = EngineConfiguration(seed: 3, mode: .practice, players: players)
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
        var log: [UInt8] = []
        var previous = SessionLine.genesis
        var seq = 0
        func append(_ record: SessionRecord) throws {
            let line = try SessionLine(seq: seq, prev: previous, record: record)
            let encoded = try line.encoded()
            previous = SessionLine.hash(encoded)
            log += encoded + [0x0A]
            seq += 1
        }
        try append(.header(SessionHeader(tool: "tabletop test", session: session, scenario: scenario.id, scenarioPath: "\(scenario.id).yaml",
                                         scenarioHash: String(repeating: "a", count: 64), runbookHash: String(repeating: "b", count: 64),
                                         configuration: configuration, trainee: trainee, started: started)))
        for output in engine.start() { try append(.output(output)) }
        let formatter = ISO8601DateFormatter()
        let start = formatter.date(from: started)!
        for (index, line) in lines.enumerated() {
            // The room's notes (joins, leaves, kicks) recorded before line `index`, as a host records them.
            for note in room[index] ?? [] { try append(.note(note)) }
            try append(.input(SessionInput(at: engine.state.clock, wall: formatter.string(from: start.addingTimeInterval(Double(index + 1) * 60)), text: line)))
            for output in engine.handle(line) { try append(.output(output)) }
        }
        let parsed = try SessionLog.parse(log).get()
        let card = try Scorer(runbook: runbook, policy: policy, matrix: matrix, scenario: scenario).score(engine.state, players: configuration.players)
        return SessionReport.build(log: parsed, engine: engine, scorecard: card, runbookVersion: runbook.version)
    }

    /// The lines of `Scenarios/walkthroughs/<name>.script`, or of `<name>-seed1.script` where the path
    /// depends on the seeded variant: `scenario(at:)` builds the seed-1 world.
    static func walkthrough(_ name: String) throws -> [String] {
        let folder = root.appendingPathComponent("Scenarios/walkthroughs")
        let shared = folder.appendingPathComponent("\(name).script")
        let url = FileManager.default.fileExists(atPath: shared.path) ? shared : folder.appendingPathComponent("\(name)-seed1.script")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }
}

struct ReportTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
