import Foundation
import Testing
@testable import TabletopCore

/// A clock that starts says which moves meet it, so that "EXEC clock started" is not a riddle (blind39).
@Suite struct ClockNoticeTests {
    @Test func theExecutiveClockSaysWhichBriefingsMeetIt() throws {
        var fresh = try TimeThatStaysTrueTests.engine("compromised-host", ["ack"])
        let outputs = fresh.playThrough("wait 40m")
        let started = outputs.compactMap { output -> ClockNotice? in
            if case .clock(let notice) = output, notice.event == .started { return notice }
            return nil
        }
        let exec = try #require(started.first { $0.id == "exec" }, "\(outputs)")
        #expect(exec.metBy == ["brief leadership", "notify leadership"])
    }

    @Test func onlyAConditionOfMovesIsToldAsMoves() throws {
        let briefed = Condition.did(try ActionPattern.parse("brief leadership").get())
        #expect(Engine.moves(of: briefed) == ["brief leadership"])
        #expect(Engine.moves(of: .any([briefed, .revealed("x")])) == nil, "a fact is not a move")
        #expect(Engine.moves(of: .all([briefed, briefed])) == nil, "both together is not either one")
    }
}
