import Testing
@testable import TabletopCore

/// A fact that stops being true when someone acts reads in the past from then on (blind19 #3, #7,
/// #20: "web-03 beacons every 60 seconds" told to the CTO hours after web-03 was isolated).
@Suite struct FactTenseTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aBriefingAfterTheIsolationTellsTheBeaconInThePast() throws {
        var engine = try Support.engine("compromised-host", ["ack", "inspect web-03"])
        let before = engine.briefingContent(for: .leadership).sentences.joined(separator: " ")
        #expect(before.contains("web-03 beacons every 60 seconds"), "\(before)")
        engine.playThrough("isolate web-03")
        let after = engine.briefingContent(for: .leadership).sentences.joined(separator: " ")
        #expect(after.contains("web-03 beaconed every 60 seconds") && after.contains("until it was cut off"), "\(after)")
        #expect(!after.contains("web-03 beacons"), "\(after)")
    }

    @Test func conditionsAndMatchingStillReadTheFactAsWritten() throws {
        let engine = try Support.engine("compromised-host", ["ack", "inspect web-03", "isolate web-03"])
        let fact = try #require(engine.world.factsByID["c2-domain"])
        #expect(engine.told(fact).hasPrefix("web-03 beaconed"))
        #expect(fact.text.hasPrefix("web-03 beacons"))
        // What is known of the host, as asset cards and answers tell it, reads as it is now.
        let host = try #require(engine.scenario.assets.first { $0.id == "web-03" })
        let known = engine.factTexts(about: host).joined(separator: " ")
        #expect(known.contains("web-03 beaconed") && !known.contains("web-03 beacons"), "\(known)")
    }

    @Test func aVariantFactHasItsPastInEveryValue() throws {
        for seed in 1...12 {
            let engine = try Support.engine("insider", seed: seed, ["ack"])
            guard let fact = engine.world.factsByID["outside-sso"], let past = fact.past else {
                Issue.record("seed \(seed): outside-sso has no past form"); continue
            }
            #expect(!past.text.contains("{{") && past.text != fact.text, "seed \(seed): \(past.text)")
        }
    }

    /// Anyone asked about an asset tells what they heard of it in its past form once that stopped being true
    /// (blind39 B11: Maya said the forgotten host "beacons" an hour after it was isolated; Olu said "beaconed").
    @Test func whatSomeoneHeardOfAnAssetIsToldInItsPastForm() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", try TimeThatStaysTrueTests.walkthrough("compromised-host-expert-seed1", through: "isolate web-legacy"))
        let answer = TimeThatStaysTrueTests.said(engine.playThrough("ask maya does any customer still depend on web-legacy for anything?"))
        #expect(answer.contains("beaconed to the same domain until it was cut off"), "\(answer)")
        #expect(!answer.contains("inventory beacons to"), "\(answer)")
    }
}
