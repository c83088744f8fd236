import Foundation
import Testing
@testable import TabletopCore

/// Briefings and notices carry what the commander knows, tailored to who hears them; people know
/// what they were told or saw and no more; `status` names everyone who took part (blind7 #6, #7,
/// #24, #34; blind8 B19, B21, B46, I27, I28, I40, I43, I54, H25, H33, H34, H45, H80).
@Suite struct BriefingsCarryFindingsTests {
    typealias People = WorldAwarePeopleTests

    static func text(_ engine: Engine, _ fact: String) -> String {
        engine.world.factsByID[fact]?.text ?? fact
    }

    /// In every shipped scenario, what was found (beyond the first report) reaches leadership, and
    /// the executive briefed learns it.
    @Test(arguments: [
        ("breach", ["ack", "ask marco logs", "ask dev data"]),
        ("insider", ["ack", "ask omar files"]),
        ("compromised-host", ["ack", "ask ingrid webshell", "ask sara role"]),
    ])
    func leadershipHearsTheFindings(_ scenario: String, _ moves: [String]) throws {
        var engine = try People.engine(scenario, moves)
        let start = Set(engine.scenario.facts.filter(\.known).map(\.id))
        let found = engine.state.facts.filter { !start.contains($0) }
        try #require(!found.isEmpty)
        let reply = People.said(engine.handle("brief leadership"))
        let executive = try #require(engine.people(reachedBy: .leadership).first)
        for fact in found {
            #expect(reply.contains(Self.text(engine, fact)), "\(scenario): \(fact) missing from \(reply)")
            #expect(engine.personKnows(executive, fact: fact))
        }
    }

    /// The first report leads a briefing: "a second sync" means little to someone who never heard of the
    /// first (blind41 #41, #57: leadership and HR heard of the 0.9 GB sync, never of the 3.6 GB one).
    @Test(arguments: ["breach", "insider", "compromised-host"])
    func theFirstReportLeadsTheFindings(_ scenario: String) throws {
        var engine = try People.engine(scenario, ["ack", "ask omar files", "ask marco logs", "ask ingrid webshell", "wait 2h"])
        let opening = try #require(engine.scenario.facts.first(where: \.known)?.id)
        try #require(engine.state.facts.count > 1)
        let reply = People.said(engine.handle("brief leadership"))
        let openingText = try #require(engine.told(fact: opening))
        let first = try #require(reply.range(of: openingText), "\(scenario): \(reply)")
        for fact in engine.state.facts where fact != opening {
            guard let range = engine.told(fact: fact).flatMap({ reply.range(of: $0) }) else { continue }
            #expect(first.lowerBound < range.lowerBound, "\(scenario): \(fact) before the first report")
        }
    }

    @Test func legalHearsTheDataTakenAndTheClockButNotEveryFinding() throws {
        var engine = try People.engine("breach", ["ack", "ask marco logs", "ask dev data", "ask lena repo", "wait 30m"])
        try #require(["exfil-confirmed", "eu-residents", "second-key"].allSatisfy(engine.state.facts.contains))
        let gdpr = try #require(engine.scenario.clocks.first { engine.state.clocks[$0.id]?.isRunning == true && $0.stops.description.contains("regulator") })
        let reply = People.said(engine.handle("notify legal"))
        #expect(reply.contains(Self.text(engine, "exfil-confirmed")))
        #expect(reply.contains(Self.text(engine, "eu-residents")))
        let deadline = try #require(engine.state.clocks[gdpr.id]?.deadline)
        #expect(reply.contains("The \(gdpr.label) clock runs until \(engine.stamp(deadline))"), "\(reply)")
        #expect(!reply.contains(Self.text(engine, "second-key")))
        let dpo = try #require(engine.people(reachedBy: .legal).first)
        #expect(engine.personKnows(dpo, fact: "eu-residents"))
        #expect(!engine.personKnows(dpo, fact: "second-key"))
    }

    /// One time for one event (blind play 2026-12-03, three players): a briefing gives a cut-off the time
    /// the owner's reply, the timeline and the debrief give it, when it was done, not when the command ended.
    @Test func aCutOffIsToldAtTheTimeEveryOtherReplyGivesIt() throws {
        var engine = try People.engine("breach", ["ack", "revoke ci-key"])
        let revoke = try #require(engine.state.decisions.last { $0.action.verb == .revoke })
        try #require(revoke.cost > .zero)
        let reply = People.said(engine.handle("brief leadership"))
        #expect(reply.contains("ci-key revoked at \(engine.stamp(revoke.at))"), "\(reply)")
        #expect(!reply.contains("at \(engine.stamp(revoke.at + revoke.cost))"))
        let owner = People.said(engine.handle("ask lena about ci-key"))
        #expect(owner.contains(engine.stamp(revoke.at)), "\(owner)")
    }

