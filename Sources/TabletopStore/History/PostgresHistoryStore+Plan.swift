import PostgresNIO
import TabletopCore

/// The improvement-plan tracker on PostgreSQL: the same statements and answers as the SQLite backend's,
/// text compared `COLLATE "C"`.
extension PostgresHistoryStore {
    /// Replaces a drill's plan items, inside the transaction that records the drill (the record is
    /// upserted here, so nothing cascades).
    func insertPlan(of exercise: ExerciseRecord) throws {
        try run(#"DELETE FROM "planItem" WHERE "session" = \#(exercise.session)"#)
        for row in exercise.plan ?? [] {
            try run(#"""
                INSERT INTO "planItem" ("session", "item", "step", "capability", "observation", "recommendation", "owner", "due")
                VALUES (\#(exercise.session), \#(row.item), \#(row.step), \#(row.capability), \#(row.observation), \#(row.recommendation),
                        \#(row.owner), \#(row.due))
                """#)
        }
    }

    /// The plan items a query of `planItem` rows returns, by session id, in the query's order.
    func plans(_ query: PostgresQuery) throws -> [String: [PlanRow]] {
        var plans: [String: [PlanRow]] = [:]
        for row in try run(query) {
            let (session, item, step, capability, observation, recommendation, owner, due)
                = try row.decode((String, Int, Int?, String, String, String, String, String).self)
            plans[session, default: []].append(PlanRow(item: item, step: step, capability: capability, observation: observation,
                                                       recommendation: recommendation, owner: owner, due: due))
        }
        return plans
    }

    public func planItems(matching filter: HistoryFilter) throws -> [TrackedItem] {
        guard schemaPresent else { return [] }
        var conditions: [String] = []
        var binds = PostgresBindings()
        var count = 0
        func condition(_ column: String, _ comparison: String, _ value: String?) {
            guard let value else { return }
            count += 1
            binds.append(value)
            conditions.append(#"e."\#(column)" COLLATE "C" \#(comparison) $\#(count)"#)
        }
        condition("trainee", "=", filter.trainee)
        condition("scenario", "=", filter.scenario)
        condition("started", ">=", filter.since)
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try run(PostgresQuery(unsafeSQL: #"""
            SELECT p."session", p."item", p."step", p."capability", p."observation", p."recommendation", p."owner", p."due",
                e."scenario", e."trainee", e."started", c."status", c."owner", c."changedBy", c."changedAt"
            FROM "planItem" p JOIN "exercise" e ON e."session" = p."session"
            LEFT JOIN "planChange" c ON c."session" = p."session" AND c."item" = p."item"
                AND c."seq" = (SELECT MAX(l."seq") FROM "planChange" l WHERE l."session" = p."session" AND l."item" = p."item")
            \#(whereClause) ORDER BY p."due" COLLATE "C", e."started" COLLATE "C", p."session" COLLATE "C", p."item"
            """#, binds: binds))
        return try rows.map { row in
            let (session, item, step, capability, observation, recommendation, owner, due, scenario, trainee, started,
                 status, changedOwner, changedBy, changedAt)
                = try row.decode((String, Int, Int?, String, String, String, String, String, String, String, String,
                                  String?, String?, String?, String?).self)
            let plan = PlanRow(item: item, step: step, capability: capability, observation: observation,
                               recommendation: recommendation, owner: owner, due: due)
            return TrackedItem(session: session, scenario: scenario, trainee: trainee, started: started, plan: plan,
                               owner: changedOwner ?? owner, status: status ?? "open", changedBy: changedBy, changedAt: changedAt)
        }
    }

    public func change(_ change: PlanChange) throws {
        guard schemaPresent else { throw PlanChange.unknown(change.session, change.item) }
        try transaction {
            // Serialises two managers changing the same drill's items, as recording a drill does.
            try run("SELECT pg_advisory_xact_lock(hashtext(\(change.session)))")
            try insert(change)
        }
    }

    public func planChanges() throws -> [PlanChange] {
        guard schemaPresent else { return [] }
        return try run(#"""
            SELECT "session", "item", "status", "owner", "changedBy", "changedAt" FROM "planChange"
            ORDER BY "session" COLLATE "C", "item", "seq"
            """#).map { row in
            let (session, item, status, owner, changedBy, changedAt) = try row.decode((String, Int, String, String, String, String).self)
            return PlanChange(session: session, item: item, status: status, owner: owner, changedBy: changedBy, changedAt: changedAt)
        }
    }

    public func restore(_ changes: [PlanChange]) throws {
        guard !changes.isEmpty else { return }
        guard schemaPresent else { throw PlanChange.unknown(changes[0].session, changes[0].item) }
        try transaction {
            var cleared: Set<PlanChange.Item> = []
            for change in changes {
                if cleared.insert(change.key).inserted {
                    try run("SELECT pg_advisory_xact_lock(hashtext(\(change.session)))")
                    try run(#"DELETE FROM "planChange" WHERE "session" = \#(change.session) AND "item" = \#(change.item)"#)
                }
                try insert(change)
            }
        }
    }

    /// Appends a change to its item's changes, inside the caller's transaction; an item the history does
    /// not hold is an error.
    private func insert(_ change: PlanChange) throws {
        let found = try run(#"SELECT count(*) FROM "planItem" WHERE "session" = \#(change.session) AND "item" = \#(change.item)"#)
            .first?.decode(Int.self) ?? 0
        guard found == 1 else { throw PlanChange.unknown(change.session, change.item) }
        try run(#"""
            INSERT INTO "planChange" ("session", "item", "seq", "status", "owner", "changedBy", "changedAt")
            VALUES (\#(change.session), \#(change.item),
                    (SELECT COALESCE(MAX("seq"), 0) + 1 FROM "planChange" WHERE "session" = \#(change.session) AND "item" = \#(change.item)),
                    \#(change.status), \#(change.owner), \#(change.changedBy), \#(change.changedAt))
            """#)
    }
}
