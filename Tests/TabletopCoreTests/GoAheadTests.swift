import Foundation
import Testing
@testable import TabletopCore

/// A go-ahead said to someone in a message is the task handed over (blind73 #55, #64): they say they are on it
/// and the hand-over is a decision of its own, as if `delegate` had been typed; a go-ahead that is not theirs to
/// take is no hand-over.
@Suite struct GoAheadTests {
    typealias Support = TimeThatStaysTrueTests

    static func delegations(_ engine: Engine) -> [String] {
        engine.state.decisions.filter { $0.action.verb == .delegate }.compactMap { decision in
            decision.action.object.map { "\($0) \(decision.action.text ?? "")" }
        }
    }

    @Test func aGoAheadOnTheirFixHandsItOver() throws {
        var engine = try Support.engine("breach", ["ack", "page lena", "wait 20m", "ask lena fix"])
        let outputs = engine.playThrough("tell lena \"Go ahead: move CI to short-lived OIDC credentials and delete every static key from ci-config.\"")
        let text = outputs.map { "\($0)" }.joined(separator: "\n")
        #expect(Self.delegations(engine) == ["lena fix \"move CI to short-lived OIDC credentials and delete every static key from ci-config\""], "\(text)")
        #expect(text.contains("On it."), "\(text)")
        #expect(!text.contains("Say the word"), "\(text)")
        // The message itself is a decision too, and the hand-over is recorded under the command it stands for.
        let last = try #require(engine.state.decisions.last)
        #expect(last.raw.hasPrefix("delegate lena fix"))
        #expect(engine.state.decisions.dropLast().last?.action.verb == .tell)
    }

