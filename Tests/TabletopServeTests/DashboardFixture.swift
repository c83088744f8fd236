import Foundation
import TabletopCore
import TabletopReports
import TabletopStore
import TabletopServe

/// A history of three drills in a fresh SQLite file, one by a trainee with a hostile name and one of a
/// scenario with a hostile title, and a dashboard over it whose reports come from the reviewed golden
/// report (`example-competent.json`) renamed per drill, so no log has to be replayed.
struct DashboardFixture {
    static let hostileName = "<script>alert(1)</script> Dana"
    static let hostileTitle = "<img src=x onerror=alert(2)>"
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TabletopReportsTests/Fixtures/golden/example-competent.json")

    let history: HistoryStore
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        history = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        let golden = try Self.goldenReport()
        for (session, trainee, scenario, started, score, band, outcome) in [
            ("s-ana-1", "Ana Diaz", "example", "2026-10-01T09:00:00Z", 62, "Developing", "finished"),
            ("s-dana-1", Self.hostileName, "example", "2026-11-01T09:00:00Z", 35, "Not yet ready", "abandoned"),
            ("s-ana-2", "Ana Diaz", "hostile", "2026-11-20T09:00:00Z", 88, "Proficient", "finished"),
        ] {
            var record = ExerciseRecord(
                session: session, scenario: scenario, scenarioHash: "h", trainee: trainee, players: [Player(name: trainee, role: "ic")],
                started: started, ended: nil, simulatedSeconds: 3600, outcome: outcome, score: score, band: band, rating: "S",
                acknowledgeSeconds: 60, commanderSeconds: nil, containmentSeconds: nil, closeSeconds: nil, logPath: "/nonexistent/\(session).jsonl",
                steps: [], capabilities: [], hardFails: outcome == "abandoned" ? ["tipping-off"] : [])
            record.plan = golden.improvementPlan.prefix(2).enumerated().map { index, item in
                PlanRow(item: index + 1, step: item.step, capability: item.capability, observation: item.observation,
                        recommendation: item.recommendation, owner: trainee, due: String(started.prefix(8)) + "28")
            }
            try history.record(record, anchor: nil, forced: nil)
        }
    }

    /// The golden report, as `report --format json` wrote it.
    static func goldenReport() throws -> SessionReport {
        try JSONDecoder().decode(SessionReport.self, from: Data(contentsOf: golden))
    }

    /// A dashboard over the history, taking changes with `token`, its clock fixed at 2026-11-10.
    func dashboard(token: String? = "s3cret") throws -> Dashboard {
        let golden = try Self.goldenReport()
        return Dashboard(history: history, token: token, now: { "2026-11-10T12:00:00.000Z" }) { record in
            Self.renamed(golden, for: record)
        }
    }

    /// The golden report made the report of `record`: its session, trainee, start and scenario.
    static func renamed(_ golden: SessionReport, for record: ExerciseRecord) -> SessionReport {
        var report = golden
        report.session = record.session
        report.trainee = record.trainee
        report.started = record.started
        report.scenario.id = record.scenario
        if record.scenario == "hostile" { report.scenario.title = Self.hostileTitle }
        return report
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
