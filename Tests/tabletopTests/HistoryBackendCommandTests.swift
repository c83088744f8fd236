import Foundation
import Testing

/// The history's backends end to end: a drill when PostgreSQL cannot be reached, export and import
/// between backends, and the same history and cohort from both.
@Suite struct HistoryBackendCommandTests {
    static let testServer = ProcessInfo.processInfo.environment["TABLETOP_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// A new database on the test server (psql, its password from PGPASSFILE); its URL.
    static func freshPostgres() throws -> String {
        let server = try #require(testServer)
        let name = "tabletop_cli_\(UUID().uuidString.prefix(8).lowercased())"
        let created = try CommandLineTests.run(["-X", "-q", "-d", server, "-c", "CREATE DATABASE \(name)"], executable: URL(fileURLWithPath: "/usr/bin/psql"))
        try #require(created.status == 0, "psql: \(created.stderr)")
        var components = try #require(URLComponents(string: server))
        components.path = "/" + name
        return try #require(components.string)
    }

    /// Plays three drills; their log paths.
    static func playedSessions() throws -> [String] {
        try [("1", "ana", "ack\nchannel #ir\n"), ("2", "bo", "ack\npage jon\n"), ("3", "ana", "ack\n")].map { seed, trainee, moves in
            let played = DrillCommandTests.temporaryFolder()
            _ = try CommandLineTests.run(["play", "example", "--seed", seed, "--trainee", trainee, "--data-dir", played], stdin: moves,
                                         removing: ["TABLETOP_DATABASE_URL"])
            return try DrillCommandTests.sessionFile(in: played)
        }
    }

    /// PostgreSQL down: the drill completes with a warning that says how its record is written later,
    /// and `history import` then writes it (into PostgreSQL when a test server runs, else a file).
    @Test func aDrillCompletesWhenPostgresIsUnreachableAndHistoryImportRecordsItLater() throws {
        let data = DrillCommandTests.temporaryFolder()
        // Nothing listens on the discard port of loopback: the connection is refused at once.
        let unreachable = "postgres://tabletop@127.0.0.1:9/drills?sslmode=disable"
        let play = try CommandLineTests.run(["play", "example", "--seed", "1", "--data-dir", data], stdin: "ack\n",
                                            environment: ["TABLETOP_DATABASE_URL": unreachable])
        #expect(play.status == 0)
        #expect(play.stdout.contains("Session saved:"))
        #expect(play.stderr.contains("warning: not recorded in the history: cannot reach PostgreSQL at postgres://tabletop@127.0.0.1:9/drills?sslmode=disable"))
        let log = try DrillCommandTests.sessionFile(in: data)
        let session = URL(fileURLWithPath: log).deletingPathExtension().lastPathComponent
        #expect(play.stderr.contains("'tabletop history import \(session)' records it once the history can be reached"))
        #expect(!FileManager.default.fileExists(atPath: data + "/history.sqlite"), "nothing fell back to a local file")

        let later = try Self.testServer.map { _ in ["TABLETOP_DATABASE_URL": try Self.freshPostgres()] } ?? [:]
        let database = later.isEmpty ? ["--db", data + "/later.sqlite"] : []
        let imported = try CommandLineTests.run(["history", "import", session, "--data-dir", data] + database, environment: later)
        #expect(imported.status == 0, "\(imported.stderr)")
        let listed = try CommandLineTests.run(["history", "--json", "--data-dir", data] + database, environment: later)
        let records = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["exercises"] as? [[String: Any]]
        #expect(records?.map { $0["session"] as? String } == [session])
    }

    @Test func aPasswordInDbIsRefusedWithoutShowingIt() throws {
        let result = try CommandLineTests.run(["history", "--db", "postgres://org:hunter2@127.0.0.1:9/drills"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--db must not hold a password"))
        #expect(!result.stderr.contains("hunter2") && !result.stdout.contains("hunter2"))
    }

    /// `history export` of one file, `history import --from-export` into another: the same history.
    @Test func exportAndImportMoveAHistoryBetweenFiles() throws {
        let sessions = try Self.playedSessions()
        let folder = DrillCommandTests.temporaryFolder()
        let first = folder + "/first.sqlite", second = folder + "/second.sqlite", file = folder + "/history.json"
        #expect(try CommandLineTests.run(["history", "import", "--db", first] + sessions).status == 0)
        let exported = try CommandLineTests.run(["history", "export", "--db", first, "-o", file])
        #expect(exported.stdout == "exported 3 exercises to \(file)\n")
        #expect(try CommandLineTests.run(["history", "import", "--db", second, "--from-export", file]).status == 0)
        let again = try CommandLineTests.run(["history", "export", "--db", second])
        #expect(again.stdout == (try String(contentsOfFile: file, encoding: .utf8)))
        #expect(try CommandLineTests.run(["history", "--json", "--db", second]).stdout == CommandLineTests.run(["history", "--json", "--db", first]).stdout)
    }

    /// The same sessions imported into SQLite and PostgreSQL: `history` (table and JSON), the cohort
    /// report from the history and the export are byte for byte the same.
    @Test(.enabled(if: testServer != nil, "TABLETOP_TEST_POSTGRES_URL is not set: the PostgreSQL backend is not compared"))
    func historyAndCohortAreTheSameOnBothBackends() throws {
        let sessions = try Self.playedSessions()
        let file = DrillCommandTests.temporaryFolder() + "/history.sqlite"
        let postgres = ["TABLETOP_DATABASE_URL": try Self.freshPostgres()]
        let intoFile = try CommandLineTests.run(["history", "import", "--db", file] + sessions)
        let intoPostgres = try CommandLineTests.run(["history", "import"] + sessions, environment: postgres)
        #expect(intoFile.status == 0 && intoPostgres.status == 0, "\(intoPostgres.stderr)")
        for command in [["history"], ["history", "--json"], ["history", "--trainee", "ana", "--json"], ["history", "export"],
                        ["report", "--from-history", "--format", "json"], ["report", "--from-history", "--trainee", "ana", "--format", "md"]] {
            let fromFile = try CommandLineTests.run(command + ["--db", file])
            let fromPostgres = try CommandLineTests.run(command, environment: postgres)
            #expect(fromFile.status == 0 && fromPostgres.status == 0, "\(command): \(fromPostgres.stderr)")
            #expect(fromPostgres.stdout == fromFile.stdout, "\(command)")
            #expect(!fromFile.stdout.isEmpty)
        }
    }
}
