import Testing
@testable import TabletopCore

/// The role vocabulary of team drills: case-insensitive, with did-you-mean, and explicit about who
/// answers for a role nobody plays.
@Suite struct TeamRolesTests {
    let breach: Scenario

    init() throws { breach = try ScoringSupport.shippedScenario("breach") }

    func check(_ roster: String) -> Result<[Player], InputError> {
        TeamRoles.check(try! Player.parseList(roster).get(), scenario: breach)
    }

    @Test func rolesAreMatchedCaseInsensitivelyAndWrittenInLowerCase() throws {
        #expect(try check("ana:IC,bo:Legal,cy:HR").get().map(\.role) == ["ic", "legal", "hr"])
    }

    @Test func anUnknownRoleIsRefusedWithTheClosestOrTheList() {
        #expect(check("ana:ic,bo:legl") == .failure(InputError("bo has the role 'legl', which neither the scenario nor the runbook knows; did you mean 'legal'?")))
        #expect(check("ana:ic,bo:lawyer") == .failure(InputError("bo has the role 'lawyer', which neither the scenario nor the runbook knows; did you mean 'legal'?")))
        guard case .failure(let error) = check("ana:ic,bo:wizard") else { Issue.record("wizard was accepted"); return }
        #expect(error.message.hasSuffix("; the roles are ic, scribe, legal, comms, ops, security, leadership, hr, support"))
    }

    @Test func aScenariosOwnRoleIsKnown() {
        var scenario = breach
        scenario.injects[0].to = ["Treasury"]
        #expect(TeamRoles.known(in: scenario).last == "treasury")
        #expect((try? TeamRoles.check([Player(name: "ana", role: "treasury")], scenario: scenario).get()) != nil)
    }

    @Test func aRoleTheScenarioAddressesWithNobodyInItIsWarnedAboutWithWhoAnswers() {
        let withIC = [Player(name: "ana", role: "ic"), Player(name: "cy", role: "comms")]
        #expect(TeamRoles.unstaffed(breach, roster: withIC) == ["nobody plays legal, to whom the scenario addresses 1 inject; the IC (ana) receives and answers them instead"])
        let withoutIC = [Player(name: "bo", role: "legal"), Player(name: "cy", role: "comms")]
        #expect(TeamRoles.unstaffed(breach, roster: withoutIC).first?.hasSuffix("nobody plays ic either, so the facilitator reads them out and anyone may answer") == true)
        #expect(TeamRoles.unstaffed(breach, roster: [Player(name: "kim", role: "ops")]).isEmpty, "solo plays every role")
    }

    @Test func theICAnswersAQuestionAddressedToARoleNobodyPlays() {
        #expect(TeamRoles.recipients(of: ["legal"], in: [Player(name: "ana", role: "ic"), Player(name: "cy", role: "comms")]) == ["ic"])
        #expect(TeamRoles.recipients(of: ["legal"], in: [Player(name: "bo", role: "legal"), Player(name: "cy", role: "comms")]) == ["legal"])
        #expect(TeamRoles.recipients(of: ["ic"], in: [Player(name: "bo", role: "legal"), Player(name: "cy", role: "comms")]).isEmpty)
    }
}
