import Testing
@testable import TabletopCore

/// Asked where a deadline stands or whether the incident can be closed, people answer from the world:
/// the clock's state and what it still needs, what is still open (blind21 #13, #28, #29).
@Suite struct StatusQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aDeadlineQuestionGetsTheClockAsItStands() throws {
        var engine = try Support.engine("insider", ["ack", "wait 2h"])
        let grace = try #require(engine.peopleByID["grace"])
        let question = "has the GDPR notification been filed yet?"
        let running = try #require(engine.clockAnswer(grace, words: Engine.topicWords(question)))
        #expect(running.hasPrefix("Not yet: the GDPR clock runs until"), "\(running)")
        #expect(running.contains("'notify regulator'"), "\(running)")
        engine.playThrough("notify regulator")
        let met = try #require(engine.clockAnswer(grace, words: Engine.topicWords(question)))
        #expect(met.hasPrefix("Yes: the GDPR clock was met at"), "\(met)")
        // The whole exchange, through `ask`: the same answer, not a finding on chat rights.
        let said = Support.said(engine.playThrough("ask grace \(question)"))
        #expect(said.contains("GDPR clock was met"), "\(said)")
    }

    @Test func aQuestionWithoutADeadlineWordOrFromTheSuspectIsNoClockQuestion() throws {
        let engine = try Support.engine("insider", ["ack", "wait 2h"])
        let grace = try #require(engine.peopleByID["grace"])
        #expect(engine.clockAnswer(grace, words: Engine.topicWords("does the wipe request change anything for the exit meeting?")) == nil)
        let insider = try #require(engine.scenario.truth.insider)
        let suspect = try #require(engine.peopleByID[insider])
        #expect(engine.clockAnswer(suspect, words: Engine.topicWords("has the GDPR notification been filed yet?")) == nil)
    }

    @Test func askedWhetherToCloseTheyNameWhatIsStillOpen() throws {
        let engine = try Support.engine("breach", ["ack", "ask marco logs", "wait 2h"])
        let marco = try #require(engine.peopleByID["marco"])
        let said = try #require(engine.closingAnswer(marco, words: Engine.topicWords("do you agree we can close the incident now?")))
        #expect(said.hasPrefix("Not yet, as far as I know:"), "\(said)")
        #expect(said.contains("way in"), "\(said)")
        #expect(engine.closingAnswer(marco, words: Engine.topicWords("who closed the ticket on the paste?")) == nil)
    }
}

/// Whether a question asks if the suspect knows they are watched, by how it is put (blind21 #4, #7).
@Suite struct SuspectAwarenessTests {
    @Test(arguments: [
        ("does kai know anything about the investigation?", true), ("is kai aware we are looking?", true),
        ("has he noticed anything?", true), ("has anyone in HR spoken to kai today?", true), ("is kai working normally today?", true),
        ("do you know what kai copied?", false), ("does the team know kai resigned?", false), ("who has spoken to legal?", false),
    ])
    func awarenessIsAskedOfTheSuspect(question: String, asks: Bool) {
        #expect(Engine.asksAwareness(question, of: "kai") == asks)
    }
}
