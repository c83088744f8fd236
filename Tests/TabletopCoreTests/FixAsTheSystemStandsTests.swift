import Foundation
import Testing
@testable import TabletopCore

/// The fix step is scored on the system as it stands, as its tester judges it: the instance role
/// narrowed by `rotate instance-role` counts for "the role narrowed" though the fix's own text leaves it out
/// (blind39 S7: the tester said the fix covered all three points, the runbook table gave it 2 of 3).
@Suite struct FixAsTheSystemStandsTests {
    static func expertWithFix(_ fix: String, dropping dropped: String? = nil) throws -> Scorecard {
        let scenario = try ScoringSupport.shippedScenario("compromised-host")
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/compromised-host-expert-seed1.script")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && $0 != dropped }
            .map { $0.hasPrefix("fix ") ? "fix \"\(fix)\"" : $0 }
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for line in lines { _ = engine.handle(line) }
        return try ScoringSupport.score(engine)
    }

    static let imageOnly = "Golden image: framework upgraded past the file-upload CVE, uploads stored outside the web root and never executed."

    @Test func aRoleNarrowedInTheWorldCountsForTheFix() throws {
        let card = try Self.expertWithFix(Self.imageOnly)
        let fix = try #require(card.steps.first { $0.number == 10 }?.rubric)
        #expect(fix.missed.isEmpty, "\(fix)")
        #expect(fix.hit.count == 3, "\(fix)")
    }

    @Test func withoutTheNarrowingTheFixTextIsShort() throws {
        let card = try Self.expertWithFix(Self.imageOnly, dropping: "rotate instance-role")
        let fix = try #require(card.steps.first { $0.number == 10 }?.rubric)
        #expect(fix.missed.count == 1, "\(fix)")
    }
}
