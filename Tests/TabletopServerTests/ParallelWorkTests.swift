import Foundation
import NIOEmbedded
import Testing
import TabletopCore
import TabletopStore
@testable import TabletopServer

/// Parallel work in a team drill, on an embedded event loop: each decision takes its actor's time; the
/// team's clock moves when every connected participant is busy, or when the facilitator says.
@Suite struct ParallelWorkTests {
    static let eight = "ana:ic,bo:legal,cy:comms,dee:scribe,eli:ops,fay:security,gus:leadership,hal:support"
    let embedded = EmbeddedTeamDrillTests()

    @Test func eightParticipantsEachDoingATenMinuteActionMoveTheClockTenMinutesNotEighty() throws {
        let drill = try EmbeddedTeamDrillTests.Drill(roster: Self.eight, parallel: true)
        let players = try Player.parseList(Self.eight).get()
        let channels = try players.map { try drill.connect($0.name, role: $0.role) }
        for (index, channel) in channels.enumerated() {
            #expect(drill.host.engine.state.clock == .zero, "nobody's action moved the team's clock before everyone was busy")
            try drill.send(.line("impact \"worst case \(index)\""), on: channel)
        }
        #expect(drill.host.engine.state.decisions.map(\.cost) == Array(repeating: SimDuration(seconds: 600), count: 8))
        #expect(drill.host.engine.state.clock == SimDuration(seconds: 600))
        #expect(embedded.texts(try embedded.received(channels[0])).contains("The clock moves to T+00:10: everyone is busy."))
        // The log replays to the same drill: the move is an `advance` record.
        let log = try SessionLogWriter.read(drill.host.writer.path)
        let (scenario, runbook) = try TeamDrillHarness.breach()
        #expect(SessionReplay.rebuild(log, scenario: scenario, runbook: runbook).0.state == drill.host.engine.state)
    }

    @Test func aBusyParticipantMayLookThingsUpButNotStartAnotherDecision() throws {
        let drill = try EmbeddedTeamDrillTests.Drill(roster: "ana:ic,bo:legal", parallel: true)
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        _ = try (embedded.received(ana), embedded.received(bo))
        try drill.send(.line("impact \"customers' data\""), on: ana)
        _ = try embedded.received(ana)
        try drill.send(.line("ack"), on: ana)
        #expect(embedded.texts(try embedded.received(ana)).contains("you are busy until T+00:10 with 'impact \"customers' data\"'; lookups still work"))
        try drill.send(.line("status"), on: ana)
        #expect(embedded.texts(try embedded.received(ana)).contains { $0.hasPrefix("Team:") })
        #expect(drill.host.engine.state.clock == .zero)
        // bo stands by: now everyone is busy, and the clock moves to when ana is done.
        try drill.send(.line("wait 30m"), on: bo)
        #expect(drill.host.engine.state.clock == SimDuration(seconds: 600))
        try drill.send(.line("ack"), on: ana)
        #expect(drill.host.engine.state.decisions.last?.raw == "ack")
    }

    @Test func aDisconnectedParticipantDoesNotHoldTheClockAndNextMovesToTheNextEvent() throws {
        let drill = try EmbeddedTeamDrillTests.Drill(roster: "ana:ic,bo:legal", parallel: true)
        let ana = try drill.connect("ana", role: "ic")
        _ = try embedded.received(ana)
        try drill.send(.line("ack"), on: ana)
        let afterAck = drill.host.engine.state.clock
        #expect(afterAck > .zero, "bo is not connected, so ana alone is everyone")
        let due = drill.host.engine.nextDue
        #expect(drill.host.facilitate("next").isEmpty)
        drill.loop.run()
        #expect(drill.host.engine.state.clock == due)
    }

    @Test func soloAndOldTeamDrillsKeepOneClock() throws {
        let (scenario, runbook) = try TeamDrillHarness.breach()
        var solo = Engine(scenario: scenario, runbook: runbook,
                          configuration: EngineConfiguration(seed: 1, mode: .practice, players: [], parallel: true))
        _ = solo.start()
        _ = solo.handle("impact \"x\"")
        #expect(solo.state.clock == SimDuration(seconds: 600))
        let old = try JSONDecoder().decode(EngineConfiguration.self, from: Data(#"{"seed":1,"mode":"practice","players":[{"name":"a","role":"ic"},{"name":"b","role":"legal"}]}"#.utf8))
        #expect(!old.parallel)
        let encoded = String(decoding: try JSONEncoder().encode(EngineConfiguration(seed: 1, mode: .practice, players: [])), as: UTF8.self)
        #expect(!encoded.contains("parallel"), "a solo log's header is unchanged")
    }
}
