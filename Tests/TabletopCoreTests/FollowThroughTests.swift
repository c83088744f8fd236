import Foundation
import Testing
@testable import TabletopCore

/// A runbook step's follow-through (`monitor` for "roll out and monitor") counts only once the step's own
/// evidence has done it (blind41: `monitor 12h` before any rollout was credited as step 13, live and scored).
@Suite struct FollowThroughTests {
    typealias Support = TimeThatStaysTrueTests

    static func rolloutEvidence(_ engine: Engine) -> [String] {
        engine.state.evidence.filter { $0.step == 13 }.map { engine.state.decisions[$0.decision].raw }
    }

    @Test func watchingBeforeAnyRolloutIsNoRollout() throws {
        var engine = try Support.engine("breach", try Support.walkthrough("breach-expert-seed1", through: "test") + ["monitor 2h"])
        #expect(Self.rolloutEvidence(engine).isEmpty, "\(Self.rolloutEvidence(engine))")
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.number == 13 })
        #expect(step.doneAt == nil && step.points == 0, "\(step)")
        _ = engine.playThrough("rollout")
        _ = engine.playThrough("monitor 1h")
        #expect(Self.rolloutEvidence(engine) == ["rollout", "monitor 1h"])
    }

    @Test func theRunbookSaysWhatCountsOnceDone() throws {
        let step = try #require(TestSupport.runbook.step(13))
        #expect(step.evidence.map(\.description) == ["rollout"])
        #expect(step.followThrough.map(\.description) == ["monitor"])
    }
}
