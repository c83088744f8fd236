import Testing
@testable import TabletopCore

/// Blind round 7: a change typed for later stayed listed as waiting after it was done at once, and
/// inviting HR into the out-of-band group did not count as HR being told, so the insider's
/// early cut-off trap (which asks that HR and legal know) charged a commander whose HR partner sat
/// in the group.
@Suite struct DoneNowAndWhoKnowsTests {
    @Test func doingAScheduledChangeNowCallsOffTheWaitingCopy() throws {
        var engine = try ScheduledActionTests.engine("breach")
        _ = engine.handle("revoke ci-key at T+2h")
        let now = engine.handle("revoke ci-key").map(\.text)
        #expect(now.contains { $0.hasPrefix("Called off: 'revoke ci-key', scheduled for Tue 11:40 (T+02:00)") && $0.hasSuffix("is done now.") }, "\(now)")
        #expect(engine.scheduledActions.isEmpty)
        #expect(!engine.status().map(\.text).joined().contains("Scheduled:"))
        // Another asset's scheduled change is not touched.
        _ = engine.handle("isolate web-03 at T+3h")
        _ = engine.handle("revoke ci-key")
        #expect(engine.scheduledActions.count == (engine.scenario.assets.contains { $0.id == "web-03" } ? 1 : 0))
    }

    @Test func invitingHRIntoTheGroupTellsHR() throws {
        var engine = try ScheduledActionTests.engine("insider")
        let hr = try #require(engine.scenario.cast.first { StepJudge.audience(ofTeam: $0.team) == .hr })
        _ = engine.handle("channel ir-oob --signal")
        _ = engine.handle("page \(hr.id)")
        // Past the page's answer (a move naming someone who has not answered waits for them).
        _ = engine.advance(to: .minutes(45))
        _ = engine.handle("invite \(hr.id) ir-oob")
        let invite = try #require(engine.state.decisions.last { $0.action.verb == .invite })
        #expect(invite.countsAs == Action(verb: .notify, object: "hr"), "\(String(describing: invite.countsAs))")
        #expect(engine.holds(try ConditionParser.parse("did(notify hr)").get().condition))
        // Inviting someone of no notified function counts as nothing more.
        let other = try #require(engine.scenario.cast.first { StepJudge.audience(ofTeam: $0.team) == nil && !$0.mustNotKnow })
        #expect(engine.countsAs(Action(verb: .invite, object: other.id)) == nil)
    }
}
