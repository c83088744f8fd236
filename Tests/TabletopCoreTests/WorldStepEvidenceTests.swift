import Testing
@testable import TabletopCore

/// A step judged by the world lists the move that completed it: for "legal knows customer data was read",
/// the notification that told counsel once the read was found (blind39 S6: it listed only `logs customer-db`).
/// A notification made before the read was found tells counsel nothing of it (blind42: leadership "briefed on
/// a confirmed breach" by a briefing made before the breach was confirmed).
@Suite struct WorldStepEvidenceTests {
    @Test func theNotificationThatToldLegalIsEvidence() throws {
        let engine = try ContainmentAwareRepliesTests.engine("compromised-host", ["ack", "logs customer-db", "wait 30m", "notify legal"])
        #expect(engine.state.facts.contains("db-read"))
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.number == 16 })
        #expect(step.evidence.map(\.text) == ["notify legal"], "\(step.evidence)")
    }

    @Test func aNotificationBeforeTheFindingIsNoEvidence() throws {
        let engine = try ContainmentAwareRepliesTests.engine("compromised-host", ["ack", "notify legal", "logs customer-db", "wait 30m"])
        #expect(engine.state.facts.contains("db-read"))
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.number == 16 })
        #expect(step.doneAt == nil && step.evidence.isEmpty, "\(step.evidence)")
    }
}
