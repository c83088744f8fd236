import Testing
@testable import TabletopCore

/// A line that asks two things gets both answered (blind59, 62, 64, 65: one half went unanswered), and a
/// question after a preamble is answered, not the preamble (blind52 #104, blind65 #139).
@Suite struct QuestionPartsTests {
    private typealias Support = TimeThatStaysTrueTests

    struct Case: Sendable, CustomTestStringConvertible {
        let line: String
        let named: [String]
        let parts: [String]
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        // Two questions, the second a request.
        Case(line: "did you see my post about the postmortem, and can you bring the list of current chat and code-host admins?", named: [],
             parts: ["did you see my post about the postmortem", "can you bring the list of current chat and code-host admins?"]),
        // A preamble that points nowhere is left out; "this morning" points at no earlier thing.
        Case(line: "We've now filed with Datatilsynet and the attacker is cut off. Is the cleared statement still accurate enough to publish this morning, and who tells the 31,500 consignees?",
             named: [], parts: ["Is the cleared statement still accurate enough to publish this morning", "who tells the 31,500 consignees?"]),
        // One request after a statement: the request.
        Case(line: "the incident about Kai is closed now - can you join the postmortem at 14:00 and help us review the access your team had?", named: [],
             parts: ["can you join the postmortem at 14:00 and help us review the access your team had?"]),
        // A second part that points back carries the one asset named before it.
        Case(line: "is there anything in Kai's mailbox or drive we should look at before Friday, and who may read it?", named: ["kai-mailbox"],
             parts: ["is there anything in Kai's mailbox or drive we should look at before Friday", "who may read it? (kai-mailbox)"]),
        // … and is no part of its own when what it points at is no one asset ("them": the addresses).
        Case(line: "the access log showed three addresses. have those addresses touched anything else, and should we block them?", named: ["web-03"],
             parts: ["the access log showed three addresses. have those addresses touched anything else, and should we block them?"]),
        // A short second part leans on the first.
        Case(line: "when was web-05 snapshotted, and when was web-07?", named: [], parts: ["when was web-05 snapshotted, and when was web-07?"]),
        // ", or" joins alternatives of one question.
        Case(line: "is it safe to strip Kai's chat admin rights today, or would that tip him off before Friday?", named: [],
             parts: ["is it safe to strip Kai's chat admin rights today, or would that tip him off before Friday?"]),
        // Two requests are one request of several tasks.
        Case(line: "please do NOT terminate web-03 this time. Can you snapshot it before we isolate?", named: ["web-03"],
             parts: ["please do NOT terminate web-03 this time. Can you snapshot it before we isolate?"]),
        // A question that points back at its preamble keeps it.
        Case(line: "You mentioned a second key in the same file. Has anyone used that one from outside?", named: [],
             parts: ["You mentioned a second key in the same file. Has anyone used that one from outside?"]),
        // ", and" then a verb that asks and "do the …", "we", a name or "it" opens a question of its own (blind138 #81, #38, #92;
        // blind136 #23); a second part that says enough of its own is asked as it stands though it points back and names no one
        // asset (blind138 #44, #74, #110; blind135 #49: asked whole, the second half went unanswered).
        Case(line: "Hannah, two things while Lena finishes the fix: does the regulator want the phased details by a particular date, and do the retailers, as controllers, have their own 72-hour clock that starts from our notice?",
             named: [], parts: ["does the regulator want the phased details by a particular date",
                                "do the retailers, as controllers, have their own 72-hour clock that starts from our notice?"]),
        Case(line: "Hannah, you have the picture from the channel now: about 3.4 million EU residents records copied from customer-exports. Does the 72-hour GDPR clock run from 10:39 when Priya confirmed it, and are we the controller or the processor for the retailers?",
             named: [], parts: ["Does the 72-hour GDPR clock run from 10:39 when Priya confirmed it",
                                "are we the controller or the processor for the retailers?"]),
        Case(line: "How is the ci-deployer narrowing coming along, and will Nina need anything from you to test both changes together?", named: ["ci-deployer"],
             parts: ["How is the ci-deployer narrowing coming along", "will Nina need anything from you to test both changes together?"]),
        Case(line: "Before I block personal-drive uploads: would a block on the personal-drive destination tip Kai off, and would it break anything for other staff?",
             named: ["personal-drive"], parts: ["would a block on the personal-drive destination tip Kai off", "would it break anything for other staff? (personal-drive)"]),
        Case(line: "Separate question: the retailers are already opening tickets about a leak. Should they hear from us before we file with the regulator, or at the same time, and who on your side drafts that notice?",
             named: [], parts: ["Separate question: the retailers are already opening tickets about a leak. Should they hear from us before we file with the regulator, or at the same time",
                                "who on your side drafts that notice?"]),
        Case(line: "Marco, did you see my status post in #ir-ci-key? And from the cloud side, is there any other static access key left in our accounts that is older than, say, 90 days?",
             named: [], parts: ["Marco, did you see my status post in #ir-ci-key?", "And from the cloud side, is there any other static access key left in our accounts that is older than, say, 90 days?"]),
        Case(line: "Marco, the fix is rolling out now. Is there anything you still need from me tonight, and can you keep a close watch on the audit logs overnight and page me if anything shows from those five addresses?",
             named: [], parts: ["Is there anything you still need from me tonight", "can you keep a close watch on the audit logs overnight and page me if anything shows from those five addresses?"]),
        Case(line: "Priya, two things: did anyone ever use the billing-key before Lena revoked it, and is there any sign the attacker still has a way in now that both keys are dead?",
             named: ["billing-key"], parts: ["did anyone ever use the billing-key before Lena revoked it", "is there any sign the attacker still has a way in now that both keys are dead?"]),
        // Not an order after ", and": "have Lena check it", "do it".
        Case(line: "can you snapshot web-03 now, and have Lena check it before noon?", named: ["web-03"],
             parts: ["can you snapshot web-03 now, and have Lena check it before noon?"]),
        Case(line: "should we block the five addresses at the edge, and do it before noon?", named: [],
             parts: ["should we block the five addresses at the edge, and do it before noon?"]),
        // A question said first, then only what it is about: the question (blind139 #97); not when a later sentence orders.
        Case(line: "How long until the amended fix is ready? It's only an alert-routing change, and I need it tested before we wrap up this afternoon.",
             named: [], parts: ["How long until the amended fix is ready?"]),
        Case(line: "Is the snapshot of web-03 done? Then isolate web-03.", named: ["web-03"],
             parts: ["Is the snapshot of web-03 done? Then isolate web-03."]),
        // An address or a decimal is no sentence's end.
        Case(line: "is 3.6 GB normal for him, and did 10.4.9.17 show up anywhere else?", named: [],
             parts: ["is 3.6 GB normal for him, and did 10.4.9.17 show up anywhere else?"]),
    ]

