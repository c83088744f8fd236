import Testing
@testable import TabletopCore

/// A channel the scenario declares says what it is and how many read it, in `status` and when someone
/// is asked who reads it (blind37: `status` listed four people in #sec-alerts, a forty-member channel, and
/// "who reads #sec-alerts?" got Omar's card on what he can pull).
@Suite struct ChannelReadershipTests {
    typealias Support = ContainmentAwareRepliesTests

    @Test func statusSaysTheIncidentsPeopleAreOnlySomeOfAChannelsReaders() throws {
        var engine = try Support.engine("insider", [])
        let status = Support.said(engine.handle("status"))
        #expect(status.contains("#sec-alerts (public; every security alert lands here; 40 members; among them omar, elena, ben, dana)"), "\(status)")
        #expect(status.contains("#security (private; the security team's channel, on the company chat; among them omar)"), "\(status)")
    }

    @Test func aChannelTheTraineeOpenedListsItsMembersAsBefore() throws {
        var engine = try Support.engine("breach", ["ack", "channel #ir-key", "invite priya #ir-key", "invite marco #ir-key"])
        let status = Support.said(engine.handle("status"))
        #expect(status.contains("#ir-key (private: priya, marco)"), "\(status)")
    }

    @Test func askedWhoReadsAChannelAPersonSaysWhatItIsAndWhoIsInIt() throws {
        var engine = try Support.engine("insider", [])
        let answer = Support.said(engine.handle("ask omar who reads #sec-alerts?"))
        #expect(answer.contains("#sec-alerts is public; every security alert lands here; 40 members."), "\(answer)")
        #expect(answer.contains("Elena"), "\(answer)")
        #expect(answer.contains("me"), "\(answer)")
        #expect(!answer.contains("I can pull DLP"), "\(answer)")
    }

    @Test func aRequestToPostThereIsNoQuestionAboutItsReaders() throws {
        var engine = try Support.engine("insider", [])
        let answer = Support.said(engine.handle("ask omar can you please post in #sec-alerts who is looking at the alert?"))
        #expect(!answer.contains("40 members"), "\(answer)")
    }
}
