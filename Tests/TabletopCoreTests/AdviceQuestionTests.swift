import Testing
@testable import TabletopCore

/// Asked for a view on a move ("should we disable Kai's account now?"), people weigh the move against
/// the world: what it would spring if made now and what has to happen first, or what already made it
/// safe; done and arranged moves are said to be so.
@Suite struct AdviceQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    @Test(arguments: [
        ("should we disable kai's account right now?", true), ("is it safe to wipe the laptop?", true),
        ("do you think we can block the drive?", true), ("what would you do about the mailbox?", true),
        ("what did the sweep find?", false), ("would you cut him off today rather than wait?", true), ("who disabled the account?", false), ("can you pull the logs?", false),
        ("would you revoke it now or watch first?", true), ("would you pull the logs for me?", false),
    ])
    func aCallForAViewIsKnownByWordOrder(question: String, asks: Bool) {
        #expect(Engine.asksForAdvice(question, words: Engine.topicWords(question)) == asks)
    }

    @Test(arguments: [
        ("should we disable kai's account right now?", "disable kai-account"),
        ("can we cut off kai's access now?", "disable kai-account"),
        ("should we image the laptop first?", "snapshot kai-laptop"),
        ("is it ok to wipe kai's laptop?", "clean kai-laptop"),
        ("should I file with the regulator now or wait?", "notify regulator"),
        ("should we block his personal drive uploads?", "block personal-drive"),
        ("should I file a ticket for this?", nil), ("do you think we should tell customers?", "notify customers"),
        ("should we brief the ceo now?", "brief leadership"),
        ("is it safe to leave kai with full access until friday, or should we cut it sooner?", "disable kai-account"),
        ("would you cut kai off today rather than wait for the friday exit meeting?", "disable kai-account"),
        ("should we send kai a formal letter demanding he delete the copies on his personal drive?", nil),
        ("can i tell you where the police and the regulator stand?", nil),
        ("should we quietly disable kai's account today?", "disable kai-account"),
        // blind28 #101, #102: the move is the verb after whoever is let or had to make it.
        ("is it safe to let it wipe kai's laptop given we imaged it?", "clean kai-laptop"), ("should we let sam wipe the laptop as kai asked?", "clean kai-laptop"),
        // blind28 #111: "are you ready to …" asks for a view on the move.
        ("are you ready to cut kai's access at 10:00 tomorrow?", "disable kai-account"),
    ])
    func theMoveIsReadAsTheCommandItWouldBe(question: String, command: String?) throws {
        let engine = try Support.engine("insider", ["ack", "logs dlp-logs", "ask omar laptop"])
        let action = engine.proposedAction(in: question, words: Engine.topicWords(question))
        #expect(action.map(Engine.commandLine(of:)) == command)
    }

    /// blind28 #48: a pronoun after the verb is what the line named before it, before the account of
    /// the person the line also names.
    /// blind146 #3: "how long do you need?" asks for a time ("Nothing from you right now" was the answer to an order with it).
    @Test(arguments: [
        ("anything you need from me?", true), ("before I close, is there anything you need from me?", true), ("what do you need?", true),
        ("how long do you need?", false), ("Please narrow the role today. How long do you need?", false), ("how much time do you need for it?", false),
        ("or do you need to pull the admin role separately?", false),
    ])
    func askingWhatTheyNeedIsNotAskingHowLong(line: String, asks: Bool) {
        #expect(Engine.asksWhatTheyNeed(line) == asks, "\(line)")
    }

    @Test func aPronounIsWhatTheLineNamedBeforeTheOwnersAccount() throws {
        let seed = try Support.deployKeySeed()
        let engine = try Support.engine("insider", seed: seed, ["ack", "ask dana account"])
        try #require(engine.knownAssets.contains { $0.id == "deploy-key" }, "the deploy key is not known at seed \(seed)")
        let question = "kai cloned repos at 02:10 with the build server deploy key; if we rotate that key now, what breaks and would kai notice?"
        #expect(engine.proposedAction(in: question, words: Engine.topicWords(question)).map(Engine.commandLine(of:)) == "rotate deploy-key")
    }

    @Test(arguments: [
        ("is it safe to roll the golden image to the whole fleet tonight?", "rollout"),
        ("once maya has the patched image, do you think we should rebuild web-03?", "redeploy web-03"),
        ("should we decommission web-03 outright?", "delete web-03"),
        ("if we terminate web-03 now, what evidence do we lose?", "delete web-03"),
    ])
    func aNounIsNoMove(question: String, command: String?) throws {
        let engine = try Support.engine("compromised-host", ["ack", "inspect web-03"])
        #expect(engine.proposedAction(in: question, words: Engine.topicWords(question)).map(Engine.commandLine(of:)) == command)
    }

    @Test(arguments: [
        ("can you pull the audit logs?", true), ("could you please check web-05 for the shell?", true),
        ("can you take snapshots of web-05 and web-07 before we pull them?", true), ("would you expect the test to hold now?", false), ("will you and kenji be able to join the postmortem to walk through the golden image?", false),
    ])
    func aRequestSaysItsTaskRightAfterItsOpening(line: String, isTask: Bool) {
        #expect((Engine.requestedTask(line) != nil) == isTask)
    }

    @Test func cuttingTheSuspectOffBeforeTheSafeguardsIsAdvisedAgainstWithWhatComesFirst() throws {
        var engine = try Support.engine("insider", ["ack", "logs dlp-logs"])
        let before = engine.state
        let early = Support.said(engine.playThrough("ask peter should we disable kai's account right now?"))
        #expect(early.contains("No, not now on 'disable kai-account'"), "\(early)")
        #expect(early.contains("'preserve kai-mailbox'") && early.contains("'notify hr'"), "\(early)")
        // The move was only tried on a copy: nothing was disabled, sprung or sent.
        #expect(engine.state.traps == before.traps)
        #expect(!engine.state.asset("kai-account", is: .disabled))
        #expect(engine.state.decisions.count == before.decisions.count + 1)
        for move in ["notify hr", "notify legal", "preserve kai-mailbox"] { _ = engine.playThrough(move) }
        let ready = Support.said(engine.playThrough("ask peter should we disable kai's account now?"))
        #expect(ready.contains("nothing against 'disable kai-account' now"), "\(ready)")
        #expect(ready.contains("kai-mailbox preserved"), "\(ready)")
    }

    @Test func contactingTheSuspectIsNeverSafeAndAWipeNeedsAnImageFirst() throws {
        var engine = try Support.engine("insider", ["ack", "logs dlp-logs", "ask omar laptop"])
        let talk = Support.said(engine.playThrough("ask peter should I talk to kai about it?"))
        #expect(talk.hasPrefix("No, not now on 'tell kai"), "\(talk)")
        #expect(!talk.contains("First:"), "\(talk)")
        var breach = try Support.engine("breach", ["ack", "ask marco logs"])
        let delete = Support.said(breach.playThrough("ask marco is it safe to delete the customer-exports bucket?"))
        #expect(delete.contains("No, not now on 'delete customer-exports'") && delete.contains("First: 'snapshot customer-exports'."), "\(delete)")
    }

    @Test func aMoveAlreadyMadeIsSaidToBeDoneAndAWayInCutIsAReason() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs"])
        let revoke = Support.said(engine.playThrough("ask priya should we revoke the ci key now?"))
        #expect(revoke.contains("nothing against 'revoke ci-key' now: it cuts off a way in the adversary still has"), "\(revoke)")
        let block = Support.said(engine.playThrough("ask marco any objection to blocking 185.220.101.7 at the edge?"))
        #expect(block.contains("nothing against 'block 185.220.101.7' now"), "\(block)")
        _ = engine.playThrough("revoke ci-key")
        let again = Support.said(engine.playThrough("ask priya should we revoke ci-key?"))
        #expect(again.contains("That is done already:") && again.contains("revoked since"), "\(again)")
    }

    @Test func aViewAskedOnAThingGivesWhatMustNotHappenToItAndWhatComesFirst() throws {
        var engine = try Support.engine("insider", ["ack", "logs dlp-logs"])
        let laptop = Support.said(engine.playThrough("ask omar what would you do about kai-laptop?"))
        #expect(laptop.hasPrefix("On kai-laptop, what matters most: A wiped laptop is evidence gone"), "\(laptop)")
        #expect(laptop.hasSuffix("Nothing has been done to kai-laptop yet."), "\(laptop)")
        let mailbox = Support.said(engine.playThrough("ask peter what do you think we should do with kai-mailbox?"))
        #expect(mailbox.contains("Still to do for it first: 'preserve kai-mailbox'."), "\(mailbox)")
        _ = engine.playThrough("preserve kai-mailbox")
        let after = Support.said(engine.playThrough("ask peter what do you think we should do with kai-mailbox?"))
        #expect(!after.contains("Still to do for it first"), "\(after)")
    }
}

