import Foundation
import Testing
@testable import TabletopCore

/// Blind rounds 7 and 8: people asked about what they do not own speak from their role, not the
/// inventory; `lookup` finds key ids and indicators for what they are; replies follow what was done.
@Suite struct RoleAndDoneAwareRepliesTests {
    typealias People = WorldAwarePeopleTests

    @Test func rolesAreReadFromTitleAndTeam() {
        #expect(Standpoint(role: "General counsel and data protection officer", team: "legal") == .legal)
        #expect(Standpoint(role: "Chief information security officer", team: "security") == .leader)
        #expect(Standpoint(role: "Security analyst (DLP and endpoint)", team: "security") == .analyst)
        #expect(Standpoint(role: "Head of communications", team: "communications") == .comms)
        #expect(Standpoint(role: "HR business partner", team: "people") == .people)
        #expect(Standpoint(role: "SRE on-call", team: "platform") == .other)
    }

    @Test func nobodyReadsTheInventoryCardOfWhatTheyDoNotOwn() throws {
        for (scenario, lines) in [("breach", ["ask hannah about customer-exports", "ask priya about customer-exports", "ask james about customer-exports"]),
                                  ("insider", ["ask peter about ticket-archive", "ask omar about kai-mailbox"]),
                                  ("compromised-host", ["ask helen about customer-db", "ask ingrid about web-03"])] {
            var engine = try People.engine(scenario, ["ack"])
            for line in lines {
                let reply = People.said(engine.handle(line))
                #expect(!reply.contains("criticality"), "\(scenario) \(line): \(reply)")
            }
        }
    }

    @Test func counselGivesTheLegalViewAndItsClockOnceTold() throws {
        var engine = try People.engine("breach", ["ack"])
        let before = People.said(engine.handle("ask hannah about customer-exports"))
        #expect(before.contains("personal data"))
        #expect(before.contains("ask dev customer-exports"))
        engine = try People.engine("breach", ["ack", "ask dev about customer-exports", "logs audit-logs", "wait 1h", "notify legal"])
        let told = People.said(engine.handle("ask hannah about customer-exports"))
        #expect(told.contains("GDPR"), "\(told)")
        #expect(told.contains("EU residents"), "\(told)")
    }

    @Test func counselAskedAboutTheSuspectSpeaksOfActingLawfully() throws {
        var engine = try People.engine("insider", ["ack"])
        let reply = People.said(engine.handle("ask peter about kai"))
        #expect(reply.contains("lawful"))
        #expect(!reply.contains("is our Senior engineer"))
    }

    @Test func lookupFindsAKeyIdAndAnIndicatorSeenInAnAlert() throws {
        var breach = try People.engine("breach", ["ack"])
        #expect(People.said(breach.handle("lookup AKIA…Q7NW")).contains("inspect ci-key"))
        #expect(People.said(breach.handle("lookup AKIA...Q7NW")).contains("inspect ci-key"))
        var host = try People.engine("compromised-host", ["ack"])
        let pool = People.said(host.handle("lookup pool.supportxmr.com"))
        #expect(pool.contains("indicator seen in the message from EDR"), "\(pool)")
    }

    @Test func readingTheSameLogsAgainSaysNothingNewSince() throws {
        var engine = try People.engine("insider", ["ack", "logs dlp-logs", "wait 20m"])
        let again = People.said(engine.handle("logs dlp-logs"))
        #expect(again.contains("Nothing new since you read its logs at "), "\(again)")
    }

    @Test func aFindingNamingSomeoneWhoseAccountIsCutSaysSo() throws {
        var engine = try People.engine("insider", ["ack", "notify legal", "notify hr", "disable kai-account"])
        let reply = People.said(engine.handle("inspect chat"))
        #expect(reply.contains("Since then kai-account was disabled at "), "\(reply)")
    }

    @Test func aFleetAskedAboutAfterASweepSaysItWasSwept() throws {
        var engine = try People.engine("compromised-host", ["ack", "sweep web-fleet"])
        let reply = People.said(engine.handle("ask maya about web-fleet"))
        #expect(reply.contains("you swept all 12"), "\(reply)")
        #expect(!reply.contains("looks at every one"))
    }

    @Test func anAnswerAboutOneKeyIsNotTheAnswerAboutAnother() throws {
        var engine = try People.engine("breach", ["ack", "ask lena about repo"])
        let second = try #require(engine.scenario.assets.first { $0.kind == .credential && $0.id != "ci-key" })
        let reply = People.said(engine.handle("ask marco about \(second.id)"))
        #expect(!reply.contains("That key is ci-deployer's"), "\(reply)")
    }

