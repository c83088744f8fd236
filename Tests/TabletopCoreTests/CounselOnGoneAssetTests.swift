import Testing
@testable import TabletopCore

/// Counsel never asks to keep as it is what is already gone: what was kept of it before is the record
/// (blind39 B12: "keep report-01 as it is, nothing deleted" beside "it is now … deleted").
@Suite struct CounselOnGoneAssetTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aDeletedHostIsNoLongerToBeKeptAsItIs() throws {
        var engine = try Support.engine("compromised-host", try Support.walkthrough("compromised-host-expert-seed1", through: "isolate web-legacy") + ["delete web-legacy"])
        let answer = Support.said(engine.playThrough("ask helen what about web-legacy?"))
        #expect(answer.contains("web-legacy was deleted at"), "\(answer)")
        #expect(answer.contains("what was kept of it before that is the record now"), "\(answer)")
        #expect(!answer.contains("nothing deleted or wiped"), "\(answer)")
    }

    @Test func aHostStillThereIsToBeKept() throws {
        var engine = try Support.engine("compromised-host", try Support.walkthrough("compromised-host-expert-seed1", through: "isolate web-legacy"))
        let answer = Support.said(engine.playThrough("ask helen what about web-legacy?"))
        #expect(answer.contains("Keep web-legacy and its logs as they are"), "\(answer)")
    }
}
