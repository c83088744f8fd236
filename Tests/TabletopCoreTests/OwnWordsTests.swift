import Foundation
import Testing
@testable import TabletopCore

/// Asked about what they raised themselves, people answer with their own words and when they said them,
/// not "I don't know that" (blind31 #123, blind37 #82).
@Suite struct OwnWordsTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func theHelpdeskLeadKnowsHisOwnRequest() throws {
        var engine = try Support.engine("insider", try Support.walkthrough("insider-expert-seed1", through: "wait 2m"))
        let answer = Support.said(engine.playThrough("ask sam has anyone on the helpdesk touched Kai's laptop yet, and how did he phrase the request?"))
        #expect(answer.hasPrefix("What I said at Wed 04:05"), "\(answer)")
        #expect(answer.contains("to remove personal stuff"), "\(answer)")
    }

    @Test func benGivesHisReasonsInHisOwnWords() throws {
        var engine = try Support.engine("insider", try Support.walkthrough("insider-expert-seed1", through: "choose \"Preserve evidence now, block personal-drive uploads quietly\""))
        let answer = Support.said(engine.playThrough("ask ben why did you want to lock Kai's account without waiting?"))
        #expect(answer.contains("Lock Kai's account now and ask him what he's doing"), "\(answer)")
        let unrelated = Support.said(engine.playThrough("ask ben what is the weather like in Lisbon this week?"))
        #expect(!unrelated.contains("What I said at"), "\(unrelated)")
    }
}
