import Testing
@testable import TabletopCore

/// blind65 #10, #21: asked what a trail shows, or what it would show while they read it, people answer from the
/// trail as it stands, not with an offer of something else or a call to hand over what they already have.
@Suite struct TrailQuestionTests {
    private typealias Support = TimeThatStaysTrueTests

    @Test func aTrailNobodyReadSaysHowToReadIt() throws {
        var engine = try Support.engine("insider", ["ack"])
        let said = Support.said(engine.handle("ask omar what do the DLP and endpoint logs show for Kai over the last two weeks?"))
        #expect(said.hasPrefix("Nobody has read my DLP and endpoint logs yet: logs dlp-logs, or give it to me (delegate omar logs dlp-logs)"), "\(said)")
    }

    @Test func aTrailBeingReadSaysWhenTheReportIsDue() throws {
        var engine = try Support.engine("insider", ["ack", "delegate omar logs dlp-logs"])
        let said = Support.said(engine.handle("ask omar what do the dlp logs show?"))
        #expect(said.hasPrefix("I am reading them now (since ") && said.contains("the report is due by about"), "\(said)")
        let syncing = Support.said(engine.handle("ask omar is Kai still syncing anything to the personal drive?"))
        #expect(syncing.hasPrefix("I am reading my DLP and endpoint logs now, as you asked at"), "\(syncing)")
    }

    @Test func aTrailReadSaysWhatItShowed() throws {
        var engine = try Support.engine("insider", ["ack", "logs dlp-logs"])
        let said = Support.said(engine.handle("ask omar what did the dlp logs show?"))
        #expect(said.hasPrefix("My DLP and endpoint logs, read at ") && said.contains("personal cloud drive"), "\(said)")
    }

    /// blind87 #44: asked where something would be seen, the owner of what made it names its trail (the instance role's, not the
    /// card of a host the question also names by id).
    @Test func whereSomethingWouldBeSeenNamesTheTrailOfWhatDidIt() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 1h"])
        let said = Support.said(engine.handle("ask sara where would we see calls to the secret manager made with the instance role from web-03, web-05 or web-07?"))
        #expect(said.hasPrefix("Nobody has read the log of my web fleet instance role yet: logs instance-role"), "\(said)")
    }
}
