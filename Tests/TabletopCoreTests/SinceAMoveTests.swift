import Foundation
import Testing
@testable import TabletopCore

/// "Has the attacker tried anything since the rollout?" is answered from what came in after the commander's
/// last rollout, as the person knows it, and never points at the trail of a host deleted or rebuilt since
/// (blind29 #124: the beacon caught after the rollout was missed, and `logs web-03` offered a day after
/// web-03 was deleted).
@Suite struct SinceAMoveTests {
    typealias Support = TimeThatStaysTrueTests

    /// The compromised-host expert's moves at seed 1, up to its `monitor 1h` after the rollout.
    static func expertUntilTheWatch() throws -> [String] {
        try Support.walkthrough("compromised-host-expert-seed1", through: "monitor 1h")
    }

    @Test func whatCameInAfterTheRolloutIsTheAnswer() throws {
        var engine = try Support.engine("compromised-host", try Self.expertUntilTheWatch())
        let rollout = try #require(engine.state.decisions.last { $0.action.verb == .rollout })
        let answer = Support.said(engine.playThrough("ask nils has the attacker tried anything since the rollout?"))
        #expect(answer.hasPrefix("Since 'rollout' at \(engine.stamp(rollout.at)): After the rollout, a host at 10.4.9.17"), "\(answer)")
    }

    @Test func beforeAnythingCameInTheTrailIsOneThatStillExists() throws {
        var engine = try Support.engine("compromised-host", ["ack", "delete web-03", "block cdn-update-check.net"])
        #expect(engine.state.asset("web-03", is: .deleted))
        let answer = Support.said(engine.playThrough("ask ingrid has the attacker tried anything since the block?"))
        #expect(answer.hasPrefix("Since 'block cdn-update-check.net' at"), "\(answer)")
        #expect(!answer.contains("logs web-03"), "\(answer)")
    }
}

/// Asked why they did what they did alone, a person whose question timed out says so (blind29 #10).
@Suite struct WhyAloneTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func whoActedAloneSaysNobodyAnswered() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "wait 30m"])
        #expect(engine.state.asset("web-03", is: .deleted))
        let answer = Support.said(engine.playThrough("ask nils why did you terminate web-03? I was asking you about the evidence"))
        #expect(answer.hasPrefix("Nobody answered what I asked at Tue 14:30 (T+00:10) (\"I can terminate web-03 right now"), "\(answer)")
        #expect(answer.contains("I went ahead alone: "), "\(answer)")
        let theo = try #require(engine.peopleByID["theo"])
        #expect(engine.whyAloneAnswer(theo, question: "why did you curl it?") == nil)
    }
}
