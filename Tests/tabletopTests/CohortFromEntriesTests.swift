import Foundation
import Testing
import TabletopCore
import TabletopDrill
import TabletopReports

/// A cohort report replayed from the logs reads each drill's cohort entry (no transcript, no outputs
/// decoded, the drills spread over the cores; issue 21) and prints what the whole reports gave, in every
/// cohort format; a drill that cannot be read fails the report as before, the first such drill named.
@Suite struct CohortFromEntriesTests {
    /// The trainee's reports of the sessions, each replayed and scored in full, as `report` built them.
    static func fullReports(_ sessions: [String], data: String) throws -> [SessionReport] {
        let workspace = Workspace(scenariosDirectory: nil, dataDirectory: data, now: { "2026-12-01T09:00:00Z" }, report: { _ in })
        return try sessions.map { session in
            let (log, _) = try workspace.readLog(session)
            let (scenario, runbook, _) = try workspace.loadPlayed(log, force: false)
            let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
            let card = try workspace.scorer(scenario: scenario, runbook: runbook).score(engine.state, players: engine.configuration.players)
            return SessionReport.build(log: log, engine: engine, scorecard: card, runbookVersion: runbook.version).traineeSafe()
        }
    }

    @Test func everyCohortFormatPrintsWhatTheWholeReportsGave() throws {
        let (data, sessions) = try CohortFromHistoryTests.played()
        // Without the history, so the logs are replayed whatever the format.
        try FileManager.default.removeItem(atPath: data + "/history.sqlite")
        let cohort = CohortReport.build(try Self.fullReports(sessions, data: data))
        let expected = ["md": TerminalText.block(CohortMarkdown.render(cohort)), "html": TerminalText.block(CohortHTML.render(cohort)),
                        "json": try JSONText.encode(cohort)]
        for format in ["md", "html", "json"] {
            let printed = try CommandLineTests.run(["report"] + sessions + ["--format", format, "--data-dir", data])
            #expect(printed.status == 0, "\(printed.stderr)")
            let text = try #require(expected[format])
            #expect(printed.stdout == text + (text.hasSuffix("\n") ? "" : "\n"), "\(format)")
        }
    }

    @Test func theFirstDrillThatCannotBeReadIsNamed() throws {
        let (data, sessions) = try CohortFromHistoryTests.played()
        let failed = try CommandLineTests.run(["report", sessions[0], "nowhere-1", sessions[1], "nowhere-2", "--format", "md", "--data-dir", data])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("nowhere-1") && !failed.stderr.contains("nowhere-2"), "\(failed.stderr)")
        #expect(failed.stdout.isEmpty)
    }
}
