import Foundation
import Testing
import TabletopCore
import TabletopStore
@testable import TabletopServer

/// What a participant may cost the server: a line budget per name for the drill's lifetime, lines
/// refused before they are recorded, and a bounded catch-up queue.
@Suite struct TeamLimitsTests {
    /// How long a wait may take before it counts as failed. The budget runs on a manual clock, so
    /// nothing here depends on speed; only a loaded machine (a clean-clone build beside the tests)
    /// can make a prompt or twenty lines take more than the harness's usual five seconds (stop 49).
    static let loadedMachine: TimeInterval = 60

    static func inputs(_ harness: TeamDrillHarness) throws -> [String] {
        try SessionLogWriter.read(harness.logPath).records.compactMap { if case .input(let input) = $0 { input.text } else { nil } }
    }

    /// Reconnecting used to buy a fresh allowance (about 1,045 lines a second got through); the budget
    /// now belongs to the name and refills only with time.
    @Test func reconnectingDoesNotRefillTheLineBudget() throws {
        let wall = ManualWallClock()
        let harness = try TeamDrillHarness(wallClock: wall.read)
        defer { harness.stop() }
        let flood = try ScriptedParticipant(harness, name: "dee", role: "scribe")
        #expect(flood.waitFor(seconds: Self.loadedMachine) { $0.messages.contains { $0.type == "prompt" } })
        for _ in 0..<60 { flood.say("doc note flood") }
        #expect(flood.fatalError() == "too many lines too fast (more than 20 a second); rejoin and slow down")
        let afterFirst = try Self.inputs(harness).count
        #expect(afterFirst == 40)

        let again = try ScriptedParticipant(harness, name: "dee", role: "scribe")
        #expect(again.waitFor(seconds: Self.loadedMachine) { $0.messages.contains { $0.type == "prompt" } })
        for _ in 0..<5 { again.say("doc note flood") }
        #expect(again.fatalError() == "too many lines too fast (more than 20 a second); rejoin and slow down")
        #expect(try Self.inputs(harness).count == afterFirst)

        // A second later the name has twenty lines again, whichever connection sends them.
        wall.pass(1)
        let later = try ScriptedParticipant(harness, name: "dee", role: "scribe")
        #expect(later.waitFor(seconds: Self.loadedMachine) { $0.messages.contains { $0.type == "prompt" } })
        for _ in 0..<20 { later.say("doc note steady") }
        #expect(later.waitFor(seconds: Self.loadedMachine) { _ in ((try? Self.inputs(harness).count) ?? 0) == afterFirst + 20 })
        #expect(!later.isClosed)
    }

    @Test func overLongAndControlLinesAreRefusedBeforeTheLog() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        #expect(bo.waitFor { $0.messages.contains { $0.type == "prompt" } })
        bo.say("doc note " + String(repeating: "x", count: 10_000))
        #expect(bo.waitForText("that line is 10009 bytes long; a line can be at most 4000"))
        bo.say("doc note \u{1B}]0;OWNED\u{07}")
        #expect(bo.waitForText("that line holds a control character (\\e)"))
        bo.say("notify legal")
        #expect(bo.waitForText("Legal is informed"))
        #expect(try Self.inputs(harness) == ["@bo notify legal"])
    }

    /// A scripted client waits for the answer to its own line: the prompt says how many of the
    /// participant's lines were handled, so one caused by a teammate's line is told apart.
    @Test func eachPromptSaysHowManyOfTheParticipantsLinesWereHandled() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        #expect(bo.waitFor { $0.messages.contains { $0.type == "prompt" } })
        ana.say("ack")
        #expect(bo.waitForText("ana (ic): ack"))
        bo.say("notify legal")
        bo.say("@ana page marco")
        #expect(bo.waitFor { $0.messages.last { $0.type == "prompt" }?.answered == 2 })
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 2 })
        #expect(ana.messages.last { $0.type == "prompt" }?.answered == 1)
    }

    @Test func aParticipantsCatchUpQueueIsBoundedAndSaysWhatWasLetGo() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let sent = DrillHost.inboxLimit + 2_000
        try harness.onHost { host in
            let eli = host.participants.first { $0.player.name == "eli" }!
            for index in 0..<sent { host.deliver(.output(.notice("message \(index)")), to: eli) }
        }
        let kept = try harness.onHost { host in host.participants.first { $0.player.name == "eli" }!.inbox.count }
        #expect(kept <= DrillHost.inboxLimit)
        let eli = try ScriptedParticipant(harness, name: "eli", role: "ops")
        #expect(eli.waitForText("message \(sent - 1)"))
        let texts = eli.texts
        let notice = try #require(texts.firstIndex { $0.contains("older messages of this drill are no longer kept for you") })
        #expect(notice == 0)
        #expect(texts.contains("message \(sent - kept)") && !texts.contains("message \(sent - kept - 1)"))
    }

    /// A session log deleted under a hosted drill stops the drill: participants are told and cut off,
    /// and what was recorded is in the recovery file the console names (it used to refuse every line
    /// and every command, `end` included, and name no file).
    @Test func aHostWhoseLogIsDeletedStopsTheDrillAndSaysWhereTheRecordWent() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        #expect(bo.waitFor { $0.messages.contains { $0.type == "prompt" } })
        bo.say("notify legal")
        #expect(bo.waitForText("Legal is informed"))
        try FileManager.default.removeItem(atPath: harness.logPath)
        bo.say("status")
        #expect(bo.fatalError() == "the drill stopped: its session log changed on the host; the facilitator has what was recorded")
        let loss = try #require(try harness.onHost { $0.logLoss })
        let recovery = (harness.logPath as NSString).deletingPathExtension + ".recovered.jsonl"
        #expect(loss.contains("is in \(recovery)"))
        #expect(harness.console.withLockedValue { $0 }.contains { $0.contains(recovery) })
        let recovered = try SessionLogWriter.read(recovery)
        #expect(recovered.records.contains { if case .input(let input) = $0 { input.text == "@bo status" } else { false } })
        // Nobody may join a stopped drill, and the console's commands are refused.
        let late = try ScriptedParticipant(harness, name: "ana", role: "ic")
        #expect(late.fatalError() == "the drill stopped: its session log changed on the host; the facilitator has what was recorded")
        #expect(try harness.facilitate("pause").first?.hasPrefix("error: the drill stopped: ") == true)
    }
}
