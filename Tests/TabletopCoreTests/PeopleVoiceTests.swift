import Testing
@testable import TabletopCore

/// Blind play, round 4: people speak of their own deeds in the first person, their update covers
/// what they did since they last gave one, "since then" needs an earlier exchange, an action made
/// moot through a related asset says so, and a hint never suggests closing with a way in still open.
@Suite struct PeopleVoiceTests {
    typealias Support = TimeThatStaysTrueTests

    static let hannah = Person(id: "hannah", name: "Hannah Weiss", role: "General counsel", team: "legal", reachable: true,
                               responseTime: .minutes(20), mustNotKnow: false, known: true, revealedBy: nil, answers: [],
                               defaultAnswer: "", briefedAnswer: nil)

    @Test(arguments: [
        ("Hannah files the initial notification with the authority.", "I file the initial notification with the authority."),
        ("Hannah Weiss reviews the draft and clears it for publishing: \"We found a key.\"",
         "I review the draft and clear it for publishing: \"We found a key.\""),
        ("The statement was published (reviewed by Hannah Weiss): \"text\"", "The statement was published (reviewed by me): \"text\""),
        ("Hannah reaches the police; they ask you to preserve the logs.", "I reach the police; they ask you to preserve the logs."),
        ("Hearing nothing, Hannah takes it to the police and briefs the board.", "Hearing nothing, I take it to the police and brief the board."),
        ("Hannah's team keeps the e-mail.", "My team keeps the e-mail."),
        ("Sofia asks Hannah for a review.", "Sofia asks me for a review."),
    ])
    func narrationNamingThePersonIsRetoldInTheFirstPerson(_ narration: String, _ retold: String) {
        #expect(Engine.inFirstPerson(narration, of: Self.hannah) == retold)
    }

