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

/// The tester and the scorer read the same words for the fix: the commander's, never the scenario's report
/// that it is in (blind41: Dana's "DLP alerts going to a restricted channel" made the test cover four points,
/// the debrief three).
@Suite struct TesterAgreesWithScorerTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aPointOnlyTheReportNamedIsMissingForBoth() throws {
        // The expert's moves up to their fix, then a fix that leaves out where alerts go.
        let expert = try Support.walkthrough("insider-expert-seed1", through: "test")
        var engine = try Support.engine("insider", expert.prefix { !$0.hasPrefix("fix ") } + [
            "fix \"offboarding blocks personal cloud sync the moment a resignation is entered; departing staff lose admin rights on resignation\"",
            "wait 30m",
        ])
        #expect(engine.state.hasFired("fix-ready"))
        let report = Support.said(engine.playThrough("test") + engine.playThrough("wait 2h"))
        #expect(report.contains("the DLP alert on my test upload landed in #sec-alerts"), "\(report)")
        #expect(report.contains("You test the fix (offboarding blocks personal cloud sync"), "\(report)")
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.number == 10 })
        #expect(step.rubric?.missed == ["alerts kept from wide channels"], "\(String(describing: step.rubric))")
        #expect(step.rubric?.hit.count == 3)
    }
}
