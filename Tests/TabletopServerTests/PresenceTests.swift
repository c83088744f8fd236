import Foundation
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// Presence and catch-up in a team drill, on an embedded event loop.
@Suite struct PresenceTests {
    let embedded = EmbeddedTeamDrillTests()

    @Test func theTeamIsToldWhoJoinsLeavesComesBackAndIsRemoved() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic")
        let bo = try drill.connect("bo", role: "legal")
        #expect(embedded.texts(try embedded.received(ana)).contains("bo (legal) joined the drill."))
        #expect(!embedded.texts(try embedded.received(bo)).contains("bo (legal) joined the drill."))
        try bo.close().wait()
        drill.loop.run()
        #expect(embedded.texts(try embedded.received(ana)).contains("bo (legal) left the drill."))
        let again = try drill.connect("bo", role: "legal")
        _ = again
        #expect(embedded.texts(try embedded.received(ana)).contains("bo (legal) is back."))
        #expect(drill.host.facilitate("kick bo") == ["bo is removed and cannot rejoin."])
        drill.loop.run()
        #expect(embedded.texts(try embedded.received(ana)).contains("The facilitator removed bo (legal) from the drill."))
    }

    @Test func aRejoinStartsWithWhatHappenedWhileAwayInOneLine() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        try drill.send(.line("notify legal"), on: bo)
        let seen = try embedded.received(bo).filter { $0.type == "output" }.count
        let instance = drill.host.instance
        try bo.close().wait()
        drill.loop.run()
        try drill.send(.line("ack"), on: ana)
        try drill.send(.line("page marco"), on: ana)
        let back = try drill.connect()
        try drill.send(.hello(token: TeamDrillHarness.token, name: "bo", role: "legal", seen: seen, instance: instance), on: back)
        let texts = embedded.texts(try embedded.received(back))
        let summary = try #require(texts.first)
        #expect(summary.hasPrefix("While you were away (T+00:05–T+"), "\(texts)")
        #expect(summary.contains("the team made 2 decisions (ana 2); your last decision was 'notify legal' at T+00:00"))
        // Six: ana's two lines, the two replies and one tick (`page marco` ticks step 7; step 1 is done already).
        #expect(summary.hasSuffix("Type 'missed' for the 6 messages in full."), "\(summary)")
        #expect(!texts.contains("ana (ic): ack"), "the full lines wait until asked for")
        try drill.send(.line("missed"), on: back)
        let full = embedded.texts(try embedded.received(back))
        #expect(full.first == "What you missed, 6 messages:")
        #expect(full.contains("ana (ic): ack") && full.contains("ana (ic): page marco"), "\(full)")
        try drill.send(.line("catch-up"), on: back)
        #expect(embedded.texts(try embedded.received(back)).first == "Nothing missed: you have every message of the drill.")
        #expect(drill.host.engine.state.decisions.count == 3, "asking for what one missed is no decision")
    }

    @Test func theJoinCommandRunAgainGetsWhatItHadThenTheSummaryNotTheMissedLines() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        try drill.send(.line("notify legal"), on: bo)
        let before = embedded.texts(try embedded.received(bo))
        try bo.close().wait()
        drill.loop.run()
        try drill.send(.line("ack"), on: ana)
        let again = try drill.connect("bo", role: "legal")
        let texts = embedded.texts(try embedded.received(again))
        #expect(Array(texts.prefix(before.count)) == before, "a fresh client is resent what bo had, own lines included")
        #expect(texts.count == before.count + 1 && texts.last?.hasPrefix("While you were away (T+") == true, "\(texts.suffix(3))")
        try drill.send(.line("missed"), on: again)
        #expect(embedded.texts(try embedded.received(again)).contains("ana (ic): ack"))
    }

    @Test func aClientCountsTheHeldBackLinesLikeTheServer() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        _ = try embedded.received(bo)
        let instance = drill.host.instance
        let seen = delivered("bo", drill)
        try bo.close().wait()
        drill.loop.run()
        try drill.send(.line("ack"), on: ana)
        let back = try drill.connect()
        try drill.send(.hello(token: TeamDrillHarness.token, name: "bo", role: "legal", seen: seen, instance: instance), on: back)
        try drill.send(.line("missed"), on: back)
        let outputs = try embedded.received(back).filter { $0.type == "output" }.count
        // After the summary, the header and the missed lines, the server's count and the client's agree.
        #expect(delivered("bo", drill) == seen + outputs)
    }

    /// How many messages the server counts as sent to `name`.
    func delivered(_ name: String, _ drill: EmbeddedTeamDrillTests.Drill) -> Int {
        drill.host.participants.first { $0.player.name == name }?.delivered ?? -1
    }

    @Test func lookupsAreAnsweredWhilePausedAndDecisionsWait() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic")
        _ = try embedded.received(ana)
        _ = drill.host.facilitate("pause")
        drill.loop.run()
        _ = try embedded.received(ana)
        for lookup in ["help", "status", "timeline", "who"] {
            try drill.send(.line(lookup), on: ana)
            let answer = try embedded.received(ana)
            #expect(!embedded.texts(answer).contains { $0.contains("paused") }, "\(lookup): \(embedded.texts(answer))")
        }
        try drill.send(.line("ack"), on: ana)
        #expect(embedded.texts(try embedded.received(ana)).contains { $0.hasPrefix("the facilitator has paused the drill") })
        #expect(drill.host.engine.state.decisions.isEmpty)
    }

    @Test func atTheEndEachParticipantSeesTheTeamsScoreAndTheirOwnPart() throws {
        let drill = try EmbeddedTeamDrillTests.Drill(scoring: true, debrief: { card, scenario in "== Debrief: \(scenario.title) ==\nScore \(card.score)/100" })
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        try drill.send(.line("ack"), on: ana)
        _ = try (embedded.received(ana), embedded.received(bo))
        #expect(drill.host.facilitate("end").isEmpty)
        drill.loop.run()
        let anas = embedded.texts(try embedded.received(ana)), bos = embedded.texts(try embedded.received(bo))
        #expect(anas.contains { $0.hasPrefix("Team score: ") && $0.hasSuffix("/100.") })
        #expect(anas.contains { $0.hasPrefix("Your part (ana, ic): 1 decision; steps first done by you: 1 ") }, "\(anas)")
        #expect(bos.contains("Your part (bo, legal): 0 decisions; no runbook step first done by you."))
        // Everyone gets the debrief, after their own part, with the score the team's line gives.
        let score = try #require(anas.first { $0.hasPrefix("Team score: ") }).dropFirst(12).prefix { $0 != "/" }
        for texts in [anas, bos] {
            let debrief = try #require(texts.firstIndex { $0.hasPrefix("== Debrief: ") }, "\(texts)")
            #expect(texts[debrief].hasSuffix("Score \(score)/100"))
            #expect(debrief > texts.firstIndex { $0.hasPrefix("Your part") }!)
            #expect(texts.last { $0.contains("tabletop report") } == "The full report: 'tabletop report team-test' on the host.")
        }
    }

    @Test func withoutScoringTheEndStillTellsEachTheirPart() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic")
        try drill.send(.line("ack"), on: ana)
        _ = try embedded.received(ana)
        _ = drill.host.facilitate("end")
        drill.loop.run()
        let texts = embedded.texts(try embedded.received(ana))
        #expect(texts.contains("Your part (ana, ic): 1 decision."))
        #expect(!texts.contains { $0.hasPrefix("Team score") || $0.hasPrefix("== Debrief") })
    }
}
