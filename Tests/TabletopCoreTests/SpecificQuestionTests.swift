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
        let said = try #require(Self.beyond(engine, omar, "is the personal drive sync still running from \(workstation.id) or did it stop after midnight?"))
        #expect(said.hasPrefix("I don't know that about"), "\(said)")
        #expect(!said.contains("ask \(try #require(engine.scenario.truth.insider)) "), "\(said)")
    }

    @Test func theOwnerWouldLookARequestOrAShortQuestionKeepTheirOwnAnswers() throws {
        let engine = try Support.engine("compromised-host", ["ack"])
        let nils = try #require(engine.peopleByID["nils"]), ingrid = try #require(engine.peopleByID["ingrid"])
        let long = "was web-03 patched recently and who deployed the last release before the alert fired?"
        // Nils owns web-03: asked something specific nobody has looked into, he would have to look, and says how.
        let owner = try #require(Self.beyond(engine, nils, long))
        #expect(owner.hasPrefix("I don't know that offhand") && owner.contains("delegate nils logs web-03"), "\(owner)")
        // A short question about it is a call for his own account of it.
        #expect(Self.beyond(engine, nils, "was web-03 patched?") == nil)
        #expect(Self.beyond(engine, ingrid, long)?.hasPrefix("I don't know that about") == true)
        #expect(Self.beyond(engine, ingrid, "can you check whether web-03 was patched recently before the alert fired?") == nil)
        #expect(Self.beyond(engine, ingrid, "what about web-03?") == nil)
        // Asking whether they agree is no request, though it holds "you" and "can".
        #expect(Self.beyond(engine, ingrid, "do you agree web-03 was patched recently and deployed properly before the alert fired?") != nil)
    }

    @Test(arguments: [
        ("can you pull the audit logs for ci-key?", true), ("ok, could you check web-03", true), ("Please rotate it", true),
        ("isolate it and can you tell nils", true), ("do you agree we can close the incident now?", false),
        ("would it help if we rotated it?", false),
    ])
    func requestsAreKnownByWordOrder(line: String, request: Bool) {
        #expect(Engine.isRequest(line) == request)
    }

    /// What `beyondTheCard` says to a question, by its words.
    static func beyond(_ engine: Engine, _ person: Person, _ question: String) -> String? {
        engine.beyondTheCard(person, question: question, words: Engine.topicWords(question))
    }
}
