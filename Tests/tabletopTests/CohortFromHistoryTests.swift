import Foundation
import Testing
import TabletopCore
import TabletopDrill
import TabletopStore

/// Cohort figures from the history (issue 18/21): `report --format json` of a cohort reads the entries
/// recorded with each drill instead of replaying the logs, with the same figures; entries missing from an
/// earlier history are filled in from the logs, equal to those recorded at play.
@Suite struct CohortFromHistoryTests {
    /// Three drills of the example played into a fresh data folder (recorded in its history): a complete
    /// expert run, a novice one and one stopped early; the folder and the sessions, oldest first.
    static func played() throws -> (data: String, sessions: [String]) {
        let data = DrillCommandTests.temporaryFolder()
        let folder = CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs")
        for (trainee, script) in [("ana", "example-expert"), ("bo", "example-novice"), ("ana", "")] {
            let lines = script.isEmpty ? "ack\npage jon\n" : try String(contentsOf: folder.appendingPathComponent("\(script).script"), encoding: .utf8)
            let played = try CommandLineTests.run(["play", "example", "--seed", "1", "--trainee", trainee, "--data-dir", data], stdin: lines)
            #expect(played.status == 0, "\(played.stderr)")
        }
        let sessions = try HistoryStore(path: data + "/history.sqlite").exercises().map(\.session)
        #expect(sessions.count == 3)
        return (data, sessions)
    }

    @Test func aCohortFromTheHistoryEqualsTheReplayedOne() throws {
        let (data, sessions) = try Self.played()
        let fromHistory = try CommandLineTests.run(["report"] + sessions + ["--format", "json", "--data-dir", data])
        #expect(fromHistory.status == 0, "\(fromHistory.stderr)")
        // Without the history, the logs are replayed.
        let database = URL(fileURLWithPath: data + "/history.sqlite"), aside = URL(fileURLWithPath: data + "/aside.sqlite")
        try FileManager.default.moveItem(at: database, to: aside)
        let replayed = try CommandLineTests.run(["report"] + sessions + ["--format", "json", "--data-dir", data])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(fromHistory.stdout == replayed.stdout)
        #expect(replayed.stdout.contains("\"hardFailDrills\""))
        // And the history's entries are what the first report read: one changed there shows.
        try FileManager.default.moveItem(at: aside, to: database)
        let store = try HistoryStore(path: database.path)
        let entries = try store.cohortEntries(matching: HistoryFilter())
        let changed = try #require(entries[sessions[1]]).replacingOccurrences(of: #""trainee":"bo""#, with: #""trainee":"from-history""#)
        try store.storeCohortEntry(changed, session: sessions[1])
        let tampered = try CommandLineTests.run(["report"] + sessions + ["--format", "json", "--data-dir", data])
        #expect(tampered.stdout.contains("from-history"))
    }

    @Test func entriesMissingFromAnEarlierHistoryAreFilledInFromTheLogsOnce() throws {
        let (data, _) = try Self.played()
        let store = try HistoryStore(path: data + "/history.sqlite")
        let recorded = try store.cohortEntries(matching: HistoryFilter())
        #expect(recorded.count == 3)
        // Re-recorded without entries, as a history from before schema v6 holds them.
        for record in try store.exercises(withSteps: true) { try store.record(record, anchor: nil, forced: nil) }
        #expect(try store.cohortEntries(matching: HistoryFilter()).isEmpty)
        let workspace = Workspace(scenariosDirectory: nil, dataDirectory: data, now: { "2026-12-01T09:00:00Z" }, report: { _ in })
        let (filled, failed) = try workspace.backfillCohortEntries(store)
        #expect(filled == 3 && failed.isEmpty)
        #expect(try store.cohortEntries(matching: HistoryFilter()) == recorded)
        #expect(try workspace.backfillCohortEntries(store).filled == 0)
    }
}