    @Test(arguments: cases)
    func aLineIsCutIntoWhatItAsks(_ item: Case) {
        #expect(Engine.askingParts(item.line) { _ in item.named } == item.parts)
    }

    /// Both halves answered: what counsel knows of the notification, and what is still open on the legal side
    /// (before, only the first).
    @Test func bothQuestionsOfOneLineAreAnswered() throws {
        var engine = try Support.engine("insider", ["ack", "logs dlp-logs", "inspect customer-list", "notify customers"])
        let said = Support.said(engine.handle("ask peter Have the hospitals been told, and is anything still running on the legal side?"))
        #expect(said.contains("were notified at") && said.contains("Still open, as far as I know"), "\(said)")
    }

    /// blind82 #66, blind84 #72: a second question the person has nothing on is said to be unanswered, not
    /// dropped as if never asked; the first is still answered.
    /// blind130 #76: an answer to a part that the merge left out was recorded as said, and later quoted ("I can't tell you more on
    /// that than I did at 16:45: The addresses …", which she had never said). Whatever a two-part question records was shown.
    @Test(arguments: [
        ("compromised-host", ["ack", "inspect web-03"],
         "ask ingrid \"where did the data go after the query - do we see it leaving the box, and to which address?\""),
        ("compromised-host", ["ack", "inspect web-03", "choose 1", "wait 2h"],
         "ask ingrid \"Ingrid, on web-03: where did the rows go after the query - do we see the data leaving the box, and to which address?\""),
        ("compromised-host", ["ack", "inspect web-03", "choose 1", "wait 2h", "logs customer-db"],
         "ask ingrid \"Ingrid, on web-05: where did the 31,500 rows go after the query - do we see the data leaving the box, and to which address?\""),
        ("insider", ["ack", "logs dlp-logs"], "ask peter Have the hospitals been told, and is anything still running on the legal side?"),
        ("breach", ["ack", "page marco", "wait 20m"], "ask marco what did the key do in the last day, and who else can use it?"),
    ])
    func whatATwoPartAnswerRecordsWasShown(scenario: String, moves: [String], question: String) throws {
        var engine = try Support.engine(scenario, moves)
        let before = engine.state.said?.count ?? 0
        let said = Support.said(engine.handle(question))
        for recorded in (engine.state.said ?? []).dropFirst(before) {
            #expect(said.contains(Engine.firstSentence(recorded.text)), "recorded '\(recorded.text)' beside: \(said)")
        }
    }

