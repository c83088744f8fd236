import Testing
@testable import TabletopCore

/// Findings of the held-out plays of stop 34 (blind24–27) mended in stop 35.
@Suite struct HeldOutPlayFindingsTests {
    private typealias Support = TimeThatStaysTrueTests

    private static func errors(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .error(let text) = $0 { text } else { nil } }
    }

    /// blind24: `rollout at <time>` said only that rollout "takes nothing after it".
    @Test(arguments: [("rollout at 17:00", "wait until 17:00"), ("rollout at Fri 10:00", "wait until Fri 10:00"),
                      ("inspect ci-key at 14:30", "wait until 14:30")])
    func aVerbDoneWhenTypedSaysHowToReachTheTime(line: String, advice: String) throws {
        var engine = try Support.engine("breach", ["ack"])
        let before = engine.state.decisions.count
        let errors = Self.errors(engine.handle(line))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("cannot be set for a time") == true && errors.first?.contains("'\(advice)' first") == true, "\(errors)")
        #expect(engine.state.decisions.count == before)
    }

    /// Words after the object that are not a time keep the usual error.
    @Test func wordsThatAreNoTimeKeepTheirError() throws {
        var engine = try Support.engine("breach", ["ack"])
        let errors = Self.errors(engine.handle("notify customers at once"))
        #expect(errors.count == 1 && errors.first?.contains("takes one") == true && errors.first?.contains("set for a time") == false, "\(errors)")
    }

    /// blind27 #117: a post the scenario answers ("#sec-alerts has forty readers") says it went out.
    @Test func aPostTheScenarioAnswersSaysItWasPosted() throws {
        var engine = try Support.engine("insider", ["ack"])
        let said = Support.said(engine.handle("post #sec-alerts \"looking into the DLP alert\""))
        #expect(said.hasPrefix("Posted in #sec-alerts. ") && said.contains("forty readers"), "\(said)")
    }

    /// blind26 #75: once the police have the extortion email and the audit logs are kept, notifying
    /// them again asks for neither.
    @Test func thePoliceAskForNothingAlreadyHandedOver() throws {
        var engine = try Support.engine("breach", ["ack"])
        let first = Support.said(engine.handle("notify law-enforcement"))
        #expect(first.contains("preserve the audit logs and the extortion email"), "\(first)")
        var later = try Support.engine("breach", ["ack", "preserve audit-logs"])
        for _ in 0..<30 where !later.state.pendingDecisions.contains("extortion-email") { _ = later.handle("wait 20m") }
        #expect(later.state.pendingDecisions.last == "extortion-email", "\(later.state.pendingDecisions)")
        // Options are shown in an order the seed picks: chosen by their words.
        _ = later.handle("choose hand it to legal and law enforcement")
        #expect(later.state.choices.contains { $0.decision == "extortion-email" && $0.option == 2 }, "\(later.state.choices)")
        let again = Support.said(later.handle("notify law-enforcement"))
        #expect(again.contains("already have the extortion email") && !again.contains("ask you to preserve"), "\(again)")
    }
}

extension HeldOutPlayFindingsTests {
    /// blind24, blind25: a device tag or host name written in an asset's name names that asset.
    @Test func aTagInAnAssetsNameNamesTheAsset() throws {
        #expect(Engine.nameTags("QA loaner laptop signed out to Kai (QA-LT-311)") == ["qa-lt-311"])
        #expect(Engine.nameTags("web-legacy-01 (10.4.9.17, not in the inventory)") == ["web-legacy-01"])
        // The insider's device: at some seed a laptop whose tag is in its name.
        var found: (Engine, Asset, String)?
        for seed in 1...20 where found == nil {
            let engine = try Support.engine("insider", seed: seed, ["ack"])
            found = engine.knownAssets.lazy.compactMap { asset in Engine.nameTags(asset.name).first { $0 != asset.id }.map { (engine, asset, $0) } }.first
        }
        var (engine, asset, tag) = try #require(found)
        let decisions = engine.state.decisions.count
        #expect(Self.errors(engine.handle("inspect \(tag.uppercased())")).isEmpty)
        #expect(engine.state.decisions.count == decisions + 1 && engine.state.decisions.last?.action.object == asset.id)
        // A part of a tag is no tag.
        #expect(Self.errors(engine.handle("inspect \(tag.dropLast())")).first?.hasPrefix("you know of no asset called") == true)
    }
}

extension HeldOutPlayFindingsTests {
    /// blind24: a wait carried past its end by a move typed for a time says which move and how long it took.
    @Test func aWaitCarriedPastItsEndSaysWhy() throws {
        var engine = try Support.engine("breach", ["ack"])
        let at = engine.state.clock + SimDuration(seconds: 3600)
        let time = engine.localClock.dayAndTime(at: at), after = engine.localClock.dayAndTime(at: at + SimDuration(seconds: 60))
        #expect(Self.errors(engine.handle("revoke ci-key at \(time)")).isEmpty)
        var said = ""
        for _ in 0..<10 where engine.state.clock < at + SimDuration(seconds: 60) { said = Support.said(engine.handle("wait until \(after)")) }
        let cost = try #require(engine.state.decisions.last { $0.raw.hasPrefix("revoke ci-key") }?.cost)
        #expect(cost > SimDuration(seconds: 60))
        #expect(said.contains("past the \(after) you waited for: 'revoke ci-key', scheduled for \(time), took \(cost)."), "\(said)")
    }
}
