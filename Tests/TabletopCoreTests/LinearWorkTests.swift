import Testing
@testable import TabletopCore

/// Replay and scoring do work linear in the log (issue 21): the decisions read while replaying and scoring
/// a script four times as long are counted (`WorkMeter`), not timed, so a scan of the whole log on every
/// input (quadratic: sixteen times the reads) fails here on any machine.
@Suite(.enabled(if: WorkMeter.isCounting, "decisions are counted in debug builds only"))
struct LinearWorkTests {
    /// A scenario with room for thousands of moves: people who answer, hosts, conditional injects that
    /// read the decision log (`did`), and an end (`did(postmortem run)`) checked after every move.
    static let scenarioYAML = SchedulingIndexTests.conditionalScenario(injects: 24, seed: 5, timeLimit: "366d")

    /// Moves of every kind that looks at the log: status (who took command), inspections and questions
    /// (what was done to an asset), notes, pages, and the lists.
    static func script(rounds: Int) -> [String] {
        (0..<rounds).flatMap { round in
            ["status", "inspect host-\(round % 4)", "ask person-\(round % 6) topic\(round % 6)", "doc note round \(round)",
             "ask person-\(round % 6) host-\(round % 4)", "page person-\(round % 6)", "logs host-\(round % 4)", "who", "assets"]
        }
    }

    /// Decisions read while playing the script (what a replay does with its log) and scoring the result.
    static func reads(rounds: Int) throws -> (reads: Int, decisions: Int) {
        let result = TestSupport.loadScenario(scenarioYAML)
        let scenario = try #require(result.value, "\(result.renderedDiagnostics)")
        let meter = WorkMeter()
        let engine = try meter.measure {
            var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
            _ = engine.start()
            for line in script(rounds: rounds) { _ = engine.handle(line) }
            _ = try ScoringSupport.score(engine)
            return engine
        }
        #expect(engine.state.end == nil, "the drill ended early, so the longer script did no more work")
        return (meter.count, engine.state.decisions.count)
    }

    @Test func decisionsReadGrowLinearlyWithTheLog() throws {
        let short = try Self.reads(rounds: 60), long = try Self.reads(rounds: 240)
        // The longer drill really is four times as long, and reads its log at all (the meter counts).
        #expect(long.decisions >= 4 * short.decisions - 8)
        #expect(short.reads > 0)
        // Linear work reads about four times as much; a whole-log scan per move reads about sixteen times.
        let ratio = Double(long.reads) / Double(short.reads)
        #expect(ratio < 5, "reading the log grew \(ratio)× for a log 4× as long (\(short.reads) → \(long.reads) decisions read)")
    }
}
