import Testing
@testable import TabletopCore

/// A host rebuilt from a clean image reads as rebuilt everywhere: not compromised or isolated in
/// `assets` and on its card, and its owner no longer speaks of the isolated box it was.
@Suite struct RebuiltHostTests {
    static func rebuilt() throws -> Engine {
        try WorldAwarePeopleTests.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk and memory\"",
                                                               "inspect web-03", "redeploy web-03"])
    }

    /// Seed 34: `assets` still showed "web-03: … [compromised, snapshotted, isolated, inspected, redeployed]".
    @Test func assetsAndTheCardShowTheRebuildNotTheOldBox() throws {
        var engine = try Self.rebuilt()
        #expect(engine.state.asset("web-03", is: .redeployed) && engine.state.asset("web-03", is: .isolated))
        let line = try #require(WorldAwarePeopleTests.said(engine.handle("assets")).split(separator: "\n").first { $0.hasPrefix("web-03:") })
        #expect(line.contains("redeployed") && line.contains("snapshotted"), "\(line)")
        #expect(!line.contains("compromised") && !line.contains("isolated"), "\(line)")
        let card = WorldAwarePeopleTests.said(engine.handle("ask ingrid web-03"))
        #expect(card.contains("rebuilt from a clean image") && !card.contains("nothing has left it"), "\(card)")
        #expect(!card.contains("It is now snapshotted, isolated"), "\(card)")
    }

    /// Seed 34: ten hours after the rebuild Nils said "web-03 is isolated now … it's evidence", then
    /// "As I said … Nothing has changed on that since."
    @Test func theOwnerSpeaksOfTheRebuild() throws {
        var engine = try Self.rebuilt()
        let update = WorldAwarePeopleTests.said(engine.handle("ask nils update"))
        #expect(update.contains("clean rebuild") && !update.contains("isolated now"), "\(update)")
    }
}
