import Testing
@testable import TabletopCore

/// A paged person acts only once they have answered the page (blind6 #3: Peter joined a Signal group
/// at once and answered the page six minutes later).
@Suite struct PageAnswerTests {
    static func notices(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .notice(let text) = $0 { text } else { nil } }
    }

    @Test func anInviteToSomeoneWhoHasNotAnsweredTheirPageWaitsForTheirAnswer() throws {
        let (engine, outputs) = try FeedbackAndAttributionTests.play("insider", [
            "ack", "channel #ir-oob --signal", "page peter", "invite peter #ir-oob", "wait 20m", "wait 20m",
        ], seed: 1)
        #expect(Self.notices(outputs[3]).contains { $0.hasPrefix("Peter Lang has not answered the page yet") })
        #expect(!outputs[3].contains(.response("Peter Lang joins #ir-oob.")))
        let later = outputs[4] + outputs[5]
        let joined = later.firstIndex(of: .response("Peter Lang joins #ir-oob."))
        let answered = later.firstIndex(of: .notice("Peter Lang, General counsel, answers the page and is standing by."))
        #expect(try #require(answered) < #require(joined))
        #expect(engine.state.channels.first { $0.id == "#ir-oob" }?.members == ["peter"])
    }

    @Test func someoneNeverPagedIsAskedAtOnce() throws {
        let (_, outputs) = try FeedbackAndAttributionTests.play("insider", ["ack", "ask dana about kai-account"], seed: 1)
        #expect(!Self.notices(outputs[1]).contains { $0.contains("has not answered the page") })
    }

    @Test func aPagedPersonWhoSpeaksFirstHasAnsweredThePageByThen() throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        // Someone slow to answer whom the drill has speak: page them, and have them speak first.
        let slow = scenario.cast.filter { $0.reachable && $0.responseTime > .minutes(10) }
        let inject = try #require(scenario.injects.first { inject in slow.contains { $0.id == inject.from } })
        let person = try #require(slow.first { $0.id == inject.from })
        _ = engine.handle("page \(person.id)")
        // Paging takes 5 minutes, less than they take to answer: they have not answered yet.
        _ = try #require(engine.pageAnswer(of: person.id))
        var outputs: [Output] = []
        engine.deliver(inject, into: &outputs)
        #expect(outputs.first == .notice("\(person.name), \(person.role), answers the page and is standing by."))
        #expect(engine.pageAnswer(of: person.id) == nil)
    }
}

