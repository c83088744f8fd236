import Foundation
@testable import TabletopCore

/// Plays a transcript fixture (`name.yaml` + `name.script`) and formats what the engine says, one line per output.
///
/// Script lines: a command as the trainee types it; `!at 2h` moves the clock as live mode does;
/// `# players: ana:ic,bo:legal`, `# mode: assessment` and `# seed: 9` configure the drill.
struct TranscriptRunner {
    enum Mode: String, CaseIterable, Sendable {
        /// Input after input on one engine.
        case straight
        /// The state is encoded and decoded into a new engine after every input.
        case roundTrip
        /// The drill is written as a session log, read back and rebuilt from its inputs.
        case sessionLog
    }

    let scenario: Scenario
    let configuration: EngineConfiguration
    let lines: [String]

    init(name: String) throws {
        let folder = TestSupport.fixtures.appendingPathComponent("transcripts")
        let script = try String(contentsOf: folder.appendingPathComponent(name + ".script"), encoding: .utf8)
        // `# scenario: other` plays another fixture's scenario with this script.
        let scenarioName = script.split(separator: "\n").first { $0.hasPrefix("# scenario: ") }.map { String($0.dropFirst(12)) } ?? name
        let result = ScenarioLoader.load(path: scenarioName + ".yaml", bytes: TestSupport.bytes(folder.appendingPathComponent(scenarioName + ".yaml")), runbook: TestSupport.runbook)
        guard let scenario = result.value else { throw TranscriptError(result.renderedDiagnostics) }
        self.scenario = scenario
        var players: [Player] = []
        var mode = DrillMode.practice
        var seed: UInt64 = 1
        var lines: [String] = []
        for line in script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# players: ") { players = try Player.parseList(String(line.dropFirst(11))).get() }
            else if line.hasPrefix("# mode: ") { mode = DrillMode(rawValue: String(line.dropFirst(8))) ?? .practice }
            else if line.hasPrefix("# seed: ") { seed = UInt64(line.dropFirst(8)) ?? 1 }
            else if !line.hasPrefix("#"), !line.isEmpty { lines.append(line) }
        }
        self.lines = lines
        configuration = EngineConfiguration(seed: seed, mode: mode, players: players)
    }

    /// The transcript text and the final engine, played the given way.
    func play(_ mode: Mode) throws -> (transcript: String, engine: Engine) {
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: configuration)
        var transcript = engine.start().map(Self.format)
        var log: [UInt8] = []
        var previous = SessionLine.genesis
        func record(_ record: SessionRecord) throws {
            let line = try SessionLine(seq: log.isEmpty ? 0 : log.count(where: { $0 == 0x0A }), prev: previous, record: record)
            let bytes = try line.encoded()
            previous = SessionLine.hash(bytes)
            log += bytes + [0x0A]
        }
        try record(.header(SessionHeader(tool: "test", session: "s", scenario: scenario.id, scenarioPath: "", scenarioHash: "",
                                         runbookHash: "", configuration: configuration, trainee: nil, started: "")))
        for line in lines {
            transcript.append("> " + line)
            let outputs: [Output]
            if line.hasPrefix("!at "), let time = SimDuration(parsing: String(line.dropFirst(4))) {
                try record(.advance(SessionAdvance(to: time, wall: "")))
                outputs = engine.advance(to: time)
            } else {
                try record(.input(SessionInput(at: engine.state.clock, wall: "", text: line)))
                outputs = engine.handle(line)
            }
            transcript += outputs.map(Self.format)
            if mode == .roundTrip {
                let data = try JSONEncoder().encode(engine.state)
                let state = try JSONDecoder().decode(EngineState.self, from: data)
                engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: configuration, state: state)
            }
        }
        if mode == .sessionLog {
            let parsed = try SessionLog.parse(log).get()
            let rebuilt = SessionReplay.rebuild(parsed, scenario: scenario, runbook: TestSupport.runbook)
            var replayed = rebuilt.engine
            // The transcript of a rebuilt drill is its outputs in order; inputs are re-inserted from the log.
            var outputs = rebuilt.outputs[...]
            var fresh = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: configuration)
            var text = fresh.start().map(Self.format)
            outputs = outputs.dropFirst(text.count)
            for line in lines {
                text.append("> " + line)
                let count = line.hasPrefix("!at ") ? fresh.advance(to: SimDuration(parsing: String(line.dropFirst(4)))!).count : fresh.handle(line).count
                text += outputs.prefix(count).map(Self.format)
                outputs = outputs.dropFirst(count)
            }
            replayed.state.outputsShown = engine.state.outputsShown
            return (text.joined(separator: "\n") + "\n", replayed)
        }
        return (transcript.joined(separator: "\n") + "\n", engine)
    }

    static func format(_ output: Output) -> String {
        switch output {
        case .briefing(let title, _): "briefing: \(title)"
        case .inject(let message):
            "inject \(message.id) at T+\(message.at.clock) from \(message.from) via \(message.channel)\(message.to.isEmpty ? "" : " to \(message.to.joined(separator: ","))"): \(message.text)"
                + (message.question.map { " | \($0) " + message.options.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: " ") } ?? "")
        case .answer(let person, _, let text): "answer \(person): \(text)"
        case .response(let text): "response: \(text)"
        case .fact(let id, _): "fact: \(id)"
        case .evidence(let step, _): "evidence: step \(step)"
        case .clock(let notice): "clock \(notice.id) \(notice.event.rawValue), deadline T+\(notice.deadline.clock)"
        case .notice(let text): "notice: \(text)"
        case .warning(let text): "warning: \(text)"
        case .error(let text): "error: \(text)"
        case .info(let text): "info: " + text.replacingOccurrences(of: "\n", with: " | ")
        case .end(let end): "end \(end.outcome) (\(end.kind.rawValue)) at T+\(end.at.clock): \(end.text)"
        }
    }
}

struct TranscriptError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
