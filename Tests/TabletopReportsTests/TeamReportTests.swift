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
}