    @Test func aPronounLaterInTheTextIsThePersonWhenNobodyElseIsNamed() {
        let text = "Hannah had the email too. Hearing nothing from you, she takes it to the police and briefs the board herself."
        #expect(Engine.inFirstPerson(text, of: Self.hannah, pronouns: true)
            == "I had the email too. Hearing nothing from you, I take it to the police and brief the board myself.")
    }

    static func person(_ name: String) -> Person {
        var person = hannah
        person.id = name.lowercased()
        person.name = name
        return person
    }

    @Test(arguments: [
        ("Ben", "Ben grumbles but agrees. Omar starts a remote forensic image.", "I grumble but agree. Omar starts a remote forensic image."),
        ("Nils", "Nils snapshots web-03, pulls it from the load balancer and locks its security group.",
         "I snapshot web-03, pull it from the load balancer and lock its security group."),
        ("Grace", "Every access goes in the same minute as Grace and Peter collect the laptop.",
         "Every access goes in the same minute as Peter and I collect the laptop."),
        ("Victor", "Victor agrees and asks for an update every three hours.", "I agree and ask for an update every three hours."),
        ("Maya", "Victor has the API taken offline; Maya finds out from the status page.",
         "Victor has the API taken offline; I find out from the status page."),
    ])
    func coordinatedVerbsAndPartnersFollowTheSubject(_ name: String, _ narration: String, _ retold: String) {
        #expect(Engine.inFirstPerson(narration, of: Self.person(name)) == retold)
    }

    @Test func aQuotedMessageStaysInItsSendersWords() {
        let quote = "Grace Liu (phone): Exit meeting done. Hannah and I collected the laptop."
        #expect(Engine.inFirstPerson(quote, of: Self.hannah) == quote)
    }

    @Test func legalsUpdateLeadsWithTheirOwnFilingAndPoliceContactInTheFirstPerson() throws {
        var engine = try Support.engine("breach", ["ack", "page hannah", "wait 30m", "notify regulator", "notify law-enforcement",
                                                   "statement draft \"We found an exposed key.\"", "statement review hannah",
                                                   "statement review sofia"])
        let said = Support.said(engine.handle("ask hannah update"))
        #expect(said.contains("I file the initial notification"), "\(said)")
        #expect(said.contains("I reach the police"), "\(said)")
        #expect(said.contains("I review the draft"), "\(said)")
        for third in ["Hannah files", "Hannah reaches", "Hannah Weiss reviews"] { #expect(!said.contains(third), "\(said)") }
        // Asked again at once: nothing of hers is new, and she says so rather than reciting it all.
        let again = Support.said(engine.handle("ask hannah update"))
        #expect(again.contains("Nothing new from me since my last update"), "\(again)")
        #expect(!again.contains("I file the initial notification"), "\(again)")
    }

    @Test func aFirstContactIsNotToldWhatChangedSinceThen() throws {
        var engine = try Support.engine("breach", ["ack", "revoke ci-key"])
        let said = Support.said(engine.handle("ask marco about ci-key"))
        #expect(said.contains("For the record, ci-key was already revoked"), "\(said)")
        #expect(!said.lowercased().contains("since then"), "\(said)")
    }

    @Test func aChangeAfterTheLastExchangeIsAnUpdateSinceThen() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs", "revoke ci-key"])
        let said = Support.said(engine.handle("ask marco about ci-key"))
        #expect(said.contains("Update since we last spoke at"), "\(said)")
    }

    @Test func rotatingAKeyWhoseAccountIsDisabledIsMootAtNoCost() throws {
        var engine = try Support.engine("breach", ["ack", "disable ci-deployer"])
        let before = engine.state.clock
        let said = Support.said(engine.handle("rotate ci-key"))
        #expect(said.contains("belongs to ci-deployer service account (ci-deployer), which is disabled since"), "\(said)")
        #expect(said.contains("nothing more to do"), "\(said)")
        #expect(engine.state.clock == before)
        #expect(!engine.state.asset("ci-key", is: .rotated))
    }

    @Test func aKeyWhoseAccountStillWorksIsRotatedAsUsual() throws {
        var engine = try Support.engine("breach", ["ack"])
        let said = Support.said(engine.handle("rotate ci-key"))
        #expect(!said.contains("belongs to"), "\(said)")
        #expect(engine.state.asset("ci-key", is: .rotated))
    }

    /// An engine where every runbook step but closing has its evidence.
    static func readyToClose(attackerPresent: Bool) throws -> Engine {
        var engine = try Support.engine("breach", ["ack"])
        for step in TestSupport.runbook.steps where !step.evidence.contains(where: { $0.verb == .close }) {
            engine.state.evidence.append(StepEvidence(step: step.number, at: engine.state.clock, decision: 0))
        }
        engine.state.attackerPresent = attackerPresent
        return engine
    }

    @Test func aHintNeverSuggestsClosingWhileTheAdversaryHasAWayIn() throws {
        var engine = try Self.readyToClose(attackerPresent: true)
        let said = Support.said(engine.handle("hint"))
        #expect(!said.contains("Try: close"), "\(said)")
        #expect(said.contains("still has a way in"), "\(said)")
        #expect(said.contains("costs points"), "\(said)")
        #expect(engine.state.hints.count == 1)
    }

    @Test func aHintSuggestsClosingOnceTheWayInIsShut() throws {
        var engine = try Self.readyToClose(attackerPresent: false)
        let said = Support.said(engine.handle("hint"))
        #expect(said.contains("Try: close"), "\(said)")
    }

    @Test func anExitPlanWhosePremiseIsGoneArrivesAsTheHandover() throws {
        // Variant index 0: nothing of Kai's outside single sign-on, so an early cut-off is done at once.
        let scenario = try ReplyCorpusTests.load("insider:0")
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in ["ack", "disable kai-account", "notify hr", "wait 30m", "wait 30m", "wait 30m"] { engine.playThrough(move) }
        let fired = engine.state.fired.map(\.id)
        #expect(fired.contains("exit-plan-handover"), "\(fired)")
        #expect(!fired.contains("exit-plan"), "\(fired)")
    }

    @Test func anExitPlanBeforeTheCutOffStillSetsIt() throws {
        let scenario = try ReplyCorpusTests.load("insider:0")
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in ["ack", "notify hr", "wait 30m", "wait 30m", "wait 30m"] { engine.playThrough(move) }
        let fired = engine.state.fired.map(\.id)
        #expect(fired.contains("exit-plan"), "\(fired)")
        #expect(!fired.contains("exit-plan-handover"), "\(fired)")
    }
}
