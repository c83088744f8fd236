import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// A team drill's report credits the right people: owners by role, evidence with who did it in every format.
@Suite struct TeamReportTests {
    func teamReport() throws -> SessionReport {
        let scenario = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/breach.yaml"))
        let team = [Player(name: "ana", role: "ic"), Player(name: "bo", role: "legal"), Player(name: "cy", role: "comms")]
        return try ReportSupport.report(scenario, lines: ["@ana ack", "@bo notify legal", "@ana severity sev2 \"outside report\""],
                                        trainee: nil, session: "team-1", players: team)
    }

    @Test func improvementItemsAreOwnedByTheRoleResponsibleForTheirStep() throws {
        let report = try teamReport()
        let owners = Set(report.improvementPlan.map(\.owner))
        #expect(owners.contains("cy (comms)"), "communication steps are comms's: \(owners)")
        #expect(owners.contains("ana (ic)"), "steps of a role nobody plays fall to the IC")
        let comms = report.improvementPlan.filter { $0.owner == "cy (comms)" }.compactMap(\.step)
        #expect(!comms.isEmpty && comms.allSatisfy { ReportSupport.runbook.step($0)?.phase == "communicate" })
    }

    @Test func everyFormatSaysWhoDidEachStepAndTheHeaderNamesTheTeam() throws {
        let report = try teamReport()
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("ack (ana)"))
        #expect(markdown.contains("| Trainee | team of 3 |"))
        #expect(HTMLReport.render(report).contains("ack (ana)"))
        #expect(CSVReport.render([report]).contains("ack (ana)"))
        #expect(!markdown.contains("| Trainee | — |"))
    }

    @Test func aTeamTranscriptKeepsJoinsLeavesAndKicksWithTheirTimes() {
        let records: [SessionRecord] = [
            .note(SessionNote(kind: "joined", text: "bo (legal)", wall: "2026-11-02T09:01:00Z")),
            .note(SessionNote(kind: "kicked", text: "bo", wall: "2026-11-02T09:05:00Z")),
            .note(SessionNote(kind: "truncated", text: "not the room's", wall: "2026-11-02T09:06:00Z")),
        ]
        #expect(SessionReport.transcript(records, team: true).map(\.text) == ["joined bo (legal) (2026-11-02T09:01:00Z)", "kicked bo (2026-11-02T09:05:00Z)"])
        #expect(SessionReport.transcript(records, team: true).allSatisfy { $0.kind == "room" })
        #expect(SessionReport.transcript(records).isEmpty, "a solo transcript is unchanged")
    }
}
