import Testing
@testable import TabletopCore

/// Which actions count as a runbook step's evidence, in the engine's ✓ marks and in the scorer alike.
@Suite struct StepEvidenceTests {
    func play(_ lines: [String]) throws -> (engine: Engine, marks: [Int]) {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario("insider"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        var marks: [Int] = []
        for line in lines {
            for output in engine.handle(line) { if case .evidence(let step, _) = output { marks.append(step) } }
        }
        return (engine, marks)
    }

    // Paging the general counsel is stakeholder work (step 16), not engineering support (step 7).
    @Test(arguments: [
        (["page peter"], false),
        (["page grace", "page rita"], false),
        (["page omar"], true),
        (["page peter", "page ben"], true),
    ])
    func engineeringSupportMeansEngineers(_ lines: [String], _ counts: Bool) throws {
        let (engine, marks) = try play(["ack"] + lines)
        #expect(marks.contains(7) == counts)
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.number == 7 })
        #expect(!step.evidence.isEmpty == counts, "the scorer agrees with the engine")
    }

    @Test func theShippedRunbookSaysWhichTeamsDoNotCount() {
        let step = TestSupport.runbook.step(7)
        #expect(step?.evidenceSkipsTeams == ["legal", "leadership", "communications", "pr", "people", "hr", "support"])
        #expect(TestSupport.runbook.steps.filter { !$0.evidenceSkipsTeams.isEmpty }.map(\.number) == [7])
    }
}
