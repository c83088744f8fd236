import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

extension HistoryBackendContract {
    /// Records that share their players, hard fails and variants (which both backends keep as JSON text
    /// and read each distinct text of once) and records that differ in them, some with plans and some
    /// without, seeds up to the 64-bit maximum.
    static var listed: [ExerciseRecord] {
        fixtures.enumerated().map { index, fixture in
            var record = fixture
            record.players = [Player(name: ["ana", "bo"][index % 2], role: "ic")]
            record.variants = [nil, [], ["caller=vpn-exit"], ["caller=vpn-exit", "host=db-0\(index % 2)"]][index % 4]
            record.seed = [nil, 0, 7, UInt64.max][index % 4]
            record.plan = index % 3 == 0 ? nil : (1...(index % 3)).map {
                PlanRow(item: $0, step: $0 == 1 ? nil : $0, capability: "Comms", observation: "o\(index)", recommendation: "r\($0)",
                        owner: record.trainee, due: "2026-12-0\($0)")
            }
            return record
        }
    }

    /// Each listed record is exactly the one recorded, under every filter, in order (start, then session
    /// id bytewise); without steps it comes without steps, ratings or plan.
    static func listsEachRecordWhole(_ open: Opener) throws {
        let store = try open()
        try store.record(listed.map { HistoryWrite($0, anchor: nil, forced: nil) })
        let ordered = listed.sorted { a, b in
            a.started != b.started ? a.started.utf8.lexicographicallyPrecedes(b.started.utf8) : a.session.utf8.lexicographicallyPrecedes(b.session.utf8)
        }
        for filter in filters {
            let expected = ordered.filter { record in
                filter.trainee.map { $0 == record.trainee } ?? true && filter.scenario.map { $0 == record.scenario } ?? true
                    && filter.since.map { !record.started.utf8.lexicographicallyPrecedes($0.utf8) } ?? true
            }
            #expect(try store.exercises(matching: filter, withSteps: true) == expected, "\(filter)")
            let bare = expected.map { record in
                var record = record
                (record.steps, record.capabilities, record.plan) = ([], [], nil)
                return record
            }
            #expect(try store.exercises(matching: filter, withSteps: false) == bare, "\(filter)")
        }
    }
}
