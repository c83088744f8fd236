import Foundation
import Testing

/// `play`, `resume`, `replay` and `verify` end to end, through the built binary and real files.
@Suite struct DrillCommandTests {
    static let moves = ["ack", "channel #ir-gist", "severity sev2", "page jon", "choose 2", "revoke admin-token", "wat", "notify legal"]

    static func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    static func sessionFile(in data: String) throws -> String {
        let sessions = data + "/sessions"
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions).filter { $0.hasSuffix(".jsonl") }
        return sessions + "/" + (try #require(names.first))
    }

    /// The log's lines without their wall-clock times, which differ from run to run.
    static func records(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let record = object?["record"] as? [String: Any] ?? [:]
            if var input = record["input"] as? [String: Any] {
                input["wall"] = nil
                return "input \(input["at"] ?? "") \(input["text"] ?? "")"
            }
            if record["note"] != nil { return "note" }
            let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func scriptAndPipedStdinGiveTheSameDrill() throws {
        let script = Self.temporaryFolder() + "/moves.txt"
        try Self.moves.joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
        let first = Self.temporaryFolder(), second = Self.temporaryFolder()
        let scripted = try CommandLineTests.run(["play", "example", "--seed", "5", "--script", script, "--data-dir", first])
        let piped = try CommandLineTests.run(["play", "example", "--seed", "5", "--data-dir", second], stdin: Self.moves.joined(separator: "\n") + "\n")
        #expect(scripted.status == 0 && piped.status == 0)
        #expect(scripted.stdout.contains("error: unknown command 'wat'"))
        #expect(scripted.stdout.contains("Resume with: tabletop resume example-"))
        let a = try Self.records(Self.sessionFile(in: first)), b = try Self.records(Self.sessionFile(in: second))
        #expect(a == b)
        #expect(a.filter { $0.hasPrefix("input") }.count == Self.moves.count)
    }

    @Test func replayCheckAndVerifyAcceptAnUntouchedLogAndVerifyCatchesAnEdit() throws {
        let data = Self.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--seed", "9", "--data-dir", data], stdin: Self.moves.joined(separator: "\n"))
        let path = try Self.sessionFile(in: data)
        let replay = try CommandLineTests.run(["replay", path, "--check"])
        #expect(replay.status == 0)
        #expect(replay.stdout.hasPrefix("identical: "))
        #expect(try CommandLineTests.run(["verify", path]).status == 0)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "revoke admin-token", with: "revoke admin-tokem")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let verify = try CommandLineTests.run(["verify", path])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("checksum does not match its content; it was edited"))
    }

    @Test func resumeContinuesAfterACutOffLastLine() throws {
        let data = Self.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--seed", "3", "--data-dir", data], stdin: "ack\npage jon\n")
        let path = try Self.sessionFile(in: data)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"prev\":\"12".utf8))
        try handle.close()
        let id = (path as NSString).lastPathComponent.replacingOccurrences(of: ".jsonl", with: "")
        let resumed = try CommandLineTests.run(["resume", id, "--data-dir", data], stdin: "choose 2\nrevoke admin-token\n")
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("was cut short (an interrupted write); resuming from the last complete line"))
        #expect(resumed.stdout.contains("Resuming The token in the gist at T+00:06, after 2 decisions."))
        #expect(resumed.stdout.contains("The token is revoked."))
        let inputs = try Self.records(path).filter { $0.hasPrefix("input") }.map { $0.split(separator: " ", maxSplits: 2).last! }
        #expect(inputs == ["ack", "page jon", "choose 2", "revoke admin-token"])
        #expect(try CommandLineTests.run(["replay", path, "--check"]).status == 0)
    }

    @Test func resumeRefusesAChangedScenarioUnlessForced() throws {
        let data = Self.temporaryFolder(), scenarios = Self.temporaryFolder()
        let copy = scenarios + "/example.yaml"
        try FileManager.default.copyItem(atPath: CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios/example.yaml").path, toPath: copy)
        _ = try CommandLineTests.run(["play", copy, "--data-dir", data], stdin: "ack\n")
        try (String(contentsOfFile: copy, encoding: .utf8) + "\n# edited\n").write(toFile: copy, atomically: true, encoding: .utf8)
        let path = try Self.sessionFile(in: data)
        let refused = try CommandLineTests.run(["resume", path], stdin: "")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("changed since the drill was played"))
        #expect(refused.stderr.contains("(use --force to go on anyway, which is recorded in the session log)"))
        // Reading commands record nothing, and say so by not promising it.
        let score = try CommandLineTests.run(["score", path])
        #expect(score.status == 1)
        #expect(score.stderr.hasSuffix("(use --force to go on anyway)\n"))
        #expect(try CommandLineTests.run(["score", path, "--force"]).status == 0)
        let forced = try CommandLineTests.run(["resume", path, "--force"], stdin: "")
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"kind\":\"forced\""))
    }

    @Test func missingSessionIsAClearError() throws {
        let result = try CommandLineTests.run(["verify", "no-such-session", "--data-dir", Self.temporaryFolder()])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("no-such-session.jsonl: no such session log\n"))
    }
}

