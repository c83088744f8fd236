import Testing
@testable import TabletopCore

/// Every verb that reaches a person close to the suspect takes the same warning path, a message says
/// what it carried, and a plain `disable` means now: arranged for the exit meeting only while that
/// still keeps the suspect unaware, and done at once when typed again or once he knows.
@Suite struct ReachingAndCuttingTests {
    static func engine(_ moves: [String]) throws -> Engine { try WorldAwarePeopleTests.engine("insider", moves) }
    static func tippedOff(_ engine: Engine) -> Bool { engine.state.traps.contains { $0.id.contains("tipped-off") } }

    /// Seed 33: `ask elena update` was warned at 09:34 and not typed again; a message to her a day later
    /// went straight through. A warning is for one move, not a pass for every later one.
    @Test(arguments: ["tell elena \"Please do not discuss the DLP alert with Kai\"", "delegate elena inspect kai-laptop",
                      "page elena", "statement review elena", "ask elena update"])
    func everyMoveToTheManagerIsWarnedAfterAnEarlierWarning(_ move: String) throws {
        var engine = try Self.engine(["ack", "ask elena update", "statement draft \"x\""])
        let decisions = engine.state.decisions.count
        #expect(WorldAwarePeopleTests.said(engine.handle(move)).contains("tip off the suspect"), "\(move)")
        #expect(engine.state.decisions.count == decisions && !Self.tippedOff(engine))
        #expect(!WorldAwarePeopleTests.said(engine.handle(move)).contains("tip off the suspect"))
        #expect(Self.tippedOff(engine), "\(move) typed again did not go ahead")
    }

    @Test func aMessageSaysWhatItCarriedNotThatTheyKnowEverything() throws {
        var engine = try Self.engine(["ack"])
        let reply = WorldAwarePeopleTests.said(engine.handle("tell omar \"keep the DLP alert to yourself\""))
        #expect(reply.contains("keep the DLP alert to yourself"))
        #expect(!reply.contains("up to date with what you know"))
    }

    static let ready = ["notify hr", "notify legal", "preserve kai-mailbox"]

    @Test func aPlainDisableTypedAgainCutsNowInsteadOfSayingItIsScheduled() throws {
        var engine = try Self.engine(["ack", "choose 2"] + Self.ready)
        let first = WorldAwarePeopleTests.said(engine.handle("disable kai-account"))
        #expect(first.contains("type disable kai-account again"))
        #expect(!engine.state.asset("kai-account", is: .disabled))
        let again = WorldAwarePeopleTests.said(engine.handle("disable kai-account"))
        #expect(again.contains("now, ahead of Friday's exit meeting"), "\(again)")
        #expect(engine.state.asset("kai-account", is: .disabled))
        #expect(engine.pendingChange(of: "kai-account") == nil)
    }

    /// Seed 33: the manager asked Kai about the alert when her question timed out; quietly waiting for
    /// Friday gains nothing then, so the first `disable` cuts at once.
    @Test func onceTheSuspectKnowsTheFirstDisableCutsAtOnce() throws {
        var engine = try Self.engine(["ack", "wait 40m"] + Self.ready)
        #expect(engine.state.timedOut.contains { $0.decision == "elena-asks" })
        let reply = WorldAwarePeopleTests.said(engine.handle("disable kai-account"))
        #expect(engine.state.asset("kai-account", is: .disabled), "\(reply)")
        #expect(!reply.contains("Friday 10:00: every access"))
    }
}
