import Testing
@testable import TabletopCore

/// A channel opened in a chat the suspect reads is no private channel: it is no evidence for step 2, live
/// or in the debrief, however late; an out-of-band group is (blind31: #ir-kai-private, which the insider's
/// admin could read, was credited as step 2 "late").
@Suite struct ReadableChannelTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aChannelTheSuspectReadsIsNoPrivateChannelAndASignalGroupIs() throws {
        let step = try #require(TestSupport.runbook.steps.first { $0.slug == "private-channel" }).number
        var engine = try Support.engine("insider", ["ack"])
        let inChat = engine.playThrough("channel #ir-kai-private")
        #expect(!engine.state.evidence.contains { $0.step == step })
        #expect(!inChat.contains { if case .evidence(let number, _) = $0 { number == step } else { false } })
        _ = engine.playThrough("channel #ir-kai --signal")
        #expect(engine.state.evidence.contains { $0.step == step })
        let card = try ScoringSupport.score(engine)
        let channel = try #require(card.steps.first { $0.slug == "private-channel" })
        #expect(!channel.evidence.isEmpty && channel.evidence.allSatisfy { $0.text.contains("--signal") }, "\(channel.evidence)")
    }

    @Test func whereTheChatIsNotReadAnyChannelCounts() throws {
        let step = try #require(TestSupport.runbook.steps.first { $0.slug == "private-channel" }).number
        var engine = try Support.engine("breach", ["ack"])
        _ = engine.playThrough("channel #ir-key")
        #expect(engine.state.evidence.contains { $0.step == step })
    }
}
