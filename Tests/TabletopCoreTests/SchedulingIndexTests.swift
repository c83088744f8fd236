import Foundation
import Testing
@testable import TabletopCore

/// The heap of due events and the indexed look-ups of issue 21 give exactly what the sorted array and the
/// linear scans they replace gave.
@Suite struct SchedulingIndexTests {
    /// The queue as it was: a sorted array, inserted into after the last event due no later.
    struct SortedArrayQueue {
        var events: [ScheduledEvent] = []
        mutating func insert(_ event: ScheduledEvent) {
            let index = events.firstIndex { ($0.at, $0.sequence) > (event.at, event.sequence) } ?? events.endIndex
            events.insert(event, at: index)
        }
    }

    static func randomEvent(_ random: inout SeededRandom, sequence: Int) -> ScheduledEvent {
        // Few distinct times, so many events tie and only the sequence orders them.
        let at = SimDuration.minutes(Int(random.next() % 8))
        let kind: ScheduledEvent.Kind = random.next() % 3 == 0 ? .arrival("p\(random.next() % 5)") : .inject("i\(random.next() % 20)")
        return ScheduledEvent(at: at, sequence: sequence, kind: kind)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func heapHandsOutEventsInTheSortedArraysOrderTiesIncluded(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var heap = EventQueue()
        var reference = SortedArrayQueue()
        var taken: [ScheduledEvent] = [], expected: [ScheduledEvent] = []
        for sequence in 0..<2_000 {
            if random.next() % 3 == 0, !reference.events.isEmpty {
                #expect(heap.first == reference.events.first)
                taken.append(heap.removeFirst())
                expected.append(reference.events.removeFirst())
            } else {
                let event = Self.randomEvent(&random, sequence: sequence)
                heap.insert(event)
                reference.insert(event)
            }
            for id in ["i0", "i7", "i19"] {
                #expect(heap.containsInject(id) == reference.events.contains { $0.kind == .inject(id) })
            }
        }
        #expect(taken == expected)
        #expect(heap.sorted == reference.events)
        #expect(heap.count == reference.events.count)
    }

    @Test func queueEncodesAsTheSortedArrayItReplacesAndComparesByContent() throws {
        var random = SeededRandom(seed: 9)
        let events = (0..<50).map { Self.randomEvent(&random, sequence: $0) }
        var reference = SortedArrayQueue()
        for event in events { reference.insert(event) }
        let forward = EventQueue(events), backward = EventQueue(events.reversed())
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(forward) == encoder.encode(reference.events))
        let decoded = try JSONDecoder().decode(EventQueue.self, from: encoder.encode(reference.events))
        #expect(decoded.sorted == reference.events)
        #expect(decoded.containsInject("i3") == reference.events.contains { $0.kind == .inject("i3") })
        var shorter = forward
        shorter.removeFirst()
        #expect(shorter != forward)
    }

    /// Lines a trainee might type on the shipped scenarios, drawn by a seeded generator.
    static func randomLines(_ engine: Engine, count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let people = engine.scenario.cast.map(\.id), assets = engine.scenario.assets.map(\.id)
        let verbs = ["page", "ask", "isolate", "inspect", "snapshot", "notify legal", "doc note x", "status", "wait 5m", "choose 1", "declare sev2", "postmortem run"]
        return (0..<count).map { _ in
            let verb = verbs[Int(random.next() % UInt64(verbs.count))]
            switch verb {
            case "page", "ask": return "\(verb) \(people[Int(random.next() % UInt64(max(1, people.count)))])"
            case "isolate", "inspect", "snapshot": return "\(verb) \(assets[Int(random.next() % UInt64(max(1, assets.count)))])"
            default: return verb
            }
        }
    }

