import Testing
@testable import TabletopCore

/// Reading the logs of the suspect's mailbox or of the chat gives their audit trail, not the asset's card
/// again (blind37: `logs kai-mailbox` and `logs chat` said the logs "bear out" what inspecting showed).
@Suite struct AuditTrailTests {
    typealias Support = ContainmentAwareRepliesTests

    @Test(arguments: [("logs kai-mailbox", "no forwarding rule"), ("logs chat", "leaves no entry here")])
    func theLogsSayWhatTheCardDoesNot(_ command: String, _ finding: String) throws {
        var engine = try Support.engine("insider", ["ack"])
        let reply = Support.said(engine.handle(command))
        #expect(reply.contains(finding), "\(reply)")
        #expect(!reply.contains("bear out what inspecting it shows"), "\(reply)")
    }
}
