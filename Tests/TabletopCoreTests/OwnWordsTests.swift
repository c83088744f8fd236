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
        #expect(answer.hasPrefix("At Wed 04:05"), "\(answer)")
        #expect(answer.contains("to remove personal stuff"), "\(answer)")
    }

    @Test func aLaterDeedOfTheSuspectIsWeighedNotDenied() throws {
        var engine = try Support.engine("insider", try Support.walkthrough("insider-expert-seed1", through: "wait 2m"))
        let answer = Support.said(engine.playThrough("ask omar does Kai's wipe request mean he suspects something?"))
        // (blind59 #97: "nothing he has done since shows he noticed", with the wipe request named in the question.)
        #expect(answer.contains("wipe his"), "\(answer)")
        #expect(!answer.contains("nothing he has done since"), "\(answer)")
    }

    @Test func benGivesHisReasonsInHisOwnWords() throws {
        var engine = try Support.engine("insider", try Support.walkthrough("insider-expert-seed1", through: "choose \"Preserve evidence now, block personal-drive uploads quietly\""))
        let answer = Support.said(engine.playThrough("ask ben why did you want to lock Kai's account without waiting?"))
        #expect(answer.contains("Lock Kai's account now and ask him what he's doing"), "\(answer)")
        let unrelated = Support.said(engine.playThrough("ask ben what is the weather like in Lisbon this week?"))
        #expect(!unrelated.contains("I said: "), "\(unrelated)")
    }
}

/// Questions answered from where things stand, not from an offer already carried out (blind37 #17, #87, #113).
@Suite struct WhereThingsStandTests {
    typealias Support = TimeThatStaysTrueTests

    static func expertOvernight() throws -> Engine {
        try Support.engine("insider", try Support.walkthrough("insider-expert-seed1", through: "wait 12h"))
    }

    @Test func theAssetTheQuestionNamesBestIsTheOneAnswered() throws {
        var engine = try Self.expertOvernight()
        let answer = Support.said(engine.playThrough("ask omar are uploads to personal cloud drives blocked now, company-wide?"))
        // Asked whether it is blocked, where it stands (blind59 #19), on the asset the question names best.
        #expect(answer.hasPrefix("Yes: personal-drive was blocked at"), "\(answer)")
        #expect(!answer.contains("kai-mailbox"), "\(answer)")
    }

    @Test func anOfferCarriedOutIsNoNews() throws {
        var engine = try Self.expertOvernight()
        let news = Support.said(engine.playThrough("ask omar any update since yesterday evening? Anything new from Kai's laptop or account overnight?"))
        #expect(!news.hasPrefix("I already snapshotted"), "\(news)")
        let about = Support.said(engine.playThrough("ask omar what would you do about the laptop on Friday?"))
        #expect(about.hasPrefix("On kai-laptop: it is now snapshotted"), "\(about)")
        #expect(about.contains("no wipe, no reissue"), "\(about)")
    }
}

/// A question of theirs the commander has since answered is quoted as settled, not as still open
/// (blind39 B13: Maya quoted her wrap-up question ten minutes after thanking the commander for the answer).
@Suite struct AnsweredOwnQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    static let beforeClose = "followup \"Forensic analysis of the four snapshots and the DB audit trail\" --owner ingrid"

    @Test func anAnsweredQuestionIsSettled() throws {
        var engine = try Support.engine("compromised-host", try Support.walkthrough("compromised-host-expert-seed1", through: Self.beforeClose) + ["wait 15m"])
        let open = Support.said(engine.playThrough("ask maya are you happy with who owns the legacy hosts now?"))
        #expect(open.contains("who owns decommissioning the legacy hosts"), "\(open)")
        #expect(!open.contains("settles it"), "\(open)")
        _ = engine.playThrough("tell maya \"Sara owns decommissioning the legacy hosts and the inventory gap; postmortem Thursday 10:00\"")
        let settled = Support.said(engine.playThrough("ask maya are you happy with who owns the legacy hosts now?"))
        #expect(settled.contains("You answered it at"), "\(settled)")
        #expect(settled.contains("that settles it for me"), "\(settled)")
    }
}
