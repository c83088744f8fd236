import Testing
@testable import TabletopCore

/// Requests answered for what they name, in the order they name it (blind39 B2, B6).
@Suite struct RequestsOfSeveralTests {
    typealias Support = TimeThatStaysTrueTests

    static let sevOne = "severity sev1 \"Stolen database credentials used from web-08 six days ago to read 62,800 consignees' names, emails and delivery addresses\""

    /// "Snapshot and isolate web-08 and web-11 the way you did web-03": a task for each host and each move,
    /// not what was done to web-03.
    @Test func twoMovesOnTwoHostsAreFourTasks() throws {
        var engine = try Support.engine("compromised-host", seed: 3, try Support.walkthrough("compromised-host-expert-seed3", through: Self.sevOne))
        let answer = Support.said(engine.playThrough("ask nils can you snapshot and isolate web-08 and web-11 the way you did web-03?"))
        for task in ["delegate nils snapshot web-08", "delegate nils snapshot web-11", "delegate nils isolate web-08", "delegate nils isolate web-11"] {
            #expect(answer.contains(task), "\(task): \(answer)")
        }
        #expect(!answer.contains("web-03 is already"), "\(answer)")
    }

    /// Building the patched image is the fix, handed over with `delegate`; building a timeline is no move.
    @Test func buildingThePatchedImageIsTheFix() throws {
        var engine = try Support.engine("compromised-host", ["ack"])
        let fix = Support.said(engine.playThrough("ask maya can you build that patched golden image tonight, and how long will it take?"))
        #expect(fix.contains("delegate maya fix"), "\(fix)")
        #expect(!fix.contains("Will do"), "\(fix)")
        let timeline = Support.said(engine.playThrough("ask maya can you build a timeline for the postmortem?"))
        #expect(!timeline.contains("delegate maya fix"), "\(timeline)")
    }

    /// A question joined to a request after a comma is not said back as part of what they will do.
    @Test func aJoinedQuestionIsNotEchoedAsAPromise() throws {
        var engine = try Support.engine("compromised-host", ["ack"])
        let joined = Support.said(engine.playThrough("ask maya can you bring coffee to the war room tonight, and how long will the rebuild take?"))
        #expect(joined.contains("I'll bring coffee to the war room tonight."), "\(joined)")
        #expect(!joined.contains("tonight, and how long"), "\(joined)")
        // The question is not dropped as if never asked (blind82 #66): she says she can't tell.
        #expect(joined.contains("As for \"how long will the rebuild take\": I can't tell you that."), "\(joined)")
        let relative = Support.said(engine.playThrough("ask maya can you keep an eye on who is asking about it"))
        #expect(relative.contains("I'll keep an eye on who is asking about it."), "\(relative)")
    }

    /// "Should we tell the affected customers?" is answered on telling them, not with the regulator's filing (blind39 B5).
    @Test func counselOnTellingTheCustomersSpeaksOfThem() throws {
        var engine = try Support.engine("compromised-host", try Support.walkthrough("compromised-host-expert-seed1", through: "notify regulator"))
        let answer = Support.said(engine.playThrough("ask helen do you think we should tell the affected customers now?"))
        #expect(answer.contains("we tell them directly"), "\(answer)")
        #expect(!answer.contains("initial notification to Datatilsynet is filed"), "\(answer)")
    }
}
