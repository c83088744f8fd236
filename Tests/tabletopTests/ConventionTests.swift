import Foundation
import Testing

/// The command line behaves like a well-kept Unix tool: bad input is a one-line error with the right exit status.
@Suite struct ConventionTests {
    @Test(arguments: [["list", "--scenarios", "/nonexistent"], ["show", "example", "--scenarios", "/nonexistent"],
                      ["play", "example", "--scenarios", "/nonexistent", "--data-dir", "/nonexistent-data"]])
    func aMissingScenariosFolderIsInvalidInput(_ arguments: [String]) throws {
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent: error: no such folder (the scenarios folder, from --scenarios)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingScenariosFolderFromTheEnvironmentIsNamed() throws {
        let result = try CommandLineTests.run(["list"], environment: ["TABLETOP_SCENARIOS": "/nonexistent/scenarios"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/scenarios: error: no such folder (the scenarios folder, from $TABLETOP_SCENARIOS)\n")
    }

    @Test(arguments: [["play", "example", "--speed", "10"], ["resume", "some-session", "--speed", "10"],
                      ["host", "example", "--players", "ana:ic", "--speed", "5"]])
    func speedWithoutLiveIsAUsageError(_ arguments: [String]) throws {
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--speed needs --live"))
    }

    @Test func speedWithLiveIsStillChecked() throws {
        let result = try CommandLineTests.run(["play", "example", "--live", "--speed", "0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--speed must be between 0 and 3600"))
    }

    /// The briefing's lines are filled: no line could have taken the next line's first word, and none is too long.
    @Test(arguments: ["example", "breach", "insider", "compromised-host"])
    func showFillsTheBriefingLines(_ scenario: String) throws {
        let result = try CommandLineTests.run(["show", scenario], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        // The briefing runs from the line after the header's blank line to "People you can reach:" or "Inspired by".
        let start = try #require(lines.firstIndex(of: "")) + 1
        let end = lines[start...].firstIndex { $0.hasPrefix("People you can reach") || $0.hasPrefix("Inspired by") } ?? lines.endIndex
        let briefing = Array(lines[start..<end])
        #expect(briefing.filter { !$0.isEmpty }.count >= 1)
        for line in briefing { #expect(line.count <= 80, "too long: \(line)") }
        for (line, next) in zip(briefing, briefing.dropFirst()) where !line.isEmpty && !next.isEmpty {
            let word = next.split(separator: " ").first.map(String.init) ?? ""
            #expect(line.count + 1 + word.count > 80, "ragged: '\(line)' could have taken '\(word)'")
        }
    }
}
