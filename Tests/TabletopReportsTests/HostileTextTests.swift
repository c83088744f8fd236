import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// Hostile text anywhere a scenario or a trainee can put text renders as text, never as markup.
@Suite struct HostileTextTests {
    static let hostileLines = [
        "doc note \"<script>alert(5)</script>\"",
        "impact \"\\\"><img src=x onerror=alert(6)>\"",
        "followup \"=HYPERLINK(\\\"http://evil\\\")\" --owner \"<b>x</b>\"",
        "ack",
        "isolate web-03",
        "close",
    ]

    static func report() throws -> SessionReport {
        let scenario = try ReportSupport.scenario(at: ReportSupport.fixtures.appendingPathComponent("hostile.yaml"))
        return try ReportSupport.report(scenario, lines: hostileLines, trainee: "</td><script>alert(7)</script>\u{202E}", session: "hostile-1")
    }

    static let allowedTags: Set<String> = ["html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "div", "b",
                                           "span", "table", "tr", "th", "td", "ul", "li", "svg", "text", "line", "circle", "rect", "g",
                                           "polyline", "footer", "i", "section", "details", "summary", "ol", "figure", "figcaption", "thead", "tbody", "bdi"]

    @Test func htmlContainsOnlyOurOwnMarkup() throws {
        let html = HTMLReport.render(try Self.report())
        let tags = html.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() }
        #expect(Set(tags).isSubset(of: Self.allowedTags), "unexpected tags: \(Set(tags).subtracting(Self.allowedTags))")
        #expect(html.matches(of: /<[^>]*\son[a-z]+\s*=/).isEmpty, "an event handler attribute got through")
        #expect(html.components(separatedBy: "<style>").count == 2, "a second style element got through")
        #expect(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        #expect(html.contains("&lt;svg onload=alert(3)&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;Dana"))
        #expect(html.contains("😈"))
    }

    @Test func cohortHTMLContainsOnlyOurOwnMarkup() throws {
        let report = try Self.report()
        var second = report
        second.session = "hostile-2"
        let html = CohortHTML.render(CohortReport.build([report, second]))
        let tags = html.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() }
        #expect(Set(tags).isSubset(of: Self.allowedTags), "unexpected tags: \(Set(tags).subtracting(Self.allowedTags))")
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(7)&lt;/script&gt;"))
    }

    @Test func markdownHasNoRawHTMLAndCSVNoFormulas() throws {
        let report = try Self.report()
        let markdown = MarkdownReport.render(report)
        #expect(!markdown.contains("<script") && !markdown.contains("<img") && !markdown.contains("<svg"))
        #expect(markdown.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        let csv = CSVReport.render([report])
        for line in csv.split(separator: "\r\n") {
            for field in line.split(separator: ",") {
                let text = field.hasPrefix("\"") ? field.dropFirst() : field[...]
                #expect(!text.hasPrefix("=") && !text.hasPrefix("+") && !text.hasPrefix("@"), "formula-like field: \(field)")
            }
        }
        #expect(CSVReport.field("=1+1") == "'=1+1")
        #expect(CSVReport.field("-2") == "'-2")
        #expect(CSVReport.field("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }
}
