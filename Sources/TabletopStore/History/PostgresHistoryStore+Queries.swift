import Foundation
import PostgresNIO
import TabletopCore

/// Reading and writing records: the same statements and answers as the SQLite backend's. Text is
/// ordered and compared `COLLATE "C"` (bytewise, as SQLite does), whatever the database's locale.
extension PostgresHistoryStore {
    /// Records a drill in one transaction: the record is upserted by session id, its steps and ratings
    /// replaced. A transaction-scoped advisory lock on the session serialises two hosts writing the same
    /// session; different sessions do not wait for each other.
    public func record(_ exercise: ExerciseRecord, anchor: SessionAnchor? = nil, forced: String? = nil) throws {
        try record([HistoryWrite(exercise, anchor: anchor, forced: forced)])
    }

    /// Records several drills in one transaction (one commit for the lot). The sessions' advisory locks are
    /// taken first, in sorted order, so two hosts importing overlapping batches wait rather than deadlock.
    public func record(_ batch: [HistoryWrite]) throws {
        guard !batch.isEmpty else { return }
        let encoder = JSONEncoder()
        try transaction {
            for session in Set(batch.map(\.exercise.session)).sorted() {
                try run("SELECT pg_advisory_xact_lock(hashtext(\(session)))")
            }
            for write in batch { try insert(write, encoder: encoder) }
        }
    }

