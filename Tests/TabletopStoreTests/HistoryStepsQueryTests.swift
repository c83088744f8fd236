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

    /// What the listing should give back of a stored record: nested rows in their order, no plan without
    /// items, no cohort entry (the list leaves it out), and -0.0 as 0 (SQLite keeps no negative zero).
    static func listed(_ record: ExerciseRecord) -> ExerciseRecord {
        var record = record
        record.steps = record.steps.map { step in
            var step = step
            step.points += 0
            return step
        }
        record.steps.sort { $0.step < $1.step }
        record.capabilities.sort { $0.phase.utf8.lexicographicallyPrecedes($1.phase.utf8) }
        record.plan = record.plan.flatMap { $0.isEmpty ? nil : $0.sorted { $0.item < $1.item } }
        record.cohortEntry = nil
        return record
    }

    /// `history --json` of a history whose rows were written out of order and rewritten (a drill recorded
    /// again moves its rows to the end of each table) is the document of the records as they were recorded,
    /// read on one connection or (read-only, unfiltered) with the plan items on a second one.
    @Test(arguments: [HistoryFilter(), HistoryFilter(trainee: "bo")], [false, true])
    func jsonOfTheListIsTheRecordsJSON(filter: HistoryFilter, readOnly: Bool) throws {
        let store = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        var records = HistoryJSONWriterTests.records + (0..<12).map(Self.exercise)
        for index in records.indices where index % 4 == 1 {
            records[index].plan = (1...(1 + index % 3)).reversed().map {
                PlanRow(item: $0, step: $0 == 2 ? nil : $0, capability: "c\($0)", observation: "seen \"\(index)\"\n", recommendation: "r", owner: "o", due: "2026-12-01")
            }
        }
        for record in records { try store.record(record) }
        records[4].steps.append(StepRow(step: 9, slug: "again", status: "late", doneSeconds: nil, points: 1, possible: 2))
        try store.record(records[4])
        let expected = records.filter { filter.trainee == nil || $0.trainee == filter.trainee }
            .sorted { ($0.started, $0.session) < ($1.started, $1.session) }.map(Self.listed)
        let listed = try HistoryStore(path: store.path, readOnly: readOnly).exercises(matching: filter, withSteps: true)
        #expect(listed == expected)
        #expect(try HistoryJSONWriterTests.written(listed).text == HistoryJSONWriterTests.reference(expected))
    }

    /// Rows are matched to their drill by the session's bytes, as SQL compares them: two sessions that Swift
    /// calls equal (é composed and decomposed) keep their own steps.
    @Test(arguments: [false, true])
    func sessionsAreMatchedByTheirBytes(readOnly: Bool) throws {
        let store = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        var composed = HistoryStoreTests.exercise("caf\u{E9}", trainee: "ana", started: "2026-11-01T10:00:00Z")
        var decomposed = HistoryStoreTests.exercise("cafe\u{301}", trainee: "ana", started: "2026-11-02T10:00:00Z")
        composed.steps = [StepRow(step: 1, slug: "composed", status: "on-time", doneSeconds: 1, points: 1, possible: 1)]
        decomposed.steps = [StepRow(step: 2, slug: "decomposed", status: "late", doneSeconds: 2, points: 2, possible: 2)]
        composed.plan = [PlanRow(item: 1, step: nil, capability: "c", observation: "composed", recommendation: "r", owner: "o", due: "d")]
        decomposed.plan = [PlanRow(item: 1, step: nil, capability: "c", observation: "decomposed", recommendation: "r", owner: "o", due: "d")]
        try store.record(composed)
        try store.record(decomposed)
        let listed = try HistoryStore(path: store.path, readOnly: readOnly).exercises(withSteps: true)
        #expect(listed.map { $0.steps.map(\.slug) } == [["composed"], ["decomposed"]])
        #expect(listed.map { $0.plan?.map(\.observation) } == [["composed"], ["decomposed"]])
    }

    /// A drill recorded by another process while a read-only list reads its plan items on a second connection
    /// makes the two connections' histories differ: the list is not pieced together from both, but read again.
    @Test func aCommitWhileTheTwoConnectionsReadIsNotMixedIn() throws {
        let writer = try HistoryStore(path: HistoryStoreTests.temporaryDatabase())
        for index in 0..<6 {
            var record = Self.exercise(index)
            record.plan = [PlanRow(item: 1, step: 1, capability: "c", observation: "o\(index)", recommendation: "r", owner: "o", due: "d")]
            try writer.record(record)
        }
        var late = Self.exercise(6)
        late.plan = [PlanRow(item: 1, step: 2, capability: "c", observation: "late", recommendation: "r", owner: "o", due: "d")]
        let reader = try HistoryStore(path: writer.path, readOnly: true)
        let unmixed = try reader.listedBesidePlans()
        #expect(unmixed?.count == 6)
        let mixed = try reader.listedBesidePlans(interim: { [late] in try writer.record(late) })
        #expect(mixed == nil)
        let listed = try reader.exercises(withSteps: true)
        #expect(listed.count == 7)
        #expect(listed.first { $0.session == "s6" }?.plan?.map(\.observation) == ["late"])
    }
}
