import Foundation
import Testing
@testable import TabletopCore

/// After the insider's exit meeting the world has moved on (blind31): the collected laptop is no longer a
/// way out, counsel speaks of what follows the meeting, the wipe request is history, and the DLP records
/// hold both nights' uploads.
@Suite struct AfterTheExitMeetingTests {
    typealias Support = TimeThatStaysTrueTests

    /// The insider expert's moves at seed 1, up to and including `wait until Fri 10:00`.
    static func expertUntilTheExit() throws -> [String] {
        try Support.walkthrough("insider-expert-seed1", through: "wait until Fri 10:00")
    }

    @Test func theCollectedLaptopIsNoLongerOpen() throws {
        var engine = try Support.engine("insider", try Self.expertUntilTheExit())
        #expect(engine.state.hasFired("exit-meeting"))
        #expect(engine.state.asset("kai-laptop", is: .isolated))
        let open = Support.said(engine.playThrough("ask omar is Kai's access fully cut off now, or is anything still open?"))
        #expect(!open.contains("not cut off"), "\(open)")
    }

    @Test func counselSpeaksOfWhatFollowsTheMeeting() throws {
        var engine = try Support.engine("insider", try Self.expertUntilTheExit())
        let letter = Support.said(engine.playThrough("ask peter should we send him a letter demanding return and deletion of the files?"))
        #expect(letter.contains("Now that he is out"), "\(letter)")
        let hold = Support.said(engine.playThrough("ask peter what about the legal hold?"))
        #expect(!hold.contains("Don't confront him"), "\(hold)")
        let wipe = Support.said(engine.playThrough("brief leadership"))
        #expect(!wipe.contains("before he returns it"), "\(wipe)")
    }

    @Test func beforeTheMeetingCounselWarnsAgainstAskingForDeletion() throws {
        var engine = try Support.engine("insider", ["ack", "notify legal"])
        let answer = Support.said(engine.playThrough("ask peter can we ask Kai to delete the files he took?"))
        #expect(answer.hasPrefix("Not before everything is preserved"), "\(answer)")
    }

    @Test func theDLPRecordsHoldTheSecondSync() throws {
        var engine = try Support.engine("insider", ["ack"])
        let logs = Support.said(engine.playThrough("logs dlp-logs"))
        #expect(logs.contains("at 02:10"), "\(logs)")
        #expect(engine.state.facts.contains("second-sync"))
    }
}

/// Asked whether to publish while the insider still has access, counsel and HR hold off: a public
/// statement reaches him too (blind31 #76, #77).
@Suite struct PublishingBeforeTheCutOffTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func counselHoldsOffWhileTheSuspectHasAccess() throws {
        var engine = try Support.engine("insider", ["ack", "notify legal", "statement draft \"We are investigating an incident.\"", "statement review peter"])
        let answer = Support.said(engine.playThrough("ask peter if we publish this before Friday, won't Kai learn we know before the exit meeting?"))
        #expect(answer.hasPrefix("I would hold off on 'statement publish': Kai still has access"), "\(answer)")
        let cut = try Support.engine("insider", ["ack", "disable kai-account"])
        #expect(cut.suspectStillIn(before: Action(verb: .statementPublish)) == nil)
    }
}

/// HR asked about the meeting's timing speaks of where the week stands (blind37 #94: Tuesday's "tomorrow
/// morning instead" came back on Thursday, to a question about where things stood).
@Suite struct ExitMeetingTimingTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func onThursdayTheMeetingIsCloseAndNotTomorrowMorning() throws {
        var engine = try Support.engine("insider", ["ack", "notify hr", "notify legal"])
        Support.playUntil("Thu 09:00", offset: SimDuration(seconds: 48 * 3600 + 55 * 60), &engine)
        #expect(engine.state.hasFired("exit-plan"))
        let stand = Support.said(engine.playThrough("ask grace where do things stand for tomorrow's exit meeting?"))
        #expect(!stand.contains("tomorrow morning instead"), "\(stand)")
        let earlier = Support.said(engine.playThrough("ask grace should we move the exit meeting earlier?"))
        #expect(earlier.hasPrefix("It is close now: Friday 10:00 stands."), "\(earlier)")
    }
}
