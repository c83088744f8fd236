import Foundation
import TabletopCore

/// Generated inputs for the benchmarks.
enum Workloads {
    /// A scenario of `injects` injects and `people` people, as YAML, for the engine-step figure.
    /// With `dueAtStart`, every timed inject is due at T+0 and every follower follows with no delay, so the
    /// first prompt waits for thousands of deliveries (the case of issue 17 item 3).
    static func generatedScenario(injects: Int, people: Int, timeLimit: String = "100h", dueAtStart: Bool = false) -> String {
        var yaml = """
            format: 1
            id: generated
            title: Generated
            family: data-breach
            difficulty: advanced
            duration: 1h
            start: 2026-01-01T09:00
            timezone: UTC
            briefing: Generated for benchmarks.
            truth:
              personal_data: true
              severity:
                - level: sev2
                - level: sev1
                  from: revealed(fact-10)
            facts:

            """
        for index in 0..<people { yaml += "  - id: fact-\(index)\n    text: Fact \(index).\n" }
        yaml += "cast:\n"
        for index in 0..<people {
            yaml += "  - id: person-\(index)\n    name: Person \(index)\n    role: Engineer\n    answers:\n      - topics: [topic\(index)]\n        text: Answer \(index).\n        reveals: [fact-\(index)]\n"
        }
        yaml += "assets:\n"
        for index in 0..<(people / 2) { yaml += "  - id: host-\(index)\n    name: Host \(index)\n    kind: host\n    owner: person-\(index)\n" }
        yaml += "injects:\n"
        for index in 0..<injects {
            let trigger = switch index % 4 {
            case 0: "at: \(dueAtStart ? 0 : index)m"
            case 1: "when: revealed(fact-\(index % people)) and not done(\(index % 21 + 1))"
            case 2: "after: inject-\(index - 2)\n    delay: \(dueAtStart ? 0 : 5)m"
            default: "after_action: inspect host-\(index % (people / 2))"
            }
            yaml += "  - id: inject-\(index)\n    \(trigger)\n    sender: Source \(index)\n    channel: email\n    text: Inject \(index).\n    expects: [\(index % 21 + 1)]\n"
        }
        yaml += "debrief:\n  narrative: Generated.\nend:\n  time_limit: \(timeLimit)\n  outcomes:\n    - id: done\n      kind: resolved\n      when: did(postmortem run)\n      text: Done.\n"
        return yaml
    }

    static func commands(count: Int, people: Int) -> [String] {
        (0..<count).map { index in
            switch index % 5 {
            case 0: "ask person-\(index % people) topic\(index % people)"
            case 1: "inspect host-\(index % (people / 2))"
            case 2: "page person-\(index % people)"
            case 3: "status"
            default: "wait 10m"
            }
        }
    }

    /// Session logs of the shipped scenarios' walkthroughs, cut at different points and played with different seeds.
    static func sessionLogs(count: Int, root: URL, runbook: Runbook) throws -> [(bytes: [UInt8], scenario: Scenario)] {
        var logs: [(bytes: [UInt8], scenario: Scenario)] = []
        let ids = ["breach", "insider", "compromised-host"]
        let kinds = ["expert", "competent", "negligent"]
        var scenarios: [String: Scenario] = [:]
        for id in ids {
            let bytes = [UInt8]((try? Data(contentsOf: root.appendingPathComponent("Scenarios/\(id).yaml"))) ?? Data())
            scenarios[id] = ScenarioLoader.load(path: id, bytes: bytes, runbook: runbook).value
        }
        var index = 0
        while logs.count < count {
            let id = ids[index % ids.count], kind = kinds[(index / ids.count) % kinds.count]
            let script = try walkthrough(root: root, id: id, kind: kind)
            let cut = script.count - (index / 9) % max(1, script.count / 2)
            guard let scenario = scenarios[id] else { throw BenchError("Scenarios/\(id).yaml does not load") }
            logs.append((try log(scenario: scenario, runbook: runbook, lines: Array(script.prefix(cut)), seed: UInt64(index)), scenario))
            index += 1
        }
        return logs
    }

    /// The moves of a shipped walkthrough, comments left out: `<id>-<kind>.script`, or the seed-1 script
    /// `<id>-<kind>-seed1.script` of a scenario with seeded variants (each seed has its own ideal path).
    static func walkthrough(root: URL, id: String, kind: String) throws -> [String] {
        let folder = root.appendingPathComponent("Scenarios/walkthroughs")
        let plain = folder.appendingPathComponent("\(id)-\(kind).script")
        let url = FileManager.default.fileExists(atPath: plain.path) ? plain : folder.appendingPathComponent("\(id)-\(kind)-seed1.script")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    /// A session log of the lines played on the scenario, cut before the input that would pass `maxLines`.
    static func log(scenario: Scenario, runbook: Runbook, lines: [String], seed: UInt64, maxLines: Int = .max,
                    files: (scenarioPath: String, scenarioHash: String, runbookHash: String) = ("", "", "")) throws -> [UInt8] {
        let configuration = EngineConfiguration(seed: seed, mode: .practice, players: [])
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
        var bytes: [UInt8] = []
        var previous = SessionLine.genesis
        var seq = 0
        func append(_ record: SessionRecord) throws {
            let encoded = try SessionLine(seq: seq, prev: previous, record: record).encoded()
            previous = SessionLine.hash(encoded)
            bytes += encoded + [0x0A]
            seq += 1
        }
        try append(.header(SessionHeader(tool: "bench", session: "s\(seed)", scenario: scenario.id, scenarioPath: files.scenarioPath,
                                         scenarioHash: files.scenarioHash, runbookHash: files.runbookHash, configuration: configuration, trainee: "t\(seed % 40)", started: "2026-01-01T00:00:00Z")))
        for output in engine.start() { try append(.output(output)) }
        for line in lines where seq < maxLines {
            try append(.input(SessionInput(at: engine.state.clock, wall: "2026-01-01T00:00:00Z", text: line)))
            for output in engine.handle(line) { try append(.output(output)) }
        }
        return bytes
    }
}
