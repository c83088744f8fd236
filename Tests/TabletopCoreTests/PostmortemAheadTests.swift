import Foundation
import Testing
@testable import TabletopCore

/// A postmortem held before the time it was scheduled for says so (blind39 #150: set for Thursday, held
/// on Wednesday, without a word).
@Suite struct PostmortemAheadTests {
    typealias Support = TimeThatStaysTrueTests

    @Test(arguments: [("Wed 10:00", true), ("tomorrow", false), ("T+1h", false)])
    func heldAheadOfItsTimeSaysSo(schedule: String, ahead: Bool) throws {
        var engine = try Support.engine("example", Array(try Support.walkthrough("example-expert", through: "postmortem schedule tomorrow").dropLast()))
        _ = engine.playThrough("postmortem schedule \"\(schedule)\"")
        let held = Support.said(engine.playThrough("postmortem run"))
        #expect(held.contains("The postmortem is held"), "\(held)")
        #expect(held.contains("now, ahead of Wed 10:00 it was scheduled for") == ahead, "\(held)")
    }
}
