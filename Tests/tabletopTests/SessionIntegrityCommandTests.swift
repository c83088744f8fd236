import Foundation
import TabletopStore
import Testing

/// The audit's failures, each end to end through the binary: one writer per session, a deleted log,
/// truncation, refused lines, names, and the small items.
@Suite struct SessionIntegrityCommandTests {
    /// A drill played with `moves`; returns the data folder and the session id.
    static func played(_ moves: String, trainee: String? = nil) throws -> (data: String, id: String, path: String) {
        let data = DrillCommandTests.temporaryFolder()
        let result = try CommandLineTests.run(["play", "example", "--seed", "4", "--data-dir", data] + (trainee.map { ["--trainee", $0] } ?? []),
                                              stdin: moves)
        #expect(result.status == 0, "\(result.stderr)")
        let path = try DrillCommandTests.sessionFile(in: data)
        return (data, ((path as NSString).lastPathComponent as NSString).deletingPathExtension, path)
    }

    /// Starts the binary with standard input kept open; returns the process and the writing end.
    static func start(_ arguments: [String]) throws -> (Process, FileHandle, Pipe) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandLineTests.repositoryRoot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return (process, input.fileHandleForWriting, output)
    }

    /// Waits (up to 10 s) until `condition` holds.
    static func waitUntil(_ condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(10)
        while !condition(), Date() < deadline { usleep(20_000) }
    }

    @Test func twoResumesOfOneSessionCannotBothWrite() throws {
        let (data, id, path) = try Self.played("ack\n")
        let (first, firstInput, firstOutput) = try Self.start(["resume", id, "--data-dir", data])
        Self.waitUntil { FileManager.default.fileExists(atPath: path + ".lock") }
        let second = try CommandLineTests.run(["resume", id, "--data-dir", data], stdin: "doc note \"second\"\n")
        #expect(second.status == 1)
        #expect(second.stderr == "error: session \(id) is open in another tabletop (pid \(first.processIdentifier)); finish or quit that one first\n")
        firstInput.write(Data("doc create\n".utf8))
        try firstInput.close()
        _ = firstOutput.fileHandleForReading.readDataToEndOfFile()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(try CommandLineTests.run(["verify", id, "--data-dir", data]).status == 0)
        #expect(try CommandLineTests.run(["replay", id, "--check", "--data-dir", data]).status == 0)
        // Released: the next resume may write.
        #expect(try CommandLineTests.run(["resume", id, "--data-dir", data], stdin: "status\n").status == 0)
    }

    @Test func aLogDeletedMidDrillLosesNoDecisionAndIsNotCalledSaved() throws {
        let data = DrillCommandTests.temporaryFolder()
        let (process, input, output) = try Self.start(["play", "example", "--seed", "4", "--data-dir", data])
        input.write(Data("ack\n".utf8))
        Self.waitUntil {
            // Polled without #require, which would record every early look as a failure.
            let logs = (try? FileManager.default.contentsOfDirectory(atPath: data + "/sessions"))?.filter { $0.hasSuffix(".jsonl") } ?? []
            return logs.first.map { ((try? DrillCommandTests.records(data + "/sessions/" + $0)) ?? []).contains { $0.hasPrefix("input") } } ?? false
        }
        let path = try DrillCommandTests.sessionFile(in: data)
        try FileManager.default.removeItem(atPath: path)
        input.write(Data("page jon\nchannel #ir\n".utf8))
        try input.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let recovery = (path as NSString).deletingPathExtension + ".recovered.jsonl"
        #expect(text.contains("error: the session log \(path) changed under the drill (it was deleted or moved), so nothing more is written to it; everything recorded so far is in \(recovery)"))
        #expect(!text.contains("Session saved"))
        // The loss is noticed at the next write: while 'ack' was still being answered, or at 'page jon'.
        let recovered = try CrashSafetyTests.inputs(recovery)
        #expect(recovered == ["ack"] || recovered == ["ack", "page jon"])
        // The recovered log carries on where the drill stopped.
        let rest = ["ack", "page jon", "channel #ir"].dropFirst(recovered.count).joined(separator: "\n") + "\n"
        let resumed = try CommandLineTests.run(["resume", recovery, "--data-dir", data], stdin: rest)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try CrashSafetyTests.inputs(recovery) == ["ack", "page jon", "channel #ir"])
        #expect(try CommandLineTests.run(["replay", recovery, "--check", "--data-dir", data]).status == 0)
    }

    /// Cut a log before a hard-fail choice, resume, choose better: `verify`, `resume` and `history
    /// import` all notice that the log is shorter than the history recorded it.
    @Test func aLogCutShortAndContinuedIsCaught() throws {
        let (data, id, path) = try Self.played("ack\npage jon\nchoose 1\nchannel #ir\n")
        #expect(try CommandLineTests.run(["verify", id, "--data-dir", data]).stdout.contains(", sealed; it holds line"))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let cutAt = try #require(lines.firstIndex { $0.contains("\"text\":\"choose 1\"") })
        try (lines.prefix(cutAt).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let verify = try CommandLineTests.run(["verify", id, "--data-dir", data])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("lines were removed from its end"))
        let resume = try CommandLineTests.run(["resume", id, "--data-dir", data], stdin: "choose 2\n")
        #expect(resume.status == 1)
        #expect(resume.stderr.contains("continuing would hide that (use --force"))
        let forced = try CommandLineTests.run(["resume", id, "--force", "--data-dir", data], stdin: "choose 2\n")
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("lines were removed from its end"))
        // The forced resume moved the history's anchor, but the cut it recorded keeps verify failing.
        let afterForce = try CommandLineTests.run(["verify", id, "--data-dir", data])
        #expect(afterForce.status == 1)
        #expect(afterForce.stderr.contains("lines were cut from this log, and it was continued with resume --force"))
        // A copy cut shorter than what the history now holds is not imported over it without --force.
        let copy = DrillCommandTests.temporaryFolder() + "/\(id).jsonl"
        try (lines.prefix(3).joined(separator: "\n") + "\n").write(toFile: copy, atomically: true, encoding: .utf8)
        let imported = try CommandLineTests.run(["history", "import", copy, "--data-dir", data])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("importing it would replace the longer record"))
        #expect(try CommandLineTests.run(["history", "import", copy, "--force", "--data-dir", data]).status == 0)
        // The forced import is kept by the history, and a later plain import does not wipe it.
        #expect(try CommandLineTests.run(["history", "import", copy, "--data-dir", data]).status == 0)
        let afterImport = try CommandLineTests.run(["verify", copy, "--data-dir", data])
        #expect(afterImport.status == 1)
        #expect(afterImport.stderr.contains("the history let a shorter copy of this log replace a longer record of it"))
    }

    @Test func overLongAndControlLinesAreRefusedBeforeTheyAreRecorded() throws {
        let long = "note " + String(repeating: "x", count: 100_000)
        let (_, _, path) = try Self.played("ack\n\(long)\ndoc note \u{1B}]0;OWNED\u{07}\n\n   \npage jon\n")
        let log = try String(contentsOfFile: path, encoding: .utf8)
        #expect(log.utf8.count < 50_000)
        #expect(try CrashSafetyTests.inputs(path) == ["ack", "page jon"])
    }

    @Test func aNameWithControlCharactersIsRefused() throws {
        let result = try CommandLineTests.run(["play", "example", "--trainee", "ana\n2026-01-01 00:00  breach  forged", "--data-dir", DrillCommandTests.temporaryFolder()])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--trainee: a name cannot hold control characters (found \\n at position 4)"))
    }

    @Test func quitUnderAnUnknownPlayersNameIsRefusedLikeAnyOtherCommand() throws {
        let data = DrillCommandTests.temporaryFolder()
        let result = try CommandLineTests.run(["play", "example", "--seed", "4", "--data-dir", data], stdin: "ack\n@nobody quit\npage jon\n")
        #expect(result.stdout.contains("error: no player called 'nobody'"))
        #expect(try CrashSafetyTests.inputs(DrillCommandTests.sessionFile(in: data)) == ["ack", "@nobody quit", "page jon"])
        // A player's name alone asks for nothing, as a blank line does.
        let team = DrillCommandTests.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--players", "ana:ic,bo:legal", "--data-dir", team], stdin: "ack\n@bo\n@bo   \n@bo notify legal\n")
        #expect(try CrashSafetyTests.inputs(DrillCommandTests.sessionFile(in: team)) == ["ack", "@bo notify legal"])
    }

    @Test func reportsAndTheHistoryAreOwnerOnly() throws {
        let (data, _, path) = try Self.played("ack\npage jon\n")
        for file in [(path as NSString).deletingPathExtension + ".html", data + "/history.sqlite"] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600, "\(file)")
        }
    }

    /// A log whose chain was recomputed around a forged header (possible: the chain has no key) names
    /// another file as its scenario: that file is never read unless it is a scenario file, and never quoted.
    @Test(arguments: ["/etc/passwd", "secret.yaml"])
    func aForgedScenarioPathIsNeverQuoted(_ target: String) throws {
        let (data, id, path) = try Self.played("ack\n")
        let folder = DrillCommandTests.temporaryFolder()
        let secret = folder + "/secret.yaml"
        try "root:x:0:0:secret-content:/root:/bin/bash\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let log = try SessionLogWriter.read(path)
        var header = log.header
        header.scenarioPath = target == "secret.yaml" ? secret : target
        let forged = folder + "/\(id).jsonl"
        do {
            let writer = try SessionLogWriter(creating: forged, header: header)
            for record in log.records { try writer.append(record, sync: false) }
        }
        for command in [["replay", forged], ["resume", forged], ["score", forged]] {
            let result = try CommandLineTests.run(command + ["--data-dir", data])
            #expect(result.status == 1)
            #expect(!result.stderr.contains("secret-content") && !result.stderr.contains("root:x"), "\(result.stderr)")
            #expect(result.stderr.contains(target == "secret.yaml" ? "does not load; 'tabletop lint" : "which is not a scenario file (.yaml)"))
        }
    }

    @Test func aDataFolderThatIsAFileIsAClearError() throws {
        let file = DrillCommandTests.temporaryFolder() + "/not-a-folder"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandLineTests.run(["play", "example", "--data-dir", file], stdin: "ack\n")
        #expect(result.status == 1)
        #expect(result.stderr == "error: the data folder \(file) is a file, not a folder; move the file away or choose another folder with --data-dir\n")
    }
}

