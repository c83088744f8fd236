import Foundation
import Testing
@testable import TabletopCore

/// The three shipped scenarios: their shape and an answer to every move. What their walkthroughs must
/// score is in `Scenarios/plans/`; what single moves cost is in `DecisionScoringTests`.
/// Score ranges, bands, hard fails and traps of each walkthrough are in `Scenarios/plans/`.
@Suite struct ShippedScenarioTests {
    static let ids = ["breach", "insider", "compromised-host"]

    @Test(arguments: ids)
    func hasTheShapeADrillNeeds(_ id: String) throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml")
        let result = ScenarioLoader.load(path: "\(id).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook)
        #expect(result.diagnostics == [], "\(result.renderedDiagnostics)")
        let scenario = try #require(result.value)
        #expect(scenario.cast.count >= 8)
        #expect(scenario.injects.count >= 15)
        let contingencies = scenario.injects.filter { if case .contingency = $0.trigger { true } else { false } }
        #expect(contingencies.count >= 2)
        #expect(scenario.injects.contains { if case .at = $0.trigger { true } else { false } })
        #expect(scenario.injects.contains { if case .afterAction = $0.trigger { true } else { false } })
        #expect(scenario.injects.contains { if case .when = $0.trigger { true } else { false } })
        #expect(scenario.injects.filter { $0.decision != nil }.count >= 2)
        #expect(scenario.traps.count >= 4)
        #expect(!scenario.clocks.isEmpty)
        #expect(scenario.debrief.questions.count >= 3)
        #expect(scenario.inspiredBy.count >= 2)
    }

    /// Every decision verb on every object of the right kind gets an answer: a response, an answer,
    /// an inject, or a one-line error; never silence.
    @Test(arguments: ids)
    func everyMoveGetsAnAnswer(_ id: String) throws {
        let scenario = try ScoringSupport.shippedScenario(id)
        var started = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = started.start()
        var lines: [String] = []
        for verb in Vocabulary.verbs where verb.isDecision && verb.id != "why" {
            let objects: [String] = switch verb.argument {
            case .person: scenario.cast.map(\.id)
            case .asset: scenario.assets.map(\.id)
            case .channel: scenario.channels.map(\.id) + ["#ir-new"]
            case .audience: Audience.allCases.map(\.rawValue)
            case .severity: Severity.allCases.map(\.rawValue)
            case .section: DocumentSection.allCases.map(\.rawValue)
            case .indicator: ["203.0.113.9"]
            case .duration: ["30m"]
            case .choice: ["1"]
            case .text, .topic: ["\"something\""]
            case .none: [""]
            }
            for object in objects {
                var line = verb.spelling + (object.isEmpty ? "" : " " + object)
                if verb.id == "ask" { line += " what do you know" }
                if verb.id == "post" { line += " \"update\"" }
                if verb.id == "doc-update" { line += " \"text\"" }
                lines.append(line)
            }
        }
        for line in lines {
            var engine = started
            let outputs = engine.handle(line)
            let answered = outputs.contains { output in
                switch output {
                case .response, .answer, .inject, .error, .end: true
                default: false
                }
            }
            #expect(answered, "no answer to '\(line)' in \(id)")
        }
    }
}
