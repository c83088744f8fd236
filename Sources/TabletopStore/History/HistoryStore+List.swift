import GRDB
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
            return try pool.read { db in
                let (whereClause, values) = Self.whereClause(filter)
                let arguments = StatementArguments(values)
                var steps: [String: [StepRow]] = [:], capabilities: [String: [CapabilityRow]] = [:], plans: [String: [PlanRow]] = [:]
                if withSteps {
                    let sessions = "SELECT session FROM exercise\(whereClause)"
                    steps = try Self.grouped(db, sql: """
                        SELECT session, step, slug, status, doneSeconds, points, possible FROM stepResult
                        WHERE session IN (\(sessions)) ORDER BY session, step
                        """, arguments: arguments) { row in
                        StepRow(step: row[1], slug: row[2], status: row[3], doneSeconds: row[4], points: row[5], possible: row[6])
                    }
                    capabilities = try Self.grouped(db, sql: """
                        SELECT session, phase, rating, share FROM capabilityRating WHERE session IN (\(sessions)) ORDER BY session, phase
                        """, arguments: arguments) { row in
                        CapabilityRow(phase: row[1], rating: row[2], share: row[3])
                    }
                    plans = try Self.grouped(db, sql: """
                        SELECT session, item, step, capability, observation, recommendation, owner, due FROM planItem
                        WHERE session IN (\(sessions)) ORDER BY session, item
                        """, arguments: arguments) { row in
                        PlanRow(item: row[1], step: row[2], capability: row[3], observation: row[4], recommendation: row[5], owner: row[6], due: row[7])
                    }
                }
                var columns = ExerciseColumnDecoder()
                var records: [ExerciseRecord] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.listColumns) FROM exercise\(whereClause) ORDER BY started, session",
                                               arguments: arguments)
                while let row = try rows.next() {
                    let session: String = row[0]
                    // Drills recorded before the plan tracker have no items: their `plan` stays nil.
                    records.append(Self.exercise(from: row, columns: &columns, steps: steps[session] ?? [],
                                                 capabilities: capabilities[session] ?? [], plan: withSteps ? plans[session] : nil))
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

    /// The rows of a query whose first column is the session and which is ordered by session, made into
    /// values and grouped by session, each group in the query's order.
    private static func grouped<Value>(_ db: Database, sql: String, arguments: StatementArguments,
                                       _ value: (Row) -> Value) throws -> [String: [Value]] {
        var groups: [String: [Value]] = [:]
        var session: String?
        var values: [Value] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let current: String = row[0]
            if current != session {
                if let session { groups[session] = values }
                session = current
                values = []
            }
            values.append(value(row))
        }
        if let session { groups[session] = values }
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
