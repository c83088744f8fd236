import Testing
@testable import TabletopCore

@Suite struct PrimitivesTests {
    @Test(arguments: [("30m", 1800), ("2h", 7200), ("1d", 86_400), ("1h30m", 5400), ("45s", 45), ("0", 0), ("0m", 0)])
    func parsesDurations(_ text: String, _ seconds: Int) {
        #expect(SimDuration(parsing: text)?.seconds == seconds)
    }

    @Test(arguments: ["90x", "", "m", "30m1h", "1h1h", "-5m", "1.5h", "99999999h", "400d"])
    func refusesBadDurations(_ text: String) {
        #expect(SimDuration(parsing: text) == nil)
    }

    @Test func formatsDurationsSoTheyParseBack() {
        for seconds in [0, 45, 60, 5400, 86_400 + 3600 + 60 + 1] {
            let duration = SimDuration(seconds: seconds)
            #expect(SimDuration(parsing: duration.description) == duration)
        }
        #expect(SimDuration(seconds: 5700).clock == "01:35")
    }

    @Test func suggestsCloseNamesOnly() {
        #expect(Suggestion.closest(to: "titel", among: ["title", "id"]) == "title")
        #expect(Suggestion.closest(to: "isol", among: ["isolate", "inspect"]) == "isolate")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["title", "id"]) == nil)
        #expect(Suggestion.editDistance("ab", "ba", limit: 3) == 1)
    }

    @Test func parsesActionPatterns() throws {
        #expect(try ActionPattern.parse("brief leadership").get() == ActionPattern(verb: .briefLeadership))
        #expect(try ActionPattern.parse("post \"#incident\"").get() == ActionPattern(verb: .post, object: "#incident"))
        #expect(try ActionPattern.parse("isolate web-03").get().matches(verb: .isolate, object: "web-03"))
        #expect(!ActionPattern(verb: .isolate, object: "web-03").matches(verb: .isolate, object: "web-04"))
        if case .failure(let error) = ActionPattern.parse("isolate a b") {
            #expect(error == ActionPattern.ParseError(offset: 10, message: "an action pattern names a verb and at most one object; 'b' is extra"))
        } else {
            Issue.record("three words parsed as a pattern")
        }
    }

    @Test func rendersDiagnosticsWithCaretUnderTheColumn() {
        let source = SourceFile(path: "x.yaml", text: "a: 1\n\tb: é2\n")
        let diagnostic = Diagnostic(path: "x.yaml", location: SourceLocation(line: 2, column: 5), severity: .error, message: "bad")
        #expect(diagnostic.rendered(in: source) == "x.yaml:2:5: error: bad\n\tb: é2\n\t   ^")
    }
}
