import Testing
@testable import TabletopCore

/// Each ideal move is one step's, so the decision named beside it is the one that did it (blind39 S1,
/// S4, S5: the analyst invited into the channel was "not done", the rollout was credited to the command
/// running when the beacon came, and cutting off the forgotten host to 'postmortem run').
@Suite struct IdealMoveAttributionTests {
    @Test func theAnalystInvitedIsBroughtIn() throws {
        let engine = try ContainmentAwareRepliesTests.engine("compromised-host", ["ack", "channel #ir-web03", "invite ingrid #ir-web03"])
        let card = try ScoringSupport.score(engine)
        #expect(card.story.path.first?.doneAt != nil, "\(card.story.path.first?.yours() ?? "")")
    }

    @Test func theRolloutAndTheForgottenHostAreCreditedToTheirOwnMoves() throws {
        let scenario = try ScoringSupport.shippedScenario("compromised-host")
        let card = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "compromised-host-expert", seed: 1))
        let rollout = try #require(card.story.path.first { $0.ideal.hasPrefix("Patch the upload flaw") })
        #expect(rollout.did == "rollout", "\(rollout.yours())")
        let forgotten = try #require(card.story.path.first { $0.ideal.hasPrefix("Watch after the rollout") })
        #expect(forgotten.did == "isolate web-legacy", "\(forgotten.yours())")
        #expect(card.story.path.last?.did == "postmortem run")
    }
}