    @Test func aGoAheadToFileHandsTheFilingToCounsel() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs", "page hannah", "wait 30m"])
        let outputs = engine.playThrough("tell hannah \"Please go ahead and file it with the Dutch authority now.\"")
        #expect(Self.delegations(engine) == ["hannah notify regulator"], "\(outputs)")
    }

    /// blind75 #18, #55, #65; blind74 #89: a go-ahead after a sentence of news, on a task a request in the same words hands
    /// over (a trail to read, a credential to narrow), and on a change in the hands of someone who builds things.
    @Test(arguments: [
        ("compromised-host", ["ack", "wait 1h"], "sara", "Please go ahead and pull the instance-role logs and tell me what web-03 read with it.", "sara logs instance-role"),
        ("compromised-host", ["ack", "wait 1h"], "sara", "Agreed. Go ahead: narrow the instance role so it keeps only the app config secret.", "sara rotate instance-role"),
        ("compromised-host", ["ack", "wait 1h", "page helen", "wait 30m"], "helen",
         "Update: every path we know of is closed. Please go ahead and file the notification with Datatilsynet.", "helen notify regulator"),
        ("insider", ["ack", "page dana", "wait 30m"], "dana",
         "Then please go ahead: make personal access tokens on the code host require single sign-on so they die with the account.",
         "dana fix \"make personal access tokens on the code host require single sign-on so they die with the account\""),
        // blind76 #128: a trail read before, to be read again, which the request's reply names only as a command.
        ("insider", ["ack", "logs dlp-logs", "wait 1h"], "omar",
         "Fair enough. Please go ahead and read the DLP logs again for anything from Kai since Tuesday midday.", "omar logs dlp-logs"),
        // blind79 #58: the time the go-ahead gives is the task's; blind78 #51: the authority named first, not the people the filing lists.
        ("insider", ["ack", "page dana", "wait 30m"], "dana", "Go ahead and disable Kai's account at Fri 10:00, every access in the same minute.",
         "dana disable kai-account at Fri 10:00"),
        ("compromised-host", ["ack", "wait 1h", "page helen", "wait 30m"], "helen",
         "Agreed. Please go ahead and file the notification with Datatilsynet today; include the 31,500 consignees and the data categories.",
         "helen notify regulator"),
        // blind80 #25: a go-ahead after a dash; #92: "please retest it now" orders the test.
        ("breach", ["ack", "page lena", "wait 20m", "ask lena repo"], "lena",
         "The backup key was just used from the same Tor address - please go ahead and revoke backup-key now, and tell me if any backup job breaks.",
         "lena revoke backup-key"),
        ("breach", ["ack", "fix \"Move CI to short-lived OIDC credentials\"", "wait 3h", "test", "wait 2h"], "nina",
         "Lena has narrowed ci-deployer. Please retest it now, same as before, and try hard to get around it.", "nina test"),
        // blind81 #59: "test it: replay the exploit …" is the test, not a fix.
        ("breach", ["ack", "fix \"Move CI to short-lived OIDC credentials\"", "wait 3h", "page nina", "wait 20m"], "nina",
         "The change is ready. Please go ahead and test it: replay the old key against it and tell me whether it held.", "nina test"),
        // blind82 #25: the trail named as one ("the audit logs"), not the two assets the reading is about.
        ("breach", ["ack", "page priya", "wait 20m"], "priya",
         "Priya, please go ahead and pull the audit logs for everything ci-deployer did since 09:00, especially any reads from customer-exports and anything it created, like new keys or users.",
         "priya logs audit-logs"),
        // blind84 #34: the asset named right before "log", not the one whose name shares words with the rest of the sentence.
        ("compromised-host", ["ack", "wait 1h", "page olu", "wait 30m"], "olu",
         "Please go ahead and pull the customer database log now and look for connections with the application credentials from anything other than the web fleet.",
         "olu logs customer-db"),
        // blind87 #17: reading a trail named after "logs for", with the question it should answer and a call to report back,
        // is that read, not a two-hour fix of the same words ("snapshot" after "the" and "report back" are no moves).
        ("compromised-host", ["ack", "page nils", "wait 20m"], "nils",
         "Nils, thanks for isolating web-03 so quickly. Please go ahead and pull the logs for web-03 from the snapshot; I need to know whether the webshell was used to fetch the instance role credentials or read anything under prod/. Report back as soon as you have it.",
         "nils logs web-03"),
        // blind87 #54: "the nine clean web servers" asks for no cleaning.
        ("compromised-host", ["ack", "page olu", "wait 30m"], "olu",
         "Thanks Olu. Please go ahead and rotate the customer database credentials now, and make sure the nine clean web servers pick up the new one.",
         "olu rotate db-creds"),
        // blind86 #26: the asset the move names, not those a clause after a dash names ("what ci-deployer did").
        ("breach", ["ack", "ask marco logs", "page marco", "wait 20m"], "marco",
         "Marco, please go ahead and preserve the audit-logs now under chain of custody, before anything gets rotated out — I want the full trail of what ci-deployer did since Tuesday 09:00.",
         "marco preserve audit-logs"),
        // blind86 #64: thanks and a name before the go-ahead.
        ("breach", ["ack", "ask marco logs", "page hannah", "wait 30m"], "hannah",
         "Thanks Hannah, please go ahead and file it with the regulator today, and copy me on what you send.", "hannah notify regulator"),
        // blind88 #26, #67: a move said with a light verb ("take a forensic snapshot of …", "put … under chain of custody").
        ("insider", ["ack", "page omar", "wait 30m"], "omar",
         "Good find on the sync. Please go ahead and take a forensic snapshot of Kai's laptop over the network now, quietly, without alerting him.",
         "omar snapshot kai-laptop"),
        ("insider", ["ack", "snapshot kai-laptop", "page omar", "wait 30m"], "omar",
         "Please go ahead and put the laptop image under chain of custody as well, so the image is held and logged, not just taken.",
         "omar preserve kai-laptop"),
        // blind88 #66: "chat-export" is not also "chat"; #23: "put the legal hold on …", not the move of a later clause.
        ("insider", ["ack", "ask dana chat admins private workspace", "wait 30m"], "dana",
         "Thanks. Please go ahead and preserve the chat-export under chain of custody now, quietly.", "dana preserve chat-export"),
        ("insider", ["ack", "page peter", "wait 30m"], "peter",
         "Agreed, Peter. Please go ahead and put the legal hold on Kai's mailbox and drive now; I will have Omar image the laptop quietly.",
         "peter preserve kai-mailbox"),
        // blind88 #57: his account, rights and all, at the go-ahead's own time (not the chat, not "at 10:00" said before it).
        ("insider", ["ack", "ask dana chat admins private workspace", "wait 30m"], "dana",
         "Dana, the plan is agreed: at the exit meeting on Friday at 10:00 every access Kai has goes in the same minute. Please go ahead and disable his account, and remove his chat admin role, at Fri 10:00.",
         "dana disable kai-account at Fri 10:00"),
        // blind89 #103: rolling out is the one move, not a move on what "the patched image" and "the fleet" name; #70: sending
        // the e-mail to the consignees is telling them.
        ("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "fix \"patch the upload handler\"", "wait 3h", "test", "wait 1h"], "nils",
         "Nils, please go ahead and roll out the patched image to the fleet now, and tell me when it is done.", "nils rollout"),
        ("compromised-host", ["ack", "wait 1h", "page helen", "wait 30m"], "helen",
         "The statement is out. Please go ahead and send the plain-language email to the 48,000 consignees now, as you proposed.", "helen notify customers"),
        // blind90 #18, #50: "report back" is no notice, and a notice's attachments are no moves of their own.
        ("breach", ["ack", "ask marco logs", "page priya", "wait 20m"], "priya",
         "Please go ahead and pull the audit logs for everything ci-deployer did from 185.220.101.7, especially any GetObject on customer-exports, and report back what was read and when.",
         "priya logs audit-logs"),
        ("breach", ["ack", "ask marco logs", "page hannah", "wait 4h30m"], "hannah",
         "Please go ahead and notify law enforcement now, and attach the extortion email and the five addresses from the audit logs.",
         "hannah notify law-enforcement"),
        // blind82 #59: their fix with more to it, whose parts name a move and two assets; blind83 #64: the fix they said they
        // would build when asked, not an answer of the scenario's.
        ("breach", ["ack", "page lena", "wait 20m", "ask lena fix"], "lena",
         "Go ahead: move CI to short-lived OIDC credentials, delete every static key from ci-config, and narrow ci-deployer so it can only reach the buckets it actually deploys to.",
         "lena fix \"move CI to short-lived OIDC credentials, delete every static key from ci-config, and narrow ci-deployer so it can only reach the buckets it actually deploys to\""),
        ("insider", ["ack", "page dana", "wait 30m", "ask dana What should we change so a leaver can't do this again?"], "dana",
         "Good plan. Please go ahead: offboarding blocks personal cloud sync and bulk code clones the moment a resignation is entered and removes standing admin rights.",
         "dana fix \"offboarding blocks personal cloud sync and bulk code clones the moment a resignation is entered and removes standing admin rights\""),
        // blind85 #60: their fix named as "that fix", with more added to it.
        ("insider", ["ack", "page dana", "wait 30m", "ask dana What should we change so a leaver can't do this again?"], "dana",
         "Go ahead with that fix, and please also make code-host personal access tokens tied to SSO so they die when an account is disabled.",
         "dana fix \"Offboarding now blocks personal cloud sync and bulk code clones the moment a resignation is entered, and removes standing admin rights; DLP alerts go to a restricted channel; make code-host personal access tokens tied to SSO so they die when an account is disabled\""),
    ])
    func aGoAheadHandsOverTheTaskItNames(_ scenario: String, _ moves: [String], _ person: String, _ message: String, _ handed: String) throws {
        var engine = try Support.engine(scenario, moves)
        let outputs = engine.playThrough("tell \(person) \"\(message)\"")
        #expect(Self.delegations(engine) == [handed], "\(outputs)")
    }

    /// blind132 #43: "remove his chat admin role" beside other cuts offered 'revoke chat-export', the export of his chat admin
    /// activity (evidence); no cut is offered on a piece of evidence.
    @Test func noCutIsOfferedOnEvidence() throws {
        var engine = try Support.engine("insider", seed: try Support.tokenSeed(), [
            "ack", "page dana", "wait 30m", "ask dana account access revoke", "ask dana chat admins private workspace", "preserve chat-export",
        ])
        let said = TimeThatStaysTrueTests.said(engine.handle(
            "tell dana \"Plan is agreed: at Fri 10:00 please disable his account, revoke kai-token and remove his chat admin role. Nothing before then.\""))
        #expect(said.contains("kai-token"), "\(said)")
        #expect(!said.contains("revoke chat-export") && !said.contains("disable chat-export"), "\(said)")
    }

    /// blind78 #21: a go-ahead on moves for "both" and "them" hands over each move on each asset the message named before it,
    /// never an answer about the one named in passing ("same as web-03"); blind123 #4: each is taken on, not said as lines to type.
    @Test func aGoAheadOnBothGivesEachHandOver() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "inspect web-03", "wait 2h"])
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell nils \"EDR has the same webshell hash on web-05 and web-07. Go ahead and snapshot both and then isolate them, same as web-03.\""))
        #expect(Self.delegations(engine) == ["nils snapshot web-05", "nils snapshot web-07", "nils isolate web-05", "nils isolate web-07"], "\(said)")
        #expect(said.contains("takes it on: snapshot web-05") && !said.contains("web-03 is"), "\(said)")
        // blind83 #45: each move on what its own words name, not both moves on both.
        var insider = try Support.engine("insider", seed: try Support.tokenSeed(), ["ack", "page dana", "wait 30m", "ask dana account access revoke"])
        _ = insider.playThrough("tell dana \"Dana, please go ahead and disable Kai's account and revoke his personal access token now, in the same minute.\"")
        #expect(Self.delegations(insider) == ["dana disable kai-account", "dana revoke kai-token"])
        // blind81 #34, #88: two moves on one asset, one move on two, each handed over; what they are already on is not again.
        var fresh = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "inspect web-03", "wait 2h"])
        _ = fresh.playThrough("tell nils \"Same again please: go ahead and snapshot web-05 and then isolate it.\"")
        #expect(Self.delegations(fresh) == ["nils snapshot web-05", "nils isolate web-05"])
        // blind84 #18: "them" of the two the go-ahead itself names, after a sentence that names another.
        var other = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "inspect web-03", "wait 2h"])
        _ = other.playThrough("tell nils \"I meant the other two hosts, not web-03. Go ahead and snapshot web-05 and web-07, then isolate them.\"")
        #expect(Self.delegations(other) == ["nils snapshot web-05", "nils snapshot web-07", "nils isolate web-05", "nils isolate web-07"])
        var rebuild = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "inspect web-03", "wait 2h"])
        _ = rebuild.playThrough("tell nils \"Go ahead and redeploy web-05 and web-07 as well.\"")
        #expect(Self.delegations(rebuild).suffix(2) == ["nils redeploy web-05", "nils redeploy web-07"])
    }

    /// Review of this stop: a go-ahead on several moves that holds some back, offers an alternative, asks, or names a thing by a
    /// name not known is not taken on at once (each hand-over is said instead).
    @Test(arguments: [
        "Go ahead and snapshot web-03. Do not isolate web-03 or redeploy it yet.",
        "Snapshot web-03. Isolate web-03 and redeploy it after the snapshot is verified.",
        "Go ahead and snapshot web-03, and redeploy it if the snapshot fails.",
        "Go ahead and snapshot web-03 but do not isolate it.",
        "Go ahead and snapshot web-03 and isolate it tomorrow morning.",
        "Go ahead and snapshot web-03 or isolate it, whichever you think best.",
        "Isolate web-03 and redeploy it, or is that too early?",
        "Go ahead and snapshot web-03 and the web-legacy box.",
    ])
    func aPluralGoAheadThatHoldsSomethingBackTakesNothingOn(_ message: String) throws {
        var engine = try Support.engine("compromised-host", ["ack"])
        let said = TimeThatStaysTrueTests.said(engine.playThrough("tell nils \"\(message)\""))
        #expect(Self.delegations(engine).count <= 1, "\(said)")
        #expect(!Self.delegations(engine).contains { $0.contains("isolate") || $0.contains("redeploy") }, "\(said)")
    }

    /// A move said again while they are still on it is not handed over twice.
    @Test func aPluralGoAheadSaidAgainHandsOverOnlyWhatIsNew() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "inspect web-03", "wait 2h"])
        _ = engine.playThrough("tell nils \"Go ahead and snapshot web-05 and web-07.\"")
        _ = engine.playThrough("tell nils \"Same again please: go ahead and snapshot web-05 and then isolate it.\"")
        #expect(Self.delegations(engine) == ["nils snapshot web-05", "nils snapshot web-07", "nils isolate web-05"])
    }

    /// blind76 #103: "go ahead and extend your fix: …" hands over their fix as given, with the addition, not a "Will do".
    @Test func aGoAheadToExtendTheirFixHandsOverTheFixWithTheAddition() throws {
        var engine = try Support.engine("insider", ["ack", "page dana", "wait 30m",
                                                    "delegate dana fix \"make personal access tokens require single sign-on\"", "wait 3h"])
        let outputs = engine.playThrough("tell dana \"Thanks. Please go ahead and extend your fix: no standing admin rights in chat or on the code host.\"")
        #expect(Self.delegations(engine).last == "dana fix \"make personal access tokens require single sign-on; no standing admin rights in chat or on the code host\"",
                "\(outputs)")
    }

    @Test func theTasksAReplyHandsOverAreReadFromIt() {
        #expect(Engine.delegatedTasks("I can. Give it to me as a task so it is on record: delegate sara rotate instance-role (re-issued); I report back.")
            == ["rotate instance-role"])
        #expect(Engine.delegatedTasks("On it, once it is on record: 'delegate helen notify regulator' and I do it now.") == ["notify regulator"])
        #expect(Engine.delegatedTasks("delegate sara logs instance-role and delegate sara logs web-03; I report back") == ["logs instance-role", "logs web-03"])
        #expect(Engine.delegatedTasks("I can: which one? ('delegate nils isolate <asset>')").isEmpty)
    }

    @Test(arguments: [
        "Should I go ahead and file it with the Dutch authority now?",
        "We'll go ahead with filing to the regulator tomorrow.",
        "Don't go ahead and file it with the regulator yet.",
        "Thanks for the draft notification to the regulator.",
    ])
    func noGoAheadOfTheirsHandsNothingOver(_ message: String) throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs", "page hannah", "wait 30m"])
        engine.playThrough("tell hannah \"\(message)\"")
        #expect(Self.delegations(engine).isEmpty, "\(message)")
    }

    @Test(arguments: [
        ("Go ahead: rotate the keys", "rotate the keys"),
        ("Yes, please go ahead and revoke it", "revoke it"),
        ("Lena, go ahead with the rotation", "the rotation"),
        ("you can go ahead and file it", "file it"),
    ])
    func theTaskStartsAfterTheGoAhead(_ message: String, _ task: String) throws {
        let lowered = message.lowercased()
        let start = try #require(Engine.directGoAhead(in: lowered))
        #expect(String(lowered[start...]) == task)
    }

    /// blind86 #76: a go-ahead sent before the page was answered is taken on when it is delivered, not answered "say the word".
    @Test func aGoAheadThatWaitedForThePageAnswerIsTakenOn() throws {
        var engine = try Support.engine("breach", ["ack", "fix \"Move CI to short-lived OIDC credentials\"", "wait 3h", "page nina"])
        let queued = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell nina \"Nina, the fix is in. Please test it now: try to get at customer-exports with anything left in ci-config, and tell me whether it holds.\""))
        #expect(queued.contains("they get your message when they do"), "\(queued)")
        let delivered = TimeThatStaysTrueTests.said(engine.playThrough("wait 30m"))
        #expect(Self.delegations(engine) == ["nina test"], "\(delivered)")
        // The message is said whole: its "at customer-exports" is no time to cut it at (blind86 #78).
        #expect(delivered.contains("as you scheduled, 'tell nina \"Nina, the fix is in. Please test it now: try to get at customer-exports with"), "\(delivered)")
    }

    /// blind87 #29: "please" with moves on "both" and "them" gives each move on the two hosts the message named before it, not
    /// an answer about the one named for comparison ("the same way you did web-03").
    @Test func aRequestOnBothGivesEachHandOver() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "inspect web-03", "wait 2h"])
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell nils \"Nils, the sweep found the same webshell on web-05 and web-07. Please snapshot both and then isolate them, the same way you did web-03, within the next 15 minutes.\""))
        #expect(Self.delegations(engine) == ["nils snapshot web-05", "nils snapshot web-07", "nils isolate web-05", "nils isolate web-07"], "\(said)")
        #expect(!said.contains("web-03 is"), "\(said)")
    }

    /// blind87 #74: a go-ahead on one move for four assets hands over the move on each of the four (two were offered).
    @Test func aGoAheadOnFourAssetsHandsOverEachOfThem() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\"", "wait 2h", "page ingrid", "wait 20m"])
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell ingrid \"Please go ahead and preserve web-03, web-05, web-07 and the customer-db logs under legal hold.\""))
        #expect(Self.delegations(engine).suffix(4) == ["web-03", "web-05", "web-07", "customer-db"].map { "ingrid preserve \($0)" }, "\(said)")
    }

    /// blind86 #77: an update is not answered with "You last updated me at <now> (just now)".
    @Test func anUpdateIsNotItsOwnLastUpdate() throws {
        var engine = try Support.engine("breach", ["ack", "brief leadership", "wait 2h"])
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell james James, an update: the leaked key is revoked and the regulator is notified. Anything you need from me before the board call?"))
        #expect(!said.contains("just now"), "\(said)")
    }
}

