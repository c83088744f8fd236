import Foundation
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// Need-to-know in a team drill, on an embedded event loop: what a role-addressed inject reveals stays
/// with its roles until shared, the facilitator's own moves stay with the facilitator, and each role
/// reads the briefing as its own.
@Suite struct NeedToKnowTests {
    let embedded = EmbeddedTeamDrillTests()

    func facts(_ messages: [ServerMessage]) -> [String] {
        messages.compactMap { if case .fact(let id, _)? = $0.output { id } else { nil } }
    }

    @Test func aFactRevealedToSomeRolesReachesOnlyThemUntilOneSharesIt() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal"), cy = try drill.connect("cy", role: "comms")
        _ = try (embedded.received(ana), embedded.received(bo), embedded.received(cy))
        #expect(drill.host.facilitate("inject extortion-email").isEmpty)
        drill.loop.run()
        #expect(facts(try embedded.received(ana)) == ["extortion"])
        #expect(facts(try embedded.received(bo)) == ["extortion"])
        let comms = try embedded.received(cy)
        #expect(facts(comms).isEmpty)
        #expect(!embedded.texts(comms).contains { $0.contains("15 BTC") }, "comms hears nothing of the demand")
        #expect(drill.console.withLockedValue { $0 }.contains { $0.contains("15 BTC") }, "the facilitator sees it")
        // A lookup shares nothing; a post in a channel tells the rest of the team.
        try drill.send(.line("status"), on: bo)
        #expect(!embedded.texts(try embedded.received(cy)).contains { $0.contains("tells the team") })
        try drill.send(.line("post #security \"extortion demand received\""), on: bo)
        let told = embedded.texts(try embedded.received(cy))
        #expect(told.contains { $0.hasPrefix("bo (legal) tells the team: ") && $0.contains("15 BTC") }, "\(told)")
        #expect(!embedded.texts(try embedded.received(ana)).contains { $0.contains("tells the team") }, "ana knew it already")
    }

    @Test func holdSkipOverrideAndNotesNeverReachParticipants() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic")
        _ = try embedded.received(ana)
        try drill.send(.line("ack"), on: ana)
        _ = try embedded.received(ana)
        for line in ["hold reporter", "skip story-runs", "override 0 5 \"quick\"", "note \"ana hesitated\""] {
            #expect(drill.host.facilitate(line).isEmpty, "\(line)")
        }
        drill.loop.run()
        let seen = embedded.texts(try embedded.received(ana))
        #expect(!seen.contains { $0.contains("reporter") || $0.contains("story-runs") || $0.contains("points") || $0.contains("Noted") }, "\(seen)")
        let console = drill.console.withLockedValue { $0 }
        #expect(console.contains { $0.contains("Inject 'reporter' is held") })
        #expect(console.contains { $0.contains("Inject 'story-runs' is skipped") })
    }

    @Test func eachRoleReadsTheBriefingAsItsOwn() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        func briefing(_ channel: EmbeddedChannel) throws -> String {
            try embedded.received(channel).compactMap { if case .briefing(_, let text)? = $0.output { text } else { nil } }.first ?? ""
        }
        let ic = try briefing(ana), legal = try briefing(bo)
        #expect(ic.hasPrefix("You are the security on-call"))
        #expect(legal.hasPrefix("You play legal, counsel: you weigh notification duties, regulators and contracts. ana leads as incident commander."))
        #expect(!legal.contains("You are the") && !legal.contains("Act as the incident commander"))
    }
}
