import Foundation
import GRDB
import GRDBSQLite
import TabletopCore

/// Listing exercises on SQLite: four queries whatever the number of exercises (the records, then the steps,
/// ratings and plan items of all of them), read through cursors by column position.
///
/// Issue 21: `history --json` of 10,000 exercises spent a third of its time here, most of it copying every
/// row (`Row.fetchAll`) and finding columns by name; a cursor reads each row where SQLite left it.
extension HistoryStore {
    /// The exercises matching the filter, oldest first.
    public func exercises(matching filter: HistoryFilter = HistoryFilter(), withSteps: Bool = false) throws -> [ExerciseRecord] {
        do {
            if withSteps, filter == HistoryFilter(), let records = try listedBesidePlans() { return records }
            return try pool.read { db in try Self.list(db, filter: filter, withSteps: withSteps, readingPlans: true).records }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    /// Every exercise with its steps, the plan items read on a second connection meanwhile (issue 21: they
    /// were a quarter of `history --json`, on one core of two). Only for a read-only store, whose one
    /// connection counts the commits made by others (`PRAGMA data_version`): if any landed while the two
    /// read, they may have seen different histories, and nil says to read again on one connection.
    /// `interim` runs after the plan items are read: a test commits there.
    func listedBesidePlans(interim: (@Sendable () throws -> Void)? = nil) throws -> [ExerciseRecord]? {
        guard let queue = pool as? DatabaseQueue else { return nil }
        let version = "PRAGMA data_version"
        let before = try queue.read { try Int.fetchOne($0, sql: version) }
        let planReader = try DatabaseQueue(path: queue.path, configuration: queue.configuration)
        let parts = OrderedConcurrentMap.map([false, true]) { (readsPlans: Bool) -> Result<ListPart, any Error> in
            do {
                guard readsPlans else {
                    let (records, keys) = try queue.read { try Self.list($0, filter: HistoryFilter(), withSteps: true, readingPlans: false) }
                    return .success(.records(records, keys: keys))
                }
                let plans = try planReader.read { try Self.plans($0, keeping: nil) }
                try interim?()
                return .success(.plans(plans))
            } catch {
                return .failure(error)
            }
        }
        guard case .records(var records, let keys) = try parts[0].get(), case .plans(let plans) = try parts[1].get(),
              try queue.read({ try Int.fetchOne($0, sql: version) }) == before else { return nil }
        for (index, session) in keys.enumerated() { records[index].plan = plans[session] }
        return records
    }

    /// What each connection of `listedBesidePlans` read.
    private enum ListPart: Sendable {
        case records([ExerciseRecord], keys: [[UInt8]])
        case plans([[UInt8]: [PlanRow]])
    }

    /// The exercises matching the filter, with their steps, ratings and (if `readingPlans`) plan items if
    /// `withSteps`, and each one's session as SQLite holds it (with steps; else none).
    private static func list(_ db: Database, filter: HistoryFilter, withSteps: Bool, readingPlans: Bool) throws -> (records: [ExerciseRecord], keys: [[UInt8]]) {
        let (whereClause, values) = Self.whereClause(filter)
        var columns = ExerciseColumnDecoder()
        var records: [ExerciseRecord] = []
        // Each drill's session as SQLite holds it, byte for byte: what a join on it compared.
        var keys: [[UInt8]] = []
        let statement = try db.makeStatement(sql: "SELECT \(Self.listColumns) FROM exercise\(whereClause) ORDER BY started, session")
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(values))
        while let row = try rows.next() {
            records.append(Self.exercise(from: row, columns: &columns))
            if withSteps { keys.append([UInt8](Self.firstColumn(of: statement))) }
        }
        guard withSteps else { return (records, []) }
        // Each table read in its own order (a scan), no join: rows are grouped by their session's bytes,
        // copied once for each run of rows of one drill (issue 21: looking every row's drill up in
        // `exercise` was a third of SQLite's time). Rows of drills the filter left out are skipped.
        let listed: Set<[UInt8]>? = filter == HistoryFilter() ? nil : Set(keys)
        let steps = try Self.grouped(db, sql: "SELECT session, step, slug, status, doneSeconds, points, possible FROM stepResult",
                                     keeping: listed, by: { $0.step < $1.step }) { row, _ in
            StepRow(step: row[1], slug: row[2], status: row[3], doneSeconds: row[4], points: row[5], possible: row[6])
        }
        let capabilities = try Self.grouped(db, sql: "SELECT session, phase, rating, share FROM capabilityRating", keeping: listed,
                                            by: { $0.phase.utf8.lexicographicallyPrecedes($1.phase.utf8) }) { row, _ in
            CapabilityRow(phase: row[1], rating: row[2], share: row[3])
        }
        let plans = try readingPlans ? Self.plans(db, keeping: listed) : [:]
        for (index, session) in keys.enumerated() {
            records[index].steps = steps[session] ?? []
            records[index].capabilities = capabilities[session] ?? []
            // Drills recorded before the plan tracker have no items: their `plan` stays nil.
            records[index].plan = plans[session]
        }
        return (records, keys)
    }

    /// The plan items of the drills kept (all with nil), by session.
    private static func plans(_ db: Database, keeping listed: Set<[UInt8]>?) throws -> [[UInt8]: [PlanRow]] {
        var texts = TextColumnCache()
        return try Self.grouped(db, sql: "SELECT session, item, step, capability, observation, recommendation, owner, due FROM planItem",
                                keeping: listed, by: { $0.item < $1.item }) { row, statement in
            PlanRow(item: row[1], step: row[2], capability: texts.text(row, 3, of: statement), observation: texts.text(row, 4, of: statement),
                    recommendation: texts.text(row, 5, of: statement), owner: texts.text(row, 6, of: statement), due: texts.text(row, 7, of: statement))
        }
    }

    /// Every column of `exercise` but the cohort entry (`cohortEntries(matching:)` reads it): a list of a
    /// thousand records need not carry a thousand scorecards. `exercise(from:…)` reads them by position.
    static let listColumns = ["session", "scenario", "scenarioHash", "trainee", "players", "started", "ended", "simulatedSeconds",
                              "outcome", "score", "band", "rating", "acknowledgeSeconds", "commanderSeconds", "containmentSeconds",
                              "closeSeconds", "logPath", "hardFails", "seed", "variants"].joined(separator: ", ")

    /// The rows of a query whose first column is their drill's session, made into values and grouped by its
    /// bytes, each group in the order `precedes` gives (rows come in the table's order, nearly always that
    /// one). With `keeping`, only the rows of those sessions. The bytes are copied once for each run of rows.
    private static func grouped<Value>(_ db: Database, sql: String, keeping sessions: Set<[UInt8]>?, by precedes: (Value, Value) -> Bool,
                                       _ value: (Row, Statement) -> Value) throws -> [[UInt8]: [Value]] {
        var groups: [[UInt8]: [Value]] = [:]
        var session: (bytes: [UInt8], kept: Bool)?
        var values: [Value] = []
        func close() {
            if let session, session.kept { groups[session.bytes, default: []].append(contentsOf: values) }
            values.removeAll(keepingCapacity: true)
        }
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            let bytes = firstColumn(of: statement)
            if let known = session?.bytes, known.elementsEqual(bytes) {
                // The same drill as the row before.
            } else {
                close()
                let copy = [UInt8](bytes)
                session = (copy, sessions?.contains(copy) ?? true)
            }
            if session?.kept == true { values.append(value(row, statement)) }
        }
        close()
        for (key, group) in groups where zip(group, group.dropFirst()).contains(where: { precedes($1, $0) }) {
            groups[key] = group.sorted(by: precedes)
        }
        return groups
    }

    /// The bytes of the first column (a session) of the row the statement stands on, as SQLite holds them,
    /// valid until the statement moves on (GRDB's `withUnsafeData` made a `Data` of every row: 357,000 of them).
    private static func firstColumn(of statement: Statement) -> UnsafeRawBufferPointer {
        let count = Int(sqlite3_column_bytes(statement.sqliteStatement, 0))
        return UnsafeRawBufferPointer(start: sqlite3_column_blob(statement.sqliteStatement, 0), count: count)
    }

    /// A record from a row of `listColumns`.
    private static func exercise(from row: Row, columns: inout ExerciseColumnDecoder) -> ExerciseRecord {
        ExerciseRecord(session: row[0], scenario: row[1], scenarioHash: row[2], trainee: row[3], players: columns.players(row[4]),
                       started: row[5], ended: row[6], simulatedSeconds: row[7], outcome: row[8], score: row[9], band: row[10],
                       rating: row[11], acknowledgeSeconds: row[12], commanderSeconds: row[13], containmentSeconds: row[14],
                       closeSeconds: row[15], logPath: row[16], steps: [], capabilities: [], hardFails: columns.strings(row[17]),
                       seed: columns.seed(row[18]), variants: columns.strings(row[19]), plan: nil)
    }
}