/// A message that stops a task under way calls it off before any of it is done (blind78 #53: "Will do: I won't email the
/// consignees", and her task informed the customers anyway twenty minutes later).
@Suite struct CalledOffTaskTests {
    @Test func holdOnStopsTheTaskItNames() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "wait 1h", "page helen", "wait 30m", "delegate helen notify customers"])
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell helen \"Hold on, not the customers yet: there is no statement. Please do not email the consignees until the statement is cleared.\""))
        #expect(said.contains("I have stopped 'notify customers'"), "\(said)")
        _ = engine.playThrough("wait 1h")
        #expect(!engine.state.notified.contains(.customers))
    }

    @Test func aMessageThatStopsNothingOfTheirsCallsNothingOff() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "wait 1h", "page helen", "wait 30m", "delegate helen notify customers"])
        _ = engine.playThrough("tell helen \"Do not talk to the press yet.\"")
        _ = engine.playThrough("wait 1h")
        #expect(engine.state.notified.contains(.customers))
    }

    /// blind119 #87: the stop is said of what follows it in its sentence; a task the message names in another sentence
    /// (the token "must be … revoked") is not called off by "please don't apply any of it to live accounts before Friday".
    @Test func aStopCallsOffOnlyWhatItsOwnSentenceNames() throws {
        var engine = try TimeThatStaysTrueTests.engine("insider", seed: 659, ["ack", "page dana", "wait 15m", "ask dana does Kai hold any tokens or keys outside single sign-on?",
                                                                              "delegate dana revoke kai-token at Fri 10:00"])
        #expect(engine.state.tasks.contains { $0.line.hasPrefix("revoke kai-token") && !$0.done }, "\(engine.state.tasks)")
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell dana \"One thing to add to that fix: personal access tokens on the code host must be listed and revoked as part of offboarding, since they live outside SSO. And please don't apply any of it to live accounts before Friday 10:00.\""))
        #expect(!said.contains("I have stopped"), "\(said)")
        #expect(engine.state.tasks.contains { $0.line.hasPrefix("revoke kai-token") && !$0.done }, "\(engine.state.tasks)")
    }
}

