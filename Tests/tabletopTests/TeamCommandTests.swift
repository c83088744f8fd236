import Foundation
import Testing

/// `tabletop host` and `tabletop join` as processes: a facilitator on a pipe, two scripted participants.
@Suite struct TeamCommandTests {
    /// Collects a pipe's bytes as they arrive.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        init(_ pipe: Pipe) {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let chunk = handle.availableData
                guard let self, !chunk.isEmpty else { return }
                self.lock.lock()
                self.data.append(chunk)
                self.lock.unlock()
            }
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// A `tabletop host` process whose console is a pipe.
    struct HostProcess {
        let process = Process()
        let console = Pipe()
        let output: Collector
        /// `127.0.0.1:port`, as the host printed it.
        let address: String

        init(_ arguments: [String]) throws {
            process.executableURL = CommandLineTests.binary
            process.arguments = ["host"] + arguments
            process.currentDirectoryURL = CommandLineTests.repositoryRoot
            let out = Pipe()
            process.standardInput = console
            process.standardOutput = out
            process.standardError = out
            output = Collector(out)
            try process.run()
            let deadline = Date().addingTimeInterval(20)
            var address: String?
            while address == nil, Date() < deadline {
                address = output.text.firstMatch(of: /listening on (127\.0\.0\.1:\d+)/).map { String($0.1) }
                usleep(20_000)
            }
            guard let address else {
                process.terminate()
                throw TerminalTimeout(expected: "the host's address", screen: output.text)
            }
            self.address = address
        }
    }

    @Test func aFacilitatorAndTwoScriptedParticipantsPlayAndTheLogReplays() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-team-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let started = try HostProcess(["breach", "--players", "ana:ic,bo:legal", "--port", "0", "--token", "t0k3n", "--seed", "3",
                                       "--data-dir", data.path])
        let host = started.process, console = started.console, output = started.output, server = started.address
        defer { if host.isRunning { host.terminate() } }

        let anaScript = data.appendingPathComponent("ana.txt"), boScript = data.appendingPathComponent("bo.txt")
        try "ack\nseverity sev2 \"outside report\"\n".write(to: anaScript, atomically: true, encoding: .utf8)
        try "notify legal\n".write(to: boScript, atomically: true, encoding: .utf8)
        let ana = try CommandLineTests.run(["join", server, "--token", "t0k3n", "--name", "ana", "--role", "ic",
                                            "--script", anaScript.path, "--data-dir", data.path])
        let bo = try CommandLineTests.run(["join", server, "--token", "t0k3n", "--name", "bo", "--role", "legal",
                                           "--script", boScript.path, "--data-dir", data.path])
        let intruder = try CommandLineTests.run(["join", server, "--token", "wrong", "--name", "bo", "--role", "legal", "--data-dir", data.path])

        console.fileHandleForWriting.write(Data("who\nend\n".utf8))
        try console.fileHandleForWriting.close()
        host.waitUntilExit()

        #expect(ana.status == 0, "\(ana.stderr)")
        #expect(ana.stdout.contains("Joined “The key in the paste” as ana (ic)."))
        #expect(ana.stdout.contains("An independent researcher"), "the IC gets the report addressed to the IC")
        #expect(bo.status == 0, "\(bo.stderr)")
        #expect(!bo.stdout.contains("An independent researcher"), "legal does not get the IC's email")
        #expect(bo.stdout.contains("ana (ic): severity sev2 \"outside report\""), "a rejoining-late participant gets what it missed")
        #expect(intruder.status == 1)
        #expect(intruder.stderr == "error: wrong join token\n")

        #expect(host.terminationStatus == 0)
        let transcript = output.text
        #expect(transcript.contains("ana (ic)> ack"))
        #expect(transcript.contains("bo (legal)> notify legal"))
        #expect(transcript.contains("ana (ic) not connected, bo (legal) not connected"))
        let saved = try #require(transcript.firstMatch(of: /Session saved: (\S+)/).map { String($0.1) })
        let log = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(log.contains(#""text":"@bo notify legal""#))
        let replay = try CommandLineTests.run(["replay", saved, "--check"])
        #expect(replay.status == 0, "\(replay.stdout.suffix(400)) \(replay.stderr)")
    }

    /// Two scripted participants typing at once: each one's transcript shows the answer to each of its
    /// own lines before its next line, and the answer to its last line (a teammate's prompt used to be
    /// taken for the answer, so answers showed one line late and the last was dropped).
    @Test func scriptedParticipantsSeeTheirOwnAnswersInOrderWhileATeammateTypes() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-team-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let started = try HostProcess(["breach", "--players", "ana:ic,bo:legal", "--port", "0", "--token", "t0k3n", "--seed", "3",
                                       "--data-dir", data.path])
        defer { if started.process.isRunning { started.process.terminate() } }
        let anaScript = data.appendingPathComponent("ana.txt"), boScript = data.appendingPathComponent("bo.txt")
        try (["ack", "channel #ir-northwind", "page marco", "ic me", "bridge", "severity sev2 \"outside report\"", "who", "status"]
            .joined(separator: "\n") + "\n").write(to: anaScript, atomically: true, encoding: .utf8)
        try "status\nnotify legal\nwho\n".write(to: boScript, atomically: true, encoding: .utf8)
        func join(_ name: String, _ role: String, _ script: URL) -> Process {
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = ["join", started.address, "--token", "t0k3n", "--name", name, "--role", role, "--script", script.path,
                                 "--data-dir", data.path]
            return process
        }
        let ana = join("ana", "ic", anaScript), bo = join("bo", "legal", boScript)
        let boOut = Pipe()
        bo.standardOutput = boOut
        ana.standardOutput = FileHandle.nullDevice
        try ana.run()
        try bo.run()
        let text = String(decoding: boOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        bo.waitUntilExit()
        ana.waitUntilExit()
        started.console.fileHandleForWriting.write(Data("end\n".utf8))
        try started.console.fileHandleForWriting.close()
        started.process.waitUntilExit()
        #expect(bo.terminationStatus == 0)
        // Each of bo's lines is echoed after a prompt ("> status"); its answer comes before the next one.
        let marks = ["> status", "Severity:", "> notify legal", "Legal is informed", "> who", "hannah: Hannah Weiss"]
        var position = text.startIndex
        for mark in marks {
            guard let found = text.range(of: mark, range: position..<text.endIndex) else {
                Issue.record("'\(mark)' missing or out of order in bo's transcript:\n\(text)")
                return
            }
            position = found.upperBound
        }
    }

    /// The host is killed (SIGKILL) and resumed with nothing but the session: it keeps the token and the
    /// port (saved beside the log, mode 0600), so every participant's shell reconnects by itself and plays on.
    @Test func everyParticipantShellSurvivesAHostCrashAndRejoinsTheRestartedDrillByItself() throws {
        let data = DrillCommandTests.temporaryFolder()
        let first = try HostProcess(["breach", "--players", "ana:ic,bo:legal", "--port", "0", "--data-dir", data])
        defer { if first.process.isRunning { first.process.terminate() } }
        let token = try #require(first.output.text.firstMatch(of: /--token (\S+) --name ana/).map { String($0.1) })
        func shell(_ name: String, _ role: String) throws -> TerminalSession {
            try TerminalSession("\(CommandLineTests.binary.path) join \(first.address) --token \(token) --name \(name) --role \(role) --data-dir \(data); echo EXIT=$?")
        }
        let ana = try shell("ana", "ic"), bo = try shell("bo", "legal")
        try ana.waitFor("sev?] > ")
        try bo.waitFor("sev?] > ")
        ana.type("ack\r")
        try ana.waitFor("You acknowledge the report")

        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        for shell in [ana, bo] {
            try shell.waitFor("The connection to the server was lost; reconnecting (attempt 1 of 30)")
            try shell.waitFor("[reconnecting…] > ")
        }
        // The shell stays usable; a line typed while disconnected is refused, not queued.
        ana.type("page marco\r")
        try ana.waitFor("error: not sent: the connection to the server is lost; reconnecting…")

        let log = try #require(first.output.text.firstMatch(of: /Session log: (\S+)/).map { String($0.1) })
        let saved = String(log.dropLast(6)) + ".join.json"
        #expect((try FileManager.default.attributesOfItem(atPath: saved)[.posixPermissions] as? Int) == 0o600)
        // No --port, no --token: the restart keeps both, so nobody needs a new join command.
        let second = try HostProcess(["--resume", log, "--data-dir", data])
        defer { if second.process.isRunning { second.process.terminate() } }
        #expect(second.address == first.address)
        for shell in [ana, bo] {
            try shell.waitFor("Reconnected; you have every message you missed.")
            try shell.waitFor("The server restarted; the drill continues at T+00:00 after 1 decision.")
        }
        bo.type("notify legal\r")
        try bo.waitFor("Legal is informed")
        try ana.waitFor("bo (legal): notify legal")
        ana.type("status\r")
        try ana.waitFor("Team: ana (ic) connected, bo (legal) connected")
        #expect(ana.screen.contains("sev?] > status"), "the drill's prompt is back after the rejoin")
        #expect(second.output.text.contains("ana (ic) rejoined") && second.output.text.contains("bo (legal) rejoined"))
        for shell in [ana, bo] {
            shell.type("quit\r")
            try shell.waitFor("EXIT=0")
            #expect(try shell.finish() == 0)
        }
        #expect(!(try String(contentsOfFile: log, encoding: .utf8)).contains("page marco"), "the line typed while disconnected was not sent")
        second.console.fileHandleForWriting.write(Data("end\n".utf8))
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 0)
    }

    @Test func hostRefusesAnUnknownRoleInOneLineAndWarnsAboutAnUnstaffedOne() throws {
        let data = DrillCommandTests.temporaryFolder()
        let refused = try CommandLineTests.run(["host", "breach", "--players", "ana:IC,bo:lawyer", "--port", "0", "--data-dir", data])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: bo has the role 'lawyer', which neither the scenario nor the runbook knows; did you mean 'legal'?\n")
        let sessions = (try? FileManager.default.contentsOfDirectory(atPath: data + "/sessions")) ?? []
        #expect(sessions.isEmpty, "refused before any session log is made")
        let host = try HostProcess(["breach", "--players", "ana:IC,cy:comms", "--port", "0", "--token", "t", "--data-dir", data])
        host.console.fileHandleForWriting.write(Data("end\n".utf8))
        host.process.waitUntilExit()
        #expect(host.output.text.contains("warning: nobody plays legal, to whom the scenario addresses 1 inject; the IC (ana) receives and answers them instead"))
        #expect(host.output.text.contains("--name ana --role ic"), "the role is written in lower case")
    }

    @Test func anEncryptedDrillPrintsItsFingerprintAndKeepsItsKeyPrivate() throws {
        let data = DrillCommandTests.temporaryFolder()
        let host = try HostProcess(["breach", "--players", "bo:legal", "--port", "0", "--token", "t0k3n", "--tls", "--data-dir", data])
        defer { if host.process.isRunning { host.process.terminate() } }
        let fingerprint = try #require(host.output.text.firstMatch(of: /--fingerprint (SHA256:[A-Za-z0-9+\/]{43})\n/).map { String($0.1) })
        let script = data + "/bo.txt"
        try "notify legal\n".write(toFile: script, atomically: true, encoding: .utf8)
        let bo = try CommandLineTests.run(["join", host.address, "--token", "t0k3n", "--name", "bo", "--role", "legal",
                                           "--fingerprint", fingerprint, "--script", script, "--data-dir", data])
        #expect(bo.status == 0, "\(bo.stderr)")
        #expect(bo.stdout.contains("Legal is informed."))
        let plain = try CommandLineTests.run(["join", host.address, "--token", "t0k3n", "--name", "bo", "--role", "legal", "--data-dir", data])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("the drill is encrypted: add it"))

        let log = try #require(host.output.text.firstMatch(of: /Session log: (\S+)\.jsonl/).map { String($0.1) })
        let key = try FileManager.default.attributesOfItem(atPath: log + ".key.pem")
        #expect((key[.posixPermissions] as? Int) == 0o600)
        host.console.fileHandleForWriting.write(Data("end\n".utf8))
        host.process.waitUntilExit()
        #expect(host.output.text.contains("Resume with") == false, "an ended drill has nothing to resume")
    }

    @Test func aTeamDrillWhoseScenarioChangedRestartsOnlyWithForce() throws {
        let data = DrillCommandTests.temporaryFolder(), scenarios = DrillCommandTests.temporaryFolder()
        let copy = scenarios + "/example.yaml"
        try FileManager.default.copyItem(atPath: CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios/example.yaml").path, toPath: copy)
        let first = try HostProcess([copy, "--players", "ana:ic", "--port", "0", "--token", "t", "--data-dir", data])
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        let log = try #require(first.output.text.firstMatch(of: /Session log: (\S+)/).map { String($0.1) })
        try (String(contentsOfFile: copy, encoding: .utf8) + "\n# edited\n").write(toFile: copy, atomically: true, encoding: .utf8)

        let refused = try CommandLineTests.run(["host", "--resume", log, "--port", "0", "--data-dir", data])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("changed since the drill was played; replaying it could give different results (use --force to go on anyway, which is recorded in the session log)"))
        #expect(try CommandLineTests.run(["host", "breach", "--players", "ana:ic", "--force"]).status == 2)

        let forced = try HostProcess(["--resume", log, "--port", "0", "--force", "--data-dir", data])
        forced.console.fileHandleForWriting.write(Data("end\n".utf8))
        forced.process.waitUntilExit()
        #expect(forced.process.terminationStatus == 0)
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("\"kind\":\"forced\""))
    }
}
