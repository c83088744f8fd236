import Foundation
import Testing
@testable import TabletopCore

/// A request or a call for advice is read for the move it really proposes (blind37): a request that is a
/// shell move gets the command to order it, never a "Will do" that does nothing; whom to tell is named right
/// after the verb; taking rights away is no shutdown.
@Suite struct MoveRequestTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aRequestThatIsAShellMoveGivesItsCommand() throws {
        var engine = try Support.engine("insider", ["ack"])
        let answer = Support.said(engine.playThrough("ask dana can you cut all of Kai's access at exactly Friday 10:00, during the exit meeting?"))
        #expect(!answer.contains("Will do"), "\(answer)")
        #expect(answer.contains("Say the word and it is set for then: 'disable kai-account at Fri 10:00'. Now instead: 'disable kai-account'."), "\(answer)")
        #expect(engine.pendingChange(of: "kai-account") == nil)
    }

    /// blind65 #50: every way in the request names is a command, each for the time it names.
    @Test func everyCutTheRequestNamesIsACommand() throws {
        // (The world where Kai's way in besides his account is a code-host token.)
        var engine = Engine(scenario: try ReplyCorpusTests.load("insider:1"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in ["ack", "logs dlp-logs", "ask dana token"] { engine.playThrough(move) }
        #expect(engine.knownAssets.contains { $0.id == "kai-token" })
        let answer = Support.said(engine.playThrough("ask dana can you cut his account and the code-host token at Friday 10:00?"))
        #expect(answer.contains("'disable kai-account at Fri 10:00' and 'revoke kai-token at Fri 10:00', all in the same minute"), "\(answer)")
        let now = Support.said(engine.playThrough("ask dana can you cut his account and the code-host token?"))
        #expect(now.contains("'disable kai-account' and 'revoke kai-token', or hand it to me: 'delegate dana disable kai-account' and 'delegate dana revoke kai-token'"), "\(now)")
    }

    @Test func whomToTellIsNamedAfterTheVerb() throws {
        var engine = try Support.engine("insider", ["ack", "notify legal"])
        let answer = Support.said(engine.playThrough("ask peter do you think we should tell the hospitals before Friday, or would that risk tipping Kai off?"))
        #expect(!answer.contains("tell kai"), "\(answer)")
        #expect(answer.contains("'notify customers'"), "\(answer)")
    }

    @Test func takingRightsAwayIsNoShutdown() throws {
        let engine = try Support.engine("insider", ["ack", "ask dana chat admins"])
        let proposed = engine.proposedAction(in: "is it safe to remove Kai's chat admin rights now?", words: Engine.topicWords("is it safe to remove Kai's chat admin rights now?"))
        #expect(proposed == nil, "\(String(describing: proposed))")
    }

    @Test(arguments: [("at exactly Friday 10:00, please", "Fri 10:00"), ("by 18:00", "18:00"), ("on Thursday at 9:30.", "Thu 9:30"), ("tomorrow", nil),
                            ("pull the logs for the 02:10 VPN session", nil), ("everything since 09:00", nil),
                            ("For Friday 10:00: can you cut all of Kai's access in the same minute?", "Fri 10:00")])
    func theTimeARequestNames(_ text: String, _ expected: String?) {
        #expect(Engine.requestedTime(in: text) == expected)
    }
}

/// Asked to test, roll out or watch, a person gives the command, not a "Will do" (blind38 #80).
@Suite struct TestRequestTests {
    @Test func aRequestToTestGivesTheCommand() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        let answer = TimeThatStaysTrueTests.said(engine.playThrough("ask nina could you test Lena's OIDC change once it's ready?"))
        #expect(!answer.contains("Will do"), "\(answer)")
        #expect(answer.contains("Say the word and it is done: 'test', once the fix is in."), "\(answer)")
    }
}
