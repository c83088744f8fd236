import Foundation
import Testing
import TabletopCore
import TabletopStore
@testable import TabletopServer

/// Hostile bytes from clients, generated from a fixed seed: every one ends in a refusal or is handled,
/// and a well-behaved participant keeps playing throughout.
@Suite(.serialized) struct HostileClientTests {
    /// Lines a broken or malicious client might send after a good hello.
    static let shapes: [String] = [
        #"{"type":"line","v":1,"text":123}"#,
        #"{"type":"line","v":2,"text":"ack"}"#,
        #"{"type":"hello","v":1,"token":"test-token-7","name":"ana","role":"ic"}"#,
        #"{"type":"line","v":1}"#,
        #"{"type":"line","v":1,"text":"\u0000\u001b[2J"}"#,
        #"{"type":"line","v":1,"text":"@ana notify legal"}"#,
        #"{"type":["line"],"v":1}"#,
        #"[1,2,3]"#,
        #"null"#,
        #"{"type":"line","v":1,"text":"severity sev2 \"unterminated"}"#,
        #"{"#,
        "\u{FEFF}{\"type\":\"line\",\"v\":1,\"text\":\"ack\"}",
        String(repeating: "{\"a\":", count: 2_000),
    ]

    @Test func randomHostileLinesNeverStopTheDrill() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        #expect(ana.waitFor { $0.messages.contains { $0.type == "prompt" } })
        var generator = SeededRandom(seed: 20261129)  // fixed, so a failure reproduces
        for round in 0..<40 {
            let hostile = try ScriptedParticipant(harness, name: "bo", role: "legal")
            #expect(hostile.waitFor { $0.messages.contains { $0.type == "welcome" } }, "round \(round): bo could not join")
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                var line = Array(Self.shapes.randomElement(using: &generator)!.utf8)
                if Bool.random(using: &generator), !line.isEmpty {
                    line[Int.random(in: 0..<line.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
                bytes += line + [0x0A]
            }
            hostile.client.sendRaw(bytes)
            hostile.client.drop()
            // The server has let go of bo before the next round's join.
            #expect(ana.waitFor { _ in (try? harness.onHost { $0.connectionSummary() })?.contains("bo (legal) not connected") == true },
                    "round \(round): bo still connected")
        }
        let before = try harness.onHost { $0.engine.state.decisions.count }
        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == before + 1 })
        // The log is still a valid session log.
        let log = try TabletopStore.SessionLogWriter.read(harness.logPath)
        #expect(log.records.count > 5)
    }
}
