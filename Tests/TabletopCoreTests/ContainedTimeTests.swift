import Testing
@testable import TabletopCore

/// The key time "contained" is when the adversary last lost access, never the first containment move
/// while they kept another way in (blind39 S3: "contained T+04:15" while a forgotten host beaconed until T+15:44).
@Suite struct ContainedTimeTests {
    @Test func containedIsWhenTheLastWayInClosed() throws {
        let scenario = try ScoringSupport.shippedScenario("compromised-host")
        let engine = try ScoringSupport.play(scenario, script: "compromised-host-expert", seed: 1)
        let card = try ScoringSupport.score(engine)
        #expect(!engine.state.attackerPresent)
        let out = try #require(engine.state.attackerOutAt)
        #expect(card.keyTimes.containment == out)
        let firstCut = try #require(card.steps.first { $0.number == 8 }?.evidence.first?.at)
        #expect(out > firstCut, "the forgotten host is cut off after the first containment move")
    }

    @Test func withAWayInStillOpenNothingIsContained() throws {
        var engine = try ContainmentAwareRepliesTests.engine("breach", ["ack", "revoke ci-key"])
        _ = engine.handle("status")
        #expect(engine.state.attackerPresent)
        let card = try ScoringSupport.score(engine)
        #expect(card.keyTimes.containment == nil)
    }
}
