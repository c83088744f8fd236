import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// Every format of a fixed session, against golden files read and reviewed by a person.
/// `RECORD_GOLDEN=1 swift test --filter ReportGoldenTests` rewrites them; read the diff before committing.
@Suite struct ReportGoldenTests {
    static func fixedReport() throws -> SessionReport {
        let scenario = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/example.yaml"))
        return try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("example-competent"), trainee: "Ana Diaz", session: "example-golden")
    }

    /// A team drill of the same walkthrough, whose header gives the roster with the room's times.
    static func teamReport() throws -> SessionReport {
        let scenario = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/example.yaml"))
        let players = try Player.parseList("ana:ic,bo:legal,cy:comms").get()
        func note(_ kind: String, _ text: String, _ wall: String) -> SessionNote { SessionNote(kind: kind, text: text, wall: wall) }
        let room: [Int: [SessionNote]] = [
            0: [note("joined", "ana (ic)", "2026-11-02T09:00:10Z"), note("joined", "bo (legal)", "2026-11-02T09:00:20Z"),
                note("joined", "cy (comms)", "2026-11-02T09:00:30Z")],
            2: [note("left", "bo (legal)", "2026-11-02T09:02:30Z"), note("kicked", "cy", "2026-11-02T09:02:40Z")],
            4: [note("rejoined", "bo (legal)", "2026-11-02T09:04:30Z"), note("left", "ana (ic)", "2026-11-02T09:04:40Z")],
        ]
        return try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("example-competent"), trainee: nil, session: "example-team-golden",
                                        players: players, room: room)
    }

    @Test(arguments: ["md", "html", "json"])
    func teamFormatMatchesGolden(_ format: String) throws {
        // What `report` prints by default: the trainee-safe report, for a team as for one person.
        let report = try Self.teamReport().traineeSafe()
        let text: String = switch format {
        case "md": MarkdownReport.render(report)
        case "html": HTMLReport.render(report)
        default: try Self.json(report)
        }
        let url = ReportSupport.fixtures.appendingPathComponent("golden/example-team.\(format)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func theTeamRosterSaysWhenEachCameLeftOrWasRemoved() throws {
        let roster = try #require(try Self.teamReport().roster)
        #expect(roster.map(\.name) == ["ana", "bo", "cy"])
        #expect(roster[0].joined == "2026-11-02T09:00:10Z" && roster[0].left == "2026-11-02T09:04:40Z")
        #expect(roster[1].left == nil, "bo came back after leaving")
        #expect(roster[2].kicked == "2026-11-02T09:02:40Z")
        #expect(try Self.fixedReport().roster == nil, "a solo report has no roster")
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test(arguments: ["md", "html", "json", "csv"])
    func formatMatchesGolden(_ format: String) throws {
        // What `report` prints by default: the trainee's report (the facilitator's is tested beside the story).
        let report = try Self.fixedReport().traineeSafe()
        let text: String = switch format {
        case "md": MarkdownReport.render(report)
        case "html": HTMLReport.render(report)
        case "json": try Self.json(report)
        default: CSVReport.render([report])
        }
        let url = ReportSupport.fixtures.appendingPathComponent("golden/example-competent.\(format)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func jsonReportMatchesItsSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let hostile = try HostileTextTests.report()
        var files: [String] = []
        let fixed = try Self.fixedReport(), team = try Self.teamReport()
        for (index, report) in [fixed, fixed.traineeSafe(), hostile, hostile.traineeSafe(), team, team.traineeSafe()].enumerated() {
            let path = folder.appendingPathComponent("report-\(index).json").path
            try Self.json(report).write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        let script = """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            for path in sys.argv[2:]:
                jsonschema.validate(json.load(open(path)), schema)
            print("valid")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, ReportSupport.root.appendingPathComponent("Docs/report.schema.json").path] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // Python's jsonschema is part of this machine kind and installed by .ci/run; a missing one fails here.
        #expect(process.terminationStatus == 0 && text.contains("valid"), "\(text)")
    }

    @Test func cohortGroupsByScenarioAndFindsGaps() throws {
        let example = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/example.yaml"))
        let breach = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/breach.yaml"))
        let reports = [
            try ReportSupport.report(example, lines: ReportSupport.walkthrough("example-novice"), trainee: "ana", session: "a1", started: "2026-11-02T09:00:00Z"),
            try ReportSupport.report(example, lines: ReportSupport.walkthrough("example-expert"), trainee: "ana", session: "a2", started: "2026-11-09T09:00:00Z"),
            try ReportSupport.report(example, lines: ReportSupport.walkthrough("example-negligent"), trainee: "bo", session: "b1", started: "2026-11-03T09:00:00Z"),
            try ReportSupport.report(breach, lines: ReportSupport.walkthrough("breach-competent-seed1"), trainee: "bo", session: "b2", started: "2026-11-04T09:00:00Z"),
        ]
        let cohort = CohortReport.build(reports)
        #expect(cohort.groups.map(\.scenario.id) == ["breach", "example"])
        let group = cohort.groups[1]
        #expect(group.sessions.map(\.session) == ["a1", "b1", "a2"])
        #expect(group.trainees.map(\.name) == ["ana", "bo"])
        #expect(group.trainees[0].scores == [reports[0].scorecard.score, reports[1].scorecard.score])
        // ana's latest attempt did step 2 on time; bo never did.
        #expect(group.latest.rows[1].cells.map(\.status) == [.onTime, .missed])
        // Holding the postmortem was missed in two of the three example drills.
        #expect(group.gaps.contains { $0.step == 21 && $0.missedOrLate == 2 && $0.applicable == 3 })
        #expect(CohortMarkdown.render(cohort).contains("| 2. Open a private channel | ✓ | ✗ |"))
    }
}
