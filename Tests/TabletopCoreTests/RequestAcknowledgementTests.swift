import Testing
@testable import TabletopCore

/// A request that is no shell move is answered as one ("Will do: …", in the request's words turned to the
/// speaker's), a request with a task anywhere in the line gets its `delegate` line, and an offer to brief
/// someone says how (blind29 #30, #51; blind30 #20, #83; blind28 #78).
@Suite struct RequestAcknowledgementTests {
    typealias Support = TimeThatStaysTrueTests

    @Test(arguments: [
        ("ask maya the working document is created, can you point your team at it instead of repeating yourself?",
         "Will do: I'll point my team at it instead of repeating myself."),
        ("ask helen can you and Maya have the consignee email ready by tomorrow noon?", "Will do: Maya and I will have the consignee email ready by tomorrow noon."),
        ("ask nils please don't terminate anything without asking me", "Will do: I won't terminate anything without asking you."),
        ("ask ingrid could you bring the IOC list to the postmortem?", "Will do: I'll bring the IOC list to the postmortem."),
        ("ask nils please do NOT terminate web-03 this time. Can you snapshot it before we isolate?",
         "I can. Give it to me as a task so it is on record: delegate nils snapshot web-03; I report back when it is done."),
        ("ask sara can you narrow the instance role to the one secret it needs?",
         "I can. Give it to me as a task so it is on record: delegate sara rotate instance-role (re-issued with only what it needs); I report back when it is done."),
        ("ask maya can you patch the upload flaw?",
         "I can. Give it to me as a task so it is on record: delegate maya fix \"<what to change>\"; I report back when it is in and ready to test."),
        ("ask victor can I brief you now on the webshell?", "Yes, now: 'brief leadership' tells us all at once, or 'tell victor \"…\"'."),
    ])
    func aRequestIsAnsweredAsOne(line: String, reply: String) throws {
        var engine = try Support.engine("compromised-host", ["ack"])
        // (An answer of theirs on what the line names, not said yet, may come first: Sara on her role.)
        let said = Support.said(engine.playThrough(line))
        #expect(said == reply || said.hasSuffix(". " + reply), "\(said)")
    }

    @Test(arguments: [
        "can you tell me who owns the instance role?", "would you agree we can close now?", "could you explain what the miner does?",
        "what is the instance role for?", "do you know who runs web-03?",
    ])
    func aQuestionPutAsARequestIsNoRequestToAcknowledge(question: String) throws {
        let engine = try Support.engine("compromised-host", ["ack"])
        let sara = try #require(engine.peopleByID["sara"])
        #expect(engine.acknowledgement(sara, question: question) == nil)
    }

    @Test func severalAssetsAskedForAreATaskEachAndAnOfferAfterAnUpdateAsksWhatChanged() throws {
        var engine = try Support.engine("breach", ["ack"])
        let both = Support.said(engine.playThrough("ask priya can you snapshot customer-exports and preserve audit-logs?"))
        #expect(both.hasPrefix("I can. Give it to me as a task so it is on record: delegate priya snapshot customer-exports"), "\(both)")
        _ = engine.playThrough("brief leadership")
        let again = Support.said(engine.playThrough("ask james can I give you an update?"))
        #expect(again.hasPrefix("You updated me at Tue 09:"), "\(again)")
    }

    /// blind101 #20: "can you image his workstation" after naming Kai's access is his workstation, not his account.
    @Test func imagingHisWorkstationIsTheWorkstation() throws {
        var engine = try Support.engine("insider", seed: 503, ["ack", "page omar", "wait 30m"])
        try #require(engine.knownAssets.contains { $0.id == "kai-workstation" })
        let said = Support.said(engine.playThrough("ask omar Before anyone touches Kai's access, what evidence do we need to lock down first, "
            + "and can you image his workstation without him noticing?"))
        #expect(said.contains("delegate omar snapshot kai-workstation"), "\(said)")
        #expect(!said.contains("snapshot kai-account"), "\(said)")
    }

    @Test(arguments: [("your", "my"), ("yourself?", "myself?"), ("me,", "you,"), ("IOC", "IOC"), ("my", "your")])
    func wordsAreTurnedToTheSpeaker(word: String, turned: String) {
        #expect(Engine.turnedToTheSpeaker([word]) == [turned])
    }

    /// "You" in what was asked is the one asked: "I" before a verb, "me" elsewhere (blind54 #80).
    @Test(arguments: [("tell me when you could have it done", "tell you when I could have it done"),
                      ("send the list to you and Priya", "send the list to me and Priya"),
                      ("check what you're allowed to share", "check what I'm allowed to share")])
    func youIsTheOneAsked(request: String, said: String) {
        let words = request.split(separator: " ").map(String.init)
        #expect(Engine.turnedToTheSpeaker(words).joined(separator: " ") == said)
    }
}
