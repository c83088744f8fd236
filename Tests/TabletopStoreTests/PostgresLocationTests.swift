import Foundation
import Testing
@testable import TabletopStore

/// Choosing the backend and reading a PostgreSQL URL: no server needed.
@Suite struct PostgresLocationTests {
    @Test func dbWinsOverTheEnvironmentWhichWinsOverTheDataFolder() throws {
        let environment = ["TABLETOP_DATABASE_URL": "postgres://org@db.example:6432/drills?sslmode=verify-full"]
        #expect(try HistoryLocation.resolve(nil, defaultPath: "/d/history.sqlite", environment: [:]) == .sqlite(path: "/d/history.sqlite"))
        #expect(try HistoryLocation.resolve("/x.sqlite", defaultPath: "/d/history.sqlite", environment: environment) == .sqlite(path: "/x.sqlite"))
        let organisation = try HistoryLocation.resolve(nil, defaultPath: "/d/history.sqlite", environment: environment)
        #expect(organisation.description == "postgres://org@db.example:6432/drills?sslmode=verify-full")
        #expect(throws: StoreError.self) { try HistoryLocation.resolve(nil, defaultPath: "/d", environment: ["TABLETOP_DATABASE_URL": "/some/file"]) }
    }

    /// `ps` shows a command line to everyone: a password there is refused, and never echoed.
    @Test func aPasswordOnTheCommandLineIsRefusedAndNeverShown() throws {
        #expect {
            _ = try HistoryLocation.resolve("postgres://org:s3cret@db/drills", defaultPath: "/d", environment: [:])
        } throws: { error in
            let text = "\(error)"
            return text.contains("must not hold a password") && !text.contains("s3cret")
        }
        // From the environment it is taken, and still never shown.
        let location = try PostgresLocation(url: "postgres://org:s3cret@db/drills", fromCommandLine: false)
        #expect(try location.password(environment: [:]) == "s3cret")
        #expect(!location.description.contains("s3cret"))
    }

    @Test func readsAPasswordFileAsLibpqDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("pgpass").path
        try "# comment\nother:5432:*:org:wrong\ndb:5432:drills:org:pa\\:ss\n*:*:*:*:fallback\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let location = try PostgresLocation(url: "postgres://org@db/drills", fromCommandLine: true)
        #expect(try location.password(environment: ["PGPASSFILE": file]) == "pa:ss")
        #expect(try location.password(environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "env")
        let elsewhere = try PostgresLocation(url: "postgres://org@db2:5433/x", fromCommandLine: true)
        #expect(try elsewhere.password(environment: ["PGPASSFILE": file]) == "fallback")
        chmod(file, 0o644)
        #expect(throws: StoreError.self) { try location.password(environment: ["PGPASSFILE": file]) }
    }

    @Test func unknownOptionsAndSSLModesAreRefused() {
        #expect(throws: StoreError.self) { try PostgresLocation(url: "postgres://a@b/c?sslmode=maybe", fromCommandLine: true) }
        #expect(throws: StoreError.self) { try PostgresLocation(url: "postgres://a@b/c?password=x", fromCommandLine: true) }
        #expect((try? PostgresLocation(url: "postgresql://a@/c?host=/run/postgresql", fromCommandLine: true))?.socketFolder == "/run/postgresql")
    }
}
