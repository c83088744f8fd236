import Foundation
import Testing
@testable import TabletopCore

/// Owners speak of their own assets as owners (what it is for, what they did), a fleet is the
/// fleet, a delegated change names who made it, and briefings and `test` answer from the world
/// (blind checks 5 and 6).
@Suite struct OwnerAndBriefingReplyTests {
    typealias People = WorldAwarePeopleTests

    @Test func aDelegatedChangeNamesThePersonWhoMadeIt() throws {
        let engine = try People.engine("insider", ["ack", "delegate dana disable chat", "wait 1h"])
        let change = try #require(engine.state.assetChanges.last { $0.asset == "chat" && $0.state == .disabled })
        #expect(change.by == "Dana Cole")
        // The commander's own change stays theirs.
        let own = try People.engine("insider", ["ack", "disable chat"])
        #expect(own.state.assetChanges.last { $0.asset == "chat" }?.by == nil)
    }

    @Test func anOwnerSaysWhatTheirAssetIsForNotItsCatalogueCard() throws {
        var engine = try People.engine("breach", ["ack"])
        let reply = People.said(engine.handle("ask lena about ci-config"))
        #expect(reply.contains("The repository my team keeps CI's deploy settings in."))
        #expect(!reply.contains("criticality"))
        #expect(!reply.contains("That one is mine."))
        #expect(reply.contains("Nobody has changed anything on it yet"))
    }

    @Test func anOwnerSpeaksOfWhatTheyDidInTheFirstPerson() throws {
        var engine = try People.engine("insider", ["ack", "delegate dana disable chat", "wait 1h"])
        let reply = People.said(engine.handle("ask dana about chat"))
        #expect(reply.contains("I already disabled chat at") || reply.contains("I disabled it at"), "\(reply)")
    }

    @Test func aFleetNamedByItsGroupIsTheFleetNotAMemberCredential() throws {
        var engine = try People.engine("compromised-host", ["ack", "isolate web-03"])
        let reply = People.said(engine.handle("ask maya about web-fleet"))
        #expect(reply.contains("web-03: isolated at"), "\(reply)")
        #expect(!reply.contains("instance role"))
        #expect(!reply.contains("criticality"))
    }

    @Test func theExecutiveWhoCalledReactsToTheBriefing() throws {
        var engine = try People.engine("breach", ["ack", "revoke ci-key", "wait 2h"])
        #expect(engine.state.hasFired("ceo-hears"))
        let reply = People.said(engine.handle("brief leadership"))
        #expect(reply.hasPrefix("You brief the executives. James Okoro"), "\(reply)")
        #expect(reply.contains("ci-key revoked at"))
        #expect(reply.contains("called at Tue"))
        #expect(reply != "You brief the executives.")
    }

    @Test func testNamesWhoTestsAndTheFixAsWritten() throws {
        // Nina answers her page first: the test is hers once she is on the incident.
        var engine = try People.engine("breach", ["ack", "page nina", "fix \"move CI to short-lived credentials\"", "wait 3h"])
        let reply = People.said(engine.handle("test"))
        #expect(reply.contains("Nina"), "\(reply)")
        // The commander's words, not Lena's report that it is in, which reads the same whatever was written (blind41 #88).
        #expect(reply.contains("tests the fix (move CI to short-lived credentials)"), "\(reply)")
        #expect(!reply.contains("from the identity provider"), "\(reply)")
    }
}
