import Foundation
import TabletopCore
import TabletopStore

// Prints the performance figures of SPEC §9 for this build (run with -c release).
// Each figure is the median of several runs; shared machines are noisy, so nothing here asserts.

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func bytes(_ relative: String) -> [UInt8] {
    [UInt8]((try? Data(contentsOf: root.appendingPathComponent(relative))) ?? Data())
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `body` `runs` times and returns the median wall time in seconds.
func measure(runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    return median((0..<runs).map { _ in seconds(clock.measure(body)) })
}

func format(_ seconds: Double) -> String {
    if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
}

guard let runbook = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: bytes("Scoring/runbook.yaml")).value else {
    fatalError("Scoring/runbook.yaml does not load")
}

/// A scenario of `injects` injects and `people` people, as YAML, for the engine-step figure.
func generatedScenario(injects: Int, people: Int) -> String {
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
        let trigger: String
        switch index % 4 {
        case 0: trigger = "at: \(index)m"
        case 1: trigger = "when: revealed(fact-\(index % people)) and not done(\(index % 21 + 1))"
        case 2: trigger = "after: inject-\(index - 2)\n    delay: 5m"
        default: trigger = "after_action: inspect host-\(index % (people / 2))"
        }
        yaml += "  - id: inject-\(index)\n    \(trigger)\n    sender: Source \(index)\n    channel: email\n    text: Inject \(index).\n    expects: [\(index % 21 + 1)]\n"
    }
    yaml += "debrief:\n  narrative: Generated.\nend:\n  time_limit: 100h\n  outcomes:\n    - id: done\n      kind: resolved\n      when: did(postmortem run)\n      text: Done.\n"
    return yaml
}

func commands(count: Int, people: Int) -> [String] {
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

print("tabletop benchmarks (\(ProcessInfo.processInfo.processorCount) cores)")

// Loading.
let exampleBytes = bytes("Scenarios/example.yaml")
let loadExample = measure(runs: 30) { _ = ScenarioLoader.load(path: "example.yaml", bytes: exampleBytes, runbook: runbook) }
print("load Scenarios/example.yaml: \(format(loadExample)) (median of 30)")
let runbookBytes = bytes("Scoring/runbook.yaml")
let loadRunbook = measure(runs: 30) { _ = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: runbookBytes) }
print("load Scoring/runbook.yaml: \(format(loadRunbook)) (median of 30)")

// Engine step on a generated scenario with 200 injects and 100 people.
let generated = Array(generatedScenario(injects: 200, people: 100).utf8)
let generatedResult = ScenarioLoader.load(path: "generated.yaml", bytes: generated, runbook: runbook)
guard let bigScenario = generatedResult.value else {
    fatalError(generatedResult.renderedDiagnostics)
}
print("load generated scenario (200 injects, 100 people): \(format(measure(runs: 10) { _ = ScenarioLoader.load(path: "g.yaml", bytes: generated, runbook: runbook) }))")
let lines = commands(count: 400, people: 100)
var perStep: [Double] = []
var worst = 0.0
let clock = ContinuousClock()
for _ in 0..<5 {
    var engine = Engine(scenario: bigScenario, runbook: runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
    _ = engine.start()
    var total = 0.0
    for line in lines {
        let elapsed = seconds(clock.measure { _ = engine.handle(line) })
        total += elapsed
        worst = max(worst, elapsed)
    }
    perStep.append(total / Double(lines.count))
}
print("engine step, 200 injects / 100 people: \(format(median(perStep))) mean per input (median of 5 runs of 400 inputs), slowest single input \(format(worst)); bar: 1 ms")

// History: list 10,000 recorded exercises.
let historyFolder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-\(UUID().uuidString)")
try? FileManager.default.createDirectory(at: historyFolder, withIntermediateDirectories: true)
let historyPath = historyFolder.appendingPathComponent("history.sqlite").path
let history = try HistoryStore(path: historyPath)
let insertStart = ContinuousClock.now
for index in 0..<10_000 {
    let trainee = "trainee-\(index % 50)"
    try history.record(ExerciseRecord(
        session: "s\(index)", scenario: ["breach", "insider", "compromised-host"][index % 3], scenarioHash: "h", trainee: trainee,
        players: [Player(name: trainee, role: "ic")], started: "2026-\(String(format: "%02d", index % 12 + 1))-01T10:00:00Z", ended: nil,
        simulatedSeconds: 3600, outcome: "finished", score: index % 101, band: "Developing", rating: "S", acknowledgeSeconds: 60,
        commanderSeconds: 120, containmentSeconds: 900, closeSeconds: 7200, logPath: "/tmp/s\(index).jsonl",
        steps: (1...21).map { StepRow(step: $0, slug: "step-\($0)", status: "on-time", doneSeconds: $0 * 60, points: 4.76, possible: 4.76) },
        capabilities: [CapabilityRow(phase: "detect", rating: "P", share: 1)]))
}
print("history: recorded 10,000 exercises (21 steps each) in \(format(seconds(ContinuousClock.now - insertStart)))")
let listAll = measure(runs: 5) { _ = try? history.exercises() }
let listFiltered = measure(runs: 5) { _ = try? history.exercises(matching: HistoryFilter(trainee: "trainee-7", since: "2026-06-01")) }
print("history: list 10,000 exercises \(format(listAll)), filtered by trainee and date \(format(listFiltered)) (median of 5)")
try? FileManager.default.removeItem(at: historyFolder)
