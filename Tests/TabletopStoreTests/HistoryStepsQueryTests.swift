import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// `exercises(withSteps: true)` reads every exercise's steps and ratings in one query each (issue 21):
/// each exercise still gets exactly its own rows, steps by number and ratings by phase, under every filter.
@Suite struct HistoryStepsQueryTests {
    static func exercise(_ index: Int) -> ExerciseRecord {
        var record = HistoryStoreTests.exercise("s\(index)", trainee: ["ana", "bo", "cy"][index % 3],
                                                scenario: ["breach", "insider"][index % 2], started: "2026-11-\(10 + index % 9)T10:00:00Z")
        // Inserted out of order, so the order read back comes from the query.
        record.steps = (1...(3 + index % 4)).reversed().map {
            StepRow(step: $0, slug: "step-\($0)-\(index)", status: $0 % 2 == 0 ? "late" : "on-time", doneSeconds: $0 * index, points: Double($0), possible: 5)
        }
        record.capabilities = ["respond", "detect", "recover"].prefix(1 + index % 3).map { CapabilityRow(phase: $0, rating: "P", share: Double(index)) }
        return record
    }

    @Test(arguments: [HistoryFilter(), HistoryFilter(trainee: "bo"), HistoryFilter(scenario: "insider", since: "2026-11-13")])
    func eachExerciseGetsItsOwnStepsInOrder(filter: HistoryFilter) throws {
        let store = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        let records = (0..<25).map(Self.exercise)
        for record in records { try store.record(record) }
        let listed = try store.exercises(matching: filter, withSteps: true)
        let plain = try store.exercises(matching: filter)
        #expect(listed.map(\.session) == plain.map(\.session))
        #expect(!listed.isEmpty)
        for exercise in listed {
            let original = try #require(records.first { $0.session == exercise.session })
            #expect(exercise.steps == original.steps.sorted { $0.step < $1.step })
            #expect(exercise.capabilities == original.capabilities.sorted { $0.phase < $1.phase })
        }
    }
}
