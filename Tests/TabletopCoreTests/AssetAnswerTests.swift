import Foundation
import Testing
@testable import TabletopCore

/// Answers from the world about an asset: the asset the question names, what is known of it, when
/// it was cut off, and never an invitation to ask the person who must not know.
@Suite struct AssetAnswerTests {
    typealias People = WorldAwarePeopleTests

    @Test func anAssetNamedByItsIdIsTheOneAnsweredAbout() throws {
        var engine = try People.engine("insider", ["ack"])
        let reply = People.said(engine.handle("ask omar personal-drive"))
        #expect(reply.contains("(personal-drive)"))
        #expect(!reply.contains("kai-mailbox"))
    }

    @Test func noFallbackSendsTheTraineeToTheSuspect() throws {
        var engine = try People.engine("insider", ["ack"])
        for line in ["ask peter kai-mailbox", "ask sam kai-laptop", "ask omar kai-account", "logs kai-mailbox"] {
            let reply = People.said(engine.handle(line))
            #expect(!reply.contains("ask kai "), "\(line): \(reply)")
            #expect(!reply.contains("Kai Lindgren (Senior engineer (leaving)) owns it"), "\(line): \(reply)")
        }
    }

    @Test func aCardSaysWhatIsKnownOfTheAsset() throws {
        var engine = try People.engine("insider", ["ack"])
        let reply = People.said(engine.handle("ask sam kai-laptop"))
        #expect(reply.contains("23:40"))
        #expect(!reply.contains("Nothing has changed it yet"))
    }

    @Test func aFindingOnACutOffAssetSaysWhenItWentQuiet() throws {
        var engine = try People.engine("compromised-host", ["ack", "inspect web-03", "isolate web-03"])
        #expect(People.said(engine.handle("inspect web-03")).contains("Since it was isolated at "))
        var untouched = try People.engine("compromised-host", ["ack", "inspect web-03"])
        #expect(!People.said(untouched.handle("inspect web-03")).contains("Since it was"))
    }

    @Test func anUpdateGivesTheCurrentPictureWithTheTaskInHand() throws {
        var engine = try People.engine("insider", ["ack", "logs dlp-logs", "delegate omar snapshot kai-laptop", "wait 40m"])
        let reply = People.said(engine.handle("ask omar update"))
        #expect(reply.contains("Latest I know:"))
        #expect(reply.contains("snapshot kai-laptop"))
    }
}
