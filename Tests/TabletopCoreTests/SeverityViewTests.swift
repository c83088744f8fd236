import Testing
@testable import TabletopCore

/// Asked for a view on the incident's level, people weigh what they know that bears on it; they never
/// name the level the scorer will call correct (blind28 #13: the CISO said "I don't know that").
@Suite struct SeverityViewTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aViewOnTheLevelWeighsWhatThePersonKnows() throws {
        var engine = try Support.engine("insider", ["ack"])
        let question = "ask rita do you agree with sev2 for this, or would you call it sev1?"
        let early = Support.said(engine.playThrough(question))
        #expect(early.hasPrefix("Nothing we know yet settles what data was taken") || early.hasPrefix("What I know ("), "\(early)")
        // An unscoped upload is no proof that nothing was taken (blind37 #28).
        #expect(!early.contains("shows no"), "\(early)")
        #expect(early.contains("take the higher level when torn"), "\(early)")
        _ = engine.playThrough("logs dlp-logs")
        _ = engine.playThrough("wait 5m")
        _ = engine.playThrough("severity sev2 \"a leaver's sync\"")
        let untold = Support.said(engine.playThrough(question))
        #expect(untold.hasPrefix("I can't weigh it: nobody has told me what you have found."), "\(untold)")
        #expect(untold.contains("You declared sev2 at"), "\(untold)")
        _ = engine.playThrough("brief leadership")
        let told = Support.said(engine.playThrough(question))
        #expect(told.hasPrefix("It's your call against the level matrix; what bears on it is data taken: The synced files are"), "\(told)")
        #expect(told.hasSuffix("Torn between two levels, take the higher and re-rate as facts change."), "\(told)")
        #expect(!told.contains("sev1"), "the engine holds no matrix and names no correct level: \(told)")
    }

    @Test func aSuspectGivesNoViewAndOtherQuestionsAreNotAboutTheLevel() throws {
        let engine = try Support.engine("insider", ["ack"])
        let kai = try #require(engine.peopleByID["kai"])
        #expect(engine.severityViewAnswer(kai, question: "what severity is this?", words: Engine.topicWords("what severity is this?")) == nil)
        let rita = try #require(engine.peopleByID["rita"])
        #expect(engine.severityViewAnswer(rita, question: "who is on call?", words: Engine.topicWords("who is on call?")) == nil)
    }

    @Test func whatTheQuestionTellsCounts() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs"])
        let view = Support.said(engine.playThrough("ask hannah given 2.1 million EU records were copied, should we raise this to sev1?"))
        #expect(view.hasPrefix("It's your call against the level matrix; what bears on it is data taken: Audit logs show"), "\(view)")
    }

    @Test func whoFoundSomethingThemselvesWeighsIt() throws {
        var engine = try Support.engine("compromised-host", ["ack", "page ingrid", "ask ingrid webshell"])
        let view = Support.said(engine.playThrough("ask ingrid what severity would you put on this, given the webshell has been there eleven days?"))
        #expect(view.hasPrefix("What I know (A JSP webshell sits in web-03's upload directory"), "\(view)")
    }
}
