import Foundation
import Testing
@testable import TabletopCore

/// What the scorer does by rule in every scenario is declared in `Scoring/policy.yaml`, not in Swift.
@Suite struct PolicyRulesTests {
    static let text = String(decoding: TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scoring/policy.yaml")), as: UTF8.self)

    static func policy(_ old: String, _ new: String) -> LoadResult<ScoringPolicy> {
        #expect(text.contains(old))
        return ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: Array(text.replacingOccurrences(of: old, with: new).utf8), runbook: TestSupport.runbook)
    }

    static func score(_ moves: [(String, Int)], policy: ScoringPolicy) throws -> Scorecard {
        try Scorer(runbook: TestSupport.runbook, policy: policy, matrix: ScoringSupport.matrix, scenario: ScorerTests.minimal)
            .score(ScorerTests.state(moves), players: [Player(name: "trainee", role: "ic")])
    }

    @Test func theUnreviewedStatementHardFailIsThePolicysToList() throws {
        let publishedFirst = [("statement draft \"x\"", 0), ("statement publish", 5), ("notify legal", 10)]
        #expect(try Self.score(publishedFirst, policy: ScoringSupport.policy).hardFails.map(\.kind) == [.unreviewedStatement])
        let without = try #require(Self.policy("always_hard_fail: [unreviewed-statement]", "always_hard_fail: []").value)
        #expect(try Self.score(publishedFirst, policy: without).hardFails.isEmpty)
    }

    @Test func onlyAHardFailTheScorerCanWatchEverywhereMayBeListed() {
        let result = Self.policy("always_hard_fail: [unreviewed-statement]", "always_hard_fail: [tipping-off]")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.message) == ["'tipping-off' cannot be watched for in every scenario; the scorer knows: unreviewed-statement"])
    }

    @Test func keyTimesTakeTheStepsThePolicyNames() throws {
        let moves = [("ack", 0), ("isolate web-03", 4)]
        let shipped = try Self.score(moves, policy: ScoringSupport.policy)
        let other = try #require(Self.policy("containment: stop-the-bleeding", "containment: receive-report").value)
        #expect(try Self.score(moves, policy: other).keyTimes.containment != shipped.keyTimes.containment)
        let unknown = Self.policy("containment: stop-the-bleeding", "containment: stop-the-bleding")
        #expect(unknown.diagnostics.map(\.message) == ["'containment' names no step of the runbook: 'stop-the-bleding'; did you mean 'stop-the-bleeding'?"])
    }
}
