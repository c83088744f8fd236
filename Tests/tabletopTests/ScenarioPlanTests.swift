import Foundation
import Testing
import TabletopCore
import TabletopStore

/// Every test plan of every scenario folder passes: the shipped scenarios and a throwaway scenario
/// in a fixture folder, discovered at run time, so a new scenario with a plans file needs no Swift.
@Suite struct ScenarioPlanTests {
    static let folders = [
        CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios"),
        CommandLineTests.repositoryRoot.appendingPathComponent("Tests/tabletopTests/Fixtures/plan-folder"),
    ]
    static let plansFiles = folders.flatMap(PlanFiles.discover(in:))

    static let scoring: (runbook: Runbook, policy: ScoringPolicy, matrix: SeverityMatrix) = {
        let scoring = CommandLineTests.repositoryRoot.appendingPathComponent("Scoring")
        func bytes(_ name: String) -> [UInt8] { (try? [UInt8](Data(contentsOf: scoring.appendingPathComponent(name)))) ?? [] }
        let runbook = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: bytes("runbook.yaml")).value!
        return (runbook, ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: bytes("policy.yaml"), runbook: runbook).value!,
                ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: bytes("severity.yaml")).value!)
    }()

    /// The plans file's set and a scorer for its scenario at seed 1.
    static func load(_ file: URL) throws -> (PlanSet, Scorer) {
        let loaded = PlanFiles.load(file)
        let set = try #require(loaded.value, "\(loaded.renderedDiagnostics)")
        return (set, try scorer(set, file: file, seed: 1))
    }

    /// A scorer for the plans file's scenario with the variant `seed` picks, as `tabletop test` plays it.
    static func scorer(_ set: PlanSet, file: URL, seed: UInt64) throws -> Scorer {
        let scenarioURL = PlanFiles.scenarioURL(for: set, plansFile: file)
        let result = ScenarioLoader.load(path: scenarioURL.path, bytes: try [UInt8](Data(contentsOf: scenarioURL)), runbook: scoring.runbook,
                                         variant: .seed(seed))
        let scenario = try #require(result.value, "\(result.renderedDiagnostics)")
        return try Scorer(runbook: scoring.runbook, policy: scoring.policy, matrix: scoring.matrix, scenario: scenario)
    }

    @Test func everyShippedScenarioAndTheFixtureHavePlans() {
        let names = Self.plansFiles.map(\.lastPathComponent)
        for id in ["breach", "compromised-host", "example", "insider", "lab-miner"] {
            #expect(names.contains("\(id).plans.yaml"))
        }
    }

    @Test(arguments: plansFiles)
    func plansHold(_ file: URL) throws {
        let (set, _) = try Self.load(file)
        let runs = try PlanRunner.run(set) { seed throws(any Error) in try Self.scorer(set, file: file, seed: seed) }
        #expect(runs.count == set.plans.reduce(0) { $0 + $1.seeds.count })
        for run in runs {
            #expect(run.failures.isEmpty, "\(set.scenario) plan \(run.plan) at seed \(run.seed), score \(run.card.score):\n\(run.failures.joined(separator: "\n"))")
        }
    }

    /// A plan that expects what did not happen fails, with a line that says what and by how much.
    @Test func aWrongExpectationFailsReadably() throws {
        let file = Self.folders[1].appendingPathComponent("plans/lab-miner.plans.yaml")
        let (loadedSet, scorer) = try Self.load(file)
        var set = loadedSet
        set.plans[0].expect.score = 0...5
        set.plans[0].expect.missed = ["receive-report"]
        set.plans[0].expect.neverShows = ["session drops"]
        let failures = PlanRunner.run(set, scorer: scorer)[0].failures
        #expect(failures.contains { $0.hasPrefix("score: expected 0..5, got ") })
        #expect(failures.contains("step receive-report: expected missed, got on-time"))
        #expect(failures.contains("never shows: \"session drops\" was shown"))
    }

    /// Broken plans files get located errors.
    @Test func brokenPlansFilesAreLocated() {
        let text = "format: 1\nscenario: example\nplans:\n  - name: a\n    moves: ack\n    strategy: idle-then-close\n    expect: {}\n  - name: b\n    moves: ack\n    expect:\n      score: 50..x\n      below: { plan: nobody, by: 3 }\n"
        let result = PlanLoader.load(path: "p.plans.yaml", bytes: Array(text.utf8)) { _ in nil }
        let messages = result.diagnostics.map { "\($0.location.map { "\($0.line)" } ?? "-"): \($0.message)" }
        #expect(messages.contains("4: plan 'a' needs exactly one of 'moves', 'script' or 'strategy'"))
        #expect(messages.contains("11: 'score' must be a score or a range such as 90..100, ..50 or 75.., found '50..x'"))
        #expect(messages.contains { $0.contains("compared with 'nobody', which this file does not have") })
    }
}
