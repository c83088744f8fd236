import Foundation
import TabletopCore
import TabletopDrill
import TabletopStore

/// The history store in process: recording and listing 10,000 exercises.
enum HistoryList {
    static func measure(runs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
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
        let listAll = tabletop_bench.measure(runs: runs) { _ = try? history.exercises() }
        let listFiltered = tabletop_bench.measure(runs: runs) { _ = try? history.exercises(matching: HistoryFilter(trainee: "trainee-7", since: "2026-06-01")) }
        print("history: list 10,000 exercises \(format(listAll)), filtered by trainee and date \(format(listFiltered)) (median of \(runs))")
    }
}
