import Foundation
import Testing
@testable import TabletopCore

/// People answer by what they were told and have seen, the engine answers from the world when the
/// scenario wrote nothing, and the vocabulary for messages, delegation, review and sweeps.
@Suite struct WorldAwarePeopleTests {
    static func engine(_ id: String, _ moves: [String] = []) throws -> Engine {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in moves { engine.playThrough(move) }
        return engine
    }

    static func said(_ outputs: [Output]) -> String {
        outputs.compactMap { output -> String? in
            switch output {
            case .answer(_, _, let text), .response(let text), .info(let text), .error(let text), .notice(let text): text
            default: nil
            }
        }.joined(separator: "\n")
    }

    @Test func legalStopsAskingToBeToldOnceItHasBeenTold() throws {
        var untold = try Self.engine("breach", ["ack", "ask marco logs"])
        #expect(Self.said(untold.handle("ask hannah gdpr")).contains("Tell me the moment you know"))
        // A message tells the facts it names (README): the copying, its count and whose data it is.
        var told = try Self.engine("breach", ["ack", "ask marco logs",
                                              "tell hannah \"exfiltration confirmed: 2.1 million records, names, emails and purchase histories of EU residents\""])
        #expect(told.personKnows("hannah", fact: "exfil-confirmed"))
        let reply = Self.said(told.handle("ask hannah gdpr"))
        #expect(!reply.contains("Tell me the moment you know"))
        // Told the count and whose data it is, legal does not ask for them again.
        #expect(reply.contains("notification is drafted"))
        #expect(!reply.contains("Send me the record count"))
    }

    @Test func aPersonBriefedWithinTheIntervalDoesNotAskAgain() throws {
        var engine = try Self.engine("breach", ["ack", "brief leadership"])
        #expect(!Self.said(engine.handle("ask james update")).contains("one-page version"))
        // Later he says when he was last updated; his first-contact request is spent.
        _ = engine.playThrough("wait 2h")
        let later = Self.said(engine.handle("ask james update"))
        #expect(later.contains("You last updated me at"))
        #expect(!later.contains("one-page version"))
    }

    @Test func topicsMatchAddressesAndHostNames() throws {
        let beacon = ["ack", "inspect web-03", "fix \"patch the upload handler\"", "wait 1h", "test", "rollout", "wait 1h"]
        var engine = try Self.engine("compromised-host", beacon)
        #expect(engine.state.facts.contains("beacon-return"))
        let reply = Self.said(engine.handle("ask sara 10.4.9.17"))
        #expect(reply.contains("10.4.9.17") || reply.contains("inventory"))
        #expect(!reply.contains("Cloud accounts, roles and the inventory are mine."))
        #expect(Engine.topicWords("what about 10.4.9.17, and web-03?").isSuperset(of: ["10.4.9.17", "web-03", "10", "17"]))
    }

    @Test func logsOfAnAssetWithoutLogsSayWhatItIsAndWhoOwnsIt() throws {
        var engine = try Self.engine("compromised-host", ["ack", "wait 5h"])
        // Refused in one line at no cost (blind play, round 2), still pointing at who would know and
        // at the logs that do show its use.
        let reply = Self.said(engine.handle("logs db-creds"))
        #expect(reply.contains("customer database credentials keeps no logs; try inspect db-creds"))
        #expect(reply.contains("ask olu db-creds"))
        #expect(reply.contains("trails that may show its use: ") && reply.contains("logs customer-db"), "\(reply)")
    }

    /// Blind play, seed 34: `logs instance-role` "keeps no logs", though a cloud role has an audit
    /// trail; an export is itself a log (`logs chat-export`, insider).
    @Test func aRoleAndAnExportHaveLogs() throws {
        var host = try Self.engine("compromised-host", ["ack"])
        let role = Self.said(host.handle("logs instance-role"))
        #expect(role.contains("GetSecretValue") && !role.contains("keeps no logs"), "\(role)")
        var insider = try Self.engine("insider", ["ack", "channel ir", "wait 15m"])
        #expect(insider.knownAssets.contains { $0.id == "chat-export" })
        let export = Self.said(insider.handle("logs chat-export"))
        #expect(export.contains("admin sessions") && !export.contains("keeps no logs"), "\(export)")
    }

    @Test func anAssetAnswerSaysWhatWasDoneToItAndByWhom() throws {
        var engine = try Self.engine("compromised-host", ["ack", "isolate web-03"])
        let reply = Self.said(engine.handle("ask maya web-03"))
        #expect(reply.contains("isolated"))
        #expect(reply.contains("isolate web-03"))
    }

    @Test func aDelegatedTaskRunsOnThePersonsTimeAndReportsItsRealResult() throws {
        var engine = try Self.engine("breach", ["ack"])
        let before = engine.state.clock
        let taken = engine.handle("delegate marco logs audit-logs")
        #expect(Self.said(taken).contains("takes it on"))
        #expect(engine.state.clock == before + .minutes(2))
        #expect(!engine.state.facts.contains("exfil-confirmed"))
        let later = engine.playThrough("wait 1h")
        #expect(later.contains { if case .answer("marco", _, let text) = $0 { text.hasPrefix("Done: logs audit-logs") } else { false } })
        #expect(engine.state.facts.contains("exfil-confirmed"))
        #expect(engine.personKnows("marco", fact: "exfil-confirmed"))
        #expect(engine.state.evidence.contains { $0.step == 5 && $0.decision == 1 })
        #expect(engine.state.decisions[1].matches(try ActionPattern.parse("logs audit-logs").get()))
    }

