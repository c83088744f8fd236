import Testing
@testable import TabletopCore

/// Blind play (insider 54): Rita phoned, and paging her five minutes later said "they usually answer
/// within 20m" and kept her out of reach. Someone who reached the commander minutes ago answers at once.
@Suite struct PagingACallerTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func someoneWhoJustCalledAnswersThePageAtOnce() throws {
        var engine = try Support.engine("insider", seed: 54, ["ack"])
        // Wait (each wait stops at what comes in) until Rita has called.
        var waits = 0
        while !engine.state.fired.contains(where: { engine.injectsByID[$0.id]?.from == "rita" }) && waits < 40 {
            engine.playThrough("wait 30m")
            waits += 1
        }
        let call = try #require(engine.state.fired.last { engine.injectsByID[$0.id]?.from == "rita" })
        try #require(engine.state.clock.seconds - call.at.seconds <= Engine.atHand.seconds)
        let paged = Support.said(engine.handle("page rita"))
        #expect(paged.contains("they answer at once"), "\(paged)")
        #expect(!paged.contains("usually answer within"), "\(paged)")
        // Nobody else who called in is paged the slow way for it: Peter has not called.
        let other = Support.said(engine.handle("page peter"))
        #expect(other.contains("usually answer within"), "\(other)")
    }
}
