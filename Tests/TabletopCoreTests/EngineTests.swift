import Foundation
import Testing
@testable import TabletopCore

@Suite struct EngineTests {
    @Test func decisionsAreAttributedCostedAndExplained() throws {
        let engine = try TranscriptRunner(name: "engine-basics").play(.straight).engine
        let decisions = engine.state.decisions
        // Errors, session commands and `why` are not decisions; an `@bo` prefix becomes the actor, not part of the text.
        #expect(decisions.map(\.raw) == ["ack", "page lee", "page dana", "choose 1", "ask dana cpu", "notify legal", "ask dana help",
                                         "lookup kim", "severity sev2 \"miner on prod\"", "snapshot web-01", "isolate web-01",
                                         "shutdown web-01", "ticket", "close"])
        let legal = try #require(decisions.first { $0.action.verb == .notify })
        #expect(legal.actor == "bo" && legal.role == "legal")
        #expect(decisions[0].actor == "ana" && decisions[0].role == "ic")
        #expect(decisions[3].rationale == "keep memory evidence")
        // Costs: the verb default, the asset's override, the scenario's override, the response's override.
        #expect(decisions[0].cost == .minutes(1))
        #expect(decisions[9].cost == .minutes(45))
        #expect(decisions[10].cost == .minutes(20))
        #expect(decisions[11].cost == .minutes(2))
        #expect(decisions[10].steps == [8])
        #expect(decisions.map(\.at.seconds) == decisions.map(\.at.seconds).sorted())
    }

    /// The engine has no severity matrix: it records what the matrix rates (the ground truth's signals, what known
    /// facts show, floors), and the scorer rates it.
    @Test func severityDeclarationsRecordWhatTheMatrixRates() throws {
        let engine = try TranscriptRunner(name: "engine-basics").play(.straight).engine
        let state = engine.state
        #expect(state.severityLog.map(\.level) == [.sev2])
        #expect(state.severityLog.first?.correct == nil)
        // `ask dana cpu` (T+00:17, 10m) finds the miner when it is done: the fact shows malware at T+00:27,
        // and the inject it sets off raises the floor in the same minute.
        let malware: [SeveritySignal] = [.personalData, .attackerPresent, .malware]
        #expect(state.severityInputs.map(\.signals) == [[.personalData, .attackerPresent], malware, malware])
        #expect(state.severityInputs.map(\.at) == [.zero, .minutes(27), .minutes(27)])
        #expect(state.severityInputs.map(\.floor) == [nil, nil, .sev2])
        #expect(ScoringSupport.matrix.correctLevels(state, truth: engine.scenario.truth).map(\.level) == [.sev2])
        let card = try ScoringSupport.score(engine)
        #expect(card.severity.declarations.first?.correct == .sev2)
    }

    @Test func trapsAreSprungByActionsAndByState() throws {
        let live = try TranscriptRunner(name: "live-assessment").play(.straight).engine.state
        // The generic traps are recorded beside the scenario's (the scorer charges one move once).
        #expect(live.traps.map(\.id) == ["reboot-first", "shutdown-without-snapshot", "shutdown-before-snapshot:web-01", "closed-with-attacker"])
        #expect(live.traps[0].decision == nil)
        #expect(live.traps[1].decision == live.decisions.firstIndex { $0.raw == "shutdown web-01" })
        let basics = try TranscriptRunner(name: "engine-basics").play(.straight).engine.state
        #expect(basics.traps.map(\.id) == ["closed-with-attacker"])
        #expect(basics.traps[0].decision == basics.decisions.firstIndex { $0.raw == "close" })
    }

    @Test func droppedAndContingencyInjectsAreRecorded() throws {
        let basics = try TranscriptRunner(name: "engine-basics").play(.straight).engine.state
        #expect(basics.dropped == ["quiet"])
        // The miner is known when the 10-minute `ask dana cpu` is done (T+00:27), after Dana's follow-up at T+00:20.
        #expect(basics.fired.map(\.id) == ["alert", "page-ack", "follow-up", "miner-found", "no-containment", "late-news"])
        #expect(basics.clocks["legal"]?.metAt == .minutes(27))
        #expect(basics.clocks["exec"]?.expired == true)
    }

    @Test func savedStateOfANewerVersionIsDetectable() throws {
        var state = EngineState(seed: 1)
        state.formatVersion = EngineState.currentFormatVersion + 1
        let decoded = try JSONDecoder().decode(EngineState.self, from: JSONEncoder().encode(state))
        #expect(decoded.formatVersion > EngineState.currentFormatVersion)
    }

    /// 10,000 random lines (bytes, long lines, quotes, Unicode, commands with random arguments) never trap.
    @Test func randomLinesNeverTrapAndErrorsChangeNothing() throws {
        let runner = try TranscriptRunner(name: "engine-basics")
        var engine = Engine(scenario: runner.scenario, runbook: TestSupport.runbook, configuration: runner.configuration)
        _ = engine.start()
        var generator = SeededGenerator(seed: 2026)
        let words = Vocabulary.spellings + ["web-01", "dana", "kim", "#incident", "\"", "'", "@ana", "@", "--signal", "--owner", "sev1",
                                            "legal", "30m", "0", "-1", "99999999999999999999", "é", "💥", "\u{202E}", "\u{0}", "\t"]
        for round in 0..<10_000 {
            let line: String
            switch round % 4 {
            case 0:
                line = (0..<Int.random(in: 0..<8, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            case 1:
                let scalars = (0..<Int.random(in: 0..<40, using: &generator)).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0..<0x2FFF, using: &generator)) }
                line = String(String.UnicodeScalarView(scalars))
            case 2:
                line = String(repeating: words.randomElement(using: &generator)! + " ", count: Int.random(in: 0..<1500, using: &generator))
            default:
                let bytes = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                line = String(decoding: bytes, as: UTF8.self)
            }
            let before = engine.state
            let outputs = engine.handle(line)
            if outputs.count == 1, case .error(let message) = outputs[0] {
                #expect(engine.state == before, "an error changed the state: \(line.prefix(80))")
                #expect(!message.contains("\n"))
            }
            if engine.state.end != nil || round % 500 == 499 {
                engine = Engine(scenario: runner.scenario, runbook: TestSupport.runbook, configuration: runner.configuration)
                _ = engine.start()
            }
        }
    }
}
