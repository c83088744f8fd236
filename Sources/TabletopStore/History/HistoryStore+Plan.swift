import GRDB
import TabletopCore

/// The improvement-plan tracker on SQLite: the same statements and answers as the PostgreSQL backend's.
extension HistoryStore {
    /// Writes a drill's plan items, inside the transaction that records the drill (its old items went
    /// with its old record, by cascade).
    static func insertPlan(of exercise: ExerciseRecord, _ db: Database) throws {
        for row in exercise.plan ?? [] {
            try db.execute(sql: """
                INSERT INTO planItem (session, item, step, capability, observation, recommendation, owner, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [exercise.session, row.item, row.step, row.capability, row.observation, row.recommendation, row.owner, row.due])
        }
    }

    /// A plan item's columns in the order `planRow` reads them (by position: looking a column up by name
    /// costs more than the rest of reading a row, and the tracker reads ten thousand).
    private static func planColumns(_ table: String) -> String {
        ["session", "item", "step", "capability", "observation", "recommendation", "owner", "due"].map { table + $0 }.joined(separator: ", ")
    }

    /// The item in a row that starts with `planColumns`.
    private static func planRow(_ row: Row) -> PlanRow {
        PlanRow(item: row[1], step: row[2], capability: row[3], observation: row[4], recommendation: row[5], owner: row[6], due: row[7])
    }

    public func planItems(matching filter: HistoryFilter) throws -> [TrackedItem] {
        let (whereClause, arguments) = Self.whereClause(filter, table: "e")
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT \(Self.planColumns("p.")), e.scenario, e.trainee, e.started, c.status, c.owner, c.changedBy, c.changedAt
                    FROM planItem p JOIN exercise e ON e.session = p.session
                    LEFT JOIN planChange c ON c.session = p.session AND c.item = p.item
                        AND c.seq = (SELECT MAX(seq) FROM planChange l WHERE l.session = p.session AND l.item = p.item)
                    \(whereClause) ORDER BY p.due, e.started, p.session, p.item
                    """, arguments: StatementArguments(arguments)).map { row in
                    let plan = Self.planRow(row)
                    return TrackedItem(session: row[0], scenario: row[8], trainee: row[9], started: row[10],
                                       plan: plan, owner: row[12] ?? plan.owner, status: row[11] ?? "open", changedBy: row[13], changedAt: row[14])
                }
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    public func change(_ change: PlanChange) throws {
        try writePlan { db in try Self.insert(change, db) }
    }

    public func planChanges() throws -> [PlanChange] {
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM planChange ORDER BY session, item, seq").map {
                    PlanChange(session: $0["session"], item: $0["item"], status: $0["status"], owner: $0["owner"],
                               changedBy: $0["changedBy"], changedAt: $0["changedAt"])
                }
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    public func restore(_ changes: [PlanChange]) throws {
        try writePlan { db in
            var cleared: Set<PlanChange.Item> = []
            for change in changes {
                if cleared.insert(change.key).inserted {
                    try db.execute(sql: "DELETE FROM planChange WHERE session = ? AND item = ?", arguments: [change.session, change.item])
                }
                try Self.insert(change, db)
            }
        }
    }

    /// A write to the tracker's tables, its errors explained in words (a missing item is said as such).
    private func writePlan(_ body: (Database) throws -> Void) throws {
        do {
            try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    /// Appends a change to its item's changes; an item the history does not hold is an error.
    private static func insert(_ change: PlanChange, _ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM planItem WHERE session = ? AND item = ?",
                               arguments: [change.session, change.item]) == 1 else {
            throw PlanChange.unknown(change.session, change.item)
        }
        try db.execute(sql: """
            INSERT INTO planChange (session, item, seq, status, owner, changedBy, changedAt)
            VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM planChange WHERE session = ? AND item = ?), ?, ?, ?, ?)
            """, arguments: [change.session, change.item, change.session, change.item, change.status, change.owner,
                             change.changedBy, change.changedAt])
    }
}
