import Foundation
import Testing
@testable import TabletopCore

/// A snapshot or hold fails when its asset is destroyed (deleted, rebuilt, wiped) while it is under
/// way, whoever does the work and whoever destroys it: the trainee, a delegated task, a teammate
/// working in parallel. And the converse: destroying an asset whose snapshot is still under way
/// destroys evidence, whoever destroys it.
@Suite struct InterruptedWorkTests {
    static func said(_ outputs: [Output]) -> String { outputs.map(\.text).joined(separator: "\n") }
    static let ana = Player(name: "ana", role: "ic"), bo = Player(name: "bo", role: "ops")

    /// A started team drill of ana and bo, whose decisions take each one's own time.
    static func team(_ id: String) throws -> Engine {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: [ana, bo], parallel: true))
        _ = engine.start()
        return engine
    }

    @Test func aDelegatedSnapshotFailsWhenTheAssetIsRebuiltDuringIt() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        _ = engine.handle("delegate dev snapshot customer-exports")
        engine.playThrough("wait 20m")
        let said = Self.said(engine.handle("redeploy customer-exports"))
        #expect(said.contains("'snapshot customer-exports' failed: customer-exports bucket was rebuilt from a clean image at Tue "), "\(said)")
        #expect(said.contains("into my work, so nothing was kept."))
        #expect(!engine.state.asset("customer-exports", is: .snapshotted))
        #expect(engine.state.tasks.last?.blocked == true)
    }

    @Test func aDelegatedRebuildDuringTheTraineesSnapshotDestroysEvidence() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        _ = engine.handle("delegate dev redeploy customer-exports")
        let delegated = engine.state.decisions.count - 1
        engine.playThrough("wait 50m")
        let said = Self.said(engine.handle("snapshot customer-exports"))
        #expect(said.contains("'snapshot customer-exports' failed: customer-exports bucket was rebuilt from a clean image at Tue "), "\(said)")
        #expect(!engine.state.asset("customer-exports", is: .snapshotted))
        // The rebuild came while the snapshot was under way: it destroyed evidence, on the delegated decision's account.
        #expect(engine.state.traps.contains { $0.id == "destroyed-evidence:customer-exports" && $0.decision == delegated }, "\(engine.state.traps)")
    }

    @Test func aTeammatesDeleteFailsAnotherParticipantsSnapshotUnderWay() throws {
        var engine = try Self.team("compromised-host")
        _ = engine.handle("snapshot web-03", as: Self.ana)
        let snapshot = engine.state.decisions.count - 1
        let said = Self.said(engine.handle("delete web-03", as: Self.bo))
        #expect(said.contains("'snapshot web-03' failed: web-03 (production web server) was deleted at Tue 14:20 (T+00:00), 0m into it, so nothing was kept."), "\(said)")
        #expect(!engine.state.asset("web-03", is: .snapshotted))
        #expect(engine.state.decisions[snapshot].steps.isEmpty && !engine.state.evidence.contains { $0.decision == snapshot })
        #expect(engine.state.traps.contains { $0.id == "terminated-without-snapshot" })
        #expect(engine.state.traps.contains { $0.id == "destroyed-evidence:web-03" })
    }

    @Test func aTeammatesDeleteAfterTheSnapshotIsDoneKeepsIt() throws {
        var engine = try Self.team("breach")
        _ = engine.handle("snapshot customer-exports", as: Self.ana)
        _ = engine.advance(to: .minutes(31))
        let said = Self.said(engine.handle("delete customer-exports", as: Self.bo))
        #expect(engine.state.asset("customer-exports", is: .deleted))
        #expect(!said.contains("failed"), "\(said)")
        #expect(engine.state.asset("customer-exports", is: .snapshotted))
        #expect(!engine.state.traps.contains { $0.id == "destroyed-evidence:customer-exports" })
    }
}
