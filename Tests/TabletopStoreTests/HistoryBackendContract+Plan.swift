import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

extension HistoryBackendContract {
    /// A record with an improvement plan of `items` items, all owned by its trainee and due on `due`.
    static func planned(_ session: String, trainee: String, started: String, items: Int, due: String) -> ExerciseRecord {
        var record = record(session, trainee: trainee, started: started)
        record.plan = (1...items).map {
            PlanRow(item: $0, step: $0 == 1 ? nil : $0 * 2, capability: "Capability \($0)", observation: "seen \($0)",
                    recommendation: "practise \($0)", owner: trainee, due: due)
        }
        return record
    }

    /// The tracker: items listed earliest due first with their current owner and status; the latest change
    /// wins and keeps who and when; a re-recorded drill keeps its items' changes; an unknown item is an error.
    static func tracksPlanChanges(_ open: Opener) throws {
        let store = try open()
        let first = planned("s1", trainee: "ana", started: "2026-11-01T10:00:00Z", items: 2, due: "2026-12-01")
        try store.record(first, anchor: nil, forced: nil)
        try store.record(planned("s2", trainee: "Bo", started: "2026-10-01T10:00:00Z", items: 1, due: "2026-11-15"), anchor: nil, forced: nil)
        let listed = try store.planItems(matching: HistoryFilter())
        #expect(listed.map { "\($0.session)#\($0.plan.item)" } == ["s2#1", "s1#1", "s1#2"])
        #expect(listed.allSatisfy { $0.status == "open" && $0.changedBy == nil })
        #expect(listed.last?.plan == first.plan?.last)
        #expect(try store.exercises(matching: HistoryFilter(trainee: "ana"), withSteps: true).first?.plan == first.plan)

        try store.change(PlanChange(session: "s1", item: 2, status: "done", owner: "cy", changedBy: "Mia", changedAt: "2026-11-20T08:00:00Z"))
        try store.change(PlanChange(session: "s1", item: 2, status: "done", owner: "Zoë", changedBy: "Lu", changedAt: "2026-11-21T08:00:00Z"))
        // Re-importing the drill's log replaces its record and items, never what managers did with them.
        try store.record(first, anchor: nil, forced: nil)
        let changed = try store.planItems(matching: HistoryFilter(trainee: "ana"))
        #expect(changed.map(\.status) == ["open", "done"])
        #expect(changed.last?.owner == "Zoë")
        #expect(changed.last?.changedBy == "Lu")
        #expect(changed.last?.changedAt == "2026-11-21T08:00:00Z")
        #expect(changed.first?.owner == "ana")
        #expect(try open().planItems(matching: HistoryFilter(trainee: "Bo")).map(\.session) == ["s2"])
        #expect(throws: StoreError.self) {
            try store.change(PlanChange(session: "s1", item: 3, status: "done", owner: "x", changedBy: "Mia", changedAt: "2026-11-20T08:00:00Z"))
        }
    }

    /// `history export` carries managers' changes and `import --from-export` puts them back (format 2):
    /// each item's status, owner, who and when survive, importing twice changes nothing, and the changes
    /// in the document replace a different history's changes of the same item. `second` opens the
    /// history the export is written into.
    static func exportCarriesPlanChanges(_ open: Opener, into second: Opener) throws {
        let store = try open()
        try store.record(planned("s1", trainee: "ana", started: "2026-11-01T10:00:00Z", items: 2, due: "2026-12-01"), anchor: nil, forced: nil)
        try store.record(planned("s2", trainee: "Bo", started: "2026-10-01T10:00:00Z", items: 1, due: "2026-11-15"), anchor: nil, forced: nil)
        let changes = [
            PlanChange(session: "s1", item: 2, status: "done", owner: "cy", changedBy: "Mia", changedAt: "2026-11-20T08:00:00Z"),
            PlanChange(session: "s1", item: 2, status: "open", owner: "Zoë", changedBy: "Lu", changedAt: "2026-11-21T08:00:00Z"),
            PlanChange(session: "s2", item: 1, status: "done", owner: "Bo", changedBy: "Mia", changedAt: "2026-11-22T08:00:00Z"),
        ]
        for change in changes { try store.change(change) }
        let export = try HistoryExport(from: store)
        #expect(export.format == 2 && export.planChanges == changes)

        let copy = try second()
        try copy.record(planned("s2", trainee: "Bo", started: "2026-10-01T10:00:00Z", items: 1, due: "2026-11-15"), anchor: nil, forced: nil)
        try copy.change(PlanChange(session: "s2", item: 1, status: "open", owner: "Eve", changedBy: "Old", changedAt: "2026-10-02T08:00:00Z"))
        let document = try HistoryExport.read(try JSONEncoder().encode(export), path: "x.json")
        for _ in 1...2 { try document.write(into: copy) }
        #expect(try copy.planChanges() == changes)
        #expect(try copy.planItems(matching: HistoryFilter()) == store.planItems(matching: HistoryFilter()))
        let s1 = try copy.planItems(matching: HistoryFilter(trainee: "ana")).last
        #expect(s1?.status == "open" && s1?.owner == "Zoë" && s1?.changedBy == "Lu" && s1?.changedAt == "2026-11-21T08:00:00Z")

        // A change to an item the history does not hold is refused, and nothing of the import is kept.
        var orphan = export
        orphan.planChanges.append(PlanChange(session: "s9", item: 1, status: "done", owner: "x", changedBy: "y", changedAt: "2026-11-23T08:00:00Z"))
        #expect(throws: StoreError.self) { try copy.restore(orphan.planChanges) }
        #expect(try copy.planChanges() == changes)
    }

    /// Cohort entries: stored with the record, listed by the filter, never carried by `exercises`; a record
    /// replaced without one loses the old one (its figures may have changed); the backfill stores one.
    static func keepsCohortEntries(_ open: Opener) throws {
        let store = try open()
        var first = record("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        first.cohortEntry = #"{"format":1,"session":"s1"}"#
        var second = record("s2", trainee: "Bo", started: "2026-11-02T10:00:00Z")
        second.cohortEntry = #"{"format":1,"session":"s2"}"#
        try store.record(first, anchor: nil, forced: nil)
        try store.record(second, anchor: nil, forced: nil)
        try store.record(record("s3", trainee: "ana", started: "2026-11-03T10:00:00Z"), anchor: nil, forced: nil)
        #expect(try store.cohortEntries(matching: HistoryFilter()) == ["s1": first.cohortEntry!, "s2": second.cohortEntry!])
        #expect(try store.cohortEntries(matching: HistoryFilter(trainee: "ana")) == ["s1": first.cohortEntry!])
        #expect(try store.exercises(matching: HistoryFilter(), withSteps: true).allSatisfy { $0.cohortEntry == nil })
        try store.storeCohortEntry(#"{"format":1,"session":"s3"}"#, session: "s3")
        try store.record(record("s1", trainee: "ana", started: "2026-11-01T10:00:00Z"), anchor: nil, forced: nil)
        #expect(try open().cohortEntries(matching: HistoryFilter(trainee: "ana")) == ["s3": #"{"format":1,"session":"s3"}"#])
    }
}
