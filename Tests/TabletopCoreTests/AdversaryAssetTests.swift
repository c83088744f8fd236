import Testing
@testable import TabletopCore

/// The adversary's domain, addresses and drives belong to no one in the organisation: the analyst a
/// scenario names as their `owner` looked them up, and says so.
@Suite struct AdversaryAssetTests {
    @Test func theAnalystLookedTheC2DomainUpAndDoesNotOwnIt() throws {
        var engine = try WorldAwarePeopleTests.engine("compromised-host", ["ack", "choose 2", "wait 1h", "block c2"])
        let domain = try #require(engine.knownAssets.first { $0.id == "c2" }?.name)
        // Seed 34: `ask ingrid about cdn-update-check.net` answered "That one is mine."
        let reply = WorldAwarePeopleTests.said(engine.handle("ask ingrid about \(domain)"))
        #expect(reply.hasPrefix("I looked that one up.") && !reply.contains("mine"), "\(reply)")
        let update = WorldAwarePeopleTests.said(engine.handle("ask ingrid update"))
        #expect(update.contains("What I looked up: c2 blocked") && !update.contains("My assets"), "\(update)")
        let card = WorldAwarePeopleTests.said(engine.handle("ask nils c2"))
        #expect(card.contains("looked it up") && !card.contains("owns it"), "\(card)")
        let assets = WorldAwarePeopleTests.said(engine.handle("assets"))
        #expect(assets.contains("looked up by ingrid") && !assets.contains("owner ingrid"), "\(assets)")
    }
}

/// The analyst who looked the adversary's domain up never says nobody has looked at it, and asked whether
/// someone should probe it from a server, answers that (blind39 B1).
@Suite struct ProbingTheAdversaryTests {
    @Test func theAnalystAdvisesAgainstProbingTheDomain() throws {
        var engine = try WorldAwarePeopleTests.engine("compromised-host", ["ack", "choose 2", "wait 1h"])
        let view = WorldAwarePeopleTests.said(engine.handle("ask ingrid should theo curl the c2 domain from web-04?"))
        #expect(view.hasPrefix("No. Resolving or fetching"), "\(view)")
        let card = WorldAwarePeopleTests.said(engine.handle("ask ingrid c2"))
        #expect(!card.contains("Nobody has looked at it yet"), "\(card)")
    }
}
