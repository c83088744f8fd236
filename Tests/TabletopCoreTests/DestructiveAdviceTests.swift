import Testing
@testable import TabletopCore

/// Asked whether to delete or power off something no way in of the adversary runs through, a person is
/// against it even once its trap is disarmed: it stops nothing and loses what the asset holds (blind30
/// #112: the owner approved deleting the live export bucket because it had been snapshotted).
@Suite struct DestructiveAdviceTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func deletingWhatNoWayInRunsThroughStopsNothingEvenAfterASnapshot() throws {
        var engine = try Support.engine("breach", ["ack", "snapshot customer-exports"])
        let view = Support.said(engine.playThrough("ask dev should we delete the old exports in customer-exports now that they have leaked, or keep them?"))
        #expect(view.hasPrefix("I would hold off on 'delete customer-exports': no way in the adversary still has runs through customer-exports, so it stops nothing"), "\(view)")
        #expect(view.hasSuffix("It is critical to us."), "\(view)")
    }

    @Test func cuttingOffAWayInIsNoMoveThatStopsNothing() throws {
        let engine = try Support.engine("compromised-host", ["ack"])
        #expect(engine.stopsNothing(Action(verb: .delete, object: "web-03"), command: "delete web-03") == nil)
        #expect(engine.stopsNothing(Action(verb: .isolate, object: "customer-db"), command: "isolate customer-db") == nil)
    }
}

/// The score follows the advice: deleting what no way in runs through is a needless disruption even after
/// its snapshot (game37: the export bucket and its audit logs deleted after their snapshot cost nothing).
@Suite struct DestroyedForNothingTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func deletingTheSnapshottedExportBucketIsNeedless() throws {
        let engine = try Support.engine("breach", ["ack", "snapshot customer-exports", "delete customer-exports"])
        #expect(engine.state.asset("customer-exports", is: .snapshotted))
        #expect(engine.state.traps.contains { $0.id == "needless-disruption:delete customer-exports" })
    }

    @Test func deletingACompromisedHostAfterItsSnapshotIsContainment() throws {
        let engine = try Support.engine("compromised-host", ["ack", "snapshot web-03", "delete web-03"])
        #expect(engine.state.asset("web-03", is: .deleted))
        #expect(!engine.state.traps.contains { $0.id.hasPrefix("needless-disruption:") })
    }
}
