import Foundation
import Testing
@testable import TabletopCore

/// The score follows what happened in the world and what the text says, not which verbs were typed:
/// the moves an outside examiner used to game the scorer each cost what they should.
@Suite struct DecisionScoringTests {
    /// A drill of a shipped scenario after `lines`, with the outputs of the last line.
    static func play(_ id: String, _ lines: [String], seed: UInt64 = 1) throws -> (Engine, [Output]) {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: seed, mode: .assessment, players: []))
        _ = engine.start()
        var last: [Output] = []
        for line in lines { last = engine.handle(line) }
        return (engine, last)
    }

    static func card(_ engine: Engine) throws -> Scorecard { try ScoringSupport.score(engine) }

    static func refused(_ outputs: [Output]) -> Bool { outputs.contains { if case .error = $0 { true } else { false } } }

    /// Every way of reaching the suspect, his manager, his access or his devices before legal and HR are in.
    @Test(arguments: ["revoke kai-account", "disable kai-account", "isolate kai-laptop", "shutdown kai-laptop", "ask elena kai", "page kai"])
    func tippingOffTheInsiderIsAHardFail(_ move: String) throws {
        // Reaching the suspect's manager is warned about once; the same move again goes ahead.
        let (engine, outputs) = try Self.play("insider", ["ack"] + (move.contains("elena") ? [move, move] : [move]))
        #expect(!Self.refused(outputs), "'\(move)' was refused")
        let card = try Self.card(engine)
        #expect(card.hardFails.map(\.kind).contains(.tippingOff), "'\(move)' did not tip off")
        #expect(card.score <= ScoringSupport.policy.hardFailScoreCap)
    }

    /// A phase whose steps were done but which a trap emptied names that trap, so its rating can be read.
    @Test func aCapabilityNamesThePenaltiesThatCountAgainstIt() throws {
        let card = try Self.card(try Self.play("insider", ["ack", "page kai"]).0)
        let penalised = card.capabilities.filter { !card.penalties(in: $0).isEmpty }
        #expect(!penalised.isEmpty)
        for capability in penalised {
            let steps = Set(card.steps.filter { $0.phase == capability.phase }.map(\.number))
            #expect(card.penalties(in: capability).allSatisfy { $0.step.map(steps.contains) == true && $0.points < 0 })
        }
        #expect(card.penalties(in: try #require(card.capabilities.first)).contains { $0.reason.contains("kai") })
    }

    @Test func cuttingAccessWithLegalAndHRReadyIsNoTipOff() throws {
        let (engine, _) = try Self.play("insider", ["ack", "notify legal", "notify hr", "preserve kai-mailbox", "disable kai-account"])
        #expect(!(try Self.card(engine)).hardFails.map(\.kind).contains(.tippingOff))
    }

    /// Naming the suspect in a channel the suspect can read (he administers the chat) is charged; a
    /// pointer without details in the same channel is not.
    @Test func detailsWhereTheSuspectReadsAreCharged() throws {
        let (named, _) = try Self.play("insider", ["ack", "channel #ir-dlp", "post #ir-dlp \"Kai Lindgren synced the customer list to a personal drive\""])
        #expect(named.state.traps.contains { $0.id == "public-details:#ir-dlp" })
        #expect((try Self.card(named)).adjustments.contains { $0.reason.hasPrefix("public-details (#ir-dlp)") && $0.points < 0 })
        let (pointer, _) = try Self.play("insider", ["ack", "channel #ir-dlp", "post #ir-dlp \"Looking into an alert; I'll reach out directly if I need you\""])
        #expect(!pointer.state.traps.contains { $0.id.hasPrefix("public-details") })
    }

    /// blind102 #161: once the incident is closed with nobody inside, a closing note in the company channel may name the
    /// systems it was about; the same note before the close is charged.
    @Test func aClosingNoteNamingAHostAfterTheCloseIsNoLeak() throws {
        let moves = try TimeThatStaysTrueTests.walkthrough("compromised-host-expert-seed1", through: "close")
        let note = "post #incident \"The incident is closed. Sara owns decommissioning legacy hosts and rebuilding web-05.\""
        let (after, _) = try Self.play("compromised-host", moves + [note])
        #expect(!after.state.traps.contains { $0.id.hasPrefix("public-details") }, "\(after.state.traps)")
        let (before, _) = try Self.play("compromised-host", moves.dropLast() + [note])
        #expect(before.state.traps.contains { $0.id == "public-details:#incident" }, "\(before.state.traps)")
    }

    /// Deleting, cleaning or rebuilding what holds the evidence before it is kept; and the same move after.
    @Test(arguments: [("breach", [], "delete audit-logs", "preserve audit-logs"),
                      ("insider", [], "delete dlp-logs", "preserve dlp-logs"),
                      ("compromised-host", [], "redeploy web-03", "snapshot web-03"),
                      ("compromised-host", [], "clean web-03", "snapshot web-03"),
                      ("example", ["logs admin-token"], "delete export-bucket", "snapshot export-bucket")])
    func destroyingEvidenceIsAHardFailUnlessItWasKept(_ id: String, _ setup: [String], _ move: String, _ keep: String) throws {
        let (destroyed, outputs) = try Self.play(id, ["ack"] + setup + [move])
        #expect(!Self.refused(outputs))
        #expect((try Self.card(destroyed)).hardFails.map(\.kind).contains(.destroyingEvidence), "\(id): '\(move)'")
        let (kept, _) = try Self.play(id, ["ack"] + setup + [keep, move])
        #expect(!kept.state.traps.contains { $0.id.hasPrefix(GenericTrap.destroyedEvidence.rawValue) }, "\(id): '\(keep)' then '\(move)'")
    }

    /// Disabling the account whose leaked key the attacker used cuts the attacker off (the scenario says so
    /// with `attacker: gone`), so it is containment even before the trainee knows it is the last cut;
    /// taking down a repository the attacker never reached is still needless disruption.
    @Test func cuttingTheAttackersAccountIsNotNeedless() throws {
        let (account, _) = try Self.play("breach", ["ack", "disable ci-deployer"])
        #expect(!account.state.traps.contains { $0.id.hasPrefix(GenericTrap.needlessDisruption.rawValue) })
        let (repository, _) = try Self.play("breach", ["ack", "disable ci-config"])
        #expect(repository.state.traps.contains { $0.id.hasPrefix(GenericTrap.needlessDisruption.rawValue) })
    }

    /// An address the incident never mentions is evidence for nothing; containment is judged by the world.
    @Test(arguments: ["example", "breach", "insider", "compromised-host"])
    func blockingAnArbitraryAddressEarnsNothing(_ id: String) throws {
        let (engine, _) = try Self.play(id, ["ack", "block 203.0.113.1"])
        #expect(engine.state.decisions.last?.steps == [])
        let card = try Self.card(engine)
        #expect(card.steps.first { $0.slug == "stop-the-bleeding" }?.status == .missed)
    }

    @Test func blockingTheIncidentsDomainCountsTowardsContainment() throws {
        let (engine, _) = try Self.play("compromised-host", ["ack", "ask ingrid beacon traffic", "wait 30m", "block cdn-update-check.net"])
        #expect(engine.state.asset("c2", is: .blocked))
        let step = try #require(try Self.card(engine).steps.first { $0.slug == "stop-the-bleeding" })
        #expect(step.status == .partial)
        #expect(step.criteria.first { $0.name == "the command-and-control domain is blocked" }?.metAt != nil)
    }

    /// A host that was terminated or powered off is cut off, whatever it cost the evidence (that is its
    /// own hard fail): the containment criterion and the key time follow the world, not the verb typed.
    @Test(arguments: ["delete web-03", "shutdown web-03"])
    func aTerminatedHostIsCutOff(_ move: String) throws {
        let (engine, _) = try Self.play("compromised-host", ["ack", move])
        let step = try #require(try Self.card(engine).steps.first { $0.slug == "stop-the-bleeding" })
        #expect(step.criteria.first { $0.name == "web-03 is cut off" }?.metAt != nil, "'\(move)'")
    }

    /// A postmortem held while the adversary still has a way in ends the drill as a loss that says so,
    /// instead of the drill going on silently after the trainee's last move.
    @Test(arguments: ["breach", "insider", "compromised-host"])
    func aPostmortemWithTheAttackerInEndsTheDrillAsALoss(_ id: String) throws {
        let (engine, _) = try Self.play(id, ["ack", "postmortem schedule tomorrow", "postmortem run", "postmortem run"])
        #expect(engine.state.attackerPresent)
        #expect(engine.state.end?.outcome == "postmortem-with-attacker-in")
        #expect(engine.state.end?.kind == .loss)
    }

    /// Vague text earns no credit; text that names the facts earns it concept by concept; a false claim costs.
    @Test func impactStatementsAreRead() throws {
        let investigate = ["ack", "ask marco audit logs", "wait 20m", "ask dev what data", "wait 20m", "inspect ci-config"]
        let (vague, _) = try Self.play("breach", investigate + ["impact \"x\""])
        let vagueStep = try #require(try Self.card(vague).steps.first { $0.slug == "verify-impact" })
        #expect(vagueStep.rubric?.hit == [])
        let (specific, _) = try Self.play("breach", investigate + [
            "impact \"ci-deployer's key was used for three days to copy 2.1 million records: names, emails and purchase histories of EU residents\""])
        let specificStep = try #require(try Self.card(specific).steps.first { $0.slug == "verify-impact" })
        #expect(specificStep.rubric?.missed == [])
        #expect(specificStep.points > vagueStep.points)
        let (denial, _) = try Self.play("breach", investigate + ["impact \"we were not breached, nothing was taken\""])
        #expect((try Self.card(denial)).adjustments.contains { $0.kind == "claim" && $0.points == -ScoringSupport.policy.falseClaimPenalty })
    }

    /// Testing before there is a fix, or holding a postmortem nobody scheduled, is evidence for nothing.
    @Test func stepsThatNeedAnEarlierStepWaitForIt() throws {
        let (engine, _) = try Self.play("example", ["ack", "test", "postmortem run"])
        let steps = try Self.card(engine).steps
        #expect(steps.first { $0.slug == "test-fix" }?.status == .missed)
        #expect(steps.first { $0.slug == "run-postmortem" }?.status == .missed)
    }

    /// Closing while a leaked key still works is a hard fail whether or not anyone found that key.
    @Test func closingWithTheAdversaryInIsAHardFailFoundOrNot() throws {
        let (engine, _) = try Self.play("breach", ["ack", "revoke ci-key", "close", "close"])
        #expect(!engine.state.facts.contains("second-key"))
        #expect((try Self.card(engine)).hardFails.map(\.kind) == [.closingWithAttacker])
    }

    /// Not looking is never safer than looking: the GDPR clock starts when a responder would know of the EU
    /// data, and the correct severity rises when the copying could be seen, found or not.
    @Test func notInvestigatingIsNotRewarded() throws {
        let (blind, _) = try Self.play("breach", ["ack", "severity sev2 \"an exposed key\""] + Array(repeating: "wait until 11:40", count: 6) + ["close", "close"])
        #expect(!blind.state.facts.contains("eu-residents"))
        let card = try Self.card(blind)
        #expect(card.clocks.first { $0.id == "gdpr" }?.status == "running")
        #expect(card.adjustments.contains { $0.kind == "clock" && $0.reason.contains("GDPR") })
        #expect(card.severity.correct.last?.level == .sev1)
        #expect(card.adjustments.contains { $0.kind == "severity" && $0.points < 0 })
    }

    /// Options appear in an order drawn from the seed, `choose` takes the shown number or words of the
    /// option, and a bad option is charged once, in the judgement part, not again as a trap.
    @Test func optionsAreShuffledAndChargedOnce() throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        let orders = (1...8).map { seed in
            Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: seed, mode: .assessment, players: []))
                .displayOrder(of: "extortion-email", count: 3)
        }
        #expect(Set(orders).count > 1)
        #expect(orders.allSatisfy { $0.sorted() == [0, 1, 2] })
        let (engine, _) = try Self.play("breach", ["ack", "wait 40m", "wait 40m", "choose \"ask in #incident\""])
        #expect(engine.state.choices.map(\.option) == [1])
        let card = try Self.card(engine)
        #expect(card.judgement.questions.first { $0.decision == "who-owns-this" }?.quality == 0)
        #expect(!card.adjustments.contains { $0.kind == "trap" && $0.reason.contains("asked-everyone") && $0.points < 0 })
        // A word or two cannot name an option: a blind script cannot guess its way to the cautious answer.
        let (guessed, outputs) = try Self.play("breach", ["ack", "wait 40m", "wait 40m", "choose no"])
        #expect(Self.refused(outputs) && guessed.state.choices.isEmpty)
        let (unknown, none) = try Self.play("breach", ["ack", "wait 40m", "wait 40m", "choose ask the regulator"])
        #expect(Self.refused(none) && unknown.state.choices.isEmpty)
    }

    /// The band never says more than the ratings allow.
    @Test func theBandIsCappedByTheRating() throws {
        let scorer = try Scorer(runbook: TestSupport.runbook, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix,
                                scenario: try ScoringSupport.shippedScenario("example"))
        #expect(scorer.band(score: 100, rating: .p) == "Exemplary")
        #expect(scorer.band(score: 100, rating: .s) == "Exemplary")
        #expect(scorer.band(score: 100, rating: .m) == "Proficient")
        #expect(scorer.band(score: 100, rating: .u) == "Developing")
        #expect(scorer.band(score: 60, rating: .m) == "Developing")
        #expect(scorer.band(score: 20, rating: .u) == "Not yet ready")
    }

    /// A drill left before the incident was closed says its score is provisional.
    @Test func aDrillLeftHalfwayIsProvisional() throws {
        let (open, _) = try Self.play("example", ["ack", "channel #ir"])
        #expect((try Self.card(open)).provisional)
        let (closed, _) = try Self.play("example", ["ack", "close", "close"])
        #expect(!(try Self.card(closed)).provisional)
    }
}
