import Testing
@testable import TabletopCore

/// Asked where the image of a machine stands, a person says it from the world: not started and how to start it, or
/// taken when and by whom (blind101 #39: Omar quoted his request for a ticket instead).
@Suite struct ImageStateTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func theImageOfAMachineIsSaidAsItStands() throws {
        var engine = try Support.engine("insider", seed: 503, ["ack", "page omar", "wait 30m"])
        let question = "ask omar Where does the forensic image of KAI-WS-117 stand, is it finished and verified?"
        let before = Support.said(engine.playThrough(question))
        #expect(before.hasPrefix("Nobody has imaged kai-workstation yet."), "\(before)")
        _ = engine.playThrough("snapshot kai-workstation")
        _ = engine.playThrough("wait 1h")
        let after = Support.said(engine.playThrough(question))
        #expect(after.hasPrefix("kai-workstation is imaged: its snapshot was taken at Tue"), "\(after)")
    }
}
