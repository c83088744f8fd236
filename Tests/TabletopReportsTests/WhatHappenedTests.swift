import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// Every report format tells what happened, sets the ideal path beside the trainee's, and names the
/// real incidents, without printing the scoring key.
@Suite struct WhatHappenedTests {
    static func report(_ id: String, _ skill: String) throws -> (Scenario, SessionReport) {
        let scenario = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/\(id).yaml"))
        return (scenario, try ReportSupport.report(scenario, lines: ReportSupport.walkthrough("\(id)-\(skill)"), trainee: nil, session: "\(id)-\(skill)"))
    }

    @Test(arguments: ["breach", "compromised-host", "insider"])
    func everyFormatTellsTheStoryWithoutTheKey(_ id: String) throws {
        let (scenario, report) = try Self.report(id, "novice")
        let markdown = MarkdownReport.render(report)
        let html = HTMLReport.render(report)
        // The transcript holds what the trainee typed; the key must not be in anything the report says of its own.
        let said = [String(markdown[..<markdown.range(of: "## Appendix: transcript")!.lowerBound]),
                    String(html[..<html.range(of: "<h2>Appendix: transcript</h2>")!.lowerBound])]
        for text in said {
            #expect(text.contains("What happened"))
            #expect(text.contains("The ideal path beside yours"))
            #expect(text.contains("Drawn from real incidents"))
            for source in scenario.inspiredBy { #expect(text.contains(source.name.markdownEscaped) || text.contains(source.name)) }
            let lower = text.lowercased()
            // Names of two words ("the scope") occur in any prose; longer ones are the key.
            for entry in scenario.scoring {
                for criterion in entry.criteria { #expect(!lower.contains(criterion.name.lowercased()), "\(id): criterion '\(criterion.name)'") }
                for concept in entry.rubric.concepts where concept.name.split(separator: " ").count >= 3 { #expect(!lower.contains(concept.name.lowercased()), "\(id): concept '\(concept.name)'") }
            }
        }
        #expect(report.scorecard.story.path.count == scenario.debrief.ideal.count)
        #expect(report.scorecard.story.path.contains { $0.doneAt == nil }, "\(id): the novice walked the whole ideal path")
    }

    /// The JSON a trainee keeps says what a step lacked by kind and count; only the facilitator's
    /// carries the criteria and rubric concepts.
    @Test(arguments: ["breach", "compromised-host", "insider"])
    func traineeJSONLeavesTheKeyOut(_ id: String) throws {
        let (scenario, report) = try Self.report(id, "novice")
        let encoder = JSONEncoder()
        let trainee = String(decoding: try encoder.encode(report.traineeSafe()), as: UTF8.self).lowercased()
        let facilitator = String(decoding: try encoder.encode(report), as: UTF8.self).lowercased()
        let names = scenario.scoring.flatMap { $0.criteria.map(\.name) + $0.rubric.concepts.map(\.name).filter { $0.split(separator: " ").count >= 3 } }
        #expect(!names.isEmpty)
        for name in names {
            #expect(!trainee.contains("\"name\":\"\(name.lowercased())\""), "\(id): '\(name)' in the trainee's JSON")
        }
        #expect(names.contains { facilitator.contains($0.lowercased()) })
        #expect(!trainee.contains("\"rubric\""))
        let shortfalls = report.traineeSafe().scorecard.steps.compactMap(\.shortfalls).flatMap { $0 }
        #expect(shortfalls.contains { $0.contains("critical tasks not done") })
    }

    /// The seed's variant picks head the facilitator's report and stay out of the trainee's.
    @Test func variantPicksOnlyInTheFacilitatorsReport() throws {
        let (scenario, report) = try Self.report("breach", "novice")
        #expect(!scenario.variants.isEmpty)
        let picks = scenario.variants.map(\.description).joined(separator: ", ")
        #expect(MarkdownReport.render(report).contains("| Variant | \(picks.markdownEscaped) |"))
        #expect(HTMLReport.render(report).contains("Variant"))
        let trainee = report.traineeSafe()
        #expect(trainee.variants == nil)
        #expect(!MarkdownReport.render(trainee).contains("| Variant |"))
    }

    /// Only a web address becomes a link: an `inspired_by` url could otherwise run script in the reader's browser.
    @Test func onlyWebAddressesBecomeLinks() throws {
        var (_, report) = try Self.report("breach", "novice")
        report.scorecard.story.inspiredBy = [Inspiration(name: "Evil", summary: "s", url: "javascript:alert(1)"),
                                             Inspiration(name: "Good", summary: "s", url: "https://example.org/a")]
        let html = HTMLReport.render(report)
        #expect(!html.contains("javascript:"))
        #expect(html.contains("href=\"https://example.org/a\""))
    }
}
