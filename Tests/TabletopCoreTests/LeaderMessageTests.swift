import Testing
@testable import TabletopCore

/// A message to a leader counts as briefing leadership only when it tells them something found (blind63 #33:
/// "I am briefing you in the next few minutes" met the executive deadline and earned the leadership step).
@Suite struct LeaderMessageTests {
    typealias Support = TimeThatStaysTrueTests

    static let opening = ["ack", "severity sev2 \"exposed key, customer rows in a paste\"", "channel #ir-breach", "invite marco #ir-breach", "ask marco logs"]

    @Test func aMessageThatTellsNothingIsNoBriefing() throws {
        let engine = try Support.engine("breach", Self.opening + ["tell james \"I am briefing you in the next few minutes\""])
        #expect(!engine.state.notified.contains(.leadership))
        #expect(engine.state.decisions.last?.countsAs == nil)
    }

    @Test func aMessageThatTellsWhatWasFoundIsABriefing() throws {
        let engine = try Support.engine("breach", Self.opening + ["tell james \"the audit logs show three days of copying from the customer exports bucket\""])
        #expect(engine.state.notified.contains(.leadership))
        #expect(engine.state.decisions.last?.countsAs?.object == "leadership")
    }
}
