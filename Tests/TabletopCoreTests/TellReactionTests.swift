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

    /// A request for a change is taken on as a task to hand over, in its own words, never silence (blind45 #64:
    /// Lena, asked to narrow the role, said nothing; blind65 #91: "Noted" and nothing started); a message ending its
    /// own sentence gets no second full stop.
    @Test func aRequestForAChangeIsHandedOverInItsWords() throws {
        var engine = try Self.engine()
        let reply = Support.said(engine.playThrough("tell omar \"Please also narrow the DLP role so it can only read what alerts need.\""))
        #expect(reply.contains("delegate omar fix \"narrow the DLP role so it can only read what alerts need\""), "\(reply)")
        #expect(reply.contains("what alerts need.\" Omar") && !reply.contains("need.\"."), "\(reply)")
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
    /// Asked to a meeting or thanked, a person says so; a message ending on a question gets the answer `ask`
    /// would give (blind49 #114, #146: "…, agreed?" and "please come" got "Got it, thanks." and a task template).
    @Test func invitationsThanksAndQuestionsInAMessageAreAnswered() throws {
        var engine = try Self.engine()
        let invited = Support.said(engine.playThrough("tell omar \"Thanks for the DLP pull, that was the right call. The postmortem is tomorrow 10:00, please come\""))
        #expect(invited.contains("Omar: \"Thanks, I'll be there.\""), "\(invited)")
        let thanked = Support.said(engine.playThrough("tell omar \"Thanks, great catch on the second sync.\""))
        #expect(thanked.contains("Omar: \"Thanks, glad it helped.\""), "\(thanked)")
        let asked = Support.said(engine.playThrough("tell omar \"We have the DLP logs. What files were synced?\""))
        #expect(!asked.contains("Got it, thanks") && asked.contains("Omar: \""), "\(asked)")
    }
}
