import Testing
@testable import TabletopCore

/// Blind play, rounds 7 and 8: `ask <person> update` told an outcome's other people's acts as the
/// asker's own ("Ben grumbles but agrees. I start a remote forensic image"), retold an image taken an
/// hour before as starting now, replayed everything after "Nothing new from me", called an invitation
/// an update, quoted a person's own fix back as the commander's order, broke grammar substituting
/// "me" for a name, and repeated a heads-up already phoned in as news.
@Suite struct UpdateStoryTests {
    typealias Support = TimeThatStaysTrueTests

    /// Insider seed 39 up to Ben's question, with the image taken and the mailbox held before it.
    static let preservedFirst = ["ack", "channel sec-insider", "page omar", "invite omar sec-insider", "inspect qa-loaner",
                                 "channel ir-oob --signal", "snapshot qa-loaner", "preserve kai-mailbox"]

    static func person(_ engine: Engine, _ id: String) throws -> Person { try #require(engine.peopleByID[id]) }

    @Test func anOutcomeTellsOnlyTheActsOfThePersonAsTheirs() throws {
        let engine = try Support.engine("compromised-host", seed: 43, ["ack"])
        let outcome = "Hearing nothing, Victor has the whole tracking API taken offline. 2,000 customers lose tracking; Maya finds out from the status page."
        let maya = engine.ownAndAround(outcome, of: try Self.person(engine, "maya"))
        #expect(maya.own == "I find out from the status page.", "\(maya)")
        #expect(maya.around?.contains("Victor has the whole tracking API taken offline") == true, "\(maya)")
        let insider = try Support.engine("insider", seed: 39, ["ack"])
        let omar = insider.ownAndAround("Ben grumbles but agrees. Omar starts a remote forensic image; Dana places holds.", of: try Self.person(insider, "omar"))
        #expect(omar.own == "I start a remote forensic image.", "\(omar)")
        #expect(omar.around == "Ben grumbles but agrees. Dana places holds.", "\(omar)")
    }

    @Test func workDoneBeforeAChoiceIsNotRetoldAsStartingNow() throws {
        var engine = try Support.engine("insider", seed: 39, Self.preservedFirst)
        if engine.state.pendingDecisions.isEmpty { _ = engine.playThrough("wait 1h") }
        try #require(engine.state.pendingDecisions.first == "ben-wants-disable")
        let chosen = Support.said(engine.handle("choose 2"))
        #expect(!chosen.contains("starts a remote forensic image"), "\(chosen)")
        #expect(chosen.contains("Already done before: kai-mailbox preserved at"), "\(chosen)")
        let update = Support.said(engine.handle("ask omar update"))
        #expect(!update.contains("Ben grumbles"), "\(update)")
        #expect(!update.contains("I start a remote forensic image"), "\(update)")
        #expect(update.contains("I take a remote forensic image"), "\(update)")
    }

    @Test func theNextUpdateStartsWhereTheLastEnded() throws {
        var engine = try Support.engine("insider", seed: 39, Self.preservedFirst + ["tell omar attach the image hash to the ticket"])
        let first = Support.said(engine.handle("ask omar update"))
        #expect(first.contains("You told me"), "\(first)")
        let again = Support.said(engine.handle("ask omar update"))
        #expect(again.contains("Nothing new from me since my last update at"), "\(again)")
        for replayed in ["You told me", "I reported at", "What I did"] { #expect(!again.contains(replayed), "\(again)") }
        _ = engine.playThrough("tell omar keep the DLP exports with the ticket")
        let news = Support.said(engine.handle("ask omar update"))
        #expect(news.contains("Since my last update at"), "\(news)")
        #expect(news.contains("keep the DLP exports"), "\(news)")
        #expect(!news.contains("Nothing new from me"), "\(news)")
    }

    @Test func anInvitationIsNotCalledAnUpdate() throws {
        var engine = try Support.engine("insider", seed: 39, ["ack", "channel ir-oob --signal", "page omar", "wait 30m", "invite omar ir-oob"])
        let said = Support.said(engine.handle("ask omar update"))
        #expect(said.contains("You added me to #ir-oob"), "\(said)")
        #expect(!said.contains("You updated me"), "\(said)")
    }

    @Test func aFixLeftToThePersonIsNotQuotedAsTheCommandersOrder() throws {
        var engine = try Support.engine("breach", seed: 35, ["ack", "page lena", "wait 30m", "delegate lena fix", "wait 3h"])
        let said = Support.said(engine.handle("ask lena update"))
        #expect(!said.contains("I did what you asked (fix"), "\(said)")
        #expect(said.contains("what to change being my call"), "\(said)")
        #expect(said.components(separatedBy: "short-lived credentials").count <= 2, "\(said)")
        #expect(!said.contains(".."), "\(said)")
    }

    @Test(arguments: [
        ("Sara", "The web fleet loses access to the secret manager until Sara issues a narrower role.",
         "The web fleet loses access to the secret manager until I issue a narrower role."),
        ("Nina", "The fix is tested by Nina Kowalski (QA lead), who tries to get around it.",
         "The fix is tested by me, and I try to get around it."),
    ])
    func aNameBecomesAPronounOnlyWhereTheGrammarHolds(_ first: String, _ narration: String, _ retold: String) {
        var person = PeopleVoiceTests.person(first)
        if first == "Nina" { person.name = "Nina Kowalski" }
        #expect(Engine.inFirstPerson(narration, of: person) == retold)
    }

    @Test func aHeadsUpAlreadyPhonedInIsNotToldAsNews() throws {
        var engine = try Support.engine("insider", seed: 39, ["ack", "channel sec-insider", "wait 20m"])
        try #require(engine.state.fired.contains { $0.id == "slack-warning" })
        let said = Support.said(engine.handle("ask dana about chat"))
        #expect(said.hasPrefix("Further to my message at"), "\(said)")
    }

    @Test func asIRepeatsTheSentenceAboutWhatWasAsked() {
        let text = "I can cut SSO, VPN and chat in one go. But Kai copied the build server's deploy key; it survives the cut-off."
        #expect(Engine.sentence(of: text, about: Engine.topicWords("deploy-key")).contains("deploy key"))
        #expect(Engine.sentence(of: text, about: Engine.topicWords("account")) == "I can cut SSO, VPN and chat in one go.")
    }
}

extension UpdateStoryTests {
    @Test func aChangeTheWorldSaysThePersonCarriedOutIsTheirsInTheirUpdate() throws {
        // "Dana rotates the build server's deploy key" answers the commander's `rotate`.
        var engine = try Support.engine("insider", seed: 39, ["ack", "ask dana about keys", "rotate deploy-key"])
        let said = Support.said(engine.handle("ask dana update"))
        #expect(said.contains("I rotate the build server's deploy key"), "\(said)")
        #expect(said.contains("(by me, on your order)") && !said.contains("(by you)"), "\(said)")
    }

    @Test func aSecondRotationIsKeptAndTheNewestIsTold() throws {
        // The second rotation is the one made after the role was fixed (blind8 H39): the engine records it.
        var engine = try Support.engine("compromised-host", seed: 43, ["ack", "rotate db-creds", "wait 10m"])
        engine.add(.rotated, to: "db-creds")
        engine.add(.rotated, to: "db-creds")
        let rotations = engine.state.assetChanges.filter { $0.asset == "db-creds" && $0.state == .rotated }
        #expect(rotations.count == 2, "\(rotations)")
        #expect(rotations.last?.at == engine.state.clock)
    }
}
