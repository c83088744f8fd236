import Testing
@testable import TabletopCore

/// A rollout someone did as a task is a rollout (blind76 #152: Dana rolled the fix out as asked, and an hour later
/// Omar said nothing was open "but the fix is not rolled out yet").
@Suite struct RolloutByHandTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aRolloutHandedOverAndDoneCountsAsRolledOut() throws {
        var engine = try Support.engine("breach", ["ack", "ask lena repo", "revoke ci-key", "revoke backup-key", "disable ci-deployer",
                                                   "fix \"Move CI to short-lived OIDC credentials and delete every static key from ci-config\"", "wait 2h"])
        #expect(engine.containmentLine(asOf: nil).contains("the fix is not rolled out yet"), "\(engine.containmentLine(asOf: nil))")
        _ = engine.playThrough("delegate lena rollout")
        _ = engine.playThrough("wait 3h")
        #expect(engine.rolloutTimes.count == 1)
        #expect(!engine.containmentLine(asOf: nil).contains("not rolled out"), "\(engine.containmentLine(asOf: nil))")
    }
}
