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

    @Test func aReadyFixNobodyTestedIsSaidToBeReady() throws {
        var engine = try Self.engine(through: "notify law-enforcement")
        _ = engine.playThrough("wait 3h")
        try #require(engine.fixUnderTest != nil)
        let answer = Support.said(engine.playThrough("ask nina could you test Lena's fix, and how long would it take?"))
        #expect(answer.hasPrefix("The fix has been ready since"), "\(answer)")
        #expect(answer.contains("It takes me about 1h."), "\(answer)")
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