    @Test func aSecondQuestionWithNoAnswerIsSaidToBeUnanswered() throws {
        var engine = try Support.engine("insider", ["ack"])
        let said = Support.said(engine.handle("ask dana what did the DLP alert show, and what is the weather like in Oslo today?"))
        #expect(said.contains("personal cloud drive"), "\(said)")
        #expect(said.contains("As for \"what is the weather like in Oslo today\": I can't tell you that."), "\(said)")
    }

    /// blind88 #112: a cut-off handed over for Friday reads as set for then, not "not cut off", and "is there anything you need
    /// from me?" after it gets their straight answer, not "I can't tell you that".
    @Test func aCutHandedOverForLaterIsSetAndANeedsQuestionIsAnswered() throws {
        var engine = try Support.engine("insider", ["ack", "ask dana chat admins private workspace", "wait 30m",
                                                    "delegate dana disable kai-account at Fri 10:00", "wait 1h"])
        let said = Support.said(engine.handle(
            "ask dana is the cut of all of Kai's access still set for Friday 10:00, and is there anything you need from me before then?"))
        #expect(said.contains("kai-account (scheduled for Fri 10:00 to become disabled, by Dana Cole)"), "\(said)")
        #expect(said.contains("Nothing from you right now") && !said.contains("I can't tell you that"), "\(said)")
    }

    /// blind88 #109: who would know is found by what the question is about, never by a word of its asking ("ask grace told").
    @Test func whoWouldKnowIsNeverSentByAnAskingWord() throws {
        let engine = try Support.engine("insider", ["ack", "notify hr", "wait 30m"])
        let sam = try #require(engine.peopleByID["sam"])
        let words = Engine.distinctiveQuestionWords(Engine.topicWords("Has Kai said or asked anything else since you told him devices go back as they are?"))
        let pointer = engine.whoWouldKnow(besides: sam, words: words) ?? ""
        #expect(!pointer.hasSuffix(" told.") && !pointer.hasSuffix(" asked."), "\(pointer)")
    }

    /// blind65 #143: a request after a question is taken on, not swallowed.
    @Test func aRequestAfterAQuestionIsTakenOn() throws {
        var engine = try Support.engine("insider", ["ack", "ask dana slack", "channel #ir-insider --signal", "invite dana #ir-insider",
                                                    "post #ir-insider \"Postmortem Friday 14:00\""])
        let said = Support.said(engine.handle("ask dana did you see my post about the postmortem, and can you bring the list of current chat admins?"))
        #expect(said.contains("your post in #ir-insider") && said.contains("Will do: I'll bring the list of current chat admins"), "\(said)")
    }

    /// blind65 #139: "help us" is "help you" in their mouth; blind89 #70: "as you proposed" is "as I proposed".
    @Test func aPromiseTurnsUsIntoYou() {
        #expect(Engine.turnedToTheSpeaker(["help", "us", "review", "your", "access"]) == ["help", "you", "review", "my", "access"])
        #expect(Engine.turnedToTheSpeaker(["now,", "as", "you", "proposed."]) == ["now,", "as", "I", "proposed."])
    }

    /// blind92 #93: what the first answer already says is not said again by the second ("On the legal side, the
    /// regulator was notified at …" and then "So far the regulator was notified at …").
    @Test func theSecondAnswerSaysOnlyWhatTheFirstDidNot() {
        let first = [Output.answer(person: "hannah", name: "Hannah Weiss",
                                   text: "Still open: the rollout. On the legal side, the regulator was notified at Tue 13:55 (by me).")]
        let second = [Output.answer(person: "hannah", name: "Hannah Weiss",
                                    text: "So far the regulator was notified at Tue 13:55 (by me); nobody else is owed a notice that I know of.")]
        let merged = Engine.merged(first, second, secondAsked: "who has been notified and who has not?")
        #expect(merged == [.answer(person: "hannah", name: "Hannah Weiss",
                                   text: "Still open: the rollout. On the legal side, the regulator was notified at Tue 13:55 (by me). Nobody else is owed a notice that I know of.")])
    }
}
