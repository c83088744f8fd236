import Foundation
import Testing

/// A drill killed at any moment loses nothing it showed, and comes back whole: killed (SIGKILL, through
/// the test hook `TABLETOP_TEST_KILL_AT_SYNC`) after every input of a 31-move drill is written, before
/// it is flushed, each log verifies,
/// resumes with the moves it had not recorded, replays exactly and scores as the drill never killed.
@Suite struct CrashSafetyTests {
    static let moves = try! String(contentsOf: CommandLineTests.repositoryRoot
        .appendingPathComponent("Scenarios/walkthroughs/example-expert.script"), encoding: .utf8)
        .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }

    static func process(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandLineTests.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    static func score(_ session: String, data: String) throws -> Int? {
        let result = try CommandLineTests.run(["score", session, "--json", "--data-dir", data])
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object?["score"] as? Int
    }

    /// The inputs a log holds, in order.
    static func inputs(_ path: String) throws -> [String] {
        try DrillCommandTests.records(path).filter { $0.hasPrefix("input") }
            .map { String($0.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)[2]) }
    }

    /// Plays the drill killed at flush `kill`; nil when the drill finished before that flush.
    static func playKilled(at kill: Int, script: String) throws -> String? {
        let data = DrillCommandTests.temporaryFolder()
        let (process, out, err) = try Self.process(["play", "example", "--seed", "4", "--script", script, "--data-dir", data],
                                                   environment: ["TABLETOP_TEST_KILL_AT_SYNC": String(kill)])
        _ = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .uncaughtSignal else { return nil }
        #expect(process.terminationStatus == SIGKILL)
        return data
    }

    @Test func killedAtEveryFlushTheDrillVerifiesResumesReplaysAndScoresTheSame() throws {
        #expect(Self.moves.count >= 30)
        let folder = DrillCommandTests.temporaryFolder()
        let script = folder + "/moves.txt"
        try Self.moves.joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
        let whole = DrillCommandTests.temporaryFolder()
        #expect(try CommandLineTests.run(["play", "example", "--seed", "4", "--script", script, "--data-dir", whole]).status == 0)
        let wholeSession = try DrillCommandTests.sessionFile(in: whole)
        let expected = try #require(try Self.score(wholeSession, data: whole))
        let expectedInputs = try Self.inputs(wholeSession)

        var kill = 1
        var failures: [String] = []
        while let data = try Self.playKilled(at: kill, script: script) {
            defer { kill += 1 }
            let session = try DrillCommandTests.sessionFile(in: data)
            let verify = try CommandLineTests.run(["verify", session, "--data-dir", data])
            if verify.status != 0 { failures.append("kill \(kill): verify: \(verify.stderr)") }
            let recorded = try Self.inputs(session)
            let rest = folder + "/rest-\(kill).txt"
            try Self.moves.dropFirst(recorded.count).joined(separator: "\n").write(toFile: rest, atomically: true, encoding: .utf8)
            let resumed = try CommandLineTests.run(["resume", session, "--script", rest, "--data-dir", data])
            if resumed.status != 0 { failures.append("kill \(kill): resume: \(resumed.stderr)") }
            let replay = try CommandLineTests.run(["replay", session, "--check", "--data-dir", data])
            if replay.status != 0 { failures.append("kill \(kill): replay --check: \(replay.stderr)") }
            if try Self.inputs(session) != expectedInputs { failures.append("kill \(kill): the inputs differ from the drill never killed") }
            let score = try Self.score(session, data: data)
            if score != expected { failures.append("kill \(kill): score \(score.map(String.init) ?? "none"), expected \(expected)") }
        }
        // Every input and the close of the run are kill points: more of them than moves were tried.
        #expect(kill > Self.moves.count + 1)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// A kill after an input was recorded but before what it caused was written: `resume` writes the
    /// outputs the trainee never saw and shows them first.
    @Test func resumeShowsAndRecordsWhatAnInterruptedInputNeverShowed() throws {
        let folder = DrillCommandTests.temporaryFolder()
        let script = folder + "/moves.txt"
        try "ack\npage jon\n".write(toFile: script, atomically: true, encoding: .utf8)
        // Kill point 1 is 'ack', 2 is 'page jon' (the header is written, then flushed in the background
        // with the first prompt's flush, not a kill point of its own): killed before its outputs were written.
        let data = try #require(try Self.playKilled(at: 2, script: script))
        let session = try DrillCommandTests.sessionFile(in: data)
        let before = try CommandLineTests.run(["replay", session, "--check", "--data-dir", data])
        #expect(before.status == 1)
        let resumed = try CommandLineTests.run(["resume", session, "--data-dir", data], stdin: "")
        #expect(resumed.status == 0)
        #expect(resumed.stdout.hasPrefix("What you missed when the drill stopped (your last line had been recorded):\n"))
        let after = try CommandLineTests.run(["replay", session, "--check", "--data-dir", data])
        #expect(after.status == 0, "\(after.stderr)")
    }
}
