import Testing
@testable import TabletopCore

/// A promise to find something out is kept with what it found, never a bare "done" (blind79 #50, #112: "Yes, it is done"
/// with no list of Kai's ways in, and no result of the secret scan).
@Suite struct FindingOutPromiseTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func aPromiseToListTheWaysInIsKeptWithTheWaysIn() throws {
        var engine = try Support.engine("insider", ["ack", "page dana", "wait 20m"])
        let dana = try #require(engine.peopleByID["dana"])
        engine.rememberPromise("Will do: I'll list every way in Kai has.", by: dana, request: "can you list every way in Kai has?")
        _ = engine.playThrough("wait 2h")
        let question = "earlier you said you would list every way in Kai has. Did you get that done?"
        let answer = try #require(engine.promiseAnswer(dana, question: question, words: Engine.topicWords(question)))
        #expect(answer.contains("As we know them:") && answer.contains("kai-account"), "\(answer)")
        #expect(!answer.contains("nothing came up to stop it"), "\(answer)")
    }

    /// blind101 #109: a promise that is a move of the shell ("I'll tell the hospital data protection officers") is done only
    /// when the move is made: "Yes, it is done" while nobody had notified the hospitals.
    @Test func aPromisedMoveIsDoneOnlyWhenMade() throws {
        var engine = try Support.engine("insider", ["ack", "page peter", "wait 20m"])
        let peter = try #require(engine.peopleByID["peter"])
        engine.rememberPromise("Will do: I'll tell the hospital data protection officers at the same time.", by: peter,
                               request: "will you tell the hospital data protection officers at the same time?")
        _ = engine.playThrough("wait 2h")
        let question = "Have the hospital data protection officers been told yet, as you said you would?"
        let answer = try #require(engine.promiseAnswer(peter, question: question, words: Engine.topicWords(question)))
        #expect(answer.hasPrefix("Not yet:") && answer.contains("'notify customers'"), "\(answer)")
        _ = engine.playThrough("notify customers")
        let after = try #require(engine.promiseAnswer(peter, question: question, words: Engine.topicWords(question)))
        #expect(after.hasPrefix("Yes, it is done"), "\(after)")
    }

    @Test func aPromiseToScanIsKeptWithWhatItFoundAndOneToActWithTheAct() throws {
        var engine = try Support.engine("insider", ["ack", "page ben", "wait 20m"])
        let ben = try #require(engine.peopleByID["ben"])
        engine.rememberPromise("Will do: I'll run a secret scan over the engine repo.", by: ben, request: "can you run a secret scan?")
        engine.rememberPromise("Will do: I'll forward any message from Kai to you untouched.", by: ben, request: "forward them to me")
        _ = engine.playThrough("wait 2h")
        let scan = "on Tuesday you said you would run a secret scan over the engine repo. Did that turn up any live credentials?"
        #expect(engine.promiseAnswer(ben, question: scan, words: Engine.topicWords(scan))?.contains("It turned up nothing you have not already heard") == true)
        let forward = "did you forward the messages from Kai, as I asked?"
        #expect(engine.promiseAnswer(ben, question: forward, words: Engine.topicWords(forward))?.contains("nothing came up to stop it") == true)
    }

    /// blind86 #99, #126: a go-ahead to prepare a piece of work that uses a trail is that work promised, not a read of the trail;
    /// asked after it "I asked for" (no "you"), the one who promised it remembers.
    @Test func aGoAheadToPrepareWorkIsAPromiseRememberedWhenAskedAfter() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs", "logs audit-logs", "page dev", "wait 30m"])
        let said = Support.said(engine.playThrough(
            "tell dev Please go ahead and prepare a per-retailer breakdown of which exports were copied, using the audit logs we already read, and send it to Sofia by Wednesday 12:00."))
        #expect(said.contains("Will do: I'll prepare a per-retailer breakdown"), "\(said)")
        #expect(!engine.state.decisions.contains { $0.action.verb == .delegate }, "\(said)")
        _ = engine.playThrough("wait 2h")
        let asked = Support.said(engine.playThrough("ask dev Devon, how is the per-retailer breakdown I asked for last night coming along?"))
        #expect(asked.contains("I said \"I'll prepare a per-retailer breakdown"), "\(asked)")
    }

    /// blind87 #126, #129: a promise not to do something is kept by not doing it ("No: … I have kept to it"), and answers only
    /// a question on whether they did it, not one on other work that shares its words.
    @Test func aPromiseNotToActIsKeptByNotActingAndAnswersOnlyThat() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\""])
        let nils = try #require(engine.peopleByID["nils"])
        engine.rememberPromise("Will do: I won't terminate web-03 yet.", by: nils,
                               request: "please do not terminate web-03 yet; pull it from the load balancer and isolate it")
        _ = engine.playThrough("wait 2h")
        let never = "you never terminated web-03, did you?"
        #expect(engine.promiseAnswer(nils, question: never, words: Engine.topicWords(never))?.hasPrefix("No: at ") == true)
        let other = "is web-03 back in the load balancer yet?"
        let answer = engine.promiseAnswer(nils, question: other, words: Engine.topicWords(other))
        #expect(answer == nil, "\(answer ?? "")")
        // Had he done it since (nobody answered him, and he terminated it), the promise is no "No".
        var unanswered = try Support.engine("compromised-host", ["ack", "page nils", "wait 20m"])
        unanswered.rememberPromise("Will do: I won't terminate web-03 yet.", by: nils, request: "please do not terminate web-03 yet")
        _ = unanswered.playThrough("wait 2h")
        #expect(unanswered.promiseAnswer(nils, question: never, words: Engine.topicWords(never)) == nil)
    }
}

/// A promise for a moment still ahead is not kept yet (blind93 #94: "Yes, it is done" on Thursday of "I'll brief Elena right
/// after the exit meeting", which is on Friday).
@Suite struct PromiseForLaterTests {
    @Test func aPromiseForAfterTheExitMeetingWaitsForIt() throws {
        var engine = try TimeThatStaysTrueTests.engine("insider", ["ack", "severity sev2 \"possible insider exfiltration\"", "channel #ir-insider --signal",
                                                                  "notify hr", "wait 30m"])
        try #require(engine.state.clocks["exit"]?.isRunning == true)
        let grace = try #require(engine.peopleByID["grace"])
        engine.rememberPromise("Will do: I'll brief Elena right after the exit meeting, and draft that short line for his team with Peter.",
                               by: grace, request: "brief Elena right after the exit meeting, and draft that short line for his team with Peter")
        _ = engine.playThrough("wait 2h")
        let question = "did you get the line for his team drafted with Peter as I asked?"
        let answer = try #require(engine.promiseAnswer(grace, question: question, words: Engine.topicWords(question)))
        #expect(answer.hasPrefix("Not yet: at ") && answer.contains("that waits for the exit meeting (Fri 10:00"), "\(answer)")
        #expect(answer.hasSuffix("The rest of it is done, and nothing came up to stop it."), "\(answer)")
    }
}
