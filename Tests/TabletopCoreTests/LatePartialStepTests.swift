import Foundation
import Testing
@testable import TabletopCore

/// A step done late and only in part says both, in its row and in "To improve" (blind41: steps 10, 12 and
/// 13 were done hours after their deadlines and read only "partly done: the text carried 3 of 4 points",
/// while the lateness halved their points and none of them was listed as something to improve).
@Suite struct LatePartialStepTests {
    typealias Support = TimeThatStaysTrueTests

    /// The insider expert's moves up to the fix, then a wait past step 10's deadline and a fix that leaves
    /// out where alerts go.
    static func lateThinFix() throws -> Scorecard {
        let expert = try Support.walkthrough("insider-expert-seed1", through: "test")
        var engine = try Support.engine("insider", expert.prefix { !$0.hasPrefix("fix ") } + ["wait 7h"])
        _ = engine.playThrough("fix \"offboarding blocks personal cloud sync the moment a resignation is entered; departing staff lose admin rights on resignation\"")
        return try ScoringSupport.score(engine)
    }

    @Test func theRowSaysLateAsWellAsPartly() throws {
        let card = try Self.lateThinFix()
        let step = try #require(card.steps.first { $0.number == 10 })
        let deadline = try #require(step.deadline)
        try #require(step.status == .partial && step.wasLate, "\(step.status) at \(String(describing: step.doneAt))")
        #expect(step.debriefShortfalls == ["the text carried 3 of 4 points a complete one makes", "done after its deadline of T+\(deadline.clock)"])
        // The trainee-safe card keeps the same words.
        #expect(card.traineeSafe().steps.first { $0.number == 10 }?.shortfalls == step.debriefShortfalls)
    }

    @Test func aLatePartStepIsSomethingToImprove() throws {
        let card = try Self.lateThinFix()
        let step = try #require(card.steps.first { $0.number == 10 })
        let kept = Int((step.points / step.possible * 100).rounded())
        // 3 of 4 points, late: 75 % of the quality at the late credit.
        #expect(kept < 75)
        let finding = card.areasForImprovement.first { $0.step == 10 }
        #expect(finding?.observation == "Develop a fix or mitigation (step 10) was only partly done (\(kept)% of its points): the text carried 3 of 4 points a complete one makes; done after its deadline of T+\(step.deadline?.clock ?? "")",
                "\(card.areasForImprovement.map(\.observation))")
    }

    @Test func aStepWorthOnlyWhatItNeedsIsExplainedByThatStep() {
        // Nothing of its own missing and on time: its finding is the step it needs.
        let step = StepResult(number: 12, slug: "test-fix", title: "Test the fix", phase: "recover", applies: true, reason: "",
                              status: .partial, doneAt: SimDuration(seconds: 3600), deadline: SimDuration(seconds: 7200),
                              missingPrerequisites: [], evidence: [], points: 2, possible: 4, lesson: "")
        #expect(step.debriefShortfalls == ["no better than the step it needs"])
        var late = step
        late.doneAt = SimDuration(seconds: 9000)
        late.missingPrerequisites = [10]
        #expect(late.debriefShortfalls == ["no better than the step it needs", "done after its deadline of T+02:00", "done before step 10"])
    }

    @Test func theRatingReasonSeparatesLateFromLacking() throws {
        func step(_ number: Int, _ status: StepStatus, doneAt: Int, points: Double) -> StepResult {
            StepResult(number: number, slug: "s\(number)", title: "Step \(number)", phase: "contain", applies: true, reason: "",
                       status: status, doneAt: SimDuration(seconds: doneAt), deadline: SimDuration(seconds: 3600),
                       missingPrerequisites: [], evidence: [], points: points, possible: 4, lesson: "")
        }
        var card = try Self.lateThinFix()
        card.hardFails = []
        card.steps = [step(8, .late, doneAt: 5000, points: 2), step(9, .partial, doneAt: 100, points: 1)]
        card.capabilities = [CapabilityResult(phase: "contain", title: "Containment and record keeping", points: 3, possible: 8, share: 3.0 / 8, rating: .m)]
        card.rating = .m
        #expect(card.ratingReason == "Rated M because the overall rating is the weakest capability's: Containment and record keeping (38% of its points; late: step 8; short of full points: step 9).")
    }
}

/// A step done right but late gives why the step matters, not the scenario's lesson on doing it wrong
/// (blind43: "scoping only web-03 misses…" beside a sweep that had covered the fleet, late).
@Suite struct LateStepLessonTests {
    @Test func aLateStepIsTaughtWhyItMattersNotWhatWentWrong() throws {
        let expert = try TimeThatStaysTrueTests.walkthrough("insider-expert-seed1", through: "test")
        let engine = try TimeThatStaysTrueTests.engine("insider", ["ack", "wait 3h"] + expert.dropFirst())
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.slug == "private-channel" })
        try #require(step.status == .late, "\(step.status)")
        let scenarioLesson = try #require(engine.scenario.debrief.lessons.first { $0.step == step.number }?.lesson)
        let finding = try #require(card.areasForImprovement.first { $0.step == step.number })
        #expect(finding.lesson == TestSupport.runbook.step(step.number)?.lesson)
        #expect(finding.lesson != scenarioLesson)
    }
}

/// A higher level declared minutes before the finding that calls for it is "when unsure, take the higher
/// level", not an over-rating; declared long before, it still is one (blind45: sev1 at 10:24, correct from 10:25,
/// cost a point).
@Suite struct OverRatingGraceTests {
    static func overRatings(_ moves: [String]) throws -> [Adjustment] {
        let engine = try TimeThatStaysTrueTests.engine("breach", moves)
        return try ScoringSupport.score(engine).adjustments.filter { $0.kind == "severity" && $0.reason.contains("over-rated") }
    }

    @Test func aLevelTheFactsCatchUpWithInMinutesIsNoOverRating() throws {
        let declare = "severity sev1 \"customer rows on a paste site with our key; assume the worst\""
        let early = try Self.overRatings(["ack", declare, "ask marco logs"])
        #expect(early.isEmpty, "\(early.map(\.reason))")
        let long = try Self.overRatings(["ack", declare, "wait 2h", "ask marco logs"])
        #expect(long.count == 1, "\(long.map(\.reason))")
    }

    /// The insider's fix takes admin rights from anyone who has resigned, Kai included, and the people say to roll
    /// it out after the exit meeting's cut-off: waiting for it is on time (blind88, blind91: step 13 "late (due
    /// Tue 20:05)" for a rollout on Friday after the cut).
    @Test func theInsiderFixRolledOutAfterTheExitMeetingIsOnTime() throws {
        let expert = try TimeThatStaysTrueTests.walkthrough("insider-expert-seed1", through: "test")
        var engine = try TimeThatStaysTrueTests.engine("insider", expert + ["disable kai-account at Fri 10:00"])
        // A wait stops at news; waited on until Fri 10:30 (T+74:25), after the cut.
        let afterTheCut = SimDuration(seconds: (74 * 60 + 25) * 60)
        for _ in 0..<30 where engine.state.clock < afterTheCut { _ = engine.playThrough("wait until Fri 10:30") }
        try #require(engine.state.clock >= afterTheCut)
        _ = engine.playThrough("rollout")
        let card = try ScoringSupport.score(engine)
        let step = try #require(card.steps.first { $0.number == 13 })
        try #require(step.doneAt != nil, "step 13 not done: \(step.status)")
        #expect(!step.wasLate, "done at \(String(describing: step.doneAt)), due \(String(describing: step.deadline))")
    }
}
