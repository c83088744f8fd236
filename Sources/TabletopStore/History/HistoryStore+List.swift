import GRDB
import TabletopCore

/// Listing exercises on SQLite: four queries whatever the number of exercises (the steps, ratings and plan
/// items of all of them, then the records), read through cursors by column position.
///
/// Issue 21: `history --json` of 10,000 exercises spent a third of its time here, most of it copying every
/// row (`Row.fetchAll`) and finding columns by name; a cursor reads each row where SQLite left it.
extension HistoryStore {
    /// The exercises matching the filter, oldest first.
    public func exercises(matching filter: HistoryFilter = HistoryFilter(), withSteps: Bool = false) throws -> [ExerciseRecord] {
        do {
            return try pool.read { db in
                var steps: [Int64: [StepRow]] = [:], capabilities: [Int64: [CapabilityRow]] = [:], plans: [Int64: [PlanRow]] = [:]
                if withSteps {
                    // Each table in its own order (a scan; its primary key's order made SQLite look every row up
                    // again), each row with its exercise's rowid rather than the session's text: ordered in Swift.
                    let (joined, values) = Self.whereClause(filter, table: "e")
                    func rows(_ columns: String, of table: String) -> String {
                        "SELECT e.rowid, \(columns) FROM \(table) t CROSS JOIN exercise e ON e.session = t.session\(joined)"
                    }
                    let arguments = StatementArguments(values)
                    steps = try Self.grouped(db, sql: rows("t.step, t.slug, t.status, t.doneSeconds, t.points, t.possible", of: "stepResult"),
                                             arguments: arguments, by: { $0.step < $1.step }) { row in
                        StepRow(step: row[1], slug: row[2], status: row[3], doneSeconds: row[4], points: row[5], possible: row[6])
                    }
                    capabilities = try Self.grouped(db, sql: rows("t.phase, t.rating, t.share", of: "capabilityRating"), arguments: arguments,
                                                    by: { $0.phase.utf8.lexicographicallyPrecedes($1.phase.utf8) }) { row in
                        CapabilityRow(phase: row[1], rating: row[2], share: row[3])
                    }
                    plans = try Self.grouped(db, sql: rows("t.item, t.step, t.capability, t.observation, t.recommendation, t.owner, t.due", of: "planItem"),
                                             arguments: arguments, by: { $0.item < $1.item }) { row in
                        PlanRow(item: row[1], step: row[2], capability: row[3], observation: row[4], recommendation: row[5], owner: row[6], due: row[7])
                    }
                }
                let (whereClause, values) = Self.whereClause(filter)
                var columns = ExerciseColumnDecoder()
                var records: [ExerciseRecord] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.listColumns), rowid FROM exercise\(whereClause) ORDER BY started, session",
                                               arguments: StatementArguments(values))
                while let row = try rows.next() {
                    let rowid: Int64 = row[20]
                    // Drills recorded before the plan tracker have no items: their `plan` stays nil.
                    records.append(Self.exercise(from: row, columns: &columns, steps: steps[rowid] ?? [],
                                                 capabilities: capabilities[rowid] ?? [], plan: withSteps ? plans[rowid] : nil))
                }
                return records
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    /// Every column of `exercise` but the cohort entry (`cohortEntries(matching:)` reads it): a list of a
    /// thousand records need not carry a thousand scorecards. `exercise(from:…)` reads them by position.
    static let listColumns = ["session", "scenario", "scenarioHash", "trainee", "players", "started", "ended", "simulatedSeconds",
                              "outcome", "score", "band", "rating", "acknowledgeSeconds", "commanderSeconds", "containmentSeconds",
                              "closeSeconds", "logPath", "hardFails", "seed", "variants"].joined(separator: ", ")

    /// The rows of a query whose first column is their exercise's rowid, made into values and grouped by
    /// it, each group in the order `precedes` gives (rows come in the table's order, nearly always that one).
    private static func grouped<Value>(_ db: Database, sql: String, arguments: StatementArguments, by precedes: (Value, Value) -> Bool,
                                       _ value: (Row) -> Value) throws -> [Int64: [Value]] {
        var groups: [Int64: [Value]] = [:]
        var exercise: Int64?
        var values: [Value] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let current: Int64 = row[0]
            if current != exercise {
                if let exercise { groups[exercise, default: []].append(contentsOf: values) }
                exercise = current
                values.removeAll(keepingCapacity: true)
            }
            values.append(value(row))
        }
        if let exercise { groups[exercise, default: []].append(contentsOf: values) }
        for (key, group) in groups where zip(group, group.dropFirst()).contains(where: { precedes($1, $0) }) {
            groups[key] = group.sorted(by: precedes)
        }
        return groups
    }

    /// A record from a row of `listColumns`.
    private static func exercise(from row: Row, columns: inout ExerciseColumnDecoder, steps: [StepRow], capabilities: [CapabilityRow],
                                 plan: [PlanRow]?) -> ExerciseRecord {
        ExerciseRecord(session: row[0], scenario: row[1], scenarioHash: row[2], trainee: row[3], players: columns.players(row[4]),
                       started: row[5], ended: row[6], simulatedSeconds: row[7], outcome: row[8], score: row[9], band: row[10],
                       rating: row[11], acknowledgeSeconds: row[12], commanderSeconds: row[13], containmentSeconds: row[14],
                       closeSeconds: row[15], logPath: row[16], steps: steps, capabilities: capabilities, hardFails: columns.strings(row[17]),
                       seed: columns.seed(row[18]), variants: columns.strings(row[19]), plan: plan)
    }
}
