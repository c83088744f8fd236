import Testing
@testable import TabletopCore

/// `Engine.handle(_:as:)` takes a known player's command; it answers exactly as the `@name` line a
/// session log records for it, so that replays (which read `@name`) reproduce team drills.
@Suite struct TypedHandleTests {
    let ana = Player(name: "ana", role: "ic")
    let bo = Player(name: "bo", role: "legal")

    func engine() -> Engine { VerbTableTests.startedEngine(players: [ana, bo]) }

    /// The typed call and the recorded `@name` line, each on a fresh engine: same outputs, same state.
    func expectSameAsRecorded(_ line: String, as player: Player, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Engine {
        var typed = engine(), recorded = engine()
        let outputs = typed.handle(line, as: player)
        #expect(outputs == recorded.handle("@\(player.name) \(line)"), sourceLocation: sourceLocation)
        #expect(typed.state == recorded.state, sourceLocation: sourceLocation)
        return typed
    }

    @Test func aDecisionIsRecordedForThePlayerAsTheAtNameLineRecordsIt() throws {
        let typed = expectSameAsRecorded("notify legal", as: bo)
        let decision = try #require(typed.state.decisions.last)
        #expect(decision.actor == "bo")
        #expect(decision.role == "legal")
        #expect(decision.raw == "notify legal")
        #expect(decision.action == Action(verb: .notify, object: "legal"))
    }

    @Test func spacesAroundTheCommandAreNotKept() throws {
        let typed = expectSameAsRecorded("   ack  ", as: ana)
        #expect(typed.state.decisions.map(\.raw) == ["ack"])
        #expect(typed.state.decisions.map(\.actor) == ["ana"])
    }

    @Test func anAtWordIsNotAnotherPlayerButAnUnknownCommand() {
        var typed = engine()
        let outputs = typed.handle("@ana ack", as: bo)
        guard case .error(let message)? = outputs.first else {
            Issue.record("'@ana ack' typed by bo was taken: \(outputs)")
            return
        }
        #expect(message.hasPrefix("unknown command '@ana'"))
        #expect(typed.state.decisions.isEmpty)
        _ = expectSameAsRecorded("@ana ack", as: bo)
    }

    @Test func blankLinesAndErrorsAnswerAsTheRecordedLine() {
        var typed = engine()
        #expect(typed.handle("   ", as: bo) == [])
        _ = expectSameAsRecorded("isolate nothing-here", as: bo)
        _ = expectSameAsRecorded("choose 9", as: ana)
        _ = expectSameAsRecorded("say \"unterminated", as: ana)
    }

    @Test(arguments: [3_995, 3_996, 3_997]) func aLongLineIsMeasuredAsTheLogRecordsIt(length: Int) {
        let line = "doc note " + String(repeating: "a", count: length - 9)
        let typed = expectSameAsRecorded(line, as: bo)
        #expect(typed.state.decisions.count == (length + "@bo ".count <= 4_000 ? 1 : 0))
    }

    @Test func statusAnswersAsTheStatusCommandAndChangesNothing() {
        var engine = engine()
        _ = engine.handle("ack")
        let before = engine.state
        var copy = engine
        #expect(engine.status() == copy.handle("status"))
        #expect(engine.state == before)
        guard case .info(let text)? = engine.status().first else {
            Issue.record("status gave no text")
            return
        }
        #expect(text.hasPrefix("Time: ") && text.contains(" (T+00:01) of at most"))
        let unstarted = Engine(scenario: engine.scenario, runbook: engine.runbook, configuration: engine.configuration)
        #expect(unstarted.status() == [.error("the drill has not started")])
    }
}