/// A message that answers the reader's open question in the words of one of its options settles it, recorded as the
/// `choose` it stands for (blind78 #16, #28: the question stayed open and timed out into its default).
@Suite struct MessageSettlesQuestionTests {
    /// Nils's question answered, then waiting until Theo asks whether to probe the attacker's domain.
    static func atTheosQuestion() throws -> Engine {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "wait 10m", "choose \"Snapshot its disk\""])
        for _ in 0..<6 where engine.state.pendingDecisions.first != "theo-c2" { _ = engine.handle("wait 45m") }
        return engine
    }

    @Test func aMessageInTheWordsOfAnOptionChoosesIt() throws {
        var engine = try Self.atTheosQuestion()
        #expect(engine.state.pendingDecisions.first == "theo-c2")
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell theo \"Please do not touch that domain from any of our hosts. Look it up in threat intel only and block it at egress.\""))
        #expect(engine.state.choices.last?.decision == "theo-c2" && engine.state.choices.last?.option == 2, "\(said)")
        #expect(engine.state.decisions.last?.raw.hasPrefix("choose \"Look it up in threat intel only") == true)
    }

    /// blind83 #8, #9: the best answer to the suspect's manager, said in words, is that answer: no warning about reaching
    /// her and no tip-off (it was warned about, then sprang the hard fail beside the option it settled). A message to her
    /// that answers nothing she asked is still a contact.
    /// (blind108 #11: "Thanks Elena - this is a routine check … Please do not discuss it with Kai …" shared only three words with
    /// the option outside its "not", too few beside the one it shared with another.)
    @Test(arguments: [
        "tell elena \"Thanks for flagging it, Elena. It's routine, so please don't discuss it with Kai or anyone else for now; I'm taking the alert out of #sec-alerts.\"",
        "tell elena \"Thanks Elena - this is a routine check, we look at every bulk upload alert. Please do not discuss it with Kai or anyone else; I am taking the alert out of #sec-alerts.\"",
    ])
    func answeringTheManagersQuestionInWordsIsNoTipOff(message: String) throws {
        var engine = try TimeThatStaysTrueTests.engine("insider", ["ack", "wait 25m"])
        #expect(engine.state.pendingDecisions.first == "elena-asks")
        let said = TimeThatStaysTrueTests.said(engine.playThrough(message))
        #expect(!said.contains("Careful:"), "\(said)")
        #expect(engine.state.choices.last?.decision == "elena-asks" && engine.state.choices.last?.option == 2, "\(said)")
        #expect(!engine.state.traps.contains { $0.id.contains("tipped-off") || $0.id == "manager-told" }, "\(engine.state.traps)")
        let warned = TimeThatStaysTrueTests.said(engine.playThrough("tell elena \"Could you send me Kai's calendar for Friday?\""))
        #expect(warned.contains("Careful:"), "\(warned)")
    }

    @Test func theOptionsWordsUnderANotChooseNothing() throws {
        var engine = try Self.atTheosQuestion()
        _ = engine.playThrough("tell theo \"Do not go ahead resolving it from production: the malware sees what production shows.\"")
        #expect(!engine.state.choices.contains { $0.decision == "theo-c2" })
    }

    /// blind87 #41: a plan that settles the CTO's question, ending "Are you comfortable with that?", is his agreement, with no
    /// "I don't know that" beside it.
    @Test func aSettlingPlanIsNotAlsoAnUnknownQuestion() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "wait 2h35m"])
        #expect(engine.state.pendingDecisions.contains("victor-offline"), "\(engine.state.pendingDecisions)")
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell victor \"Victor, I would not take the whole API offline. My plan is to isolate the affected hosts with Maya's team, keep serving from the clean ones, and brief you on the trade-off at each change. Are you comfortable with that?\""))
        #expect(engine.state.choices.contains { $0.decision == "victor-offline" }, "\(said)")
        #expect(!said.contains("I don't know"), "\(said)")
    }

    /// blind90 #22: "please do not delete the bucket … we will block public access and snapshot the bucket, and keep the data"
    /// answers Devon's question with the second option: the words after "not" count for neither option.
    @Test func aRefusalBeforeThePlanStillSettlesTheQuestion() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack", "page dev", "wait 10m"])
        #expect(engine.state.pendingDecisions.contains("dev-wants-delete"), "\(engine.state.pendingDecisions)")
        let said = TimeThatStaysTrueTests.said(engine.playThrough(
            "tell dev \"Devon, please do not delete the bucket: it is evidence and the customers' data. The key is already revoked; we will block public access and snapshot the bucket, and keep the data.\""))
        #expect(engine.state.choices.contains { $0.decision == "dev-wants-delete" && $0.option == 2 }, "\(said)")
    }
}
