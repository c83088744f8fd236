import Testing
@testable import TabletopCore

/// blind65 #83, #84, #111: asked whether a move would tip off the suspect, people answer on the move (what he
/// would see, and when it can go), not with "I don't know that about the chat" or "nothing against 'rollout'".
@Suite struct TipOffQuestionTests {
    private typealias Support = TimeThatStaysTrueTests

    @Test func takingSomethingOfHisAwayEarlyIsSomethingHeNotices() throws {
        var engine = try Support.engine("insider", ["ack", "ask dana slack"])
        let said = Support.said(engine.handle("ask dana would removing Kai's chat admin role today tip him off?"))
        #expect(said.hasPrefix("He would notice: Kai would find his chat admin role gone"), "\(said)")
    }

    @Test func theAnswerNamesThePlannedCutOff() throws {
        var engine = try Support.engine("insider", ["ack", "disable kai-account at Fri 10:00"])
        let said = Support.said(engine.handle("ask grace would revoking his token today tip him off?"))
        #expect(said.contains("before the cut-off at Fri 10:00"), "\(said)")
        let together = Support.said(engine.handle("ask grace would revoking his token at the exit meeting tip him off?"))
        #expect(together.hasPrefix("Not if it goes with the rest") && together.contains("Fri 10:00"), "\(together)")
    }

    @Test func aMoveHeCannotSeeIsSafe() throws {
        var engine = try Support.engine("insider", ["ack"])
        let said = Support.said(engine.handle("ask peter will he notice if we preserve his mailbox?"))
        #expect(said.hasPrefix("No: that is nothing Kai can see"), "\(said)")
    }

    @Test func aFixRolledOutEverywhereReachesHimToo() throws {
        var engine = try Support.engine("insider", ["ack"])
        let said = Support.said(engine.handle("ask grace would rolling out the leaver fix tonight tip Kai off, since it revokes leavers' tokens?"))
        #expect(said.hasPrefix("It would, if it reaches him") && said.contains("leave him out of it"), "\(said)")
    }

    /// "His notice" is his notice period, not whether he notices; and once he knows, there is nothing to tip off.
    @Test func otherQuestionsAreNotTakenForTipOffs() throws {
        var engine = try Support.engine("insider", ["ack"])
        let notice = Support.said(engine.handle("ask grace Kai is working his notice. Should we cut his access now?"))
        #expect(!notice.contains("He would notice"), "\(notice)")
        // (Spoken to, he knows: the contact trap springs.)
        var told = try Support.engine("insider", ["ack", "ask kai are you copying customer data?"])
        #expect(told.suspectTippedOff)
        let after = Support.said(told.handle("ask grace would revoking his token now tip him off?"))
        #expect(!after.contains("He would notice"), "\(after)")
    }

    /// blind65 #107: asked whether the fix took something of his away, where each of his ways in stands.
    @Test func theFixLeavesWhatHeHasUntilItIsCut() throws {
        var engine = Engine(scenario: try ReplyCorpusTests.load("insider:1"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in ["ack", "logs dlp-logs", "ask dana token", "disable kai-account at Fri 10:00"] { engine.playThrough(move) }
        let said = Support.said(engine.handle("ask dana did your fix just remove Kai's chat admin role or his token?"))
        #expect(said.hasPrefix("No: the fix changes the rule from now on") && said.contains("kai-account is scheduled for Fri 10:00")
                    && said.contains("kai-token still works"), "\(said)")
        // A move that might look like a policy change is no question on the fix.
        let move = Support.said(engine.handle("ask omar would blocking uploads to personal-drive right now tip Kai off, or look like a routine policy change?"))
        #expect(!move.contains("the fix changes the rule"), "\(move)")
    }
}