    @Test func aBriefingAnswersACallOnceAndNotAfterAnUpdate() throws {
        var engine = try People.engine("breach", ["ack", "wait 2h"])
        try #require(engine.state.fired.contains { engine.injectsByID[$0.id]?.from == "james" })
        #expect(People.said(engine.handle("brief leadership")).contains("this briefing answers that call"))
        #expect(!People.said(engine.handle("brief leadership")).contains("this briefing answers that call"))
    }

    @Test func aNoticeToPRWithNobodyInPRSaysSoAndCustomersHearNoFindings() throws {
        var insider = try People.engine("insider", ["ack"])
        try #require(insider.people(reachedBy: .pr).isEmpty)
        let pr = People.said(insider.handle("notify pr"))
        #expect(pr.contains("Nobody in your contacts holds PR"), "\(pr)")
        #expect(!pr.contains("They hear"))
        var host = try People.engine("compromised-host", ["ack", "ask sara role"])
        try #require(host.state.facts.contains("role-secrets"))
        let customers = People.said(host.handle("notify customers"))
        #expect(customers.contains("nothing is drafted"), "\(customers)")
        #expect(!customers.contains(Self.text(host, "role-secrets")))
    }

    @Test func theDPOActsOnWhatSheWasToldInsteadOfStandingBy() throws {
        var engine = try People.engine("compromised-host", ["ack", "ask sara role", "ask olu database"])
        try #require(engine.state.facts.contains("db-read"))
        let helen = try #require(engine.peopleByID["helen"])
        let standby = try #require(helen.briefedAnswer)
        _ = engine.handle("tell helen \"\(Self.text(engine, "db-read"))\"")
        #expect(engine.personKnows("helen", fact: "db-read"))
        let update = People.said(engine.handle("ask helen update"))
        #expect(!update.contains(standby), "\(update)")
        let acting = try #require(helen.answers.first { $0.knows == ["db-read"] })
        #expect(update.contains(acting.text))
        #expect(!People.said(engine.handle("notify legal")).contains(standby))
    }

    @Test func aMessageOrPostPassesOnOnlyTheFactsItNames() throws {
        var engine = try People.engine("breach", ["ack", "ask marco logs", "ask lena repo"])
        try #require(engine.state.facts.contains("second-key"))
        _ = engine.handle("tell raj \"\(Self.text(engine, "exfil-confirmed"))\"")
        #expect(engine.personKnows("raj", fact: "exfil-confirmed"))
        #expect(!engine.personKnows("raj", fact: "second-key"))
        _ = engine.handle("tell nina \"exfiltration confirmed\"")
        #expect(engine.personKnows("nina", fact: "exfil-confirmed"))
        var insider = try People.engine("insider", ["ack", "ask omar files"])
        try #require(insider.state.facts.contains("exfil-scope"))
        try #require(insider.members(of: "#sec-alerts").contains("ben"))
        _ = insider.handle("post #sec-alerts \"The alert is handled; no further discussion here\"")
        #expect(!insider.personKnows("ben", fact: "exfil-scope"))
    }

    @Test func aChannelMemberDoesNotLearnWhatTheCommanderFoundElsewhereLater() throws {
        var engine = try People.engine("insider", ["ack", "channel ir-oob --signal", "invite omar ir-oob", "ask dana chat"])
        try #require(engine.state.facts.contains("slack-admin"))
        #expect(!engine.personKnows("omar", fact: "slack-admin"))
        _ = engine.handle("invite peter ir-oob")
        // Joining, they are brought up to date.
        #expect(engine.personKnows("peter", fact: "slack-admin"))
    }

    @Test func statusNamesEveryoneWhoTookPartAndHowAGroupWasNotified() throws {
        var engine = try People.engine("breach", ["ack", "brief leadership", "tell sofia \"a statement may be needed\""])
        let status = People.said(engine.handle("status"))
        let involved = try #require(status.split(separator: "\n").first { $0.hasPrefix("Involved:") })
        #expect(involved.contains("james"), "\(status)")
        #expect(status.contains("pr (tell sofia)"), "\(status)")
    }
}
