import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

extension HistoryBackendContract {
    /// A batch records what the same records one by one would (anchors and a session given twice, the
    /// later winning, included), and is one transaction: a batch with a record the schema refuses (two
    /// results for one step) leaves nothing of the others behind.
    static func recordsABatchInOneTransaction(_ open: Opener) throws {
        let store = try open()
        var again = fixtures[0]
        again.score = 99
        let writes = fixtures.map { HistoryWrite($0, anchor: SessionAnchor(seq: $0.score, hash: "h\($0.score)"), forced: nil) }
            + [HistoryWrite(again, anchor: SessionAnchor(seq: 7, hash: "again"), forced: "imported with --force: shorter")]
        try store.record(writes)
        let expected = try store.exercises(matching: HistoryFilter(), withSteps: true)
        #expect(expected.count == fixtures.count)
        #expect(expected.first { $0.session == again.session }?.score == 99)
        #expect(try store.anchor(of: again.session) == SessionAnchor(seq: 7, hash: "again"))
        #expect(try store.forcedShortening(of: again.session) == "imported with --force: shorter")

        var refused = record("refused", trainee: "ana", started: "2026-12-01T10:00:00Z")
        refused.steps = [StepRow(step: 1, slug: "a", status: "on-time", doneSeconds: 1, points: 1, possible: 1),
                         StepRow(step: 1, slug: "a", status: "late", doneSeconds: 2, points: 1, possible: 1)]
        let fresh = [record("fresh", trainee: "bo", started: "2026-12-01T09:00:00Z")].map { HistoryWrite($0, anchor: nil, forced: nil) }
        #expect(throws: StoreError.self) { try store.record(fresh + [HistoryWrite(refused, anchor: nil, forced: nil)]) }
        #expect(try store.exercises(matching: HistoryFilter(trainee: "bo"), withSteps: false).isEmpty)
        #expect(try store.exercises(matching: HistoryFilter(), withSteps: true) == expected)
    }
}