    /// Upserts one drill's record, anchor, steps, ratings and plan, inside the caller's transaction.
    private func insert(_ write: HistoryWrite, encoder: JSONEncoder) throws {
        let (exercise, anchor, forced) = (write.exercise, write.anchor, write.forced)
        let players = String(decoding: try encoder.encode(exercise.players), as: UTF8.self)
        let hardFails = try exercise.hardFails.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let variants = try exercise.variants.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let session = exercise.session
        if let anchor {
            // Once forced, always forced: a later plain import must not wipe that the record was shortened.
            try run(#"""
                INSERT INTO "sessionAnchor" ("session", "seq", "hash", "forced") VALUES (\#(session), \#(anchor.seq), \#(anchor.hash), \#(forced))
                ON CONFLICT ("session") DO UPDATE SET "seq" = excluded."seq", "hash" = excluded."hash",
                    "forced" = COALESCE(excluded."forced", "sessionAnchor"."forced")
                """#)
        }
        let columns = Self.exerciseColumns.dropFirst().map { "\"\($0)\" = excluded.\"\($0)\"" }.joined(separator: ", ")
        var binds = PostgresBindings()
        binds.append(session); binds.append(exercise.scenario); binds.append(exercise.scenarioHash); binds.append(exercise.trainee)
        binds.append(players); binds.append(exercise.started); binds.append(exercise.ended); binds.append(exercise.simulatedSeconds)
        binds.append(exercise.outcome); binds.append(exercise.score); binds.append(exercise.band); binds.append(exercise.rating)
        binds.append(exercise.acknowledgeSeconds); binds.append(exercise.commanderSeconds); binds.append(exercise.containmentSeconds)
        binds.append(exercise.closeSeconds); binds.append(exercise.logPath); binds.append(hardFails)
        binds.append(exercise.seed.map(String.init)); binds.append(variants)
        binds.append(exercise.cohortEntry)
        try run(PostgresQuery(unsafeSQL: """
            INSERT INTO "exercise" (\(Self.exerciseColumns.map { "\"\($0)\"" }.joined(separator: ", ")))
            VALUES (\(Self.placeholders(row: 0, width: Self.exerciseColumns.count)))
            ON CONFLICT ("session") DO UPDATE SET \(columns)
            """, binds: binds))
        try run(#"DELETE FROM "stepResult" WHERE "session" = \#(session)"#)
        try run(#"DELETE FROM "capabilityRating" WHERE "session" = \#(session)"#)
        if !exercise.steps.isEmpty {
            var binds = PostgresBindings()
            for step in exercise.steps {
                binds.append(session); binds.append(step.step); binds.append(step.slug); binds.append(step.status)
                binds.append(step.doneSeconds); binds.append(step.points); binds.append(step.possible)
            }
            let rows = exercise.steps.indices.map { "(\(Self.placeholders(row: $0, width: 7)))" }.joined(separator: ", ")
            try run(PostgresQuery(unsafeSQL: #"INSERT INTO "stepResult" ("session", "step", "slug", "status", "doneSeconds", "points", "possible") VALUES "# + rows, binds: binds))
        }
        if !exercise.capabilities.isEmpty {
            var binds = PostgresBindings()
            for capability in exercise.capabilities {
                binds.append(session); binds.append(capability.phase); binds.append(capability.rating); binds.append(capability.share)
            }
            let rows = exercise.capabilities.indices.map { "(\(Self.placeholders(row: $0, width: 4)))" }.joined(separator: ", ")
            try run(PostgresQuery(unsafeSQL: #"INSERT INTO "capabilityRating" ("session", "phase", "rating", "share") VALUES "# + rows, binds: binds))
        }
        try insertPlan(of: exercise)
    }

    /// The `exercise` table's columns, in the order records are written and read.
    static let exerciseColumns = ["session", "scenario", "scenarioHash", "trainee", "players", "started", "ended", "simulatedSeconds",
                                  "outcome", "score", "band", "rating", "acknowledgeSeconds", "commanderSeconds", "containmentSeconds",
                                  "closeSeconds", "logPath", "hardFails", "seed", "variants", "cohortEntry"]

    /// The filter as a `WHERE` clause on `exercise` (empty for none) and a function that binds its values
    /// to a statement using it.
    static func filtered(_ filter: HistoryFilter) -> (whereClause: String, query: (String) -> PostgresQuery) {
        var conditions: [String] = []
        var values: [String] = []
        if let trainee = filter.trainee { values.append(trainee); conditions.append(#""trainee" = $\#(values.count)"#) }
        if let scenario = filter.scenario { values.append(scenario); conditions.append(#""scenario" = $\#(values.count)"#) }
        if let since = filter.since { values.append(since); conditions.append(#""started" COLLATE "C" >= $\#(values.count)"#) }
        let bound = values
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), { sql in
            var binds = PostgresBindings()
            for value in bound { binds.append(value) }
            return PostgresQuery(unsafeSQL: sql, binds: binds)
        })
    }

    /// `$n, $n+1, …` for one row of `width` values.
    static func placeholders(row: Int, width: Int) -> String {
        (1...width).map { "$\(row * width + $0)" }.joined(separator: ", ")
    }

    public func anchor(of session: String) throws -> SessionAnchor? {
        guard schemaPresent else { return nil }
        return try run(#"SELECT "seq", "hash" FROM "sessionAnchor" WHERE "session" = \#(session)"#).first.map {
            let (seq, hash) = try $0.decode((Int, String).self)
            return SessionAnchor(seq: seq, hash: hash)
        }
    }

    public func forcedShortening(of session: String) throws -> String? {
        guard schemaPresent else { return nil }
        return try run(#"SELECT "forced" FROM "sessionAnchor" WHERE "session" = \#(session)"#).first?.decode(String?.self)
    }

    public func storedAnchors() throws -> [StoredAnchor] {
        guard schemaPresent else { return [] }
        return try run(#"SELECT "session", "seq", "hash", "forced" FROM "sessionAnchor" ORDER BY "session" COLLATE "C""#).map {
            let (session, seq, hash, forced) = try $0.decode((String, Int, String, String?).self)
            return StoredAnchor(session: session, anchor: SessionAnchor(seq: seq, hash: hash), forced: forced)
        }
    }

    public func exercises(matching filter: HistoryFilter = HistoryFilter(), withSteps: Bool = false) throws -> [ExerciseRecord] {
        guard schemaPresent else { return [] }
        let (whereClause, query) = Self.filtered(filter)
        // Every column but the cohort entry, which `cohortEntries(matching:)` reads.
        let columns = Self.exerciseColumns.dropLast().map { "\"\($0)\"" }.joined(separator: ", ")
        let rows = try run(query(#"SELECT \#(columns) FROM "exercise"\#(whereClause) ORDER BY "started" COLLATE "C", "session" COLLATE "C""#))
        // Steps and ratings of all the exercises in one query each, as the SQLite backend does.
        var steps: [String: [StepRow]] = [:], capabilities: [String: [CapabilityRow]] = [:], plans: [String: [PlanRow]] = [:]
        if withSteps {
            let sessions = #"SELECT "session" FROM "exercise"\#(whereClause)"#
            plans = try self.plans(query(#"SELECT * FROM "planItem" WHERE "session" IN (\#(sessions)) ORDER BY "session" COLLATE "C", "item""#))
            for row in try run(query(#"""
                SELECT "session", "step", "slug", "status", "doneSeconds", "points", "possible" FROM "stepResult"
                WHERE "session" IN (\#(sessions)) ORDER BY "session" COLLATE "C", "step"
                """#)) {
                let (session, step, slug, status, done, points, possible) = try row.decode((String, Int, String, String, Int?, Double, Double).self)
                steps[session, default: []].append(StepRow(step: step, slug: slug, status: status, doneSeconds: done, points: points, possible: possible))
            }
            for row in try run(query(#"""
                SELECT "session", "phase", "rating", "share" FROM "capabilityRating"
                WHERE "session" IN (\#(sessions)) ORDER BY "session" COLLATE "C", "phase" COLLATE "C"
                """#)) {
                let (session, phase, rating, share) = try row.decode((String, String, String, Double).self)
                capabilities[session, default: []].append(CapabilityRow(phase: phase, rating: rating, share: share))
            }
        }
        var decoder = ExerciseColumnDecoder()
        return try rows.map { row in
            let (session, scenario, scenarioHash, trainee, players, started, ended, simulated, outcome, score, band, rating,
                 acknowledge, commander, containment, close, logPath, hardFails, seed, variants)
                = try row.decode((String, String, String, String, String, String, String?, Int, String, Int, String, String,
                                  Int?, Int?, Int?, Int?, String, String?, String?, String?).self)
            return ExerciseRecord(session: session, scenario: scenario, scenarioHash: scenarioHash, trainee: trainee,
                                  players: decoder.players(players),
                                  started: started, ended: ended, simulatedSeconds: simulated, outcome: outcome, score: score, band: band,
                                  rating: rating, acknowledgeSeconds: acknowledge, commanderSeconds: commander,
                                  containmentSeconds: containment, closeSeconds: close, logPath: logPath,
                                  steps: steps[session] ?? [], capabilities: capabilities[session] ?? [],
                                  hardFails: decoder.strings(hardFails), seed: decoder.seed(seed), variants: decoder.strings(variants),
                                  plan: withSteps ? plans[session] : nil)
        }
    }
}
