import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// What a manager reads in a cohort: the headline, provisional drills kept out of medians and gaps,
/// latest against best attempts, hard fails and traps per drill, and honesty about too little data.
@Suite struct CohortReportTests {
    static func example() throws -> Scenario {
        try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/example.yaml"))
    }

    /// ana: a complete expert drill, then one abandoned after a few lines; bo: a negligent drill; cy: a novice one.
    static func reports() throws -> [SessionReport] {
        let scenario = try example()
        let expert = try ReportSupport.walkthrough("example-expert")
        return [
            try ReportSupport.report(scenario, lines: expert, trainee: "ana", session: "a1", started: "2026-11-02T09:00:00Z"),
            try ReportSupport.report(scenario, lines: Array(expert.prefix(4)), trainee: "ana", session: "a2", started: "2026-11-09T09:00:00Z"),
            try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("example-negligent"), trainee: "bo", session: "b1", started: "2026-11-03T09:00:00Z"),
            try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("example-novice"), trainee: "cy", session: "c1", started: "2026-11-04T09:00:00Z"),
        ]
    }

    @Test func anAbandonedDrillIsMarkedAndLeftOutOfMediansAndBestAttempts() throws {
        let reports = try Self.reports()
        #expect(reports[1].scorecard.provisional && !reports[0].scorecard.provisional)
        let cohort = CohortReport.build(reports)
        let group = cohort.groups[0]
        #expect(group.sessions.map(\.session) == ["a1", "b1", "c1", "a2"])
        #expect(group.sessions.map(\.counted) == [true, true, true, false])
        // The latest heat map shows ana's abandoned attempt, marked; the best shows her complete one.
        #expect(group.latest.columns[0].session == "a2" && group.latest.columns[0].provisional)
        #expect(group.best.columns[0].session == "a1" && !group.best.columns[0].provisional)
        let finals = [reports[0], reports[2], reports[3]].map(\.scorecard.score).sorted()
        #expect(cohort.headline.medianScore == finals[1])
        #expect(cohort.headline.provisional == 1 && cohort.headline.drills == 4 && cohort.headline.people == 3)
        // Counting it moves the median to the upper middle of four.
        let all = CohortReport.build(reports, includeProvisional: true)
        #expect(all.headline.medianScore == reports.map(\.scorecard.score).sorted()[2])
        #expect(all.groups[0].best.columns[0].session == "a1", "the complete 98 still beats the abandoned attempt")
    }

    @Test func hardFailsAndTrapsArePerDrillInEveryFormat() throws {
        let reports = try Self.reports()
        let failed = try #require(reports.first { !$0.scorecard.hardFails.isEmpty }, "the negligent walkthrough springs a hard fail")
        let cohort = CohortReport.build(reports)
        let session = try #require(cohort.groups[0].sessions.first { $0.session == failed.session })
        let kind = failed.scorecard.hardFails[0].kind.rawValue
        #expect(session.hardFails.first?.hasPrefix(kind) == true)
        #expect(cohort.headline.hardFailDrills == reports.count { !$0.scorecard.hardFails.isEmpty })
        #expect(CohortMarkdown.render(cohort).contains(kind))
        #expect(CohortHTML.render(cohort).contains("<div class=\"hardfail-cell\">\(kind)"))
        let csv = CSVReport.render(reports, cohort: cohort)
        let header = try #require(csv.split(separator: "\r\n").first).split(separator: ",")
        #expect(header.suffix(6) == ["provisional", "counted", "hard_fails", "traps", "latest_attempt", "best_attempt"])
        #expect(csv.split(separator: "\r\n").contains { $0.hasPrefix(failed.session + ",") && $0.contains(kind) })
    }

    @Test func gapsAreGroupedByPhaseAndTheBiggestAreInWords() throws {
        let cohort = CohortReport.build(try Self.reports())
        let group = cohort.groups[0]
        #expect(!group.phaseGaps.isEmpty)
        #expect(group.phaseGaps.map(\.count).reduce(0, +) == group.gaps.count)
        #expect(group.phaseGaps.map(\.count) == group.phaseGaps.map(\.count).sorted(by: >))
        #expect(cohort.headline.biggestGaps.count == min(3, group.gaps.count))
        let worst = group.gaps[0]
        #expect(cohort.headline.biggestGaps[0].hasPrefix("Step \(worst.step), \(worst.title)"))
        // Gaps count the final drills only: three.
        #expect(group.gaps.allSatisfy { $0.applicable <= 3 })
    }

    @Test func oneDrillPerScenarioSaysTooLittleDataNotNoGaps() throws {
        let single = try ReportSupport.report(try Self.example(), lines: ReportSupport.walkthrough("example-negligent"), trainee: "bo", session: "b1")
        let cohort = CohortReport.build([single, try Self.reports()[1]])
        #expect(cohort.groups[0].tooLittleData != nil && cohort.groups[0].gaps.isEmpty)
        let markdown = CohortMarkdown.render(cohort)
        #expect(markdown.contains("Too little data") && !markdown.contains("No step was missed"))
        #expect(CohortHTML.render(cohort).contains("Too little data"))
    }

    @Test func stepTrendsFollowAttemptNumbers() throws {
        let scenario = try Self.example()
        let reports = [
            try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("example-novice"), trainee: "ana", session: "a1", started: "2026-11-02T09:00:00Z"),
            try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("example-expert"), trainee: "ana", session: "a2", started: "2026-11-03T09:00:00Z"),
        ]
        let trend = try #require(CohortReport.build(reports).groups[0].stepTrends.first { $0.step == 2 })
        let statuses = reports.map { $0.scorecard.steps.first { $0.number == 2 }!.status == .onTime ? 1 : 0 }
        #expect(trend.attempts.map(\.onTime) == statuses)
        #expect(CohortHTML.render(CohortReport.build(reports)).contains("step 2: on-time share by attempt"))
    }

    @Test func hostileNamesAreInertInEveryCohortFormat() throws {
        let report = try HostileTextTests.report()
        var second = report
        second.session = "hostile-2"
        let cohort = CohortReport.build([report, second])
        let html = CohortHTML.render(cohort)
        #expect(!html.contains("<script") && html.matches(of: /<[^>]*\son[a-z]+\s*=/).isEmpty)
        #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;"))
        let markdown = CohortMarkdown.render(cohort)
        #expect(!markdown.contains("<script") && markdown.contains("&lt;/td&gt;&lt;script&gt;alert(7)&lt;/script&gt;"))
        let json = try ReportGoldenTests.json(cohort)
        let decoded = try JSONDecoder().decode(CohortReport.self, from: Data(json.utf8))
        #expect(decoded.groups[0].trainees[0].name == report.trainee)
        let csv = CSVReport.render([report, second], cohort: cohort)
        for line in csv.split(separator: "\r\n") {
            for field in line.split(separator: ",") {
                let text = field.hasPrefix("\"") ? field.dropFirst() : field[...]
                #expect(!text.hasPrefix("=") && !text.hasPrefix("+") && !text.hasPrefix("@"), "formula-like field: \(field)")
            }
        }
    }
}
