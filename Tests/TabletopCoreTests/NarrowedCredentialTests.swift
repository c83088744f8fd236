import Testing
@testable import TabletopCore

/// Narrowing a credential is re-issuing it with less: asked to, its owner offers `rotate`, and a fix of
/// theirs that narrows it narrows it in the world (blind32: Sara's delivered fix left the role reading
/// every secret, so rotating the database password after it sprang the trap for doing it first).
@Suite struct NarrowedCredentialTests {
    typealias Support = TimeThatStaysTrueTests
    static let fix = "delegate sara fix \"narrow the web fleet instance role so it can no longer read prod/db-creds\""

    @Test func askedToNarrowTheRoleItsOwnerOffersToReissueIt() throws {
        var engine = try Support.engine("compromised-host", ["ack", "ask sara role"])
        let reply = Support.said(engine.playThrough("ask sara can you narrow the web fleet instance role so it can no longer read prod/db-creds?"))
        #expect(reply.hasPrefix("I can. Give it to me as a task so it is on record: delegate sara rotate instance-role"), "\(reply)")
    }

    @Test func theOwnersFixThatNarrowsTheRoleNarrowsItAndTheRotationAfterSpringsNothing() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", Self.fix])
        while !(engine.state.tasks.first?.done ?? true) { _ = engine.playThrough("wait 30m") }
        #expect(engine.state.asset("instance-role", is: .rotated))
        #expect(engine.state.assetChanges.last { $0.asset == "instance-role" }?.by == "Sara Nyquist")
        _ = engine.playThrough("rotate db-creds")
        #expect(!engine.state.traps.contains { $0.id == "creds-before-role" })
    }

    @Test func aFixThatNarrowsNothingOrIsNotTheOwnersChangesNoCredential() throws {
        let engine = try Support.engine("compromised-host", ["ack"])
        let sara = try #require(engine.peopleByID["sara"]), maya = try #require(engine.peopleByID["maya"])
        #expect(engine.narrowedCredential(by: "upgrade the framework and keep uploads out of the web root", owner: sara) == nil)
        #expect(engine.narrowedCredential(by: "narrow the web fleet instance role", owner: maya) == nil)
        #expect(engine.narrowedCredential(by: "narrow the web fleet instance role", owner: sara)?.id == "instance-role")
    }

    /// A rule for every credential of a kind is a policy: it re-issues none of them (blind74 #97, #98: Dana's
    /// delivered fix on personal access tokens read as Kai's token rotated on Tuesday, days before the cut-off).
    @Test func aPolicyForEveryCredentialOfAKindNarrowsNone() throws {
        let seed = try TimeThatStaysTrueTests.tokenSeed()
        let engine = try Support.engine("insider", seed: seed, ["ack", "ask dana account access revoke"])
        let dana = try #require(engine.peopleByID["dana"])
        let policy = "make personal access tokens on the code host require single sign-on so they die with the account, and have HR resignations trigger an immediate review and restriction of a leaver's tokens"
        #expect(engine.narrowedCredential(by: policy, owner: dana) == nil)
        #expect(engine.narrowedCredential(by: "restrict Kai's personal access token on the code host to nothing", owner: dana)?.id == "kai-token")
    }
}

/// A credential already cut is never offered for narrowing (blind38 #86: `rotate ci-key` ten hours after its revocation).
@Suite struct CutCredentialNarrowingTests {
    @Test func aRevokedKeyIsNotOfferedForRotation() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack", "revoke ci-key"])
        let answer = TimeThatStaysTrueTests.said(engine.playThrough("ask lena can you narrow the ci-deployer role to just what deploys require?"))
        #expect(!answer.contains("rotate ci-key"), "\(answer)")
    }
}
