import Foundation
import TabletopCore
import TabletopDrill
import TabletopStore

// Prints this build's performance figures, to compare builds (run with -c release).
// Each figure is the median of several runs; shared machines are noisy, so nothing here asserts.

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func bytes(_ relative: String) -> [UInt8] {
    [UInt8]((try? Data(contentsOf: root.appendingPathComponent(relative))) ?? Data())
}

guard let runbook = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: bytes("Scoring/runbook.yaml")).value else {
    fatalError("Scoring/runbook.yaml does not load")
}

let options: BenchOptions
do { options = try BenchOptions(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment) } catch {
    FileHandle.standardError.write(Data("tabletop-bench: \(error)\n".utf8))
    exit(2)
}
let groupRuns = options.runs
let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let tabletop = options.tabletop.map { URL(fileURLWithPath: $0) } ?? binaries.appendingPathComponent("tabletop")
let hasTabletop = FileManager.default.isExecutableFile(atPath: tabletop.path)
let floorProgram = binaries.appendingPathComponent("tabletop-floor")

print("tabletop benchmarks (\(ProcessInfo.processInfo.processorCount) cores; timing \(tabletop.path); groups: \(BenchOptions.groups.map(\.name).filter(options.wants).joined(separator: ", "))); medians of \(groupRuns)+ runs, floors beside them")

// Peak memory of a drill: measured first, while no other child process has run.
if options.wants("startup") {
    if hasTabletop, FileManager.default.isExecutableFile(atPath: floorProgram.path) {
        orExit("startup") { try Startup.measure(tabletop: tabletop, floor: floorProgram, root: root, runs: groupRuns) }
    } else {
        print("(build the tabletop and tabletop-floor products in the same configuration to measure memory and the first prompt)")
    }
}

// Loading and linting.
if options.wants("load") {
    for id in ["breach", "insider", "compromised-host", "example"] {
        let bytes = bytes("Scenarios/\(id).yaml")
        let lint = measure(runs: 20) { _ = ScenarioLoader.load(path: "\(id).yaml", bytes: bytes, runbook: runbook) }
        print("lint Scenarios/\(id).yaml: \(format(lint)) (median of 20)")
    }
    let runbookBytes = bytes("Scoring/runbook.yaml")
    let loadRunbook = measure(runs: 30) { _ = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: runbookBytes) }
    print("load Scoring/runbook.yaml: \(format(loadRunbook)) (median of 30)")
}

// Engine step on a generated scenario with 200 injects and 100 people.
if options.wants("step") {
    let generated = Array(Workloads.generatedScenario(injects: 200, people: 100).utf8)
    let generatedResult = ScenarioLoader.load(path: "generated.yaml", bytes: generated, runbook: runbook)
    guard let bigScenario = generatedResult.value else { fatalError(generatedResult.renderedDiagnostics) }
    print("load generated scenario (200 injects, 100 people): \(format(measure(runs: 10) { _ = ScenarioLoader.load(path: "g.yaml", bytes: generated, runbook: runbook) })) (median of 10)")
    let lines = Workloads.commands(count: 400, people: 100)
    var perStep: [Double] = []
    var allSteps: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<max(5, groupRuns) {
        var engine = Engine(scenario: bigScenario, runbook: runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        var total = 0.0
        for line in lines {
            let elapsed = seconds(clock.measure { _ = engine.handle(line) })
            total += elapsed
            allSteps.append(elapsed)
        }
        perStep.append(total / Double(lines.count))
    }
    // A high percentile rather than the maximum: on a shared machine one preempted input decides a maximum.
    let p99Step = percentile(allSteps, 0.99)
    print("engine step, 200 injects / 100 people: \(format(median(perStep))) mean per input (median of \(perStep.count) runs of 400 inputs), slowest input as p99 of the \(allSteps.count) inputs \(format(p99Step)) (\(String(format: "%.1f×", p99Step / median(perStep))) the mean); bar 1 ms: \(verdict(p99Step <= 0.001))")
}

// Scaling: injects to the first prompt, and replay/score/verify against the log's length.
if options.wants("injects") { Scaling.injectCurve(runbook: runbook, runs: groupRuns) }
if options.wants("logs") || options.wants("rescoring") {
    guard let scoring = ScoringFiles.load(folder: root.appendingPathComponent("Scoring")) else { fatalError("Scoring files do not load") }
    if options.wants("logs") { orExit("logs") { try Scaling.logCurve(runbook: runbook, runs: groupRuns) { try scoring.scorer(for: $0) } } }
    // Rescoring 10,000 recorded sessions, against merely decoding their lines as JSON.
    if options.wants("rescoring") { orExit("rescoring") { try Rescoring.measure(root: root, runbook: runbook, scoring: scoring, runs: groupRuns) } }
}

// History: list 10,000 recorded exercises.
if options.wants("history") { orExit("history") { try HistoryList.measure(runs: groupRuns) } }

// Whole commands over many sessions.
if options.wants("cohorts") {
    if hasTabletop {
        orExit("cohorts") { try Cohorts.measure(tabletop: tabletop, root: root, runbook: runbook, runs: groupRuns) }
    } else {
        print("(build the tabletop product in the same configuration to measure cohorts and history commands)")
    }
}

// Team drill: 50 participants on loopback, a line's attribution reaching all 49 others.
if options.wants("team"), let breach = ScenarioLoader.load(path: "breach.yaml", bytes: bytes("Scenarios/breach.yaml"), runbook: runbook).value {
    for encrypted in [false, true] {
        let latencies = orExit("team") { try TeamBroadcast.measure(scenario: breach, runbook: runbook, participants: 50, rounds: 200, encrypted: encrypted) }
        print("team drill, 50 participants on loopback\(encrypted ? " over TLS" : ""): a decision to its broadcast reaching all 49 others p50 \(format(median(latencies))), p99 \(format(percentile(latencies, 0.99))) (200 decisions; each fsync'd to the log first)")
    }
}

// The history's backends side by side (PostgreSQL only when TABLETOP_BENCH_POSTGRES_URL names an empty database).
if options.wants("serve") {
    if hasTabletop { orExit("serve") { try Serving.measure(tabletop: tabletop, root: root, runbook: runbook, runs: groupRuns) } }
    else { print("(build the tabletop product in the same configuration to measure serve)") }
}
if options.wants("backends") { orExit("backends") { try HistoryBackends.compare(tabletop: tabletop, root: root, runbook: runbook, runs: groupRuns) } }
