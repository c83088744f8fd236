import Testing
@testable import TabletopCore

/// In a team, a question addressed to a role is answered by that role: the others never saw it.
@Suite struct AddressedQuestionTests {
    /// The breach drill with Devon's question (addressed to the IC) open.
    func withDevonsQuestion(players: [Player]) throws -> Engine {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario("breach"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: players))
        _ = engine.start()
        _ = engine.handle("page dev")
        _ = engine.advance(to: engine.state.clock + SimDuration(seconds: 600))
        guard case .choice(let id, _) = engine.awaiting else { Issue.record("no open question"); return engine }
        #expect(id == "dev-wants-delete")
        return engine
    }

    @Test func onlyTheAddressedRoleMayAnswer() throws {
        var engine = try withDevonsQuestion(players: [Player(name: "ana", role: "ic"), Player(name: "bo", role: "legal")])
        #expect(!engine.mayAnswerOpenQuestion(as: "legal"))
        #expect(engine.mayAnswerOpenQuestion(as: "ic"))
        let before = engine.state
        #expect(engine.handle("@bo choose 1") == [.error("that question went to ic (ana); only they can answer it")])
        #expect(engine.state == before, "refused: no decision, no time")
        _ = engine.handle("@ana choose 2")
        #expect(engine.state.decisions.last?.actor == "ana")
        #expect(engine.state.decisions.last?.raw == "choose 2")
        #expect(engine.awaiting == .action)
    }

    @Test func aSoloTraineeAnswersEverything() throws {
        var engine = try withDevonsQuestion(players: [Player(name: "kim", role: "legal")])
        #expect(engine.mayAnswerOpenQuestion(as: "legal"))
        _ = engine.handle("choose 2")
        #expect(engine.state.decisions.last?.raw == "choose 2")
    }
}
