import Foundation
import Testing
@testable import TabletopCore

/// Feedback a trainee can trust (issue 15, blind play 3 and 4): a runbook step is ticked once (or
/// when it gets better), findings of a long command arrive when it is done, a delegated task's work
/// is the delegation's, asking for news is not analysis, and the time limit is announced.
@Suite struct FeedbackAndAttributionTests {
    /// A practice drill of a shipped scenario after `lines`, with the outputs of every line.
    static func play(_ id: String, _ lines: [String], seed: UInt64 = 1) throws -> (Engine, [[Output]]) {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: seed, mode: .practice, players: []))
        _ = engine.start()
        let outputs = lines.map { engine.handle($0) }
        return (engine, outputs)
    }

    static func ticks(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .evidence(let step, let title) = $0 { "\(step) \(title)" } else { nil } }
    }

    @Test func aStepIsTickedTheFirstTimeItIsMetNotOnEveryLaterMove() throws {
        let (_, outputs) = try Self.play("breach", ["ack", "page marco", "page lena", "ask marco about the key owner", "inspect ci-key", "post #incident \"on it\""])
        #expect(Self.ticks(outputs[0]) == ["1 Receive the report"])
        // Step 1 is done already: paging ticks only step 7, and only the first page.
        #expect(Self.ticks(outputs[1]) == ["7 Bring in engineering support"])
        #expect(Self.ticks(outputs[2]).isEmpty)
        #expect(Self.ticks(outputs[3]) == ["5 Initial analysis"])
        #expect(Self.ticks(outputs[4]).isEmpty)
        #expect(Self.ticks(outputs[5]).isEmpty)
    }

    @Test func aStepIsTickedAgainOnlyWhenItsTextCoversMoreOfWhatItAsks() throws {
        let (engine, outputs) = try Self.play("breach", [
            "ack", "followup \"secret scanning on every repository\"", "followup \"secret scanning in CI too\"",
            "followup \"least privilege for the service account\"",
        ])
        #expect(Self.ticks(outputs[1]) == ["19 File follow-up items"])
        #expect(Self.ticks(outputs[2]).isEmpty)
        #expect(Self.ticks(outputs[3]) == ["19 File follow-up items (better now: 2 of the 3 points it asks for)"])
        // Each follow-up is still evidence for the step: the scorer reads their texts together.
        #expect(engine.state.evidence.filter { $0.step == 19 }.count == 3)
    }

    @Test func askingSomeoneForAnUpdateIsNoAnalysisUnlessTheAnswerFindsSomething() throws {
        let (engine, outputs) = try Self.play("breach", ["ack", "ask sofia update", "ask marco status", "ask marco about the key owner"])
        #expect(Self.ticks(outputs[1]).isEmpty)
        #expect(Self.ticks(outputs[2]).isEmpty)
        #expect(engine.state.decisions[1].steps.isEmpty && engine.state.decisions[2].steps.isEmpty)
        #expect(engine.state.decisions[3].steps == [5])
        let card = try ScoringSupport.score(engine)
        let analysis = try #require(card.steps.first { $0.number == 5 })
        #expect(analysis.evidence.map(\.text) == ["ask marco about the key owner"])
    }

    @Test func aLongCommandsFindingsArriveWhenItIsDone() throws {
        let (engine, outputs) = try Self.play("breach", ["ack", "logs audit-logs"])
        let logs = try #require(engine.state.decisions.last)
        #expect(logs.cost == .minutes(20))
        let done = logs.at + logs.cost
        // The finding, the inject it sets off and the severity input all carry the time the logs were read.
        #expect(engine.state.facts.contains("exfil-confirmed"))
        #expect(engine.state.fired.first { $0.id == "exfil-found" }?.at == done)
        #expect(engine.state.severityInputs.filter { $0.at > .zero }.allSatisfy { $0.at >= done })
        // The reply still says what the logs show, and the finding follows it.
        let kinds = outputs[1].map { output -> String in
            switch output {
            case .response: "response"
            case .fact: "fact"
            case .inject(let message): "inject \(message.id)"
            default: "other"
            }
        }
        let fact = try #require(kinds.firstIndex(of: "fact"))
        #expect(kinds.firstIndex(of: "response").map { $0 < fact } == true)
        #expect(kinds.firstIndex(of: "inject exfil-found").map { $0 > fact } == true)
    }

    @Test func aDelegatedTaskThatFinishesDuringAnotherCommandIsCreditedToTheDelegation() throws {
        let (engine, _) = try Self.play("breach", ["ack", "delegate marco revoke ci-key", "logs audit-logs", "logs customer-exports"])
        let delegation = try #require(engine.state.decisions.firstIndex { $0.action.verb == .delegate })
        let move = try #require(engine.scenario.debrief.ideal.firstIndex { $0.text.hasPrefix("Kill the ci-deployer key") })
        let met = try #require(engine.state.idealMet.first { $0.index == move })
        // It came to hold while a later command was running, and is the delegation's all the same.
        #expect(engine.state.decisions.contains { $0.index > delegation && $0.at < met.at })
        #expect(met.decision == delegation)
        let card = try ScoringSupport.score(engine)
        #expect(card.story.path.first { $0.ideal.hasPrefix("Kill the ci-deployer key") }?.did == "delegate marco revoke ci-key")
    }

    @Test func aDelegatedTasksStepIsTickedWhenTheTaskIsDoneAndNotAgainByTheTrainee() throws {
        // Marco reports back about 32 minutes later, during the second wait (the first stops at Raj's question).
        let (_, outputs) = try Self.play("breach", ["ack", "delegate marco logs audit-logs", "doc create", "wait 1h", "wait 1h", "inspect ci-key"])
        // (What the logs showed meets two of step 6's three criteria: a tick in part says so.)
        #expect(Self.ticks(outputs[4]) == ["5 Initial analysis",
                                           "6 Verify impact, in part: the copying is confirmed in the audit logs; whose data it is (EU residents) is established (2 of 3)"])
        #expect(Self.ticks(outputs[5]).isEmpty)
    }

    /// The insider expert's path at seed 1, with its `disable kai-account` typed as `replacement` and
    /// followed by another move (an `inspect`) before Friday.
    static func insiderExpert(disablingWith replacement: String) throws -> Engine {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/insider-expert-seed1.script")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") }.flatMap { $0 == "disable kai-account" ? [replacement, "inspect kai-mailbox"] : [$0] }
        #expect(lines.contains(replacement))
        return try Self.play("insider", lines).0
    }

    /// A cut-off arranged for the exit meeting (Fri 10:00) happens days after it was typed: the ideal
    /// path credits the move that arranged it, typed or delegated, not the last command before Friday.
    @Test(arguments: ["disable kai-account", "delegate dana disable kai-account"])
    func aChangeArrangedForLaterIsCreditedToTheMoveThatArrangedIt(_ move: String) throws {
        let engine = try Self.insiderExpert(disablingWith: move)
        let arranged = try #require(engine.state.decisions.firstIndex { $0.raw == move })
        let cutOff = try #require(engine.scenario.debrief.ideal.firstIndex { $0.text.hasPrefix("Cut off Kai's access") })
        let met = try #require(engine.state.idealMet.first { $0.index == cutOff })
        #expect(engine.state.decisions.contains { $0.index > arranged && $0.at < met.at })
        #expect(met.decision == arranged)
    }
}
