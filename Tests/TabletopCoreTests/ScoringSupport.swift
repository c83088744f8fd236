import Foundation
@testable import TabletopCore

/// The shipped policy and matrix, and walkthroughs played through the engine.
enum ScoringSupport {
    static let policy: ScoringPolicy = {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/policy.yaml")
        return ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: TestSupport.bytes(url)).value!
    }()

    static let matrix: SeverityMatrix = {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/severity.yaml")
        return ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: TestSupport.bytes(url)).value!
    }()

    static func shippedScenario(_ id: String) throws -> Scenario {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml")
        let result = ScenarioLoader.load(path: "\(id).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook)
        guard let scenario = result.value else { throw TranscriptError(result.renderedDiagnostics) }
        return scenario
    }

    /// Plays `Scenarios/walkthroughs/<scenario>-<kind>.script`, or the seed's own
    /// `<scenario>-<kind>-seed<N>.script` where the path depends on the seeded variant, and returns the
    /// final engine.
    static func play(_ scenario: Scenario, script name: String, seed: UInt64 = 7) throws -> Engine {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs")
        let shared = folder.appendingPathComponent("\(name).script")
        let url = FileManager.default.fileExists(atPath: shared.path) ? shared : folder.appendingPathComponent("\(name)-seed\(seed).script")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: seed, mode: .practice, players: []))
        _ = engine.start()
        for line in lines { _ = engine.handle(line) }
        return engine
    }

    static func score(_ engine: Engine, runbook: Runbook = TestSupport.runbook, policy: ScoringPolicy = policy) throws -> Scorecard {
        try Scorer(runbook: runbook, policy: policy, matrix: matrix, scenario: engine.scenario)
            .score(engine.state, players: engine.configuration.players)
    }
}
