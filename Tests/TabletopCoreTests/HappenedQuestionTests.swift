import Foundation
import Testing
@testable import TabletopCore

/// Asked whether something happened, people answer from the trail that would show it: what it holds once
/// read, else that nobody has read it and the command that does (blind39 B3, B9).
@Suite struct HappenedQuestionTests {
    typealias Support = TimeThatStaysTrueTests

    static func engine(_ more: [String] = []) throws -> Engine {
        try Support.engine("compromised-host", try Support.walkthrough("compromised-host-expert-seed1", through: "page olu") + more)
    }

    @Test func theRolesOwnerPointsAtItsAuditTrailBeforeAnyoneReadsIt() throws {
        var engine = try Self.engine()
        let answer = Support.said(engine.playThrough("ask sara did anyone use the instance role from web-03 to read the database credentials?"))
        #expect(answer.contains("would say for sure: logs instance-role."), "\(answer)")
        #expect(answer.contains("It is mine to pull."), "\(answer)")
        #expect(!answer.contains("What I know of web-03"), "the host's card is not the answer: \(answer)")
    }

    @Test func onceTheTrailIsReadAnyoneAskedGivesWhatItShowed() throws {
        var engine = try Self.engine(["logs instance-role"])
        let answer = Support.said(engine.playThrough("ask nils has anyone used the instance role to read secrets?"))
        #expect(answer.contains("GetSecretValue on prod/db-creds"), "\(answer)")
        #expect(answer.contains("it was read at Tue"), "\(answer)")
    }

    @Test func theAdministratorSaysTheQueryLogDoesNotNameTheHostAskedAbout() throws {
        var engine = try Self.engine(["wait 15m"])
        let before = Support.said(engine.playThrough("ask olu did web-03 ever query the customer database?"))
        #expect(before.hasPrefix("Nothing I have seen shows it either way."), "\(before)")
        #expect(before.contains("nobody has read it yet: logs customer-db. It is mine to pull."), "\(before)")
        // His answer on the query log gives what it holds; then the log need not be read again to say it.
        _ = engine.playThrough("ask olu did you read the customer database logs?")
        let after = Support.said(engine.playThrough("ask olu did web-03 ever query the customer database?"))
        #expect(after.contains("web-05"), "\(after)")
        #expect(after.contains("Nothing of it names web-03."), "\(after)")
    }

    @Test(arguments: [
        ("did anyone use the instance role?", true), ("has the attacker tried other servers?", true),
        ("did report-01 ever query the database?", true), ("can you check whether anyone used it", true),
        ("did you read the logs?", false), ("have you queried it", false), ("what did the logs show?", false),
    ])
    func whatAsksWhetherSomethingHappened(question: String, asks: Bool) {
        #expect(Engine.asksWhetherItHappened(question) == asks, "\(question)")
    }
}

extension HappenedQuestionTests {
    /// The role's audit trail is a finding of its own: counsel briefed after it is read hears that the
    /// credentials were read, not only that they could be (blind39 B4).
    @Test func counselHearsThatTheCredentialsWereRead() throws {
        var engine = try Self.engine(["logs instance-role"])
        let briefing = Support.said(engine.playThrough("notify legal"))
        #expect(briefing.contains("GetSecretValue on prod/db-creds at 02:14"), "\(briefing)")
    }
}

extension HappenedQuestionTests {
    /// A question whose answer finds nothing is no analysis: not live, not in the debrief (blind39 S8); a
    /// question that finds something still is.
    @Test func aQuestionThatFoundNothingIsNoEvidence() throws {
        var engine = try Support.engine("compromised-host", ["ack", "page ingrid", "wait 10m"])
        let nothing = Support.said(engine.playThrough("ask ingrid what breed is the attacker's dog and which football team does he support?"))
        #expect(nothing.hasPrefix("I don't know that"), "\(nothing)")
        let empty = try #require(engine.state.decisions.last)
        #expect(empty.foundNothing == true && empty.steps.isEmpty, "\(empty.steps)")
        _ = engine.playThrough("ask ingrid webshell logs entry upload")
        let card = try ScoringSupport.score(engine)
        let analysis = try #require(card.steps.first { $0.number == 5 })
        #expect(analysis.evidence.map(\.text) == ["ask ingrid webshell logs entry upload"], "\(analysis.evidence.map(\.text))")
    }
}

extension HappenedQuestionTests {
    /// "Since the revocation, has the attacker tried more calls?" is answered with what speaks of calls, not
    /// with a root cause learnt after the revocation (blind40 #76: "committed four months ago").
    @Test func aRootCauseLearntSinceIsNoDeedSince() throws {
        var engine = try Support.engine("breach", seed: 57, ["ack", "page priya", "revoke ci-key", "inspect ci-config", "wait 20m"])
        try #require(engine.state.facts.contains("key-committed"))
        let answer = Support.said(engine.playThrough("ask priya since the key was revoked, has the attacker tried any more calls against our buckets?"))
        #expect(answer.hasPrefix("Since 'revoke ci-key'"), "\(answer)")
        #expect(!answer.contains("committed to the CI configuration repository"), "\(answer)")
    }
}

extension HappenedQuestionTests {
    /// "Is there any sign the billing-export key was used?" is about that key, named by its name before the deed:
    /// its own log answers, not the first key's answer that shares the word "key" (blind40 #122, #125).
    /// (Marco's own words on the audit logs come first while unsaid: the question names them too.)
    @Test(arguments: ["ask priya is there any sign the billing-export key was used by the attacker?",
                      "ask marco do the audit logs show any call made with the billing-export key?"])
    func theSecondKeyIsAnsweredFromItsOwnLog(question: String) throws {
        var engine = try Support.engine("breach", seed: 57, ["ack", "page priya", "page marco", "inspect ci-config", "wait 20m", "ask marco audit logs"])
        try #require(engine.knownAssets.contains { $0.id == "billing-key" })
        let answer = Support.said(engine.playThrough(question))
        #expect(answer.contains("logs billing-key"), "\(answer)")
        #expect(!answer.contains("ci-key"), "\(answer)")
    }
}
