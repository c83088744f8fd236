import Foundation
import Testing
@testable import TabletopCore

/// `wait` stops at a task report as at any other new message (blind40 #94: `wait until 20:50` ran
/// through Lena's report).
@Suite struct WaitStopsAtReportTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aWaitStopsWhenAHandedOverTaskReportsBack() throws {
        var engine = try Support.engine("example", try Support.walkthrough("example-expert", through: "monitor 2h"))
        _ = engine.playThrough("delegate jon logs admin-token")
        let task = try #require(engine.state.tasks.last)
        let before = engine.state.clock
        let said = Support.said(engine.playThrough("wait 3h"))
        #expect(engine.state.tasks.last?.done == true)
        #expect(said.contains("Stopped waiting at"), "\(said)")
        #expect(engine.state.clock < before + .hours(3), "\(engine.state.clock) \(task.due) \(before) \(said)")
    }
}
