import Foundation
import Testing
import TabletopCore
import TabletopDrill
import TabletopStore

/// The one drill loop: what reaches the session log, in which order, and when the drill must stop.
@Suite struct DrillSessionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A started breach drill with its log in a temporary file, and what its sink was handed.
    final class Fixture {
        let session: DrillSession
        var shown: [Output] = []

        init() throws {
            func bytes(_ path: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: root.appendingPathComponent(path))) }
            let runbook = try #require(ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: try bytes("Scoring/runbook.yaml")).value)
            let scenario = try #require(ScenarioLoader.load(path: "breach.yaml", bytes: try bytes("Scenarios/breach.yaml"), runbook: runbook).value)
            let configuration = EngineConfiguration(seed: 7, mode: .practice, players: [])
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("drill-\(UUID().uuidString).jsonl").path
            let header = SessionHeader(tool: "tabletop test", session: "drill-test", scenario: scenario.id, scenarioPath: "breach.yaml",
                                       scenarioHash: "x", runbookHash: "y", configuration: configuration, trainee: nil, started: "2026-11-29T10:00:00Z")
            let writer = try SessionLogWriter(creating: path, header: header)
            var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
            let opening = engine.start()
            session = DrillSession(engine: engine, writer: writer, now: { "2026-11-29T10:00:00Z" })
            session.publish(opening)
            session.sink = { [unowned self] in shown += $0 }
        }

        var log: SessionLog { get throws { try SessionLogWriter.read(session.writer.path) } }
    }

    @Test func aLineIsRecordedThenHandledThenHandedOn() throws {
        let fixture = try Fixture()
        let outputs = try fixture.session.play("status")
        #expect(!outputs.isEmpty)
        #expect(fixture.shown == outputs)
        let log = try fixture.log
        #expect(log.records.compactMap { if case .input(let input) = $0 { input.text } else { nil } } == ["status"])
        guard let first = log.records.firstIndex(where: { if case .input = $0 { true } else { false } }),
              log.records.count == first + 1 + outputs.count else {
            Issue.record("the input was not recorded before its outputs")
            return
        }
        #expect(log.outputs.suffix(outputs.count) == outputs)
    }

    @Test func aRefusedFacilitatorCommandIsNeitherRecordedNorApplied() throws {
        let fixture = try Fixture()
        let before = try fixture.log.records.count
        guard case .refused = try fixture.session.facilitate(.hold("no-such-inject"), line: "hold no-such-inject") else {
            Issue.record("an unknown inject was held")
            return
        }
        #expect(try fixture.log.records.count == before)
        guard case .applied = try fixture.session.facilitate(.advance(SimDuration(seconds: 600)), line: "advance 10m") else {
            Issue.record("advance was refused")
            return
        }
        #expect(fixture.session.engine.state.clock >= SimDuration(seconds: 600))
        #expect(try fixture.log.records.count > before)
    }

    @Test func aLostLogStopsTheDrill() throws {
        let fixture = try Fixture()
        try fixture.session.play("status")
        try fixture.session.stopIfLost()
        try FileManager.default.removeItem(atPath: fixture.session.writer.path)
        #expect(throws: (any Error).self) { try fixture.session.play("status") }
        #expect(fixture.session.loss != nil)
        #expect(throws: StoreError.self) { try fixture.session.stopIfLost() }
    }

    @Test func theClockOnlyMovesForward() throws {
        let fixture = try Fixture()
        try fixture.session.advance(to: SimDuration(seconds: 300))
        let records = try fixture.log.records.count
        #expect(try fixture.session.advance(to: SimDuration(seconds: 60)).isEmpty)
        #expect(try fixture.log.records.count == records)
        #expect(fixture.session.engine.state.clock == SimDuration(seconds: 300))
    }
}
