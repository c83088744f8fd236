import Foundation
import Testing
@testable import TabletopCore

/// People answer from what happened: the suspect's manager is warned about once, a repeated answer
/// refers back to when it was said, and updates name the events a person took part in.
@Suite struct PeopleFromEventsTests {
    static func engine(_ id: String, _ moves: [String] = []) throws -> Engine {
        try WorldAwarePeopleTests.engine(id, moves)
    }

    @Test func reachingTheSuspectsManagerIsWarnedAboutOnceAtNoCost() throws {
        var engine = try Self.engine("insider", ["ack"])
        let clock = engine.state.clock, decisions = engine.state.decisions.count
        let first = WorldAwarePeopleTests.said(engine.handle("ask elena engine-repo"))
        #expect(first.contains("tip off the suspect"))
        #expect(engine.state.clock == clock)
        #expect(engine.state.decisions.count == decisions)
        #expect(!engine.state.traps.contains { $0.id.contains("tipped-off") })
        // The same move again goes ahead, with its consequence.
        let second = WorldAwarePeopleTests.said(engine.handle("ask elena engine-repo"))
        #expect(!second.contains("tip off the suspect"))
        #expect(engine.state.traps.contains { $0.id.contains("tipped-off") })
    }

    @Test func theSuspectHimselfGetsNoWarning() throws {
        var engine = try Self.engine("insider", ["ack"])
        #expect(!WorldAwarePeopleTests.said(engine.handle("page kai")).contains("tip off the suspect"))
        #expect(engine.state.traps.contains { $0.id.contains("tipped-off") })
    }

    @Test func aRepeatedAnswerSaysWhatChangedOnItsAsset() throws {
        var engine = try Self.engine("compromised-host", ["ack", "ask sara role", "rotate instance-role"])
        let again = WorldAwarePeopleTests.said(engine.handle("ask sara instance-role"))
        #expect(again.hasPrefix("As I said at"))
        #expect(again.contains("instance-role rotated at"))
        #expect(!again.contains("Too broad, I know"))
    }

    @Test func anInjectAddressedToATeamIsInItsPeoplesUpdates() throws {
        var engine = try Self.engine("breach", ["ack", "wait 4h"])
        #expect(engine.state.hasFired("extortion-email"))
        let update = WorldAwarePeopleTests.said(engine.handle("ask hannah update"))
        #expect(update.contains("datavault@proton.me (email)"))
        // Nobody of the communications team was addressed: Sofia has no such line.
        #expect(!WorldAwarePeopleTests.said(engine.handle("ask sofia update")).contains("datavault@proton.me"))
    }
}
