import Foundation
import TabletopCore
import TabletopStore

/// The history's two backends side by side (issue 19), on SQLite always and on PostgreSQL when
/// `TABLETOP_BENCH_POSTGRES_URL` names an empty database to use: 10,000 exercises recorded and listed,
/// a 1,000-session cohort report built from each backend, and four writers × 250 drills at once.
enum HistoryBackends {
    static func compare(tabletop: URL, root: URL, runbook: Runbook, runs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-backends-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var backends: [(name: String, location: String)] = [("SQLite", folder.appendingPathComponent("history.sqlite").path)]
        if let url = ProcessInfo.processInfo.environment["TABLETOP_BENCH_POSTGRES_URL"] { backends.append(("PostgreSQL", url)) }
        else { print("history backends: PostgreSQL not measured (set TABLETOP_BENCH_POSTGRES_URL to an empty database)") }
        let sessions = try cohortLogs(count: 1_000, root: root, runbook: runbook, into: folder.appendingPathComponent("sessions"))
        for (name, location) in backends {
            // --db takes no password; the URL's own (if any) goes by the environment, as a user would give it.
            let isURL = PostgresLocation.isURL(location)
            let history = try (isURL ? HistoryLocation.postgres(try PostgresLocation(url: location, fromCommandLine: false)) : .sqlite(path: location)).open()
            let insertStart = ContinuousClock.now
            for index in 0..<10_000 { try history.record(exercise(index, prefix: "x"), anchor: SessionAnchor(seq: index, hash: "h"), forced: nil) }
            let recorded = seconds(ContinuousClock.now - insertStart)
            let list = measure(runs: runs) { _ = try? history.exercises(matching: HistoryFilter(), withSteps: false) }
            let listSteps = measure(runs: runs) { _ = try? history.exercises(matching: HistoryFilter(), withSteps: true) }
            let filtered = measure(runs: runs) { _ = try? history.exercises(matching: HistoryFilter(trainee: "trainee-7", since: "2026-06-01"), withSteps: false) }
            print("history on \(name): recorded 10,000 exercises in \(format(recorded)); listed \(format(list)), with steps \(format(listSteps)), filtered \(format(filtered)) (median of \(runs))")

            // Four writers at once, each with its own connection, 250 drills each: none lost, none doubled.
            let before = try history.exercises(matching: HistoryFilter(), withSteps: false).count
            let failures = LockedCount()
            let writeStart = ContinuousClock.now
            DispatchQueue.concurrentPerform(iterations: 4) { writer in
                do {
                    let own = try (isURL ? HistoryLocation.postgres(try PostgresLocation(url: location, fromCommandLine: false)) : .sqlite(path: location)).open()
                    for index in 0..<250 { try own.record(exercise(writer * 250 + index, prefix: "w"), anchor: nil, forced: nil) }
                } catch {
                    failures.add(error)
                }
            }
            let wrote = seconds(ContinuousClock.now - writeStart)
            let after = try history.exercises(matching: HistoryFilter(), withSteps: false)
            let written = after.filter { $0.session.hasPrefix("w") }
            let distinct = Set(written.map(\.session)).count
            print("history on \(name): 4 writers × 250 drills at once in \(format(wrote)): \(written.count) records, \(distinct) distinct, \(after.count - before) new, \(failures.errors.count) errors; \(verdict(written.count == 1_000 && distinct == 1_000 && failures.errors.isEmpty))")

            // A cohort built from the backend: 1,000 real logs imported, then reported on from the history.
            let data = ["--data-dir", folder.path]
            // A PostgreSQL URL goes by the environment, as --db takes no password; a file by --db.
            if isURL { setenv(HistoryLocation.environmentVariable, location, 1) }
            defer { unsetenv(HistoryLocation.environmentVariable) }
            let db = isURL ? [] : ["--db", location]
            _ = try ChildProcess.time(tabletop, arguments: ["history", "import"] + sessions + db + data)
            let cohort = median(try (0..<runs).map { _ in
                try ChildProcess.time(tabletop, arguments: ["report", "--from-history", "--scenario", "breach", "--format", "json", "-o",
                                                            folder.appendingPathComponent("cohort.json").path] + db + data)
            })
            print("history on \(name): cohort report of 1,000 sessions from the history: \(format(cohort)) (median of \(runs))")
        }
    }

    /// A synthetic record: 21 steps, one rating, trainees and months spread; its scenario is none of
    /// the real ones, so the cohort of imported breach logs leaves it out.
    static func exercise(_ index: Int, prefix: String) -> ExerciseRecord {
        let trainee = "trainee-\(index % 50)"
        return ExerciseRecord(
            session: "\(prefix)\(index)", scenario: ["bench-a", "bench-b", "bench-c"][index % 3], scenarioHash: "h", trainee: trainee,
            players: [Player(name: trainee, role: "ic")], started: "2026-\(String(format: "%02d", index % 12 + 1))-01T10:00:00Z", ended: nil,
            simulatedSeconds: 3600, outcome: "finished", score: index % 101, band: "Developing", rating: "S", acknowledgeSeconds: 60,
            commanderSeconds: 120, containmentSeconds: 900, closeSeconds: 7200, logPath: "/tmp/\(prefix)\(index).jsonl",
            steps: (1...21).map { StepRow(step: $0, slug: "step-\($0)", status: "on-time", doneSeconds: $0 * 60, points: 4.76, possible: 4.76) },
            capabilities: [CapabilityRow(phase: "detect", rating: "P", share: 1)])
    }

    /// `count` logs of the breach scenario's expert walkthrough, each cut at a different point; their paths.
    static func cohortLogs(count: Int, root: URL, runbook: Runbook, into folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = root.appendingPathComponent("Scenarios/breach.yaml").path
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        guard let scenario = ScenarioLoader.load(path: path, bytes: bytes, runbook: runbook).value else { throw BenchError("breach does not load") }
        let runbookHash = SessionLine.hash([UInt8]((try? Data(contentsOf: root.appendingPathComponent("Scoring/runbook.yaml"))) ?? Data()))
        let script = try Workloads.walkthrough(root: root, id: "breach", kind: "expert")
        return try (0..<count).map { index in
            let log = try Workloads.log(scenario: scenario, runbook: runbook, lines: Array(script.prefix(script.count - index % max(1, script.count / 2))),
                                        seed: UInt64(index), files: (path, SessionLine.hash(bytes), runbookHash))
            let file = folder.appendingPathComponent("b\(index).jsonl")
            try Data(log).write(to: file)
            return file.path
        }
    }
}

/// Errors from concurrent writers, gathered under a lock.
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var errors: [String] = []

    func add(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        errors.append("\(error)")
    }
}
