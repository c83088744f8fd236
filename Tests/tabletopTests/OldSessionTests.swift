import Foundation
import Testing

/// Sessions recorded by tabletop 0.1.0, before the scoring model changed (fixtures recorded by that
/// build): replay reproduces those the change does not touch, refuses the others with a message naming
/// the version, and `score --force` rescores every one under today's model.
@Suite(.serialized) struct OldSessionTests {
    static let fixtures = CommandLineTests.repositoryRoot.appendingPathComponent("Tests/tabletopTests/Fixtures/old-sessions")
    /// Where the recording build read its scenarios (the logs name this absolute path).
    static let recordedScenarios = "/tmp/tabletop-fixture-scenarios"

    /// Puts the scenario files the sessions were played with where their logs say they were.
    static func placeScenarios() throws {
        try FileManager.default.createDirectory(atPath: recordedScenarios, withIntermediateDirectories: true)
        for id in ["example", "breach", "insider"] {
            let target = recordedScenarios + "/\(id).yaml"
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("scenarios/\(id).yaml").path, toPath: target)
        }
    }

    @Test func replayReproducesWhatItCanAndNamesTheVersionOtherwise() throws {
        try Self.placeScenarios()
        let insider = try CommandLineTests.run(["replay", "--check", Self.fixtures.appendingPathComponent("insider-0.1.0.jsonl").path])
        #expect(insider.status == 0)
        #expect(insider.stdout.hasPrefix("identical: "))
        for id in ["example", "breach"] {
            let replay = try CommandLineTests.run(["replay", "--check", Self.fixtures.appendingPathComponent("\(id)-0.1.0.jsonl").path])
            #expect(replay.status == 1)
            #expect(replay.stderr.hasPrefix("error: this session was recorded by tabletop 0.1.0 and the runbook changed since the drill was played"), "\(replay.stderr)")
            #expect(replay.stderr.contains("rescore it under today's model with 'tabletop score --force'"))
            #expect(replay.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func oldSessionsRescoreUnderTodaysModel() throws {
        try Self.placeScenarios()
        for id in ["example", "breach", "insider"] {
            let path = Self.fixtures.appendingPathComponent("\(id)-0.1.0.jsonl").path
            let refused = try CommandLineTests.run(["score", path])
            #expect(refused.status == 1 && refused.stderr.contains("the runbook changed since the drill was played"))
            let scored = try CommandLineTests.run(["score", path, "--force", "--json"])
            #expect(scored.status == 0, "\(scored.stderr)")
            let card = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any]
            #expect(card?["format"] as? Int == 2)
            #expect(card?["scenario"] as? String == id)
            #expect((card?["judgement"] as? [String: Any])?["possible"] as? Double == 15)
        }
    }
}
