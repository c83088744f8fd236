import Foundation
import Testing
@testable import TabletopCore

/// Replies built from the world's record: who did what in an answered question, what people did and
/// were told, and assets whose state changed since the scenario described them.
struct WorldRecordReplyTests {
    /// A shipped scenario at seed 1 after the moves, with the text of the command's reply.
    static func reply(_ scenario: String, after moves: [String], to command: String) throws -> (String, Engine) {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(scenario), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in moves { engine.playThrough(move) }
        let text = engine.handle(command).compactMap { output -> String? in
            switch output {
            case .answer(_, _, let text), .response(let text), .info(let text): text
            default: nil
            }
        }.joined(separator: " / ")
        return (text, engine)
    }

    static let insiderTeam = ["ack", "severity sev2 \"possible insider exfiltration\"", "channel #ir-insider --signal",
                              "invite omar #ir-insider", "invite peter #ir-insider"]

    @Test func anAnswerIsCreditedToWhoTheOutcomeSaysDidIt() throws {
        // "Ben grumbles but agrees. Omar starts a remote forensic image; Dana places holds."
        let (_, engine) = try Self.reply("insider", after: Self.insiderTeam + ["wait 1h", "choose 2"], to: "assets")
        let holds = try #require(engine.state.assetChanges.first { $0.asset == "kai-mailbox" && $0.state == .preserved })
        let image = try #require(engine.state.assetChanges.first { $0.asset == "kai-laptop" && $0.state == .snapshotted })
        #expect(holds.by == "Dana Cole, on your answer")
        #expect(image.by == "Omar Haddad, on your answer")
    }

    @Test func theDoerIsTheLastPersonNamedBeforeTheDeed() throws {
        let (_, engine) = try Self.reply("insider", after: [], to: "assets")
        let dana = engine.doer(of: .disabled, on: "kai-account", in: "Nobody told him to wait, so Ben has Dana lock Kai's account.")
        #expect(dana?.id == "dana")
        #expect(engine.doer(of: .disabled, on: "kai-account", in: "Finance starts a payment.") == nil)
    }

    @Test func anUpdateSaysWhatThePersonDidInAnAnsweredQuestion() throws {
        let (text, _) = try Self.reply("insider", after: Self.insiderTeam + ["wait 1h", "choose 2"], to: "ask omar update")
        #expect(text.contains("forensic image"))
        let (dana, _) = try Self.reply("insider", after: Self.insiderTeam + ["wait 1h", "choose 2"], to: "ask dana update")
        #expect(dana.contains("I place holds"), "\(dana)")
    }

    @Test func anUpdateSaysWhatTheTraineeToldThem() throws {
        let (text, _) = try Self.reply("insider", after: Self.insiderTeam + ["tell grace \"keep the exit plan quiet\""], to: "ask grace update")
        #expect(text.contains("You told me: \"keep the exit plan quiet\""))
    }

    @Test func anOfferAlreadyCarriedOutByThePersonSaysItIsDone() throws {
        let (text, _) = try Self.reply("insider", after: Self.insiderTeam + ["wait 1h", "choose 2"], to: "ask omar forensic image")
        #expect(text.contains("I already snapshotted kai-laptop"))
        #expect(!text.contains("I can pull a remote forensic image"))
    }

    @Test func aCutOffAssetLeadsWithItsStateAndTellsTheFindingAsBefore() throws {
        let (text, _) = try Self.reply("insider", after: Self.insiderTeam + ["revoke kai-account"], to: "inspect kai-account")
        #expect(text.hasPrefix("Since it was revoked at"))
        #expect(text.contains("Before kai-account was revoked at"))
    }

    @Test func aScheduledCutOffIsNotReportedAsDone() throws {
        let moves = Self.insiderTeam + ["notify hr", "notify legal", "preserve kai-mailbox", "disable kai-account"]
        let (text, _) = try Self.reply("insider", after: moves, to: "inspect kai-account")
        #expect(text.contains("scheduled for"))
        #expect(!text.contains("disabled since"))
    }
}
