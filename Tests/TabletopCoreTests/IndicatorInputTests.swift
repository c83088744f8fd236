import Testing
@testable import TabletopCore

/// An address read in an alert, typed where an asset goes, is named as the indicator it is.
@Suite struct IndicatorInputTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func inspectingAnAddressFromAnAlertSaysWhereItWasSeen() throws {
        var engine = try Support.engine("breach", seed: 1, ["ack", "wait 15m"])
        try #require(engine.state.fired.contains { engine.injectsByID[$0.id]?.text.contains("185.220.101.7") == true })
        let reply = Support.said(engine.handle("inspect 185.220.101.7"))
        #expect(reply.contains("not one of your assets but an indicator, seen in the message from Cloud threat detection"), "\(reply)")
        #expect(reply.contains("'block 185.220.101.7'"), "\(reply)")
        // An address nobody has seen is still unknown, as before.
        #expect(Support.said(engine.handle("inspect 10.9.9.9")).contains("no asset called"))
    }
}
