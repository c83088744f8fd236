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

/// What the world answered a move with is read as it stood when the move was made: rotating the database
/// password before the role was narrowed left it readable, after it did not, whatever holds at the end.
@Suite struct OutcomeAtItsTimeTests {
    static let outOfReach = Rubric(concepts: [RubricConcept(name: "database credentials out of the role's reach", phrases: ["no longer read"])], forbidden: [])

    static func covered(_ moves: [String]) throws -> [String] {
        let engine = try ContainmentAwareRepliesTests.engine("compromised-host", ["ack"] + moves)
        let scenario = engine.scenario
        return Engine.coveredInPlace(Self.outOfReach, in: engine.state, scenario: scenario,
                                     assetsByID: Dictionary(uniqueKeysWithValues: scenario.assets.map { ($0.id, $0) }),
                                     injectsByID: Dictionary(uniqueKeysWithValues: scenario.injects.map { ($0.id, $0) }))
    }

    @Test func rotatedAfterTheRoleWasNarrowedIsOutOfReach() throws {
        #expect(try Self.covered(["rotate instance-role", "rotate db-creds"]) == ["database credentials out of the role's reach"])
    }

    @Test func rotatedBeforeTheRoleWasNarrowedIsNot() throws {
        #expect(try Self.covered(["rotate db-creds", "rotate instance-role"]).isEmpty)
    }
}