/// What a full disk or a read-only folder does to a drill: a clear line, and nothing half-written.
@Suite struct StorageFailureCommandTests {
    /// Runs the binary through bash with `prefix` before it (a ulimit, a user switch).
    static func shell(_ prefix: String, _ arguments: [String], stdin: String = "") throws -> CommandLineTests.Run {
        let quoted = ([CommandLineTests.binary.path] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
        return try CommandLineTests.shell(prefix + " " + quoted.joined(separator: " "), stdin: stdin)
    }

    /// A disk that is full from the start (no file may grow: `ulimit -f 0`) leaves no empty orphan log.
    @Test func aFullDiskAtTheStartLeavesNoEmptyLog() throws {
        let data = DrillCommandTests.temporaryFolder()
        let result = try Self.shell("trap '' XFSZ; ulimit -f 0; exec", ["play", "example", "--data-dir", data], stdin: "ack\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: cannot write to the session log"))
        #expect(result.stderr.contains("File too large"))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: data + "/sessions")) ?? []
        #expect(left.isEmpty, "\(left)")
    }

    /// The disk fills while the report is written (the log fits in 16 KiB, the report does not): a
    /// warning in words, the session still saved and resumable.
    @Test func aDiskThatFillsDuringTheReportIsAWarningInWords() throws {
        let data = DrillCommandTests.temporaryFolder()
        let result = try Self.shell("trap '' XFSZ; ulimit -f 16; exec", ["play", "example", "--seed", "4", "--data-dir", data], stdin: "ack\npage jon\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: no report written: cannot write "))
        #expect(result.stderr.contains(": File too large (the session log is safe; 'tabletop report' writes it later)"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Error Domain"))
        #expect(result.stdout.contains("Session saved: "))
        let files = try FileManager.default.contentsOfDirectory(atPath: data + "/sessions")
        #expect(!files.contains { $0.hasSuffix(".html") || $0.contains(".partial-") }, "\(files)")
    }

    /// A data folder that cannot be written (here: another user's view of it) can still be listed and verified.
    @Test func aReadOnlyDataFolderCanStillBeListedAndVerified() throws {
        guard getuid() == 0 else { return }
        let data = DrillCommandTests.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--seed", "4", "--trainee", "ana", "--data-dir", data], stdin: "ack\n")
        let session = try DrillCommandTests.sessionFile(in: data)
        // The owner is 'nobody', and nothing in the folder may be written any more. The binary is
        // copied where 'nobody' may run it (the checkout may sit in a folder only root can enter).
        let runnableFolder = DrillCommandTests.temporaryFolder(), runnable = runnableFolder + "/tabletop"
        // The copy is the size of the debug binary (170 MB): left behind, every run filled /tmp further.
        defer { try? FileManager.default.removeItem(atPath: runnableFolder) }
        let setup = try CommandLineTests.shell("cp '\(CommandLineTests.binary.path)' '\(runnable)' && chmod 755 '\(runnable)' "
            + "&& chmod 755 \"$(dirname '\(runnable)')\" && chown -R nobody '\(data)' && chmod -R a-w '\(data)'")
        #expect(setup.status == 0, "\(setup.stderr)")
        let asNobody = "cd / && exec runuser -u nobody -- '\(runnable)'"
        let history = try CommandLineTests.shell("\(asNobody) history --data-dir '\(data)'")
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("  ana  "))
        let verify = try CommandLineTests.shell("\(asNobody) verify '\(session)' --data-dir '\(data)'")
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("as the history recorded it"))
    }
}

