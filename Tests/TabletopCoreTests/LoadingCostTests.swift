import Foundation
import Testing
@testable import TabletopCore

/// What play, replay and reports skip or do differently when loading and starting a drill, for speed
/// (issue 21), gives the same scenario and the same words as before.
@Suite struct LoadingCostTests {
    /// Loading without the warning-only checks gives the same scenario, and only those warnings go.
    @Test func loadingWithoutWarningsGivesTheSameScenario() throws {
        // Fact `lost` is never revealed: a warning of the reachability check, which play does not show.
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Scenarios/example.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "facts:\n", with: "facts:\n  - id: lost\n    text: Nobody ever finds this.\n")
        let full = ScenarioLoader.load(path: "x.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook)
        let quiet = ScenarioLoader.load(path: "x.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook, warnings: false)
        #expect(full.diagnostics.contains { $0.message.contains("fact 'lost' is never revealed") })
        #expect(!quiet.diagnostics.contains { $0.severity == .warning })
        #expect(try #require(quiet.value) == (try #require(full.value)))
        for id in ["breach", "insider", "compromised-host"] {
            let bytes = TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml"))
            for seed: UInt64 in [1, 7] {
                let loaded = ScenarioLoader.load(path: id, bytes: bytes, runbook: TestSupport.runbook, variant: .seed(seed))
                let fast = ScenarioLoader.load(path: id, bytes: bytes, runbook: TestSupport.runbook, variant: .seed(seed), warnings: false)
                #expect(fast.value != nil && fast.value == loaded.value, "\(id) seed \(seed)")
            }
        }
    }

    /// A scenario built at one seed and re-jittered for another is the scenario loaded at that other seed
    /// (the same variable values): what cohorts and imports use instead of loading each drill's scenario.
    @Test func reJitteringABuildGivesTheScenarioOfThatSeed() throws {
        var moved = 0
        for id in ["breach", "insider", "compromised-host"] {
            let bytes = TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml"))
            let template = try #require(ScenarioLoader.template(path: id, bytes: bytes).value)
            for seed: UInt64 in 1...12 {
                let fresh = try #require(ScenarioLoader.load(path: id, bytes: bytes, runbook: TestSupport.runbook, variant: .seed(seed)).value)
                let built = try #require(ScenarioLoader.loadJitterable(path: id, bytes: bytes, runbook: TestSupport.runbook,
                                                                       variant: .recorded(template.picks(.seed(seed)), seed: seed + 100), warnings: false).value)
                if built.scenario != fresh { moved += 1 }
                #expect(built.at(jitterSeed: seed) == fresh, "\(id) seed \(seed)")
            }
        }
        // The check means something only if the other seed's build differed before it was re-jittered.
        #expect(moved > 20)
    }

    /// The indicator words' full stops are trimmed as Foundation's `trimmingCharacters(in: ".")` trims them.
    @Test func trimmingDotsMatchesFoundation() {
        for word in ["", ".", "...", "a.", ".a", "..a.b..", "v1.2.3", "e\u{301}.", ".\u{301}", "a. .b", "ünïcode."] {
            #expect(StepJudge.trimmingDots(Substring(word)) == word.trimmingCharacters(in: CharacterSet(charactersIn: ".")), "\(word)")
        }
    }
}
