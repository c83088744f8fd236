import Foundation
import PostgresNIO
import Testing
@testable import TabletopStore

/// The test PostgreSQL server, named by `TABLETOP_TEST_POSTGRES_URL` (its password in `PGPASSFILE`),
/// which `.ci/run` starts (`.ci/postgres`). Without the variable the PostgreSQL suites are reported as
/// skipped; with it, a server that cannot be reached fails them.
enum PostgresTestDatabase {
    static let variable = "TABLETOP_TEST_POSTGRES_URL"
    static let url = ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    static var configured: Bool { url != nil }
    static let skipped: Comment = "\(variable) is not set: the PostgreSQL backend is not tested (.ci/postgres starts a server)"

    /// A new, empty database on the test server, for one test.
    static func fresh() throws -> PostgresLocation {
        guard let url else { throw StoreError("\(variable) is not set") }
        let admin = try PostgresLocation(url: url, fromCommandLine: false)
        let name = "tabletop_test_\(UUID().uuidString.prefix(8).lowercased())"
        let group = MultiThreadedEventLoopGroup.singleton
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let connection = try PostgresConnection.connect(on: group.next(), configuration: try admin.configuration(), id: 1, logger: logger).wait()
        defer { try? connection.close().wait() }
        _ = try connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \"\(name)\""), logger: logger).wait()
        var location = admin
        location.database = name
        return location
    }

    /// A URL for `location` (no password: it comes from PGPASSFILE).
    static func url(_ location: PostgresLocation) -> String {
        "postgres://\(location.user)@\(location.host):\(location.port)/\(location.database)?sslmode=\(location.sslMode)"
    }
}
