import Foundation
import Testing
@testable import TabletopCore

/// The tester asked about testing answers from where testing stands: a fix ready and untested, or a test
/// that held and what came since (blind40 #78, #121: "when Lena has the change…" and "send me the fix"
/// after the fix was in, tested and rolled out).
@Suite struct TesterAnswerStateTests {
    typealias Support = TimeThatStaysTrueTests

    static func engine(through line: String) throws -> Engine {
        try Support.engine("breach", try Support.walkthrough("breach-expert-seed1", through: line))
    }

    /// The expert's drill with Lena's fix ready and its test just handed to Nina.
    static func testHandedToNina() throws -> Engine {
        var engine = try Self.engine(through: "notify law-enforcement")
        for line in ["wait 3h", "page nina", "wait 20m", "delegate nina test"] { _ = engine.playThrough(line) }
        return engine
    }

    @Test func aReadyFixNobodyTestedIsSaidToBeReady() throws {
        var engine = try Self.engine(through: "notify law-enforcement")
        _ = engine.playThrough("wait 3h")
        try #require(engine.fixUnderTest != nil)
        let answer = Support.said(engine.playThrough("ask nina could you test Lena's fix, and how long would it take?"))
        #expect(answer.hasPrefix("The fix has been ready since"), "\(answer)")
        #expect(answer.contains("It takes me about 1h."), "\(answer)")
    }

    /// blind98 #68, #69: a `test` that starts when the tester answers the page is under way for a question that waited for
    /// that answer too (was "nobody has tested it yet. Say `test`"), and the wait it carried past its end names the test.
    @Test func aTestStartedIsUnderWayForAQuestionAskedWithIt() throws {
        var engine = try Self.engine(through: "notify law-enforcement")
        _ = engine.playThrough("wait 3h")
        _ = engine.handle("test")
        _ = engine.handle("ask nina How long will the test take?")
        let said = Support.said(engine.playThrough("wait 20m"))
        #expect(said.contains("I am testing it now, since"), "\(said)")
        #expect(!said.contains("nobody has tested it yet"), "\(said)")
        #expect(said.contains("you waited for: 'test', scheduled for"), "\(said)")
    }

    /// blind103 #108: a retest handed over after a first result is under way (was the first result and "say `test`").
    @Test func aRetestHandedOverIsUnderWay() throws {
        var engine = try Self.testHandedToNina()
        for line in ["wait 2h", "fix \"narrow the ci-deployer role to the deploy buckets only\"", "delegate nina test", "wait 20m"] {
            _ = engine.playThrough(line)
        }
        try #require((engine.state.deeds ?? []).contains { $0.person == "nina" && $0.text.hasPrefix(Engine.testedPrefix) })
        let answer = Support.said(engine.playThrough("ask nina how far along is the retest, and does it hold up so far?"))
        #expect(answer.hasPrefix("I'm on what you gave me at"), "\(answer)")
        #expect(!answer.contains("say `test`"), "\(answer)")
    }

    /// blind89 #151: a test handed to the tester is theirs to speak of ("I tested it at …"), not "nobody has tested it yet".
    @Test func aTestHandedOverIsTheTestersOwn() throws {
        var engine = try Self.testHandedToNina()
        _ = engine.playThrough("wait 2h")
        let answer = Support.said(engine.playThrough("ask nina did you test the fix?"))
        #expect(answer.hasPrefix("I tested it at"), "\(answer)")
        #expect(!answer.contains("nobody has tested it"), "\(answer)")
    }

    /// blind92 #90, #91: while the test handed over runs, the tester says she is on it and when she reports, and the fix's
    /// author says who is testing it (both said "nobody has tested it yet").
    @Test func aTestUnderWayIsSaidToBeUnderWay() throws {
        var engine = try Self.testHandedToNina()
        let tester = Support.said(engine.playThrough("ask nina How is the test going, and when do you expect to report?"))
        #expect(tester.hasPrefix("I'm on what you gave me at") && tester.contains("'test'. I expect to report back at about"), "\(tester)")
        #expect(!tester.contains("nobody has tested"), "\(tester)")
        let author = Support.said(engine.playThrough("ask lena is your fix tested yet?"))
        #expect(author.contains("Nina Kowalski is testing it now; due back by about"), "\(author)")
    }

    @Test func aTestThatHeldIsTheAnswerAfterTheRollout() throws {
        var engine = try Self.engine(through: "test")
        _ = engine.playThrough("rollout")
        let answer = Support.said(engine.playThrough("ask nina is there anything left untested after the rollout?"))
        #expect(answer.hasPrefix("I tested it at"), "\(answer)")
        #expect(answer.contains("It was rolled out at"), "\(answer)")
        #expect(!answer.contains("Send me the fix"), "\(answer)")
    }
}

/// Asked what should go on the follow-up list from their side, an owner of follow-ups names the ones
/// filed for them (blind40 #112: "I don't know that").
@Suite struct FollowUpListTests {
    @Test func counselNamesTheFollowUpFiledForHer() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack", "page hannah", "followup \"notify data subjects under Article 34\" --owner hannah", "wait 20m"])
        let answer = TimeThatStaysTrueTests.said(engine.playThrough("ask hannah what should go into the follow-up list from the legal side?"))
        #expect(answer.hasPrefix("I have the follow-up you filed for me"), "\(answer)")
        #expect(answer.contains("Article 34") && answer.contains("it stays on record"), "\(answer)")
    }
}

/// Asked what evidence still needs keeping, a person lists what is not held yet with the command, and what
/// is, with since when (blind40 #46: the root cause instead).
@Suite struct PreservationQuestionTests {
    @Test func theAnalystListsWhatIsNotHeldYet() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack", "page priya", "preserve audit-logs", "wait 20m"])
        let answer = TimeThatStaysTrueTests.said(engine.playThrough("ask priya what evidence do we still need to preserve before anything changes?"))
        #expect(answer.hasPrefix("Still to keep before anything changes:"), "\(answer)")
        #expect(answer.contains("Already held: audit-logs since"), "\(answer)")
        #expect(!answer.contains("(preserve audit-logs)") && !answer.contains("preserve ci-key"), "held, or a key: \(answer)")
    }
}