/// Asked who should own a part of the response, people name the one whose part it is, or say nobody on
/// the incident has it and who covers it (blind25 #65).
@Suite struct WhoShouldOwnTests {
    @Test func thePartIsNamedByItsWordsAndOwnedByTheRoleThatHasIt() throws {
        let engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "inspect web-03"])
        let nils = try #require(engine.peopleByID["nils"])
        let ask = { (question: String) in engine.whoShouldOwn(question, words: Engine.topicWords(question), asked: nils) }
        let comms = try #require(ask("who should own customer communications on this?"))
        #expect(comms.hasPrefix("Nobody on this incident has that as their job yet. Until someone is, Helen Moe"), "\(comms)")
        #expect(ask("who should handle the regulator notification?")?.hasPrefix("Helen Moe (Legal counsel and data protection officer) should") == true)
        // The part is what follows "who should", not a word said before it (blind28 #62: "staff" made it HR's).
        let part = try #require(ask("do we have to tell the customers whose staff are in the data, and who should own that communication?"))
        #expect(part.hasPrefix("Nobody on this incident has that as their job yet. Until someone is, Helen Moe"), "\(part)")
        #expect(ask("who owns web-03?") == nil)
        #expect(ask("who should we page next?") == nil)
    }
}

/// Asked what they need from the commander, people say what the world still asks of the commander on
/// their side of the response (blind23 #28).
@Suite struct NeedsQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func counselCommunicationsAndLeadersNeedWhatTheWorldStillAsks() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs"])
        let counsel = Support.said(engine.playThrough("ask hannah what do you need from me right now?"))
        #expect(counsel.hasPrefix("What I need from you: the notification: the GDPR clock runs until"), "\(counsel)")
        let comms = Support.said(engine.playThrough("ask sofia is there anything you need from me?"))
        #expect(comms.contains("'statement draft"), "\(comms)")
        _ = engine.playThrough("statement draft \"We are investigating unauthorised access to customer data.\"")
        let review = Support.said(engine.playThrough("ask sofia what do you need from me?"))
        #expect(review.contains("'statement review sofia'"), "\(review)")
        let leader = Support.said(engine.playThrough("ask james do you need anything from me?"))
        #expect(leader.contains("'brief leadership'"), "\(leader)")
        _ = engine.playThrough("brief leadership")
        let briefed = Support.said(engine.playThrough("ask james anything you need from me?"))
        #expect(briefed.hasPrefix("Nothing from you right now."), "\(briefed)")
    }

    @Test func aTaskStillUnderWayIsSaidAndOtherQuestionsAreNoNeedsQuestions() throws {
        var engine = try Support.engine("breach", ["ack", "delegate priya logs audit-logs"])
        let priya = try #require(engine.peopleByID["priya"])
        #expect(engine.needsAnswer(priya, question: "what do the logs need to show?", words: Engine.topicWords("what do the logs need to show?")) == nil)
        let busy = Support.said(engine.playThrough("ask priya anything you need?"))
        #expect(busy.contains("I am still on 'logs audit-logs'"), "\(busy)")
    }

    @Test func whatTheyAskedThemselvesAndIsNotDoneIsWhatTheyNeed() throws {
        var engine = try Support.engine("insider", ["ack", "logs dlp-logs", "wait 5m"])
        let omar = Support.said(engine.playThrough("ask omar what do you need from me?"))
        #expect(omar.hasPrefix("What I said at Tue 08:26 (T+00:21) still stands: You'll want forensics and identity people on this, quietly."), "\(omar)")
        #expect(!omar.contains("Nothing from you"), "\(omar)")
    }

    @Test func theirQuestionStillOpenIsTheAnswerTheyNeedAndAnsweredItIsNot() throws {
        var engine = try Support.engine("compromised-host", ["ack", "wait 10m"])
        let nils = Support.said(engine.playThrough("ask nils what do you need from me?"))
        #expect(nils.hasPrefix("Your answer to what I asked at Tue 14:30 (T+00:10): \"I can terminate web-03 right now"), "\(nils)")
        #expect(nils.hasSuffix("Shall I?\" ('choose 1-3')"), "\(nils)")
        _ = engine.playThrough("choose 2")
        let answered = Support.said(engine.playThrough("ask nils what do you need from me?"))
        #expect(answered.hasPrefix("Nothing from you right now."), "\(answered)")
    }

    @Test(arguments: [
        ("You'll want forensics and identity people on this, quietly.", true), ("Is there an incident ticket?", true),
        ("If the exports are leaking, let me just delete the customer-exports bucket.", true),
        ("Confirmed: this is exfiltration, not just an exposed key.", false), ("Ready for testing.", false),
        ("I need a restricted ticket to attach the snapshots' hashes and the IOCs to.", true),
    ])
    func aSentenceThatAsksOrAdvisesIsKnown(sentence: String, asks: Bool) {
        #expect(Engine.asksOrAdvises(sentence) == asks)
    }
}
