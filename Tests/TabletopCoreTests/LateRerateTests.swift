import Testing
@testable import TabletopCore

/// Re-rated long after new facts raised the correct level, the incident ran under-rated meanwhile: a finding
/// and points off, and no "kept the severity right" (blind39 S2: sev1 due at T+03:00, declared at T+05:06).
@Suite struct LateRerateTests {
    static func card(_ moves: [String]) throws -> Scorecard {
        try ScoringSupport.score(try ContainmentAwareRepliesTests.engine("breach", moves))
    }

    static let start = ["ack", "severity sev2 \"Key and customer rows in a public paste\"", "logs ci-key"]

    @Test func aReratingHoursLaterCostsAndIsNoStrength() throws {
        let card = try Self.card(Self.start + ["wait 2h", "severity sev1 \"Copying confirmed\""])
        let late = card.adjustments.filter { $0.kind == "severity" && $0.reason.contains("re-rated only") }
        #expect(late.count == 1, "\(card.adjustments)")
        #expect(late.first?.points == -2)
        #expect(!card.strengths.contains { $0.hasPrefix("Kept the severity right") }, "\(card.strengths)")
    }

    @Test func aReratingSoonAfterIsKeepingUp() throws {
        let card = try Self.card(Self.start + ["severity sev1 \"Copying confirmed\""])
        #expect(!card.adjustments.contains { $0.reason.contains("re-rated only") }, "\(card.adjustments)")
        #expect(card.strengths.contains { $0.hasPrefix("Kept the severity right") }, "\(card.strengths)")
    }
}