    @Test func aBlockedTaskIsReportedAsBlocked() throws {
        var engine = try Self.engine("breach", ["ack", "delegate nina statement draft \"x\"", "delegate dev preserve customer-exports"])
        _ = engine.handle("delete customer-exports")
        let later = Self.said(engine.playThrough("wait 1h"))
        #expect(later.contains("Done: preserve customer-exports") || later.contains("blocked"))
        let refused = Self.said(engine.handle("delegate dev close"))
        #expect(refused.contains("not a task they can take on"))
    }

    @Test func aReviewedStatementIsNoUnreviewedPublish() throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        var reviewed = try Self.engine("breach", ["ack", "statement draft \"We are investigating.\"", "statement review hannah", "statement publish"])
        var unreviewed = try Self.engine("breach", ["ack", "statement draft \"We are investigating.\"", "statement publish"])
        _ = reviewed.handle("status")
        _ = unreviewed.handle("status")
        let scorer = try Scorer(runbook: TestSupport.runbook, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix, scenario: scenario)
        #expect(!scorer.builtInHardFails(reviewed.state, already: []).contains { $0.kind == .unreviewedStatement })
        #expect(scorer.builtInHardFails(unreviewed.state, already: []).contains { $0.kind == .unreviewedStatement })
        var byEngineer = try Self.engine("breach", ["ack", "statement draft \"x\""])
        #expect(Self.said(byEngineer.handle("statement review nina")).contains("cannot clear it"))
    }

    @Test func tellingLegalDirectlyLoopsLegalInButTellingAnEngineerDoesNot() throws {
        // The breach judges step 16 by the world: did(notify legal) and revealed(exfil-confirmed).
        let legal = try Self.engine("breach", ["ack", "ask marco logs", "tell hannah \"2.1 million records left\""])
        #expect(legal.state.criteriaMet.contains { $0.step == 16 })
        #expect(legal.state.notified == [.legal])
        #expect(legal.updatedRecently("hannah"))
        let engineer = try Self.engine("breach", ["ack", "ask marco logs", "tell nina \"2.1 million records left\""])
        #expect(!engineer.state.criteriaMet.contains { $0.step == 16 })
        // A runbook judged by verbs counts it as notifying legal too.
        let judge = StepJudge(runbook: TestSupport.runbook, scenario: try ScoringSupport.shippedScenario("breach"))
        #expect(judge.steps(for: Action(verb: .tell, object: "hannah", text: "x"), done: { _ in true }) == judge.steps(for: Action(verb: .notify, object: "legal"), done: { _ in true }))
        #expect(judge.steps(for: Action(verb: .tell, object: "nina", text: "x"), done: { _ in true }).isEmpty)
    }

    @Test func messagingOrDelegatingToTheSuspectTipsThemOff() throws {
        for move in ["tell kai \"what did you sync last night?\"", "delegate elena inspect kai-laptop"] {
            // The manager is warned about once; the same move again goes ahead.
            let engine = try Self.engine("insider", ["ack", move] + (move.contains("elena") ? [move] : []))
            #expect(engine.state.traps.contains { $0.id.contains("tipped-off") }, "\(move): \(engine.state.traps.map(\.id))")
        }
    }

    @Test func theExtortionEmailCanBePreservedOnceItArrives() throws {
        var early = try Self.engine("breach", ["ack"])
        #expect(Self.said(early.handle("preserve extortion-email")).contains("no asset called"))
        var late = try Self.engine("breach", ["ack", "wait 4h"])
        #expect(Self.said(late.handle("preserve extortion-email")).contains("preserved"))
        #expect(late.state.asset("extortion-email", is: .preserved))
    }

    @Test func aSweepFindsTheFleetsOtherMembers() throws {
        var engine = try Self.engine("compromised-host", ["ack"])
        let reply = Self.said(engine.handle("hunt web-fleet"))
        #expect(reply.contains("web-05") && reply.contains("web-07"))
        #expect(engine.state.facts.contains("spread"))
        #expect(!reply.contains("web-legacy"))
    }

    @Test func helpCoversEveryFamilyOfVerbs() throws {
        var engine = try Self.engine("example")
        for (topic, verbs) in [("doc", ["doc create", "doc note", "doc update"]), ("statement", ["statement draft", "statement review", "statement publish"]),
                               ("postmortem", ["postmortem schedule", "postmortem run"]), ("message", ["tell <person>"]), ("hunt", ["sweep [group]"])] {
            let text = Self.said(engine.handle("help \(topic)"))
            for verb in verbs { #expect(text.contains(verb), "help \(topic)") }
        }
    }

    @Test func suggestionsNeverProposeAVerbThatCostsPoints() {
        for word in ["hunt", "hin", "hints", "runbok", "delegate", "delegat"] {
            let message: String
            switch ActionParser.parse(word) {
            case .failure(let error): message = error.message
            case .success: continue
            }
            #expect(!message.contains("'hint'") && !message.contains("'runbook'"), "\(word): \(message)")
            #expect(!message.contains("'delete'"), "\(word): \(message)")
        }
    }

    @Test func whyAttachesToTheLastDecisionNotToANote() throws {
        var engine = try Self.engine("breach", ["ack", "revoke ci-key", "doc note \"revoked\""])
        #expect(Self.said(engine.handle("why \"stops the copying\"")).contains("revoke ci-key"))
        #expect(engine.state.decisions[1].rationale == "stops the copying")
        #expect(engine.state.decisions[2].rationale == nil)
    }
}
