import Foundation
import Testing
import TabletopCore
import TabletopStore

/// `history import` prepares sessions over every core (issue 21) but prints, checks and writes them in
/// the order given, as one after another did: a session named twice is written twice, a missing one is
/// named where it stands, and the records are those `play` made.
@Suite struct ImportInOrderTests {
    @Test func sessionsAreImportedInTheirOrderWithTheRecordsPlayMade() throws {
        let (data, sessions) = try CohortFromHistoryTests.played()
        let database = data + "/again.sqlite"
        let arguments = [sessions[2], sessions[0], "nowhere-1", sessions[1], sessions[2]]
        let imported = try CommandLineTests.run(["history", "import"] + arguments + ["--db", database, "--data-dir", data])
        #expect(imported.status != 0)
        let sessionsPrinted = imported.stdout.split(separator: "\n").map { $0.split(separator: " ")[1].dropLast() }
        #expect(sessionsPrinted.map(String.init) == [sessions[2], sessions[0], sessions[1], sessions[2]], "\(imported.stdout)")
        #expect(imported.stderr.contains("nowhere-1"), "\(imported.stderr)")
        // The same records as the history play wrote, but for when each was recorded (an import takes the log's last time).
        func records(_ path: String) throws -> [ExerciseRecord] {
            try HistoryStore(path: path).exercises(withSteps: true).map { var record = $0; record.ended = nil; return record }
        }
        #expect(try records(database) == records(data + "/history.sqlite"))
    }
}
