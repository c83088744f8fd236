import Testing
@testable import TabletopCore

/// Asked what a move would cost, a person says what it takes and whom it touches, then their view on
/// it (blind37: "what would it cost to block personal-drive?" got the asset's card, and views on a move
/// said whether to make it, never what it costs).
@Suite struct MoveCostTests {
    typealias Support = ContainmentAwareRepliesTests

    @Test func whatABlockCostsIsItsTimeAndWhomItTouches() throws {
        var engine = try Support.engine("insider", ["ack"])
        let answer = Support.said(engine.handle("ask dana what would it cost us to block personal-drive uploads company-wide?"))
        #expect(answer.contains("'block personal-drive' takes about 10m."), "\(answer)")
        #expect(answer.contains("nothing of ours is switched off"), "\(answer)")
        #expect(!answer.contains("I looked that one up"), "\(answer)")
    }

    @Test func theCostComesWithTheViewAgainstAMoveTooEarly() throws {
        var engine = try Support.engine("insider", ["ack"])
        let answer = Support.said(engine.handle("ask dana how long would it take to disable kai-account?"))
        #expect(answer.contains("'disable kai-account' takes about"), "\(answer)")
        #expect(answer.contains("loses every access"), "\(answer)")
        #expect(answer.contains("No, not now"), "\(answer)")
    }

    @Test func theirOwnOfferOfTheMoveDoesNotAnswerWhatItCosts() throws {
        var engine = try Support.engine("insider", ["ack"])
        let answer = Support.said(engine.handle("ask omar what is the downside of imaging kai-laptop now?"))
        #expect(answer.contains("'snapshot kai-laptop' takes about"), "\(answer)")
    }

    @Test func deletingSaysWhatIsLostForGood() throws {
        var engine = try Support.engine("breach", ["ack"])
        let answer = Support.said(engine.handle("ask marco what is the impact of deleting the bucket?"))
        #expect(answer.contains("gone for good"), "\(answer)")
        #expect(answer.contains("'snapshot customer-exports'"), "\(answer)")
    }

    @Test func howLongSomethingHasBeenSoIsNoQuestionOfCost() throws {
        var engine = try Support.engine("insider", ["ack"])
        let answer = Support.said(engine.handle("ask omar how long has kai had the sync client?"))
        #expect(!answer.contains("takes about"), "\(answer)")
    }
}
