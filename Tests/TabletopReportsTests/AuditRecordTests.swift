import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// The exercise record for auditors: a golden file read by a person, and a test per section that its
/// content comes from its source of truth (the session report, the tracker, the organisation's mapping).
@Suite struct AuditRecordTests {
    /// A mapping with made-up references (tests only: tabletop ships none).
    static let mapping = """
        # made-up references for the tests
        exercise = ORG-IR-1 annual test of the incident response plan
        phase:contain = ORG-IR-4 containment
          step:16 = ORG-IR-7 <notify> legal & PR
        """

    static func controls() throws -> ControlMapping {
        try ControlMapping.parse(mapping, path: "controls.txt", phases: ["detect", "analyse", "contain", "recover", "document", "communicate", "close"],
                                 steps: Array(1...21)).get()
    }

    /// The tracker as a manager left it: the solo drill's item 1 done and reassigned; its item 2 untracked.
    static func tracker(_ solo: SessionReport) -> [TrackedStatus] {
        [TrackedStatus(session: solo.session, item: 1, owner: "Zoë <Ops>", due: "2026-12-02", status: "done", changedBy: "Mia Chen",
                       changedAt: "2026-11-20T08:00:00Z")]
    }

    static func context(_ solo: SessionReport, organisation: String? = "Fernhill Payroll Ltd", tracker: [TrackedStatus]?? = nil) throws -> AuditRecordContext {
        AuditRecordContext(organisation: organisation, organisationSource: "--organisation", controls: try controls(),
                           tracker: tracker ?? Self.tracker(solo), trackerSource: "/data/history.sqlite", generated: "2026-12-03T10:00:00Z")
    }

    @Test func recordMatchesGolden() throws {
        let solo = try ReportGoldenTests.fixedReport().traineeSafe(), team = try ReportGoldenTests.teamReport().traineeSafe()
        let html = AuditRecordHTML.render([solo, team], context: try Self.context(solo))
        let url = ReportSupport.fixtures.appendingPathComponent("golden/record.html")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try html.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(html == (try String(contentsOf: url, encoding: .utf8)))
    }

    /// Improvement plan: owner and status from the tracker (a manager's change shows, with who and when);
    /// an item the tracker lacks is "not tracked", and with no history at all "unknown", never "open".
    @Test func planStatusComesFromTheTracker() throws {
        let solo = try ReportGoldenTests.fixedReport()
        try #require(solo.improvementPlan.count == 3)
        let items = AuditDrill.build(solo, index: 1, context: try Self.context(solo)).items
        #expect(items[0].status == "done" && items[0].owner == "Zoë <Ops>" && items[0].changed == "Mia Chen, 2026-11-20 08:00 UTC")
        #expect(items[1].status.hasPrefix("not tracked") && items[1].owner == solo.improvementPlan[1].owner)
        let recorded = [TrackedStatus(session: solo.session, item: 2, owner: "Bo", due: "2026-12-09", status: "open", changedBy: nil, changedAt: nil)]
        let asRecorded = AuditDrill.build(solo, index: 1, context: try Self.context(solo, tracker: recorded)).items[1]
        #expect(asRecorded.status == "open" && asRecorded.owner == "Bo" && asRecorded.due == "2026-12-09" && asRecorded.changed == "as recorded")
        let unknown = AuditDrill.build(solo, index: 1, context: try Self.context(solo, tracker: .some(nil))).items
        #expect(unknown.allSatisfy { $0.status.hasPrefix("unknown") })
        let html = AuditRecordHTML.render([solo], context: try Self.context(solo))
        #expect(html.contains("Zoë &lt;Ops&gt;"))
        #expect(html.contains("3 improvement items: 1 done, 0 open, 2 untracked"))
    }

    /// Participants: every player of a team with their role, from the scored roster; solo, the trainee.
    @Test func participantsAreEveryPlayerWithTheirRole() throws {
        let team = try ReportGoldenTests.teamReport()
        let people = AuditDrill.people(team)
        #expect(people.map(\.name) == ["ana", "bo", "cy"] && people.map(\.role) == ["ic", "legal", "comms"])
        let solo = AuditDrill.people(try ReportGoldenTests.fixedReport())
        #expect(solo.map(\.name) == ["Ana Diaz"] && solo.first?.role == "incident commander (alone)")
    }

