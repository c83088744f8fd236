import Foundation
import Testing

/// `make install` into a temporary prefix, then the installed binary run from elsewhere, as a user would.
@Suite struct InstallTests {
    /// Installs the built binary under a new temporary prefix and returns the prefix.
    static func install() throws -> URL {
        let prefix = URL(fileURLWithPath: DrillCommandTests.temporaryFolder()).appendingPathComponent("prefix")
        let result = try CommandLineTests.run(["--no-print-directory", "install", "PREFIX=\(prefix.path)", "BINARY=\(CommandLineTests.binary.path)"],
                                              executable: URL(fileURLWithPath: "/usr/bin/make"))
        #expect(result.status == 0, "\(result.stderr)")
        return prefix
    }

    /// No variable that would point the binary back at the source tree, and a home of its own.
    static func environment(home: String) -> [String: String] {
        ["HOME": home, "XDG_STATE_HOME": home + "/state", "NO_COLOR": "1"]
    }
    static let removed = ["TABLETOP_SCENARIOS", "TABLETOP_SCORING", "TABLETOP_HOME"]

    @Test func theInstalledBinaryFindsItsFilesBesideItselfAndRunsADrill() throws {
        let prefix = try Self.install()
        let binary = prefix.appendingPathComponent("bin/tabletop")
        let elsewhere = URL(fileURLWithPath: DrillCommandTests.temporaryFolder())
        let environment = Self.environment(home: elsewhere.path)
        func run(_ arguments: [String], stdin: String? = nil) throws -> CommandLineTests.Run {
            try CommandLineTests.run(arguments, stdin: stdin, environment: environment, removing: Self.removed, executable: binary, directory: elsewhere)
        }

        let doctor = try run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stderr)")
        let share = prefix.appendingPathComponent("share").path
        #expect(doctor.stdout.contains("\(share)/tabletop/Scenarios (from installed; 4 files)"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("\(share)/tabletop/Scoring (from installed)"))
        for extra in ["man/man1/tabletop.1", "man/man5/tabletop-scenario.5", "bash-completion/completions/tabletop",
                      "zsh/site-functions/_tabletop", "fish/vendor_completions.d/tabletop.fish", "doc/tabletop/NOTICE"] {
            #expect(doctor.stdout.contains("\(share)/\(extra)\n"), "doctor should find \(extra)")
        }
        #expect(!doctor.stdout.contains("missing"), "\(doctor.stdout)")

        let list = try run(["list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("example "))

        let drill = try run(["play", "example", "--seed", "2", "--data-dir", "data"], stdin: "ack\npage jon\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        let log = try DrillCommandTests.sessionFile(in: elsewhere.appendingPathComponent("data").path)
        let first = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        let line = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        let header = (line?["record"] as? [String: Any])?["header"] as? [String: Any]
        #expect(header?["scenarioPath"] as? String == "\(share)/tabletop/Scenarios/example.yaml", "the drill must use the installed scenario")
    }

    @Test func doctorNamesWhatIsMissingAndExitsOne() throws {
        let elsewhere = DrillCommandTests.temporaryFolder()
        let result = try CommandLineTests.run(["doctor"], environment: ["TABLETOP_SCORING": elsewhere + "/no-scoring"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: scoring files missing in \(elsewhere)/no-scoring: runbook.yaml, severity.yaml, policy.yaml"))
    }
}
