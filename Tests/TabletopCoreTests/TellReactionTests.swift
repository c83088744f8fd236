import Foundation
import Testing
@testable import TabletopCore

/// A message that answers nothing the person asked still gets a reaction: a request as a request, a call for
/// discretion as agreed, anything else as noted; never from the suspect (blind41: four of eight `tell`s were
/// only read back).
@Suite struct TellReactionTests {
    typealias Support = TimeThatStaysTrueTests

    static func engine() throws -> Engine {
        try Support.engine("insider", try Support.walkthrough("insider-expert-seed1", through: "page omar") + ["wait 30m"])
    }

    @Test func newsIsNoted() throws {
        var engine = try Self.engine()
        let reply = Support.said(engine.playThrough("tell omar \"Plan is set: we cut everything at the exit meeting on Friday.\""))
        #expect(reply.hasSuffix("Omar: \"Got it, thanks.\""), "\(reply)")
    }

    @Test func aRequestIsTakenOn() throws {
        var engine = try Self.engine()
        let reply = Support.said(engine.playThrough("tell omar \"please keep the DLP exports in the restricted ticket only\""))
        #expect(reply.contains("Omar: \"Will do: I'll keep the DLP exports in the restricted ticket only.\""), "\(reply)")
    }

    @Test func discretionIsAgreed() throws {
        var engine = try Self.engine()
        let reply = Support.said(engine.playThrough("tell omar \"This is need-to-know: Kai has resigned and we are watching his uploads.\""))
        #expect(reply.hasSuffix("Omar: \"Understood: it stays with me.\""), "\(reply)")
    }

    @Test func theSuspectSaysNothing() throws {
        var engine = try Self.engine()
        let suspect = try #require(engine.scenario.cast.first { $0.id == engine.scenario.truth.insider })
        let reply = Support.said(engine.playThrough("tell \(suspect.id) \"Can we meet on Friday at 10:00?\""))
        #expect(!reply.contains("Got it") && !reply.contains("Will do"), "\(reply)")
    }
}
