import Foundation
import NIOCore
import NIOPosix
import PostgresNIO
import TabletopCore

/// The exercise history's PostgreSQL backend (through PostgresNIO): one record for an organisation,
/// written by several facilitators' hosts at once and read by managers.
///
/// Synchronous like the SQLite backend: each call waits on PostgresNIO's futures, which run on a
/// private event loop, so it works from any thread (an NIO server's loop included) but that one.
/// The schema is migrated on first use under an advisory lock, so two hosts starting at once do
/// not race. Nothing is logged: PostgresNIO's logger stays at `critical`.
public final class PostgresHistoryStore: HistoryBackend {
    /// The one thread PostgresNIO's connections run on; never the caller's, so waiting is safe.
    private static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    /// The advisory lock key the migrations run under (any constant of ours: "tabletop" in ASCII).
    static let migrationLock: Int64 = 0x7461_626c_6574_6f70

    let connection: PostgresConnection
    let logger: Logger
    /// Where the database is, without its password.
    public let location: String
    /// Whether the schema is there (a read-only open does not create it).
    let schemaPresent: Bool

    /// Connects, and migrates the schema unless `readOnly` (which checks only that it is not newer).
    public init(_ target: PostgresLocation, readOnly: Bool = false) throws {
        location = target.description
        var logger = Logger(label: "tabletop.history")
        logger.logLevel = .critical
        self.logger = logger
        let configuration = try target.configuration()
        do {
            connection = try PostgresConnection.connect(on: Self.group.next(), configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw Self.explain(error, location: target.description, connecting: true)
        }
        do {
            schemaPresent = try Self.migrate(connection, logger: logger, location: target.description, readOnly: readOnly)
        } catch {
            Self.close(connection)
            throw error
        }
    }

    deinit {
        Self.close(connection)
    }

    /// Closes a connection without waiting, keeping it alive until it is closed (PostgresNIO requires
    /// a connection be closed before it goes).
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw Self.explain(error, location: location, connecting: false)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<Value>(_ body: () throws -> Value) throws -> Value {
        try run("BEGIN")
        do {
            let value = try body()
            try run("COMMIT")
            return value
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    /// Applies the migrations this database lacks, under the advisory lock; refuses a database a newer
    /// tabletop migrated. Returns whether the schema is there.
    static func migrate(_ connection: PostgresConnection, logger: Logger, location: String, readOnly: Bool) throws -> Bool {
        func run(_ query: PostgresQuery) throws -> [PostgresRow] {
            do {
                return try connection.query(query, logger: logger).wait().rows
            } catch {
                throw explain(error, location: location, connecting: false)
            }
        }
        func applied() throws -> [String]? {
            let exists = try run("SELECT to_regclass('tabletop_migrations') IS NOT NULL").first?.decode(Bool.self) ?? false
            guard exists else { return nil }
            return try run(#"SELECT "identifier" FROM "tabletop_migrations""#).map { try $0.decode(String.self) }
        }
        let known = Set(HistoryMigrations.all.map(\.identifier))
        if let done = try applied() {
            if done.contains(where: { !known.contains($0) }) { throw HistoryMigrations.newerVersion(location) }
            if done.count == known.count || readOnly { return true }
        } else if readOnly {
            return false
        }
        // Session-level lock: held across the migrations' own transactions, released even on failure.
        _ = try run("SELECT pg_advisory_lock(\(migrationLock))")
        defer { _ = try? run("SELECT pg_advisory_unlock(\(migrationLock))") }
        _ = try run(#"CREATE TABLE IF NOT EXISTS "tabletop_migrations" ("identifier" TEXT NOT NULL PRIMARY KEY, "applied" TIMESTAMPTZ NOT NULL DEFAULT now())"#)
        // Read again under the lock: another host may have migrated while this one waited.
        let done = Set(try applied() ?? [])
        if done.contains(where: { !known.contains($0) }) { throw HistoryMigrations.newerVersion(location) }
        for migration in HistoryMigrations.all where !done.contains(migration.identifier) {
            _ = try run("BEGIN")
            do {
                for statement in migration.statements { _ = try run(PostgresQuery(unsafeSQL: statement)) }
                _ = try run(#"INSERT INTO "tabletop_migrations" ("identifier") VALUES (\#(migration.identifier))"#)
                _ = try run("COMMIT")
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
        return true
    }

    /// One line a person understands for what went wrong; never the password.
    static func explain(_ error: any Error, location: String, connecting: Bool) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                return StoreError("\(location): \(message)")
            }
            if error.code == .sslUnsupported {
                return StoreError("\(location): the server does not offer TLS, which its sslmode asks for (sslmode=prefer or disable on a trusted network)")
            }
            if error.code == .connectionError || connecting {
                let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
                return StoreError("cannot reach PostgreSQL at \(location) (\(cause))")
            }
            return StoreError("\(location): \(error.code)")
        }
        return StoreError(connecting ? "cannot reach PostgreSQL at \(location) (\(error))" : "\(location): \(error)")
    }
}
