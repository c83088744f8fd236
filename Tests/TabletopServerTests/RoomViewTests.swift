import Foundation
import NIOEmbedded
import Testing
import TabletopCore
import TabletopStore
@testable import TabletopServer

/// The console's compact view and role filter, and a late joiner added by the facilitator, on an embedded loop.
@Suite struct RoomViewTests {
    let embedded = EmbeddedTeamDrillTests()

    @Test func theCompactViewGivesOneLineAnEventAndTheFilterOneRolesEvents() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        #expect(drill.host.facilitate("view compact") == ["The console shows one line an event."])
        let before = drill.console.withLockedValue { $0.count }
        try drill.send(.line("ack"), on: ana)
        let compact = drill.console.withLockedValue { Array($0[before...]) }
        #expect(compact.first?.hasPrefix("[] T+00:0") == true && compact.first?.hasSuffix(" ana (ic)> ack") == true, "\(compact)")
        #expect(compact.allSatisfy { $0.hasPrefix("[] T+") && !$0.contains("\n") && $0.count <= DrillHost.compactWidth + 3 }, "\(compact)")
        #expect(drill.host.facilitate("filter lawyer") == ["nobody plays 'lawyer'; the roles here: ic, legal, comms, scribe, ops"])
        #expect(drill.host.facilitate("filter Legal").first?.hasPrefix("The console shows the events of legal") == true)
        let filtered = drill.console.withLockedValue { $0.count }
        try drill.send(.line("page marco"), on: ana)
        try drill.send(.line("notify legal"), on: bo)
        let shown = drill.console.withLockedValue { Array($0[filtered...]) }
        #expect(!shown.contains { $0.contains("ana (ic)>") }, "ana's lines are filtered out: \(shown)")
        #expect(shown.contains { $0.hasSuffix("bo (legal)> notify legal") }, "\(shown)")
        #expect(drill.host.facilitate("filter off") == ["The console shows everyone's events."])
        #expect(drill.host.facilitate("view full") == ["The console shows every line in full."])
    }

    @Test func aCompactLineIsCutToTheWidth() {
        let long = Output.response(String(repeating: "word ", count: 40) + "\nsecond line")
        let line = DrillHost.compact(long, actor: "bo", at: SimDuration(seconds: 95 * 60))
        #expect(line.hasPrefix("T+01:35 [bo] word word"))
        #expect(line.count == DrillHost.compactWidth && line.hasSuffix("…"))
    }

    @Test func aLateJoinerIsAddedRecordedAndReplayed() throws {
        let drill = try EmbeddedTeamDrillTests.Drill(roster: "ana:ic,bo:legal")
        let ana = try drill.connect("ana", role: "ic")
        #expect(drill.host.facilitate("add gus:lawyer") == ["error: gus has the role 'lawyer', which neither the scenario nor the runbook knows; did you mean 'legal'?"])
        #expect(drill.host.facilitate("add bo:ops") == ["error: someone called bo is in this drill already"])
        #expect(drill.host.facilitate("add fay") == ["add takes one name:role, e.g. 'add fay:security'"])
        #expect(drill.host.facilitate("add Fay:Security") == ["Fay (security) is added; they join as the others do, with --name Fay --role security."])
        drill.loop.run()
        #expect(embedded.texts(try embedded.received(ana)).contains("The facilitator added Fay (security) to the drill."))
        let fay = try drill.connect("Fay", role: "security")
        #expect(try embedded.received(fay).first?.type == "welcome")
        try drill.send(.line("ack"), on: fay)
        #expect(drill.host.engine.state.decisions.map(\.actor) == ["Fay"])
        // The log keeps the addition: a replay knows Fay and gives her line to her.
        let (scenario, runbook) = try TeamDrillHarness.breach()
        let log = try SessionLogWriter.read(drill.host.writer.path)
        #expect(log.header.configuration.players.map(\.name) == ["ana", "bo"], "the header keeps the starting roster")
        let replayed = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook).engine
        #expect(replayed.state.decisions.map(\.actor) == ["Fay"])
        #expect(replayed.configuration.players.last == Player(name: "Fay", role: "security"))
        // Scored with the replayed roster, the late joiner's part counts (reports, history, score).
        let card = try TeamDrillHarness.scorer(for: replayed).score(replayed.state, players: replayed.configuration.players)
        #expect(card.participants.first { $0.name == "Fay" }?.decisions == 1)
    }

    @Test func anAddedNoteNamesThePlayer() {
        #expect(Engine.addedPlayer(noteText: "dee (ops)") == Player(name: "dee", role: "ops"))
        #expect(Engine.addedPlayer(noteText: "by the facilitator") == nil)
        #expect(Engine.addedPlayer(noteText: " (ops)") == nil)
    }
}
