import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// The history store on real SQLite files in a temporary folder.
@Suite struct HistoryStoreTests {
    static func temporaryDatabase() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-history-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("history.sqlite").path
    }

    static func exercise(_ session: String, trainee: String, scenario: String = "breach", started: String, score: Int = 50) -> ExerciseRecord {
        ExerciseRecord(session: session, scenario: scenario, scenarioHash: "h", trainee: trainee, players: [Player(name: trainee, role: "ic")],
                       started: started, ended: nil, simulatedSeconds: 3600, outcome: "finished", score: score, band: "Developing", rating: "S",
                       acknowledgeSeconds: 60, commanderSeconds: nil, containmentSeconds: 900, closeSeconds: nil, logPath: "/tmp/\(session).jsonl",
                       steps: [StepRow(step: 1, slug: "receive-report", status: "on-time", doneSeconds: 60, points: 5, possible: 5)],
                       capabilities: [CapabilityRow(phase: "detect", rating: "P", share: 1)])
    }

    @Test func migratesAnEmptyFileAndRoundTripsRecords() throws {
        let path = Self.temporaryDatabase()
        let store = try HistoryStore(path: path)
        let record = Self.exercise("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        try store.record(record)
        #expect(try store.exercises(withSteps: true) == [record])
        // Opening again does not migrate twice.
        #expect(try HistoryStore(path: path).exercises().map(\.session) == ["s1"])
    }

    @Test func recordingTheSameSessionAgainReplacesIt() throws {
        let store = try HistoryStore(path: Self.temporaryDatabase())
        var record = Self.exercise("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        record.outcome = "resumed"
        try store.record(record)
        record.outcome = "finished"
        record.score = 80
        try store.record(record)
        let all = try store.exercises(withSteps: true)
        #expect(all.map(\.outcome) == ["finished"])
        #expect(all.first?.score == 80)
        #expect(all.first?.steps.count == 1)
    }

    @Test func filtersByTraineeScenarioAndDate() throws {
        let store = try HistoryStore(path: Self.temporaryDatabase())
        try store.record(Self.exercise("a1", trainee: "ana", started: "2026-10-01T10:00:00Z"))
        try store.record(Self.exercise("a2", trainee: "ana", scenario: "insider", started: "2026-11-05T10:00:00Z"))
        try store.record(Self.exercise("b1", trainee: "bo", started: "2026-11-02T10:00:00Z"))
        #expect(try store.exercises(matching: HistoryFilter(trainee: "ana")).map(\.session) == ["a1", "a2"])
        #expect(try store.exercises(matching: HistoryFilter(scenario: "breach")).map(\.session) == ["a1", "b1"])
        #expect(try store.exercises(matching: HistoryFilter(since: "2026-11-01")).map(\.session) == ["b1", "a2"])
        #expect(try store.exercises(matching: HistoryFilter(trainee: "ana", since: "2026-11-01")).map(\.session) == ["a2"])
        #expect(try store.exercises(matching: HistoryFilter(trainee: "nobody")).isEmpty)
    }

    @Test func aDamagedFileIsRefusedWithAWayOut() throws {
        let path = Self.temporaryDatabase()
        try Data("this is not a database, just text that is long enough to look like a header...".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try HistoryStore(path: path)
        } throws: { error in
            (error as? StoreError)?.description == "\(path) is damaged or is not a tabletop history database; move it away and rebuild it with 'tabletop history import' from the session logs"
        }
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let path = Self.temporaryDatabase()
        _ = try HistoryStore(path: path)
        // Pretend a newer tabletop added a migration this one does not know.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect {
            _ = try HistoryStore(path: path)
        } throws: { error in
            (error as? StoreError)?.description == "\(path) was written by a newer version of tabletop; upgrade tabletop, or use --db to keep a separate history"
        }
    }

    @Test func keepsHardFailsAndTellsAnUnknownListFromAnEmptyOne() throws {
        let store = try HistoryStore(path: Self.temporaryDatabase())
        var failed = Self.exercise("s1", trainee: "ana", started: "2026-11-01T10:00:00Z", score: 40)
        failed.hardFails = ["tipping-off", "concealment"]
        var clean = Self.exercise("s2", trainee: "bo", started: "2026-11-02T10:00:00Z")
        clean.hardFails = []
        let unknown = Self.exercise("s3", trainee: "cy", started: "2026-11-03T10:00:00Z")
        for record in [failed, clean, unknown] { try store.record(record) }
        #expect(try store.exercises().map(\.hardFails) == [["tipping-off", "concealment"], [], nil])
    }

    @Test(arguments: [("finished", false), ("abandoned", true), ("resumed", true)])
    func aScoreIsProvisionalUntilTheDrillFinishes(_ outcome: String, _ provisional: Bool) {
        var record = Self.exercise("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        record.outcome = outcome
        #expect(record.provisional == provisional)
    }
}
