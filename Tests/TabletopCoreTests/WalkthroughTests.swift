import Foundation
import Testing
@testable import TabletopCore

/// Rescoring the example scenario's walkthroughs is exact and follows the weights; what each walkthrough
/// must score is in its test plan (`Scenarios/plans/example.plans.yaml`).
@Suite struct WalkthroughTests {
    @Test func rescoringIsByteIdentical() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let scenario = try ScoringSupport.shippedScenario("example")
        let first = try encoder.encode(ScoringSupport.score(ScoringSupport.play(scenario, script: "example-competent")))
        let second = try encoder.encode(ScoringSupport.score(ScoringSupport.play(scenario, script: "example-competent")))
        #expect(first == second)
    }

    /// Moving weight from one step to another changes each step's points exactly as the weights say.
    @Test func rescoringWithOtherWeightsFollowsTheWeights() throws {
        let engine = try ScoringSupport.play(ScoringSupport.shippedScenario("example"), script: "example-novice")
        let before = try ScoringSupport.score(engine)
        var runbook = TestSupport.runbook
        runbook.steps[0].weight += 5   // receive-report, done on time
        runbook.steps[20].weight -= 5  // run-postmortem, never held
        let after = try ScoringSupport.score(engine, runbook: runbook)
        #expect(before.steps[0].status == .onTime && before.steps[20].status == .missed)
        let stepsTotal = Double(ScoringSupport.policy.totalWeight - ScoringSupport.policy.judgementWeight)
        let applicable = zip(runbook.steps, after.steps).filter { $0.1.applies }
        let total = applicable.reduce(0.0) { total, pair in
            total + Double(engine.scenario.scoring.first { $0.step == pair.0.number }?.weight ?? pair.0.weight)
        }
        for (step, result) in applicable {
            let weight = Double(engine.scenario.scoring.first { $0.step == step.number }?.weight ?? step.weight)
            #expect(result.possible == ((weight / total * stepsTotal) * 100).rounded() / 100)
        }
        let moved = ((10 / total * stepsTotal) * 100).rounded() / 100 - ((5 / total * stepsTotal) * 100).rounded() / 100
        #expect(after.steps[0].points - before.steps[0].points == moved)
        #expect(after.steps[20].points == 0 && before.steps[20].points == 0)
        // The questions' part does not move with the step weights when a question was asked.
        #expect(!before.judgement.questions.isEmpty && after.judgement.points == before.judgement.points)
        #expect(abs(Double(after.score - before.score) - moved) <= 1)
    }
}
