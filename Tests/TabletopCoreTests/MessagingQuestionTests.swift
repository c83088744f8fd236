import Foundation
import Testing
@testable import TabletopCore

/// Asked what to tell people and when, communications and counsel answer from where the statement stands,
/// the deadlines on telling that still run and whether the audience named has been told (blind40 #65).
@Suite struct MessagingQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    static func engine(through move: String, _ more: [String] = []) throws -> Engine {
        try Support.engine("breach", try Support.walkthrough("breach-expert-seed1", through: move) + more)
    }

    @Test func withNothingDraftedCommsSaysToDraftItAndHaveItReviewed() throws {
        var engine = try Self.engine(through: "notify pr")
        let answer = Support.said(engine.playThrough("ask sofia what should we tell the retailers and the public, and when?"))
        #expect(answer.hasPrefix("Nothing is drafted yet."), "\(answer)")
        #expect(answer.contains("'statement review sofia'"), "\(answer)")
        #expect(answer.contains("Tell the customers directly ('notify customers') once the words are cleared"), "\(answer)")
        #expect(!answer.contains("I see nothing against"), "a view on the move is not what was asked: \(answer)")
    }

    @Test func aDraftNotClearedIsQuotedWithWhoMayClearIt() throws {
        var engine = try Self.engine(through: "notify pr", ["statement draft \"We are investigating unauthorised access to customer data.\""])
        let answer = Support.said(engine.playThrough("ask hannah what do we say to customers?"))
        #expect(answer.hasPrefix("Your draft, \"We are investigating unauthorised access to customer data"), "\(answer)")
        #expect(answer.contains("'statement review hannah'"), "\(answer)")
    }

    @Test func onceTheStatementIsOutAndCustomersToldTheySaySo() throws {
        var engine = try Self.engine(through: "notify customers")
        let answer = Support.said(engine.playThrough("ask sofia what should we tell the retailers?"))
        #expect(answer.hasPrefix("What the statement we published at Tue"), "\(answer)")
        #expect(answer.contains("They were told at Tue") && answer.contains("('notify customers')"), "\(answer)")
    }

    @Test func aRunningDeadlineOnTellingIsNamed() throws {
        // The reporter's e-mail starts the press clock, which publishing stops.
        // A wait stops at each thing that comes in on the way (the extortion e-mail's question, say).
        var engine = try Self.engine(through: "notify pr", Array(repeating: "wait until 15:50", count: 6))
        #expect(engine.state.clocks["press"]?.isRunning == true)
        let answer = Support.said(engine.playThrough("ask sofia when should we tell the public?"))
        #expect(answer.contains("When: before the PRESS deadline at Tue 18:00"), "\(answer)")
    }

    @Test func othersAndOtherQuestionsAreNotAnsweredThisWay() throws {
        var engine = try Self.engine(through: "notify pr")
        let analyst = Support.said(engine.playThrough("ask priya what should we tell the retailers?"))
        #expect(!analyst.contains("Nothing is drafted yet."), "\(analyst)")
        let view = Support.said(engine.playThrough("ask sofia should we notify customers now?"))
        #expect(!view.contains("Nothing is drafted yet."), "\(view)")
    }

    @Test func aSafeguardInPlaceIsNamedByTheMoveThatMetIt() throws {
        var engine = try Self.engine(through: "notify pr")
        let view = Support.said(engine.playThrough("ask sofia should we notify customers now?"))
        #expect(view.contains("what made it risky is in place ('notify legal' at Tue"), "\(view)")
    }
}
