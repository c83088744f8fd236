import Foundation
import TabletopCore
import TabletopDrill

/// Rescoring 10,000 recorded sessions in process (parse, rebuild, score), beside its floor: decoding the
/// same lines with Foundation's JSONDecoder.
enum Rescoring {
    static func measure(root: URL, runbook: Runbook, scoring: ScoringFiles, runs: Int) throws {
        let profiling = ProcessInfo.processInfo.environment["BENCH_PROFILE_REPLAY"] != nil
        if !profiling { try Scaling.shortLogs(root: root, runbook: runbook, runs: runs) }
        let distinct = try Workloads.sessionLogs(count: 225, root: root, runbook: runbook)
        let scorers = Dictionary(uniqueKeysWithValues: try ["breach", "insider", "compromised-host"].map { id in
            (id, try scoring.scorer(for: distinct.first { $0.scenario.id == id }!.scenario))
        })
        let sessions = 10_000
        let totalBytes = (0..<sessions).reduce(0) { $0 + distinct[$1 % distinct.count].bytes.count }
        if profiling {
            // For `perf record` or `valgrind --tool=callgrind`: only the replays, nothing else.
            let logs = (0..<3000).map { index in
                let (bytes, scenario) = distinct[index % distinct.count]
                return (try! SessionLog.parse(bytes, decodeOutputs: false).get(), scenario)
            }
            for (log, scenario) in logs { _ = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook) }
            for index in 0..<2000 { _ = SessionLog.parse(distinct[index % distinct.count].bytes, decodeOutputs: false) }
            exit(0)
        }
        var scoreSum = 0
        let rescore = tabletop_bench.measure(runs: runs) {
            for index in 0..<sessions {
                let (bytes, scenario) = distinct[index % distinct.count]
                guard case .success(let log) = SessionLog.parse(bytes, decodeOutputs: false) else { fatalError("a generated log does not parse") }
                let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
                scoreSum &+= scorers[scenario.id]!.score(engine.state, players: log.header.configuration.players).score
            }
        }
        if ProcessInfo.processInfo.environment["BENCH_BREAKDOWN"] != nil {
            var logs: [(SessionLog, Scenario)] = []
            let parse = tabletop_bench.measure(runs: 1) {
                logs = (0..<1000).map { index in
                    let (bytes, scenario) = distinct[index % distinct.count]
                    guard case .success(let log) = SessionLog.parse(bytes, decodeOutputs: false) else { fatalError() }
                    return (log, scenario)
                }
            }
            var engines: [Engine] = []
            let replay = tabletop_bench.measure(runs: 1) { engines = logs.map { SessionReplay.rebuild($0.0, scenario: $0.1, runbook: runbook).engine } }
            let score = tabletop_bench.measure(runs: 1) { for engine in engines { _ = scorers[engine.scenario.id]!.score(engine.state, players: []) } }
            print("breakdown for 1,000 sessions: parse \(format(parse)), replay \(format(replay)), score \(format(score))")
        }
        let decoder = JSONDecoder()
        let decode = tabletop_bench.measure(runs: runs) {
            for index in 0..<sessions {
                let bytes = distinct[index % distinct.count].bytes
                var start = 0
                while let end = bytes[start...].firstIndex(of: 0x0A) {
                    _ = try? decoder.decode(SessionLine.self, from: Data(bytes[start..<end]))
                    start = end + 1
                }
            }
        }
        print(String(format: "rescoring %d sessions (%.0f MB of logs) on one core: %@, %.0f sessions/s (median of %d); floor, decoding the same lines with JSONDecoder: %@ (%@); bar 2 s: %@",
                     sessions, Double(totalBytes) / 1_048_576, format(rescore), Double(sessions) / rescore, runs, format(decode), ratio(rescore, decode),
                     verdict(rescore <= 2)))
    }
}