/// `tabletop score`: rescoring from the log, as JSON, with another runbook or a broken policy.
@Suite struct ScoreCommandTests {
    static func playedSession() throws -> String {
        let data = DrillCommandTests.temporaryFolder()
        _ = try CommandLineTests.run(["play", "example", "--seed", "4", "--data-dir", data],
                                     stdin: "ack\nchannel #ir\nseverity sev2\npage jon\nchoose 2\nrevoke admin-token\nnotify legal\n")
        return try DrillCommandTests.sessionFile(in: data)
    }

    @Test func playEndsWithTheDebriefAndScoreRepeatsItExactly() throws {
        let data = DrillCommandTests.temporaryFolder()
        let play = try CommandLineTests.run(["play", "example", "--seed", "4", "--data-dir", data], stdin: "ack\nchannel #ir\n")
        #expect(play.stdout.contains("== Debrief: The token in the gist =="))
        #expect(play.stdout.contains("✓  2 Open a private channel"))
        let path = try DrillCommandTests.sessionFile(in: data)
        let first = try CommandLineTests.run(["score", path, "--json"])
        let second = try CommandLineTests.run(["score", path, "--json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let card = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        #expect(card?["format"] as? Int == 2)
        #expect((card?["steps"] as? [[String: Any]])?.count == 21)
    }

    @Test func rescoresWithAnotherRunbookAndRefusesABrokenPolicy() throws {
        let path = try Self.playedSession()
        let folder = DrillCommandTests.temporaryFolder()
        let original = try String(contentsOf: CommandLineTests.repositoryRoot.appendingPathComponent("Scoring/runbook.yaml"), encoding: .utf8)
        // Move 5 points from holding the postmortem (missed here) to receiving the report (done here).
        var lines = original.components(separatedBy: "\n")
        let firstWeight = lines.firstIndex { $0.contains("weight: 5") }!
        lines[firstWeight] = lines[firstWeight].replacingOccurrences(of: "weight: 5", with: "weight: 10")
        let lastWeight = lines.lastIndex { $0.contains("weight: 5") }!
        lines[lastWeight] = lines[lastWeight].replacingOccurrences(of: "weight: 5", with: "weight: 0")
        try lines.joined(separator: "\n").write(toFile: folder + "/runbook.yaml", atomically: true, encoding: .utf8)
        func score(_ arguments: [String]) throws -> Int {
            let result = try CommandLineTests.run(["score", path, "--json"] + arguments)
            let card = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return try #require(card?["score"] as? Int)
        }
        #expect(try score(["--runbook", folder + "/runbook.yaml"]) > score([]))

        let policy = try String(contentsOf: CommandLineTests.repositoryRoot.appendingPathComponent("Scoring/policy.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "total_weight: 100", with: "total_weight: 120")
        try policy.write(toFile: folder + "/policy.yaml", atomically: true, encoding: .utf8)
        let refused = try CommandLineTests.run(["score", path, "--policy", folder + "/policy.yaml"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: the runbook's step weights add up to 100, but 'total_weight' is 120"))
    }
}
