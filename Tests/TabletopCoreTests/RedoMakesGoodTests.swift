import Testing
@testable import TabletopCore

/// Blind play, round 6 (compromised-host seed 37): the database password was rotated while the
/// instance role could still read it; once the role was narrowed, rotating it again was refused as
/// "already rotated … nothing more to do", and the debrief charged the trap creds-before-role.
@Suite struct RedoMakesGoodTests {
    typealias Support = TimeThatStaysTrueTests

    static let early = ["ack", "rotate db-creds"]

    @Test func rotatingAgainAfterNarrowingTheRoleIsDoneAndClearsTheTrap() throws {
        var engine = try Support.engine("compromised-host", seed: 37, Self.early + ["rotate instance-role"])
        #expect(engine.state.traps.contains { $0.id == "creds-before-role" })
        let said = Support.said(engine.handle("rotate db-creds"))
        #expect(!said.contains("already rotated"), "\(said)")
        #expect(said.contains("can no longer read"), "\(said)")
        #expect(!engine.state.traps.contains { $0.id == "creds-before-role" })
        let card = try ScoringSupport.score(engine)
        #expect(!card.adjustments.contains { $0.reason.contains("creds-before-role") }, "\(card.adjustments)")
    }

    @Test func rotatingAgainWhileTheRoleStillReadsItIsStillNothingMoreToDo() throws {
        var engine = try Support.engine("compromised-host", seed: 37, Self.early)
        let said = Support.said(engine.handle("rotate db-creds"))
        #expect(said.contains("already rotated"), "\(said)")
        #expect(engine.state.traps.contains { $0.id == "creds-before-role" })
    }

    @Test func wordsSaidTooEarlyAreNotMadeGoodByRepeatingThem() throws {
        var engine = try Support.engine("breach", seed: 35, ["ack", "notify customers", "notify legal"])
        #expect(engine.state.traps.contains { $0.id == "customers-before-legal" })
        engine.playThrough("notify customers")
        #expect(engine.state.traps.contains { $0.id == "customers-before-legal" })
    }
}
