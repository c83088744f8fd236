import Testing
@testable import TabletopCore

/// A specific question about something it names gets what the person has seen that speaks to it, or an
/// honest "I don't know" and who would, never the named thing's card nor a pointer to the suspect
/// (blind20 #6; blind21 #1, #2, #10).
@Suite struct SpecificQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aSpecificQuestionNothingKnownAnswersIsNotKnownAndNeverSentToTheSuspect() throws {
        let engine = try Support.engine("insider", seed: 62, ["ack"])
        let omar = try #require(engine.peopleByID["omar"])
        let workstation = try #require(engine.knownAssets.first { $0.owner == engine.scenario.truth.insider && $0.kind == .device })
        let words = Engine.topicWords("is the personal drive sync still running from \(workstation.id) or did it stop after midnight?")
        let said = try #require(engine.beyondTheCard(omar, words: words))
        #expect(said.hasPrefix("I don't know that about"), "\(said)")
        #expect(!said.contains("ask \(try #require(engine.scenario.truth.insider)) "), "\(said)")
    }

    @Test func theOwnerARequestOrAShortQuestionKeepTheirOwnAnswers() throws {
        let engine = try Support.engine("compromised-host", ["ack"])
        let nils = try #require(engine.peopleByID["nils"]), ingrid = try #require(engine.peopleByID["ingrid"])
        let long = Engine.topicWords("was web-03 patched recently and who deployed the last release before the alert fired?")
        // Nils owns web-03: his account of it says what was done to it.
        #expect(engine.beyondTheCard(nils, words: long) == nil)
        #expect(engine.beyondTheCard(ingrid, words: long)?.hasPrefix("I don't know that about") == true)
        #expect(engine.beyondTheCard(ingrid, words: Engine.topicWords("can you check whether web-03 was patched recently before the alert fired?")) == nil)
        #expect(engine.beyondTheCard(ingrid, words: Engine.topicWords("what about web-03?")) == nil)
    }
}