    /// What was tested: the steps that applied, each with the scorecard's result; objectives: the
    /// capabilities the scenario scores.
    @Test func testedStepsAndObjectivesComeFromTheScorecard() throws {
        let solo = try ReportGoldenTests.fixedReport()
        let drill = AuditDrill.build(solo, index: 1, context: try Self.context(solo))
        let applying = solo.scorecard.steps.filter(\.applies)
        #expect(drill.steps.map(\.number) == applying.map(\.number))
        #expect(drill.steps.map(\.css) == applying.map(\.status.rawValue))
        #expect(drill.objectives.map(\.capability) == solo.scorecard.capabilities.filter { $0.possible > 0 }.map(\.title))
        #expect(drill.findings.count { $0.kind == "Area for improvement" } == solo.scorecard.areasForImprovement.count)
    }

    /// Controls: each reference where the mapping puts it, and nowhere else.
    @Test func controlReferencesFollowTheMapping() throws {
        let solo = try ReportGoldenTests.fixedReport()
        let drill = AuditDrill.build(solo, index: 1, context: try Self.context(solo))
        #expect(drill.controls == ["ORG-IR-1 annual test of the incident response plan"])
        for step in drill.steps {
            let phase = solo.scorecard.steps.first { $0.number == step.number }?.phase
            #expect(step.controls.contains("ORG-IR-4") == (phase == "contain"), "step \(step.number)")
            #expect(step.controls.contains("ORG-IR-7") == (step.number == 16), "step \(step.number)")
        }
        let none = AuditDrill.build(solo, index: 1, context: AuditRecordContext(organisation: nil, organisationSource: "", controls: ControlMapping(),
                                                                               tracker: [], trackerSource: "", generated: ""))
        #expect(!none.mapped && none.controls.isEmpty)
    }

    @Test(arguments: [
        ("exercise ORG-1", "m.txt:1:1: error: expected 'WHAT = REFERENCE'"),
        ("  phase:contian = X", "m.txt:1:3: error: unknown runbook phase 'contian'"),
        ("step:22 = X", "m.txt:1:1: error: 'step:22' names no runbook step"),
        ("# fine\nstep:3 =", "m.txt:2:9: error: no reference after '='"),
        ("team = X", "m.txt:1:1: error: 'team' is not exercise"),
    ])
    func aBadMappingLineIsNamedWithItsPlace(_ text: String, _ error: String) {
        guard case .failure(let failure) = ControlMapping.parse(text, path: "m.txt", phases: ["contain"], steps: Array(1...21)) else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(failure.message.hasPrefix(error), "\(failure.message)")
    }

    /// The organisation: as given, else a blank to fill in that says where a name would come from.
    @Test func organisationIsGivenOrLeftBlank() throws {
        let solo = try ReportGoldenTests.fixedReport()
        let named = AuditRecordHTML.render([solo], context: try Self.context(solo, organisation: "<b>Acme</b>"))
        #expect(named.contains("<bdi>&lt;b&gt;Acme&lt;/b&gt;</bdi>") && named.contains("organisation from --organisation"))
        let blank = AuditRecordHTML.render([solo], context: try Self.context(solo, organisation: nil))
        #expect(blank.contains("<span class=\"fill\">") && blank.contains("give --organisation or TABLETOP_ORGANISATION"))
    }

    @Test func hostileTextIsInert() throws {
        let hostile = try HostileTextTests.report()
        let tracker = [TrackedStatus(session: hostile.session, item: 1, owner: "<script>alert(8)</script>", due: "", status: "done",
                                     changedBy: "\"><img src=x onerror=alert(9)>", changedAt: nil)]
        let html = AuditRecordHTML.render([hostile], context: try Self.context(hostile, tracker: tracker))
        let tags = html.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() }
        #expect(Set(tags).isSubset(of: HostileTextTests.allowedTags.union(["a"])), "unexpected tags: \(Set(tags).subtracting(HostileTextTests.allowedTags))")
        #expect(html.matches(of: /<[^>]*\son[a-z]+\s*=/).isEmpty)
        #expect(html.contains("&lt;script&gt;alert(8)&lt;/script&gt;"))
    }
}
