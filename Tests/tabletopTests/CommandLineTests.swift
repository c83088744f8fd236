import Foundation
import Testing

/// Runs the built `tabletop` binary and checks exit codes and output, as a user would see them.
@Suite struct CommandLineTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift build` put beside the test bundle.
    static var binary: URL {
        // Another build can be tested with the same tests (how the fixes were shown to fail before).
        if let other = ProcessInfo.processInfo.environment["TABLETOP_TEST_BINARY"] { return URL(fileURLWithPath: other) }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = testBundle.deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        let candidate = folder.appendingPathComponent("tabletop")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return repositoryRoot.appendingPathComponent(".build/debug/tabletop")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a bash command line (for ulimits and user switches).
    static func shell(_ command: String, stdin: String? = nil) throws -> Run {
        try run(["-c", command], stdin: stdin, executable: URL(fileURLWithPath: "/bin/bash"))
    }

    /// Runs `executable` (the built binary by default) in `directory` (the repository by default), with
    /// `environment` added to this process's environment and the variables in `removing` taken out.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], removing: [String] = [],
                    executable: URL? = nil, directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        var merged = ProcessInfo.processInfo.environment
        for name in removing { merged[name] = nil }
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func shippedFilesLintClean() throws {
        let result = try Self.run(["lint", "Scenarios/example.yaml", "Scoring/runbook.yaml", "Scoring/severity.yaml", "Scoring/policy.yaml"])
        #expect(result.status == 0)
        #expect(result.stderr == "4 files checked: 0 errors, 0 warnings\n")
    }

    @Test func brokenScenarioExitsOneWithLocatedMessage() throws {
        let result = try Self.run(["lint", "Tests/TabletopCoreTests/Fixtures/broken/dangling-person.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Tests/TabletopCoreTests/Fixtures/broken/dangling-person.yaml:29:11: error: unknown person 'dnaa' in inject 'alert'; did you mean 'dana'?\n"))
    }

    @Test func lintJSONReportsEachDiagnostic() throws {
        let result = try Self.run(["lint", "--json", "Tests/TabletopCoreTests/Fixtures/broken/bad-duration.yaml"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        let diagnostic = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["line"] as? Int == 28)
        #expect(diagnostic["column"] as? Int == 9)
        #expect(diagnostic["severity"] as? String == "error")
    }

    @Test func missingFileIsInvalidInput() throws {
        let result = try Self.run(["lint", "no/such/file.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("no/such/file.yaml: error: no such file\n"))
    }

    @Test(arguments: [["lint", "--bogus", "x.yaml"], ["show"], ["frobnicate"], ["list", "--json", "extra"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Error:"))
    }

    @Test func listShowsTheExample() throws {
        let result = try Self.run(["list"])
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("example ") })
        #expect(line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            == ["example", "data-breach", "beginner", "30m", "The token in the gist"])
        let json = try Self.run(["list", "--json"])
        #expect(json.stdout.contains("\"id\" : \"example\""))
    }

    @Test func showHidesSpoilersUnlessFacilitator() throws {
        let plain = try Self.run(["show", "example"])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("You are the security on-call at Fernhill"))
        #expect(!plain.stdout.contains("Ravi"))              // revealed only by a fact
        #expect(!plain.stdout.contains("delete-before-snapshot"))
        let facilitator = try Self.run(["show", "example", "--facilitator"])
        #expect(facilitator.stdout.contains("delete-before-snapshot"))
    }

    @Test func unknownScenarioSuggestsAndExitsOne() throws {
        let result = try Self.run(["show", "exampel"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: no scenario 'exampel' in Scenarios (see 'tabletop list'); did you mean 'example'?\n")
    }

    @Test func runbookPrintsTwentyOneSteps() throws {
        let result = try Self.run(["runbook"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n8. Stop the bleeding  [stop-the-bleeding]"))
        #expect(result.stdout.contains("\n21. Hold the postmortem  [run-postmortem]"))
    }
}
