import Foundation
import GRDB
import Testing
import TabletopCore
@testable import TabletopStore

/// Opening a history an earlier tabletop wrote migrates it without losing what it holds.
@Suite struct HistoryMigrationTests {
    /// A v5 database (before cohort entries) gains the column on open: its records stay, without entries
    /// until the backfill stores them.
    @Test func aVersionFiveHistoryGainsCohortEntriesAndKeepsItsRecords() throws {
        let path = HistoryStoreTests.temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        try HistoryStore.migrator(Array(HistoryMigrations.all.prefix(5))).migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO exercise (session, scenario, scenarioHash, trainee, players, started, simulatedSeconds, outcome, score, band, rating, logPath)
                VALUES ('old', 'breach', 'h', 'ana', '[]', '2026-10-01T10:00:00Z', 60, 'finished', 40, 'Developing', 'S', '/tmp/old.jsonl')
                """)
            #expect(try Row.fetchAll(db, sql: "PRAGMA table_info(exercise)").allSatisfy { ($0["name"] as String) != "cohortEntry" })
        }
        try queue.close()
        let store = try HistoryStore(path: path)
        #expect(try store.exercises().map(\.session) == ["old"])
        #expect(try store.cohortEntries(matching: HistoryFilter()).isEmpty)
        try store.storeCohortEntry(#"{"format":1}"#, session: "old")
        #expect(try store.cohortEntries(matching: HistoryFilter()) == ["old": #"{"format":1}"#])
        #expect(try store.exercises().map(\.score) == [40])
    }
}
