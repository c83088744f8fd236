import Foundation
import Testing
@testable import TabletopCore

/// A trap counts as avoided only when this seed's world offered it: the insider's `early-side-cut`
/// needs a way in outside single sign-on, which seed 1's Kai does not have.
@Suite struct TrapsFacedTests {
    static func expert(seed: UInt64) throws -> (Engine, Scorecard) {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/insider.yaml")
        let result = ScenarioLoader.load(path: "insider.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook, variant: .seed(seed))
        guard let scenario = result.value else { throw TranscriptError(result.renderedDiagnostics) }
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: seed, mode: .assessment, players: []))
        _ = engine.start()
        let script = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/insider-expert-seed\(seed).script"), encoding: .utf8)
        for line in script.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            _ = engine.handle(String(line))
        }
        return (engine, try ScoringSupport.score(engine))
    }

    static func scorer(_ engine: Engine) throws -> Scorer {
        try Scorer(runbook: TestSupport.runbook, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix, scenario: engine.scenario)
    }

    @Test func aTrapThisSeedNeverOfferedIsNotCountedAsAvoided() throws {
        let (engine, card) = try Self.expert(seed: 1)
        #expect(engine.scenario.picked("backdoor", "none"))
        let faced = try Self.scorer(engine).trapsFaced(engine.state).map(\.id)
        #expect(!faced.contains("early-side-cut"))
        #expect(faced.count < engine.scenario.traps.count)
        #expect(engine.state.traps.isEmpty)
        #expect(card.strengths.contains("Avoided all \(faced.count) traps the drill set"), "\(card.strengths)")
    }

    @Test func aSeedWithAWayInOutsideSingleSignOnOffersIt() throws {
        var offered = 0
        for seed: UInt64 in [2, 3] {
            let (engine, _) = try Self.expert(seed: seed)
            guard !engine.scenario.picked("backdoor", "none") else { continue }
            offered += 1
            #expect(try Self.scorer(engine).trapsFaced(engine.state).map(\.id).contains("early-side-cut"), "seed \(seed)")
        }
        #expect(offered > 0, "seeds 2 and 3 both give Kai no way in outside single sign-on")
    }
}
