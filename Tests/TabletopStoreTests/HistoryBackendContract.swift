import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// What every history backend must do, run against SQLite (`SQLiteBackendTests`) and PostgreSQL
/// (`PostgresBackendTests`): each check takes a way to open a fresh, empty history and open it again.
enum HistoryBackendContract {
    typealias Opener = @Sendable () throws -> any HistoryBackend

    static func record(_ session: String, trainee: String, scenario: String = "breach", started: String, score: Int = 50) -> ExerciseRecord {
        HistoryStoreTests.exercise(session, trainee: trainee, scenario: scenario, started: started, score: score)
    }

    /// Fixture records with everything a record can hold: several steps, nil and set times, hard fails
    /// unknown, empty and set, names outside ASCII, and starts that tie (ordered by session id, bytewise).
    static var fixtures: [ExerciseRecord] {
        (0..<12).map { index in
            var record = record("s-\(["b", "a", "B", "é", "_"][index % 5])\(index)", trainee: ["ana", "Bo", "cy", "Zoë"][index % 4],
                                scenario: ["breach", "insider"][index % 2], started: "2026-1\(index % 3)-0\(index % 4 + 1)T10:00:00Z", score: index * 7)
            record.steps = (1...(index % 4 + 1)).map {
                StepRow(step: $0, slug: "step-\($0)", status: $0 % 2 == 0 ? "late" : "on-time", doneSeconds: $0 == 3 ? nil : $0 * 61,
                        points: Double($0) / 3, possible: 2.5)
            }
            record.capabilities = [CapabilityRow(phase: "Contain", rating: "N", share: 1.0 / 3), CapabilityRow(phase: "detect", rating: "P", share: 0.1)]
            record.hardFails = [nil, [], ["tipping-off"]][index % 3]
            record.commanderSeconds = index % 2 == 0 ? nil : index * 30
            record.ended = index % 3 == 0 ? nil : "2026-11-01T11:00:00Z"
            record.players = [Player(name: record.trainee, role: "ic"), Player(name: "ops \(index)", role: "scribe")]
            return record
        }
    }

    static let filters = [HistoryFilter(), HistoryFilter(trainee: "ana"), HistoryFilter(scenario: "insider"), HistoryFilter(since: "2026-11-01"),
                          HistoryFilter(trainee: "Zoë", scenario: "insider", since: "2026-10-02T10:00:00Z"), HistoryFilter(trainee: "nobody")]

    /// Records round-trip with their steps and ratings; opening again does not migrate again.
    static func roundTrips(_ open: Opener) throws {
        let store = try open()
        for record in fixtures { try store.record(record, anchor: nil, forced: nil) }
        let expected = fixtures.sorted { a, b in
            a.started != b.started ? a.started.utf8.lexicographicallyPrecedes(b.started.utf8) : a.session.utf8.lexicographicallyPrecedes(b.session.utf8)
        }
        #expect(try store.exercises(matching: HistoryFilter(), withSteps: true) == expected)
        #expect(try open().exercises(matching: HistoryFilter(), withSteps: false).map(\.session) == expected.map(\.session))
    }

    /// Recording a session again replaces it (steps too), and keeps its anchor and why it was forced.
    static func upsertsBySessionWithItsAnchor(_ open: Opener) throws {
        let store = try open()
        var first = record("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        first.steps = (1...5).map { StepRow(step: $0, slug: "x\($0)", status: "on-time", doneSeconds: nil, points: 1, possible: 1) }
        try store.record(first, anchor: SessionAnchor(seq: 9, hash: "h9"), forced: "imported with --force: shorter")
        var second = first
        second.score = 90
        second.outcome = "finished"
        second.steps = [StepRow(step: 2, slug: "y", status: "late", doneSeconds: 5, points: 0.5, possible: 1)]
        try store.record(second, anchor: SessionAnchor(seq: 4, hash: "h4"), forced: nil)
        #expect(try store.exercises(matching: HistoryFilter(), withSteps: true) == [second])
        #expect(try store.anchor(of: "s1") == SessionAnchor(seq: 4, hash: "h4"))
        #expect(try store.forcedShortening(of: "s1") == "imported with --force: shorter")
        #expect(try store.anchor(of: "s2") == nil)
        #expect(try store.storedAnchors() == [StoredAnchor(session: "s1", anchor: SessionAnchor(seq: 4, hash: "h4"), forced: "imported with --force: shorter")])
    }

    /// Four writers at once, each with its own connection, some writing the same sessions: every
    /// record lands once.
    static func concurrentWritersLoseNothing(_ open: Opener) throws {
        _ = try open()
        let errors = Errors()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            do {
                let own = try open()
                for index in 0..<25 {
                    try own.record(record("w\(writer)-\(index)", trainee: "t\(writer)", started: "2026-11-01T10:00:00Z"), anchor: nil, forced: nil)
                    // Everyone also writes the shared ones: an upsert, never a duplicate or a failure.
                    try own.record(record("shared-\(index % 5)", trainee: "t\(writer)", started: "2026-11-02T10:00:00Z"),
                                   anchor: SessionAnchor(seq: index, hash: "h"), forced: nil)
                }
            } catch {
                errors.add(error)
            }
        }
        #expect(errors.all.isEmpty, "\(errors.all)")
        let sessions = try open().exercises(matching: HistoryFilter(), withSteps: true)
        #expect(sessions.count == 105)
        #expect(Set(sessions.map(\.session)).count == 105)
        #expect(sessions.allSatisfy { $0.steps.count == 1 && $0.capabilities.count == 1 })
    }
}

/// Errors gathered from several threads.
final class Errors: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    var all: [String] { lock.withLock { errors } }
    func add(_ error: any Error) { lock.withLock { errors.append("\(error)") } }
}
