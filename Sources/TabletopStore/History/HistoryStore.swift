import Foundation
import GRDB
import TabletopCore

/// The exercise history's SQLite backend (through GRDB): by default `history.sqlite` in the data folder.
///
/// WAL mode and a busy timeout let two drills that finish at the same moment both land. The session
/// logs stay the source of truth: a lost or damaged database is rebuilt with `tabletop history import`.
public struct HistoryStore: HistoryBackend {
    let pool: any DatabaseWriter
    /// Where the database is.
    public let path: String
    /// Where the database is, for messages.
    public var location: String { path }

    /// Opens (creating and migrating if needed) the database at `path`; with `readOnly`, opens an
    /// existing one only to read it, which works where its folder cannot be written.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var configuration = Configuration()
        // Thirty seconds: two imports on a loaded machine waited out ten (a test run beside two other drills' processes).
        configuration.busyMode = .timeout(Self.busySeconds)
        configuration.label = "tabletop.history"
        if readOnly {
            configuration.readonly = true
            pool = try Self.openForReading(path: path, configuration: configuration)
            return
        }
        pool = try Self.open(path: path, configuration: configuration)
        // Scores and names are as private as the session logs they come from.
        for file in [path, path + "-wal", path + "-shm"] { chmod(file, 0o600) }
    }

    /// How long a write waits for another process's to finish before it gives up.
    static let busySeconds: TimeInterval = 30

    /// Opens and migrates the database. Two processes creating it at the same moment can find it busy
    /// while it switches to WAL mode, before SQLite's busy timeout applies, or both start the same migration
    /// (the loser's CREATE TABLE finds the table there); they retry for a few seconds, and a retried
    /// migration sees the winner's work as done.
    private static func open(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                let migrator = Self.migrator()
                if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                    throw HistoryMigrations.newerVersion(path)
                }
                try migrator.migrate(pool)
                return pool
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError where Self.isRace(error) && attempt < 50 {
                attempt += 1
                usleep(100_000)
            } catch {
                throw Self.explain(error, path: path)
            }
        }
    }

    /// A read-only connection. A database in WAL mode needs its `-shm` file, which a read-only folder
    /// cannot hold; then it is opened as immutable (SQLite's URI parameter), which reads the file as it is.
    private static func openForReading(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            do {
                return try DatabaseQueue(path: URL(fileURLWithPath: path).absoluteString + "?immutable=1", configuration: configuration)
            } catch {
                throw Self.explain(error, path: path)
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    static func isRace(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
            || (error.resultCode == .SQLITE_ERROR && ["already exists", "duplicate column name"].contains { (error.message ?? "").contains($0) })
    }

    /// The schema from the migrations both backends share (`HistoryMigrations`); tests give the first few
    /// to make a database of an earlier version.
    static func migrator(_ migrations: [HistoryMigrations.Migration] = HistoryMigrations.all) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in
                for statement in migration.statements { try db.execute(sql: statement) }
            }
        }
        return migrator
    }

    /// Records a drill, replacing an earlier record of the same session (a resumed drill), with the
    /// anchor of its log; `forced` says why a shorter log was allowed to replace a longer record.
    public func record(_ exercise: ExerciseRecord, anchor: SessionAnchor? = nil, forced: String? = nil) throws {
        try record([HistoryWrite(exercise, anchor: anchor, forced: forced)])
    }

    /// Records several drills in one transaction (one commit, so one fsync, for the lot).
    public func record(_ batch: [HistoryWrite]) throws {
        guard !batch.isEmpty else { return }
        do {
            try pool.write { db in
                let encoder = JSONEncoder()
                for write in batch { try Self.insert(write, encoder: encoder, db) }
            }
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    /// Writes one drill's record, steps, ratings, plan and anchor, inside the caller's transaction. The
    /// statements are prepared once per connection (`cachedStatement`): an import writes thousands of rows.
    private static func insert(_ write: HistoryWrite, encoder: JSONEncoder, _ db: Database) throws {
        let exercise = write.exercise
        if let anchor = write.anchor {
            // Once forced, always forced: a later plain import must not wipe that the record was shortened.
            try db.cachedStatement(sql: """
                INSERT INTO sessionAnchor (session, seq, hash, forced) VALUES (?, ?, ?, ?)
                ON CONFLICT(session) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
                    forced = COALESCE(excluded.forced, sessionAnchor.forced)
                """).execute(arguments: [exercise.session, anchor.seq, anchor.hash, write.forced])
        }
        let players = String(decoding: try encoder.encode(exercise.players), as: UTF8.self)
        let hardFails = try exercise.hardFails.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let variants = try exercise.variants.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try db.cachedStatement(sql: "DELETE FROM exercise WHERE session = ?").execute(arguments: [exercise.session])
        try db.cachedStatement(sql: """
            INSERT INTO exercise (session, scenario, scenarioHash, trainee, players, started, ended, simulatedSeconds, outcome,
                score, band, rating, acknowledgeSeconds, commanderSeconds, containmentSeconds, closeSeconds, logPath, hardFails, seed, variants, cohortEntry)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [exercise.session, exercise.scenario, exercise.scenarioHash, exercise.trainee, players,
                             exercise.started, exercise.ended, exercise.simulatedSeconds, exercise.outcome, exercise.score,
                             exercise.band, exercise.rating, exercise.acknowledgeSeconds, exercise.commanderSeconds,
                             exercise.containmentSeconds, exercise.closeSeconds, exercise.logPath, hardFails,
                             exercise.seed.map(String.init), variants, exercise.cohortEntry])
        for step in exercise.steps {
            try db.cachedStatement(sql: "INSERT INTO stepResult (session, step, slug, status, doneSeconds, points, possible) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [exercise.session, step.step, step.slug, step.status, step.doneSeconds, step.points, step.possible])
        }
        for capability in exercise.capabilities {
            try db.cachedStatement(sql: "INSERT INTO capabilityRating (session, phase, rating, share) VALUES (?, ?, ?, ?)")
                .execute(arguments: [exercise.session, capability.phase, capability.rating, capability.share])
        }
        try insertPlan(of: exercise, db)
    }

    /// Where the log of a session ended when it was last recorded, if it was.
    public func anchor(of session: String) throws -> SessionAnchor? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT seq, hash FROM sessionAnchor WHERE session = ?", arguments: [session])
                .map { SessionAnchor(seq: $0["seq"], hash: $0["hash"]) }
        }
    }

    /// Why the history let a shorter log replace a longer record of a session (`history import
    /// --force`), if it ever did.
    public func forcedShortening(of session: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT forced FROM sessionAnchor WHERE session = ?", arguments: [session]) }
    }

    /// Every stored anchor, by session id.
    public func storedAnchors() throws -> [StoredAnchor] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT session, seq, hash, forced FROM sessionAnchor ORDER BY session").map {
                StoredAnchor(session: $0["session"], anchor: SessionAnchor(seq: $0["seq"], hash: $0["hash"]), forced: $0["forced"])
            }
        }
    }

    /// A read, with a database error explained in words.
    private func read<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            return try pool.read(body)
        } catch {
            throw Self.explain(error, path: path)
        }
    }

    /// The filter as a `WHERE` clause on the exercise table (its columns prefixed with `table.` when given)
    /// and its arguments; empty for no filter.
    static func whereClause(_ filter: HistoryFilter, table: String = "") -> (String, [(any DatabaseValueConvertible)?]) {
        let prefix = table.isEmpty ? "" : table + "."
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let trainee = filter.trainee { conditions.append("\(prefix)trainee = ?"); arguments.append(trainee) }
        if let scenario = filter.scenario { conditions.append("\(prefix)scenario = ?"); arguments.append(scenario) }
        if let since = filter.since { conditions.append("\(prefix)started >= ?"); arguments.append(since) }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// One line a person understands for what went wrong with the database.
    static func explain(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else { return StoreError("\(path): \(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError("\(path) is damaged or is not a tabletop history database; move it away and rebuild it with 'tabletop history import' from the session logs")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError("\(path) stayed locked by another tabletop for \(Int(busySeconds)) seconds; try again (the session log is safe)")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError("cannot open \(path) for writing (\(error.message ?? "permission denied")); check the folder's permissions or use --db")
        case .SQLITE_FULL:
            return StoreError("the disk holding \(path) is full")
        default:
            return StoreError("\(path): \(error.message ?? "\(error)")")
        }
    }
}

extension ExerciseRecord {
    /// A record with every field given (as read back from the store).
    public init(session: String, scenario: String, scenarioHash: String, trainee: String, players: [Player], started: String, ended: String?,
         simulatedSeconds: Int, outcome: String, score: Int, band: String, rating: String, acknowledgeSeconds: Int?, commanderSeconds: Int?,
         containmentSeconds: Int?, closeSeconds: Int?, logPath: String, steps: [StepRow], capabilities: [CapabilityRow],
         hardFails: [String]? = nil, seed: UInt64? = nil, variants: [String]? = nil, plan: [PlanRow]? = nil) {
        self.session = session
        self.scenario = scenario
        self.scenarioHash = scenarioHash
        self.trainee = trainee
        self.players = players
        self.started = started
        self.ended = ended
        self.simulatedSeconds = simulatedSeconds
        self.outcome = outcome
        self.score = score
        self.band = band
        self.rating = rating
        self.acknowledgeSeconds = acknowledgeSeconds
        self.commanderSeconds = commanderSeconds
        self.containmentSeconds = containmentSeconds
        self.closeSeconds = closeSeconds
        self.logPath = logPath
        self.steps = steps
        self.capabilities = capabilities
        self.hardFails = hardFails
        self.seed = seed
        self.variants = variants
        self.plan = plan
    }
}