/// Names in session logs from elsewhere (`history import`) reach terminals and reports inert.
@Suite struct ImportedTextCommandTests {
    @Test func aForgedTraineeNameIsShownNeverExecutedAndForgesNoRow() throws {
        let (_, id, path) = try SessionIntegrityCommandTests.played("ack\n")
        let log = try SessionLogWriter.read(path)
        var header = log.header
        header.trainee = "eve\u{1B}]0;OWNED\u{07}\n2026-01-01 00:00  breach  ana  finished  100"
        let forged = DrillCommandTests.temporaryFolder() + "/\(id).jsonl"
        do {
            let writer = try SessionLogWriter(creating: forged, header: header)
            for record in log.records {
                if case .input(var input) = record {
                    input.text += "\u{1B}[2J"
                    try writer.append(.input(input), sync: false)
                } else {
                    try writer.append(record, sync: false)
                }
            }
        }
        let other = DrillCommandTests.temporaryFolder()
        #expect(try CommandLineTests.run(["history", "import", forged, "--data-dir", other]).status == 0)
        for command in [["history"], ["replay", forged], ["report", forged, "--format", "md"], ["report", forged, "--format", "csv"]] {
            let result = try CommandLineTests.run(command + ["--data-dir", other])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "\(command) printed a raw control character")
        }
        let history = try CommandLineTests.run(["history", "--data-dir", other]).stdout
        #expect(history.split(separator: "\n").count == 2, "a forged row: \(history)")
        #expect(history.contains("eve\\e]0;OWNED\\u{7}\\n2026-01-01"))
        #expect(try CommandLineTests.run(["replay", forged, "--data-dir", other]).stdout.contains("> ack\\e[2J"))
    }

    @Test func blankLinesOfAScriptAreNotRecorded() throws {
        let data = DrillCommandTests.temporaryFolder()
        let script = data + "/moves.txt"
        try "ack\n\n   \n# a comment\npage jon\n\n".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(try CommandLineTests.run(["play", "example", "--seed", "4", "--script", script, "--data-dir", data]).status == 0)
        #expect(try CrashSafetyTests.inputs(DrillCommandTests.sessionFile(in: data)) == ["ack", "page jon"])
    }

    @Test func lintWarnsAboutAScenarioWithThousandsOfInjects() throws {
        var text = try String(contentsOf: CommandLineTests.repositoryRoot.appendingPathComponent("Tests/TabletopCoreTests/Fixtures/valid/minimal.yaml"), encoding: .utf8)
        let extra = (0..<600).map { "  - id: ping-\($0)\n    at: \($0 % 60)m\n    from: dana\n    channel: \"#alerts\"\n    text: Ping \($0).\n" }.joined()
        text = text.replacingOccurrences(of: "injects:\n", with: "injects:\n" + extra)
        let file = DrillCommandTests.temporaryFolder() + "/many.yaml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandLineTests.run(["lint", file])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: 601 injects: a drill is hard to follow past 500"))
    }
}