    /// Every `did`, `revealed`, `fired` and `done` look-up agrees with a scan of the state, after every input.
    static func expectLookupsAgree(_ engine: Engine, patterns: [ActionPattern]) {
        let state = engine.state
        for pattern in patterns {
            #expect(engine.holds(.did(pattern)) == state.decisions.contains { pattern.matches($0.action) }, "did(\(pattern))")
        }
        for fact in engine.scenario.facts {
            #expect(engine.holds(.revealed(fact.id)) == state.facts.contains(fact.id))
        }
        for inject in engine.scenario.injects {
            #expect(engine.holds(.fired(inject.id)) == state.fired.contains { $0.id == inject.id })
        }
        for step in 1...21 {
            #expect(engine.holds(.done(.number(step))) == state.evidence.contains { $0.step == step })
        }
        for asset in engine.scenario.assets {
            #expect(engine.watch.decisions(on: asset.id, in: state) == state.decisions.indices.filter { state.decisions[$0].action.object == asset.id },
                    "decisions on \(asset.id)")
        }
    }

    /// Patterns from the scenario's conditions (the indexed ones) and from the lines typed (looked up by scan).
    static func patterns(_ engine: Engine, lines: [String]) -> [ActionPattern] {
        var patterns = engine.world.index.didPatterns.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap(\.value)
        for line in lines {
            if case .success(let pattern) = ActionPattern.parse(line) {
                patterns.append(pattern)
                patterns.append(ActionPattern(verb: pattern.verb))
            }
        }
        return patterns
    }

    @Test(arguments: ["breach", "insider", "compromised-host", "example"], [11, 12] as [UInt64])
    func indexedLookupsAgreeWithLinearScans(scenario id: String, seed: UInt64) throws {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: seed, mode: .practice, players: []))
        _ = engine.start()
        let lines = Self.randomLines(engine, count: 120, seed: seed)
        let patterns = Self.patterns(engine, lines: lines)
        #expect(!engine.world.index.didPatterns.isEmpty || id == "example")
        for line in lines where engine.state.end == nil {
            _ = engine.handle(line)
            Self.expectLookupsAgree(engine, patterns: patterns)
        }
    }

    @Test(arguments: ["breach-expert-seed1", "insider-competent-seed1", "compromised-host-negligent"])
    func indexedLookupsAgreeAlongTheWalkthroughs(name: String) throws {
        let scenarioID = try #require(["breach", "insider", "compromised-host"].first { name.hasPrefix($0 + "-") })
        let script = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/\(name).script"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(scenarioID), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 7, mode: .practice, players: []))
        _ = engine.start()
        let patterns = Self.patterns(engine, lines: script)
        for line in script {
            _ = engine.handle(line)
            Self.expectLookupsAgree(engine, patterns: patterns)
        }
        #expect(engine.state.decisions.count > 5)
    }

    /// A scenario whose conditional injects read every tracked kind of state, and the clock.
    static func conditionalScenario(injects: Int, seed: UInt64, timeLimit: String = "10h") -> String {
        var random = SeededRandom(seed: seed)
        var yaml = """
            format: 1
            id: conditional
            title: Conditional
            family: data-breach
            difficulty: advanced
            duration: 1h
            start: 2026-01-01T09:00
            timezone: UTC
            briefing: Conditions of every kind.
            truth:
              personal_data: true
              severity:
                - level: sev3
            facts:

            """
        for index in 0..<10 { yaml += "  - id: fact-\(index)\n    text: Fact \(index).\n" }
        yaml += "cast:\n"
        for index in 0..<6 {
            yaml += "  - id: person-\(index)\n    name: Person \(index)\n    role: Engineer\n    known: true\n    answers:\n      - topics: [topic\(index)]\n        text: Answer \(index).\n        reveals: [fact-\(index)]\n"
        }
        yaml += "assets:\n"
        for index in 0..<4 { yaml += "  - id: host-\(index)\n    name: Host \(index)\n    kind: host\n    owner: person-\(index)\n    known: true\n" }
        yaml += "injects:\n"
        for index in 0..<injects {
            func atom() -> String {
                switch random.next() % 9 {
                case 0: "revealed(fact-\(random.next() % 10))"
                case 1: "done(\(random.next() % 21 + 1))"
                case 2: "did(inspect host-\(random.next() % 4))"
                case 3: "asset(host-\(random.next() % 4)).isolated"
                case 4: "person(person-\(random.next() % 6)).paged"
                case 5: index > 0 ? "fired(inject-\(random.next() % UInt64(index)))" : "time > 30m"
                case 6: "time > \(random.next() % 120 + 1)m"
                case 7: "did(page)"
                default: "not revealed(fact-\(random.next() % 10))"
                }
            }
            let trigger = index % 5 == 0 ? "at: \(index)m" : "when: \(atom()) \(random.next() % 2 == 0 ? "and" : "or") \(atom())"
            let reveals = random.next() % 3 == 0 ? "\n    reveals: [fact-\(random.next() % 10)]" : ""
            yaml += "  - id: inject-\(index)\n    \(trigger)\n    sender: Source \(index)\n    channel: email\n    text: Inject \(index).\(reveals)\n"
        }
        yaml += "debrief:\n  narrative: Generated.\nend:\n  time_limit: \(timeLimit)\n  outcomes:\n    - id: done\n      kind: resolved\n      when: did(postmortem run)\n      text: Done.\n"
        return yaml
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func settleLeavesNoConditionalInjectThatHolds(seed: UInt64) throws {
        let result = TestSupport.loadScenario(Self.conditionalScenario(injects: 120, seed: seed))
        let scenario = try #require(result.value, "\(result.renderedDiagnostics)")
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: seed, mode: .practice, players: []))
        _ = engine.start()
        var random = SeededRandom(seed: seed)
        let verbs = ["ask person-%d topic%d", "page person-%d", "inspect host-%d", "isolate host-%d", "wait 3m", "doc note n"]
        for _ in 0..<80 where engine.state.end == nil {
            let n = Int(random.next() % 4)
            _ = engine.handle(verbs[Int(random.next() % UInt64(verbs.count))].replacingOccurrences(of: "%d", with: "\(n)"))
            guard engine.state.end == nil else { break }
            // settle runs until nothing changes, so no conditional inject still waiting can hold.
            for inject in scenario.injects where !engine.state.hasFired(inject.id) && !engine.state.dropped.contains(inject.id) {
                guard case .when(let condition) = inject.trigger else { continue }
                #expect(!engine.holds(condition), "\(inject.id) holds but did not fire")
            }
        }
        #expect(engine.state.fired.count > 20)
    }
}
