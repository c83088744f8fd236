import Foundation
import TabletopCore

/// Whole-command figures over many sessions (issue 21): a cohort report of 1,000 sessions, `history import`
/// of 10,000, and `history --json` of the 10,000 imported, each a `tabletop` process on real files.
enum Cohorts {
    static func measure(tabletop: URL, root: URL, runbook: Runbook, runs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-cohort-\(UUID().uuidString)")
        let sessions = folder.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        // BENCH_KEEP_FILES keeps the sessions and the history, to profile one command on them afterwards.
        let keep = ProcessInfo.processInfo.environment["BENCH_KEEP_FILES"] != nil
        defer { if keep { print("kept \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let runbookHash = SessionLine.hash([UInt8]((try? Data(contentsOf: root.appendingPathComponent("Scoring/runbook.yaml"))) ?? Data()))
        let ids = ["breach", "insider", "compromised-host"], kinds = ["expert", "competent", "negligent"]
        var scenarios: [String: (scenario: Scenario, path: String, hash: String)] = [:]
        var scripts: [String: [String]] = [:]
        for id in ids {
            let path = root.appendingPathComponent("Scenarios/\(id).yaml").path
            let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
            guard let scenario = ScenarioLoader.load(path: path, bytes: bytes, runbook: runbook).value else { throw BenchError("\(id) does not load") }
            scenarios[id] = (scenario, path, SessionLine.hash(bytes))
            for kind in kinds {
                scripts["\(id)-\(kind)"] = try Workloads.walkthrough(root: root, id: id, kind: kind)
            }
        }
        let count = 10_000
        for index in 0..<count {
            let id = ids[index % 3], kind = kinds[(index / 3) % 3]
            let (scenario, path, hash) = scenarios[id]!
            let script = scripts["\(id)-\(kind)"]!
            let bytes = try Workloads.log(scenario: scenario, runbook: runbook, lines: Array(script.prefix(script.count - (index / 9) % max(1, script.count / 2))),
                                          seed: UInt64(index), files: (path, hash, runbookHash))
            try Data(bytes).write(to: sessions.appendingPathComponent("s\(index).jsonl"))
        }
        let data = ["--data-dir", folder.path]
        let cohortIDs = (0..<1_000).map { "s\($0)" }
        let cohort = median(try (0..<runs).map { _ in
            try ChildProcess.time(tabletop, arguments: ["report"] + cohortIDs + ["--format", "json", "-o", folder.appendingPathComponent("cohort.json").path] + data)
        })
        print("cohort report of 1,000 sessions (tabletop report … --format json): \(format(cohort)) (median of \(runs); \(format(cohort / 1_000)) a session); bar 2 s: \(verdict(cohort <= 2))")
        let database = folder.appendingPathComponent("history.sqlite").path
        let allIDs = (0..<count).map { "s\($0)" }
        let importing = median(try (0..<runs).map { _ in
            try ChildProcess.time(tabletop, arguments: ["history", "import"] + allIDs + ["--db", database] + data)
        })
        print("history import of 10,000 sessions: \(format(importing)) (median of \(runs); \(format(importing / 10_000)) a session, \(ratio(importing / 10, cohort)) the cohort report's per-session cost); bar 15 s: \(verdict(importing <= 15))")
        let listJSON = median(try (0..<runs).map { _ in try ChildProcess.time(tabletop, arguments: ["history", "--json", "--db", database]) })
        let listTable = median(try (0..<runs).map { _ in try ChildProcess.time(tabletop, arguments: ["history", "--db", database]) })
        print("history --json of 10,000 exercises: \(format(listJSON)) (floor, the table: \(format(listTable)); \(ratio(listJSON, listTable)); medians of \(runs)); bar 300 ms: \(verdict(listJSON <= 0.3))")
    }
}
