import Testing
@testable import TabletopCore

/// A step judged by the world lists the moves its criteria name as well as the one that completed it
/// (blind39 S6: "legal knows customer data was read" listed only `logs customer-db`, not `notify legal`).
@Suite struct WorldStepEvidenceTests {
    @Test func theNotificationTheCriterionNamesIsEvidence() throws {
        let engine = try ContainmentAwareRepliesTests.engine("compromised-host", ["ack", "notify legal", "logs customer-db", "wait 30m"])
        #expect(engine.state.facts.contains("db-read"))
        let card = try ScoringSupport.score(engine)
        let evidence = card.steps.first { $0.number == 16 }?.evidence.map(\.text) ?? []
        #expect(evidence.first == "notify legal", "\(evidence)")
        #expect(evidence.contains("logs customer-db"), "\(evidence)")
    }
}