    @Test func containmentRepliesKnowTheKeyIsDeadAlready() throws {
        var engine = try People.engine("breach", ["ack", "revoke ci-key"])
        #expect(!People.said(engine.handle("disable ci-deployer")).contains("its key stops working"))
        #expect(!People.said(engine.handle("block 45.137.21.9")).contains("revoking the key stops them"))
    }

    @Test func aPostAskingNotToShareHasNoConsequenceOfSharing() throws {
        var engine = try People.engine("breach", ["ack", "logs audit-logs", "wait 1h"])
        let asked = People.said(engine.handle("post #incident \"please do not share key ids or customer data here; questions to the IC directly\""))
        #expect(!asked.contains("Within minutes"), "\(asked)")
        let aired = People.said(engine.handle("post #incident \"customer-exports was copied with ci-key\""))
        #expect(aired.contains("Within minutes"), "\(aired)")
    }

    @Test func aSweepDoesNotCallAMemberCleanThatTheC2WasQueriedFrom() throws {
        // By the option's words: which number it has depends on the seed's shuffle (blind39 #60: "choose 1" was the
        // threat-intel option, and the test held only because Theo's declined offer was listed as done).
        var engine = try People.engine("compromised-host", ["ack", "wait 50m", "choose \"Go ahead: resolving it from production\""])
        let sweep = People.said(engine.handle("sweep web-fleet"))
        let clean = try #require(sweep.split(separator: "\n").first { $0.hasPrefix("The other") }?.split(separator: ")").first)
        #expect(!clean.contains("web-04"), "\(sweep)")
        #expect(sweep.contains("web-04: nothing planted found, but at "), "\(sweep)")
    }

    @Test func inspectingWhatOnlyHasAHistoryShowsThatHistory() throws {
        var engine = try People.engine("insider", ["ack"])
        let repo = try #require(engine.knownAssets.first { $0.kind == .repository && $0.inspect == nil && $0.logs != nil })
        let reply = People.said(engine.handle("inspect \(repo.id)"))
        #expect(reply.contains("The history of \(repo.name) shows: "), "\(reply)")
        #expect(!reply.contains("what stands out is what is already known"))
    }

    @Test func commsKnowsTheStatementWasCleared() throws {
        var engine = try People.engine("breach", ["ack", "statement draft \"We are investigating a report.\"", "statement review hannah"])
        let reply = People.said(engine.handle("ask sofia about the statement"))
        #expect(reply.contains("is cleared") || reply.contains("has cleared"), "\(reply)")
        #expect(!reply.contains("once legal or I have cleared it"))
    }

    @Test func counselOnTheSuspectsAccountWeighsActingOnItNotPersonalDataInIt() throws {
        var engine = try People.engine("insider", ["ack"])
        let reply = People.said(engine.handle("ask peter about kai-account"))
        #expect(reply.contains("lawful and proportionate"), "\(reply)")
        #expect(!reply.contains("whether personal data is in it"))
    }

    @Test func lookupOfTheC2DomainNamesTheIndicatorById() throws {
        var engine = try People.engine("compromised-host", ["ack", "wait 50m"])
        let c2 = try #require(engine.knownAssets.first { $0.id == "c2" })
        let reply = People.said(engine.handle("lookup \(c2.name)"))
        #expect(reply.contains("is c2, the attacker's indicator: try 'inspect c2'"), "\(reply)")
    }

    /// blind75 #90: `logs cdn-update-check.net` said "cdn-update-check.net is cdn-update-check.net: try 'logs c2'", which
    /// was refused next; now it says what `logs c2` would meet, and a move the indicator takes is offered by its id.
    @Test func aMoveOnTheC2DomainByNameSaysWhatItsIdWouldMeet() throws {
        var engine = try People.engine("compromised-host", ["ack", "wait 50m"])
        let c2 = try #require(engine.knownAssets.first { $0.id == "c2" })
        let errors = { (outputs: [Output]) in outputs.compactMap { output -> String? in if case .error(let message) = output { message } else { nil } }.joined() }
        let logs = errors(engine.handle("logs \(c2.name)"))
        #expect(logs.contains("keeps no logs; try inspect c2"), "\(logs)")
        #expect(!logs.contains("is \(c2.name): try"), "\(logs)")
        let inspect = errors(engine.handle("inspect \(c2.name)"))
        #expect(inspect.contains("is c2 (indicator): try 'inspect c2'"), "\(inspect)")
    }
}
