import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// The backend contract on SQLite files.
@Suite struct SQLiteBackendTests {
    let path = HistoryStoreTests.temporaryDatabase()
    var open: HistoryBackendContract.Opener { { [path] in try HistoryStore(path: path) } }

    @Test func roundTrips() throws { try HistoryBackendContract.roundTrips(open) }
    @Test func upsertsBySessionWithItsAnchor() throws { try HistoryBackendContract.upsertsBySessionWithItsAnchor(open) }
    @Test func concurrentWritersLoseNothing() throws { try HistoryBackendContract.concurrentWritersLoseNothing(open) }
    @Test func tracksPlanChanges() throws { try HistoryBackendContract.tracksPlanChanges(open) }
    @Test func exportCarriesPlanChanges() throws {
        try HistoryBackendContract.exportCarriesPlanChanges(open, into: { try HistoryStore(path: HistoryStoreTests.temporaryDatabase()) })
    }

    /// A format 1 export (before plan changes were carried) still imports, with no changes.
    @Test func aFormatOneExportReadsWithNoChanges() throws {
        let document = try HistoryExport.read(Data(#"{"format": 1, "exercises": [], "anchors": []}"#.utf8), path: "x.json")
        #expect(document.format == 1 && document.planChanges.isEmpty)
    }
    @Test func keepsCohortEntries() throws { try HistoryBackendContract.keepsCohortEntries(open) }
    @Test func recordsABatchInOneTransaction() throws { try HistoryBackendContract.recordsABatchInOneTransaction(open) }
    @Test func listsEachRecordWhole() throws { try HistoryBackendContract.listsEachRecordWhole(open) }

    /// An export written into a second database and exported again is the same document.
    @Test func exportRoundTripsBetweenFiles() throws {
        let store = try open()
        for record in HistoryBackendContract.fixtures { try store.record(record, anchor: SessionAnchor(seq: record.score, hash: "h"), forced: nil) }
        let export = try HistoryExport(from: store)
        let copy = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        #expect(try export.write(into: copy) == 12)
        #expect(try HistoryExport(from: copy) == export)
        let data = try JSONEncoder().encode(export)
        #expect(try HistoryExport.read(data, path: "x.json") == export)
        #expect(throws: StoreError.self) { try HistoryExport.read(Data(#"{"format": 3}"#.utf8), path: "x.json") }
    }
}

/// The backend contract on the test PostgreSQL server, a fresh database per test; and the two
/// backends compared over the same records.
@Suite(.enabled(if: PostgresTestDatabase.configured, PostgresTestDatabase.skipped))
struct PostgresBackendTests {
    static func opener() throws -> HistoryBackendContract.Opener {
        let location = try PostgresTestDatabase.fresh()
        return { try PostgresHistoryStore(location) }
    }

    @Test func roundTrips() throws { try HistoryBackendContract.roundTrips(try Self.opener()) }
    @Test func upsertsBySessionWithItsAnchor() throws { try HistoryBackendContract.upsertsBySessionWithItsAnchor(try Self.opener()) }
    @Test func concurrentWritersLoseNothing() throws { try HistoryBackendContract.concurrentWritersLoseNothing(try Self.opener()) }
    @Test func tracksPlanChanges() throws { try HistoryBackendContract.tracksPlanChanges(try Self.opener()) }
    @Test func exportCarriesPlanChanges() throws { try HistoryBackendContract.exportCarriesPlanChanges(try Self.opener(), into: try Self.opener()) }
    @Test func keepsCohortEntries() throws { try HistoryBackendContract.keepsCohortEntries(try Self.opener()) }
    @Test func recordsABatchInOneTransaction() throws { try HistoryBackendContract.recordsABatchInOneTransaction(try Self.opener()) }
    @Test func listsEachRecordWhole() throws { try HistoryBackendContract.listsEachRecordWhole(try Self.opener()) }

    /// Both backends give the same answers to every filter over the same records, and export the same document.
    @Test func bothBackendsAnswerAlike() throws {
        let sqlite = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        let postgres = try Self.opener()()
        for store in [sqlite, postgres] as [any HistoryBackend] {
            for record in HistoryBackendContract.fixtures { try store.record(record, anchor: SessionAnchor(seq: record.score, hash: "h"), forced: nil) }
        }
        for filter in HistoryBackendContract.filters {
            for withSteps in [false, true] {
                #expect(try postgres.exercises(matching: filter, withSteps: withSteps) == sqlite.exercises(matching: filter, withSteps: withSteps), "\(filter)")
            }
        }
        #expect(try HistoryExport(from: postgres) == HistoryExport(from: sqlite))
    }

    /// SQLite → export → PostgreSQL → export → SQLite: nothing lost, anchors and forced reasons included.
    @Test func exportMovesAHistoryBetweenBackendsWithoutLoss() throws {
        let sqlite = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        for record in HistoryBackendContract.fixtures {
            try sqlite.record(record, anchor: SessionAnchor(seq: record.score, hash: "h\(record.score)"), forced: record.score % 2 == 0 ? "forced" : nil)
        }
        let original = try HistoryExport(from: sqlite)
        let postgres = try Self.opener()()
        try HistoryExport.read(try JSONEncoder().encode(original), path: "x.json").write(into: postgres)
        let fromPostgres = try HistoryExport(from: postgres)
        #expect(fromPostgres == original)
        let back = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        try fromPostgres.write(into: back)
        #expect(try HistoryExport(from: back) == original)
    }

    /// Hosts starting at once on an empty database: the migrations run once, under the advisory lock.
    @Test func hostsStartingAtOnceMigrateOnce() throws {
        let location = try PostgresTestDatabase.fresh()
        let errors = Errors()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            do { _ = try PostgresHistoryStore(location) } catch { errors.add(error) }
        }
        #expect(errors.all.isEmpty, "\(errors.all)")
        let store = try PostgresHistoryStore(location)
        let applied = try store.run(#"SELECT "identifier" FROM "tabletop_migrations" ORDER BY "identifier""#).map { try $0.decode(String.self) }
        #expect(applied == HistoryMigrations.all.map(\.identifier))
    }

    /// A database a newer tabletop migrated is refused with a clear error, naming it without a password.
    @Test func aNewerDatabaseIsAClearError() throws {
        let location = try PostgresTestDatabase.fresh()
        try PostgresHistoryStore(location).run(#"INSERT INTO "tabletop_migrations" ("identifier") VALUES ('v99: from the future')"#)
        for readOnly in [false, true] {
            #expect {
                _ = try PostgresHistoryStore(location, readOnly: readOnly)
            } throws: { error in
                (error as? StoreError)?.description == "\(location.description) was written by a newer version of tabletop; upgrade tabletop, or use --db to keep a separate history"
            }
        }
    }

    /// A read-only open of an empty database creates nothing and lists nothing.
    @Test func aReadOnlyOpenCreatesNothing() throws {
        let location = try PostgresTestDatabase.fresh()
        let reader = try PostgresHistoryStore(location, readOnly: true)
        #expect(try reader.exercises(matching: HistoryFilter(), withSteps: true).isEmpty)
        #expect(try reader.run("SELECT to_regclass('tabletop_migrations') IS NULL").first?.decode(Bool.self) == true)
    }
}

/// The test PostgreSQL server is not optional in CI: a CI run without it would skip its suite.
@Suite struct PostgresInCITests {
    @Test func ciSetsTheTestServer() {
        let ci = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
        #expect(!ci || PostgresTestDatabase.configured, "CI must run the PostgreSQL backend tests: \(PostgresTestDatabase.variable) is not set")
    }
}
