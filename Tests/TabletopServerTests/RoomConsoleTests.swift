import Foundation
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// The facilitator's console at room scale, and a live drill that waits for `start`, on an embedded loop.
@Suite struct RoomConsoleTests {
    let embedded = EmbeddedTeamDrillTests()

    @Test func aLiveDrillWaitsForStartAndJoiningCostsNoSimulatedTime() throws {
        let drill = try EmbeddedTeamDrillTests.Drill(liveSpeed: 60, startPaused: true)
        let ana = try drill.connect("ana", role: "ic")
        #expect(drill.console.withLockedValue { $0 }.contains("[] ana (ic) joined."), "the console shows who joined")
        #expect(drill.host.consoleClock == "Tue 09:40 (T+00:00) not started")
        drill.pass(300)
        drill.host.liveTick()
        #expect(drill.host.engine.state.clock == .zero, "five minutes of joining are not five simulated hours")
        _ = try embedded.received(ana)
        try drill.send(.line("ack"), on: ana)
        #expect(embedded.texts(try embedded.received(ana)).contains { $0.hasPrefix("the drill has not started") })
        try drill.send(.line("status"), on: ana)
        #expect(embedded.texts(try embedded.received(ana)).contains { $0.hasPrefix("Team: ") }, "lookups work before the start")
        #expect(drill.host.facilitate("resume") == ["The drill has not started; type 'start'."])
        #expect(drill.host.facilitate("start") == ["Started."])
        #expect(drill.host.facilitate("start") == ["The drill has started already."])
        drill.pass(60)
        drill.host.liveTick()
        #expect(drill.host.engine.state.clock == SimDuration(seconds: 3600))
    }

    @Test func scheduledInjectsAreTheScenariosNotWhoeverMovedTheClock() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic")
        try drill.send(.line("wait 2h"), on: ana)
        let console = drill.console.withLockedValue { $0 }
        #expect(console.contains { $0.hasPrefix("[] inject:") && !$0.contains("researcher-report") }, "an inject fell due during ana's wait")
        #expect(!console.contains { $0.hasPrefix("[ana] inject:") }, "an inject is never labelled with a participant")
    }

    @Test func unkickLetsARemovedParticipantBackAndFailedJoinsAreShown() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        _ = try drill.connect("bo", role: "legal")
        _ = drill.host.facilitate("kick bo")
        drill.loop.run()
        let refused = try drill.connect("bo", role: "legal")
        _ = refused
        #expect(drill.console.withLockedValue { $0 }.contains("[] refused join: bo (legal) from [IPv4]127.0.0.1:7411: the facilitator removed bo from this drill"),
                "\(drill.console.withLockedValue { $0 }.suffix(3))")
        let stranger = try drill.connect("zed", role: "ic")
        _ = stranger
        #expect(drill.console.withLockedValue { $0 }.contains { $0.hasPrefix("[] refused join: zed (ic)") && $0.hasSuffix("it expects: ana (ic), bo (legal), cy (comms), dee (scribe), eli (ops)") })
        #expect(drill.host.facilitate("unkick zed") == ["unkick takes a removed participant's name: bo"])
        #expect(drill.host.facilitate("unkick bo") == ["bo may rejoin with the same join command."])
        let back = try drill.connect("bo", role: "legal")
        #expect(try embedded.received(back).first?.type == "welcome")
    }
}
