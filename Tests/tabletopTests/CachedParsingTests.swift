import Foundation
import Testing

/// Commands over many sessions parse each scenario and scoring file once per process (issue 21); the
/// scores they give are those of a process that parsed everything afresh for one session.
@Suite struct CachedParsingTests {
    @Test func importAndCohortScoreEachSessionAsAFreshProcessDoes() throws {
        let data = DrillCommandTests.temporaryFolder()
        let moves = ["ack\nchannel #ir\nseverity sev2\npage jon\n", "ack\nnotify legal\nchoose 1\n", "ack\nseverity sev1\nchannel #war\nrevoke admin-token\n"]
        for (index, stdin) in moves.enumerated() {
            let play = try CommandLineTests.run(["play", index == 1 ? "breach" : "example", "--seed", "\(index + 2)", "--data-dir", data], stdin: stdin)
            #expect(play.status == 0)
        }
        let sessions = try FileManager.default.contentsOfDirectory(atPath: data + "/sessions").filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { data + "/sessions/" + $0 }
        #expect(sessions.count == 3)
        let expected = try sessions.map { path in
            let score = try CommandLineTests.run(["score", path, "--json"])
            let card = try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any]
            return try #require(card?["score"] as? Int)
        }
        let imported = try CommandLineTests.run(["history", "import"] + sessions + ["--db", data + "/other.sqlite"])
        #expect(imported.status == 0)
        let scores = imported.stdout.split(separator: "\n").compactMap { line in line.components(separatedBy: "score ").last.flatMap { Int($0) } }
        #expect(scores == expected)
        let cohort = try CommandLineTests.run(["report"] + sessions + ["--format", "csv"])
        #expect(cohort.status == 0)
        // One row per session and step.
        #expect(cohort.stdout.split(whereSeparator: \.isNewline).count == 1 + 21 * 3)
    }
}
