import Foundation
import Testing

/// Seeded variants end to end: a drill records the values its seed picked, replays them exactly,
/// and `show --facilitator --seed N` names them.
@Suite struct VariantCommandTests {
    @Test func aDrillRecordsItsVariantAndReplaysIt() throws {
        let data = DrillCommandTests.temporaryFolder()
        let moves = ["ack", "inspect ci-config", "revoke warehouse-key", "revoke backup-key"]
        let played = try CommandLineTests.run(["play", "breach", "--seed", "2", "--data-dir", data], stdin: moves.joined(separator: "\n") + "\n")
        #expect(played.status == 0, "\(played.stderr)")
        // At seed 2 the second key in deploy/env.yml is the warehouse's; the seed-1 backup key does not exist.
        #expect(played.stdout.contains("analytics warehouse account"))
        #expect(played.stdout.contains("backup-key") && !played.stdout.contains("The backup account's key is revoked"))
        let path = try DrillCommandTests.sessionFile(in: data)
        let firstLine = try #require(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: Any])
        let header = try #require((record["record"] as? [String: Any])?["header"] as? [String: Any])
        let variants = try #require(header["variants"] as? [[String: String]])
        #expect(variants.map { "\($0["variable"] ?? "")=\($0["value"] ?? "")" } == ["second-key=warehouse", "records=three-million", "intruder=vps"])
        let replay = try CommandLineTests.run(["replay", path, "--check"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.hasPrefix("identical: "))
    }

    @Test func showNamesTheVariantASeedPicks() throws {
        let shown = try CommandLineTests.run(["show", "breach", "--facilitator", "--seed", "3"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("variant at seed 3:"))
        #expect(shown.stdout.contains("second-key = billing"))
        #expect(shown.stdout.contains("records = under-a-million"))
        // The ground truth is shown with the values substituted.
        #expect(shown.stdout.contains("billing-export account") && !shown.stdout.contains("{{"))
        let plain = try CommandLineTests.run(["show", "breach"])
        #expect(!plain.stdout.contains("variant at seed"), "the trainee's view must not give the variant away")
    }
}
