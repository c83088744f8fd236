import Foundation
import TabletopCore

/// The scaling figures of issue 21 and issue 17 item 3: inject count against time to the first prompt,
/// and replay, score and verify against the length of the log.
enum Scaling {
    /// Loads a generated scenario of `count` injects and starts it (everything up to the first prompt but
    /// the terminal), for 200, 2,000 and 10,000 injects; goal: 10,000 under 1 s.
    static func injectCurve(runbook: Runbook, runs: Int) {
        var perInject: [Double] = []
        // BENCH_INJECTS=200,2000 leaves out the largest (for builds where it would take an hour).
        let counts = ProcessInfo.processInfo.environment["BENCH_INJECTS"].map { $0.split(separator: ",").compactMap { Int($0) } } ?? [200, 2_000, 10_000]
        for count in counts {
            let yaml = Array(Workloads.generatedScenario(injects: count, people: 100, dueAtStart: true).utf8)
            var loads: [Double] = [], starts: [Double] = [], fired = 0
            for _ in 0..<runs {
                let clock = ContinuousClock()
                var scenario: Scenario?
                loads.append(seconds(clock.measure { scenario = ScenarioLoader.load(path: "g.yaml", bytes: yaml, runbook: runbook).value }))
                guard let scenario else { fatalError("the generated scenario of \(count) injects does not load") }
                var engine = Engine(scenario: scenario, runbook: runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
                starts.append(seconds(clock.measure { _ = engine.start() }))
                fired = engine.state.fired.count
            }
            let total = median(zip(loads, starts).map { $0 + $1 })
            perInject.append(total / Double(count))
            print("injects to first prompt, \(count) injects (\(fired) delivered at T+0): \(format(total)) (load \(format(median(loads))), start \(format(median(starts))); median of \(runs))\(count == 10_000 ? "; bar 1 s: \(verdict(total < 1))" : "")")
        }
        print(String(format: "  time per inject, %d against %d injects: %.2f× (linear would be 1×)", counts.last!, counts[0], perInject.last! / perInject[0]))
    }

    /// Replay (`replay --check`: parse with outputs, rebuild, compare), score (parse, rebuild, score) and
    /// verify (parse: the chain and checksums) of logs of 10k, 50k and 100k lines; goals: 100k ≤ 2 s each,
    /// time per line flat within 1.5×.
    static func logCurve(runbook: Runbook, runs: Int, scorer: (Scenario) throws -> Scorer) throws {
        let yaml = Array(Workloads.generatedScenario(injects: 200, people: 100, timeLimit: "366d").utf8)
        let loaded = ScenarioLoader.load(path: "g.yaml", bytes: yaml, runbook: runbook)
        guard let scenario = loaded.value else { fatalError(loaded.renderedDiagnostics) }
        let scoring = try scorer(scenario)
        var perLine: [String: [Double]] = [:]
        let targets = ProcessInfo.processInfo.environment["BENCH_LINES"].map { $0.split(separator: ",").compactMap { Int($0) } } ?? [10_000, 50_000, 100_000]
        for target in targets {
            let (bytes, lines) = try longLog(scenario: scenario, runbook: runbook, lines: target)
            let verify = measure(runs: runs) { _ = SessionLog.parse(bytes) }
            let replay = measure(runs: runs) {
                guard case .success(let log) = SessionLog.parse(bytes) else { fatalError("the long log does not parse") }
                let (_, replayed) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
                guard SessionReplay.firstDifference(recorded: log.outputs, replayed: replayed) == nil else { fatalError("the long log does not replay") }
            }
            let score = measure(runs: runs) {
                guard case .success(let log) = SessionLog.parse(bytes, decodeOutputs: false) else { fatalError("the long log does not parse") }
                _ = scoring.score(SessionReplay.rebuild(log, scenario: scenario, runbook: runbook).engine.state, players: [])
            }
            for (name, time) in [("replay", replay), ("score", score), ("verify", verify)] { perLine[name, default: []].append(time / Double(lines)) }
            let bar = target == 100_000 ? "; bar 2 s each: \(verdict(max(replay, score, verify) <= 2))" : ""
            print("log of \(lines) lines (\(bytes.count / 1_048_576) MB): replay --check \(format(replay)), score \(format(score)), verify \(format(verify)) (median of \(runs))\(bar)")
        }
        let ratios = ["replay", "score", "verify"].map { name in
            let values = perLine[name]!
            return String(format: "%@ %.2f×", name, values.max()! / values.min()!)
        }
        print("  time per line, slowest against fastest of 10k/50k/100k: \(ratios.joined(separator: ", ")); bar 1.5×: \(verdict(["replay", "score", "verify"].allSatisfy { perLine[$0]!.max()! / perLine[$0]!.min()! <= 1.5 }))")
    }

    /// Parse, rebuild (replay) and the two together for 2,000 short recorded sessions (BENCH_ONLY=rescoring),
    /// to compare builds on the many-small-logs case rather than the one-long-log case.
    static func shortLogs(root: URL, runbook: Runbook, runs: Int) throws {
        let distinct = try Workloads.sessionLogs(count: 225, root: root, runbook: runbook)
        let logs = (0..<2_000).map { index in
            (try! SessionLog.parse(distinct[index % distinct.count].bytes, decodeOutputs: false).get(), distinct[index % distinct.count].scenario)
        }
        let parse = measure(runs: runs) { for index in 0..<2_000 { _ = SessionLog.parse(distinct[index % distinct.count].bytes, decodeOutputs: false) } }
        let replay = measure(runs: runs) { for (log, scenario) in logs { _ = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook) } }
        print("2,000 short sessions: parse \(format(parse)), rebuild \(format(replay)) (median of \(runs))")
    }

    /// A session log of about `lines` lines: notes, lookups and inspections on the generated scenario.
    static func longLog(scenario: Scenario, runbook: Runbook, lines: Int) throws -> (bytes: [UInt8], lines: Int) {
        // Roughly two lines (input and output) per command; the log builder stops at the target.
        let script = (0..<(lines / 2 + 100)).map { index in
            switch index % 4 {
            case 0: "doc note step \(index)"
            case 1: "inspect host-\(index % 50)"
            case 2: "status"
            default: "ask person-\(index % 100) topic\(index % 100)"
            }
        }
        let bytes = try Workloads.log(scenario: scenario, runbook: runbook, lines: script, seed: 1, maxLines: lines)
        return (bytes, bytes.count { $0 == 0x0A })
    }
}
