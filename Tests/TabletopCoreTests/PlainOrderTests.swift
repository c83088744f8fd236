import Testing
@testable import TabletopCore

/// An order said plainly in a message hands over the move it names, as a go-ahead does; one held back by a time, a day or a
/// condition, one that answers the reader's open question, and one that names no move on an asset hand over nothing
/// (review of f87f3cd: "Disable Kai's account on Friday." would have cut him off at once).
@Suite struct PlainOrderTests {
    typealias Support = TimeThatStaysTrueTests

    static func webshell() throws -> Engine {
        try Support.engine("compromised-host", ["ack", "severity sev2 \"webshell on a production web server\"", "channel #ir-web",
                                                "invite ingrid #ir-web", "invite nils #ir-web", "inspect web-03", "choose 2"])
    }

    @Test func anOrderSaidPlainlyIsHandedOver() throws {
        var engine = try Self.webshell()
        _ = engine.playThrough("tell ingrid Put the image of web-03 under chain of custody.")
        #expect(engine.state.tasks.contains { $0.person == "ingrid" && $0.line == "preserve web-03" }, "\(engine.state.tasks)")
    }

    @Test(arguments: ["tell nils Make a note to rotate the database password later.", "tell ingrid File it under INC-4501.",
                      "tell nils Block out time for the postmortem.", "tell nils Isolate web-03 once Ingrid has the image.",
                      "tell nils Block 185.220.101.7 at the edge, but not until Sara confirms.", "tell nils Isolate web-03 at 18:00."])
    func anOrderHeldBackOrOfNoMoveHandsNothingOver(line: String) throws {
        var engine = try Self.webshell()
        let before = engine.state.tasks.count
        _ = engine.playThrough(line)
        #expect(engine.state.tasks.count == before, "\(engine.state.tasks)")
    }

    @Test func anOrderForADayIsNotCarriedOutNow() throws {
        var engine = try Support.engine("insider", ["ack", "page dana", "wait 20m", "wait 20m"])
        _ = engine.playThrough("tell dana Disable Kai's account on Friday.")
        #expect(!engine.state.tasks.contains { $0.line.hasPrefix("disable kai-account") && !$0.line.contains(" at ") }, "\(engine.state.tasks)")
        #expect(!engine.state.asset("kai-account", is: .disabled))
    }

    @Test func anOrderThatAnswersTheOpenQuestionChoosesItsOption() throws {
        var engine = try Support.engine("compromised-host", ["ack", "inspect web-03", "choose 2", "wait 29m"])
        #expect(engine.state.pendingDecisions.contains("theo-c2"), "\(engine.state.pendingDecisions)")
        _ = engine.playThrough("tell theo Block the domain at egress and look it up in threat intel only.")
        #expect(engine.state.choices.contains { $0.decision == "theo-c2" && $0.option == 2 }, "\(engine.state.choices)")
        #expect(!engine.state.tasks.contains { $0.person == "theo" }, "\(engine.state.tasks)")
    }
}
