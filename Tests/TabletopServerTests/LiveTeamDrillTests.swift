import Foundation
import Testing
import TabletopCore
import TabletopStore
@testable import TabletopServer

/// Team drills in live mode: the simulated clock follows the wall clock, and a pause stops it.
@Suite(.serialized) struct LiveTeamDrillTests {
    @Test func theClockFollowsTheWallClockAndStopsWhilePaused() throws {
        let wall = ManualWallClock()
        // 60 simulated seconds per real second: a real second is a simulated minute.
        let harness = try TeamDrillHarness(liveSpeed: 60, wallClock: wall.read)
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        #expect(bo.waitFor { $0.messages.contains { $0.type == "prompt" } })

        wall.pass(5)
        try harness.onHost { $0.liveTick() }
        // Nothing was due yet, so nothing is logged, but everyone's prompt shows the new minute.
        #expect(bo.waitFor { $0.messages.last { $0.type == "prompt" }?.prompt?.contains("(T+00:05) ") == true })
        #expect(try harness.onHost { $0.engine.state.clock } == .zero)

        // The cloud alert falls due at T+00:12; by T+00:13 it has reached everyone unasked.
        wall.pass(8)
        try harness.onHost { $0.liveTick() }
        #expect(bo.waitForText("Unusual API activity"))
        #expect(try harness.onHost { $0.engine.state.clock } == SimDuration(seconds: 13 * 60))

        // A pause of 87 real seconds (87 simulated minutes) costs no simulated time.
        #expect(try harness.facilitate("pause").first?.hasPrefix("Paused.") == true)
        wall.pass(87)
        try harness.onHost { $0.liveTick() }
        #expect(try harness.onHost { $0.consoleClock }.hasSuffix("(T+00:13) paused"))
        #expect(bo.waitFor { $0.messages.last { $0.type == "prompt" }?.prompt?.hasSuffix("(T+00:13) sev? paused] > ") == true })
        #expect(try harness.facilitate("resume") == ["Resumed."])
        wall.pass(1)
        #expect(try harness.onHost { $0.consoleClock }.hasSuffix("(T+00:14)"))

        // A decision is taken at the wall clock's time, recorded after the clock's move.
        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })
        #expect(try harness.onHost { $0.engine.state.decisions.first?.at } == SimDuration(seconds: 14 * 60))

        // The log replays to exactly the host's state: the clock's moves are records like a solo live drill's.
        let log = try SessionLogWriter.read(harness.logPath)
        let moves = log.records.compactMap { if case .advance(let advance) = $0 { advance.to.seconds } else { nil } }
        #expect(moves == [13 * 60, 14 * 60])
        let hostState = try harness.onHost { $0.engine.state }
        let scenario = try harness.onHost { $0.engine.scenario }, runbook = try harness.onHost { $0.engine.runbook }
        #expect(SessionReplay.rebuild(log, scenario: scenario, runbook: runbook).0.state == hostState)
    }

    @Test func theLiveTimerDeliversInjectsOnItsOwn() throws {
        // 600 simulated seconds per real second: the cloud alert (T+00:12) arrives about 1.2 s in.
        let harness = try TeamDrillHarness(liveSpeed: 600)
        defer { harness.stop() }
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        try harness.onHost { $0.startLiveClock() }
        #expect(bo.waitForText("Unusual API activity"))
        #expect(try harness.onHost { $0.engine.state.clock } >= SimDuration(seconds: 12 * 60))
    }

    @Test func turnModeNeverMovesTheClockByItself() throws {
        let wall = ManualWallClock()
        let harness = try TeamDrillHarness(wallClock: wall.read)
        defer { harness.stop() }
        try harness.onHost { $0.startLiveClock() }
        wall.pass(3600)
        try harness.onHost { $0.liveTick() }
        #expect(try harness.onHost { $0.consoleClock }.hasSuffix("(T+00:00)"))
        #expect(try harness.onHost { $0.engine.state.clock } == .zero)
    }
}
