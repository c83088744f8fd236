import Foundation
import Testing
import TabletopStore

/// `report --format record` end to end, and the history's plan owners in a team drill.
@Suite struct ExerciseRecordCommandTests {
    /// A team drill (ic, comms, ops), abandoned after a few moves: recorded with its improvement plan.
    static func teamDrill() throws -> (data: String, session: String) {
        let data = DrillCommandTests.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--players", "ana:ic,bo:comms,cy:ops", "--seed", "2", "--data-dir", data],
                                     stdin: "ack\n@cy page jon\n")
        let path = try DrillCommandTests.sessionFile(in: data)
        return (data, ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// Each item is owned by the player whose role the runbook gives its step's phase (comms for
    /// communication, ops for containment and recovery), else the commander; the first player owned
    /// every item before.
    @Test func aTeamDrillsPlanIsOwnedByRole() throws {
        let (data, _) = try Self.teamDrill()
        let store = try HistoryStore(path: data + "/history.sqlite", readOnly: true)
        let items = try store.planItems(matching: HistoryFilter())
        let steps = try #require(try store.exercises(matching: HistoryFilter(), withSteps: true).first?.steps)
        try #require(!items.isEmpty)
        for item in items {
            let slug = steps.first { $0.step == item.plan.step }?.slug ?? ""
            // Steps 8-13 are containment and recovery, 16-17 communication (the runbook's phases).
            let expected = switch item.plan.step ?? 0 {
            case 8...13: "cy (ops)"
            case 16...17: "bo (comms)"
            default: "ana (ic)"
            }
            #expect(item.owner == expected, "item \(item.plan.item), step \(item.plan.step ?? 0) \(slug)")
        }
        #expect(Set(items.map(\.owner)).count == 3)
    }

    /// The record shows a manager's change from the tracker, the organisation from the environment, and a
    /// control reference from the mapping; a bad mapping line is one error with its place.
    @Test func theRecordShowsTheTrackersStatusNow() throws {
        let (data, session) = try Self.teamDrill()
        let store = try HistoryStore(path: data + "/history.sqlite")
        try store.change(PlanChange(session: session, item: 1, status: "done", owner: "Mia <QA>", changedBy: "Lu Park", changedAt: "2026-12-01T10:00:00Z"))
        let controls = data + "/controls.txt"
        try "# ours\nphase:contain = ACME-IR-4 <containment>\n".write(toFile: controls, atomically: true, encoding: .utf8)
        let record = try CommandLineTests.run(["report", session, "--format", "record", "--controls", controls, "--data-dir", data],
                                              environment: ["TABLETOP_ORGANISATION": "Acme & Co"])
        #expect(record.status == 0)
        #expect(record.stdout.contains("<bdi>Acme &amp; Co</bdi>") && record.stdout.contains("organisation from TABLETOP_ORGANISATION"))
        #expect(record.stdout.contains("<bdi>Mia &lt;QA&gt;</bdi>") && record.stdout.contains("<bdi>Lu Park, 2026-12-01 10:00 UTC</bdi>"))
        #expect(record.stdout.contains("ACME-IR-4 &lt;containment&gt;"))
        #expect(record.stdout.contains(": 1 done, "))
        try "phase:containment = X\n".write(toFile: controls, atomically: true, encoding: .utf8)
        let bad = try CommandLineTests.run(["report", session, "--format", "record", "--controls", controls, "--data-dir", data])
        #expect(bad.status != 0)
        #expect(bad.stderr.hasPrefix("\(controls):1:1: error: unknown runbook phase 'containment'"), "\(bad.stderr)")
        let misplaced = try CommandLineTests.run(["report", session, "--controls", controls, "--data-dir", data])
        #expect(misplaced.status == 2 && misplaced.stderr.contains("go with --format record"))
    }
}
