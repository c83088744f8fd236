import Foundation
import Testing
@testable import TabletopCore

/// The debrief teaches without handing over the key, and the shell shows only what was discovered.
@Suite struct DebriefStoryTests {
    static let shipped = ["example", "breach", "compromised-host", "insider"]

    static func assets(_ engine: inout Engine) -> String {
        engine.handle("assets").compactMap { if case .info(let text) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    /// `assets` at the start of the breach shows no ground truth; the audit logs of the key reveal its compromise.
    @Test func assetsShowGroundTruthOnlyOnceDiscovered() throws {
        var (engine, _) = try DecisionScoringTests.play("breach", ["ack"])
        let before = Self.assets(&engine)
        #expect(before.contains("ci-key"))
        #expect(!before.contains("compromised") && !before.contains("exposed"), "\(before)")
        _ = engine.handle("logs ci-key")
        #expect(engine.state.facts.contains("exfil-confirmed"))
        let after = Self.assets(&engine)
        #expect(after.split(separator: "\n").contains { $0.hasPrefix("ci-key") && $0.contains("compromised") }, "\(after)")
        // What the trainee did shows at once: a snapshot of a bucket whose own findings are unread.
        _ = engine.handle("snapshot customer-exports")
        #expect(Self.assets(&engine).split(separator: "\n").contains { $0.hasPrefix("customer-exports") && $0.contains("snapshotted") })
    }

    /// Hidden assets stay out of `assets` (and so of completion) until a fact reveals them.
    @Test func hiddenAssetsStayHidden() throws {
        let (engine, _) = try DecisionScoringTests.play("breach", ["ack"])
        #expect(!engine.knownAssets.map(\.id).contains("backup-key"))
    }

    /// No trainee-facing shortfall names a criterion, a rubric concept or one of its phrases: copied into
    /// a retake they would be the answer key. The kinds still say what sort of thing was missing.
    @Test(arguments: shipped)
    func shortfallsAreNotAnAnswerKey(_ id: String) throws {
        let scenario = try ScoringSupport.shippedScenario(id)
        var kinds = 0
        for skill in ["novice", "negligent", "competent"] {
            let card = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "\(id)-\(skill)", seed: 1))
            let text = (card.steps.flatMap(\.debriefShortfalls) + card.adjustments.map(\.reason) + card.areasForImprovement.map(\.observation))
                .joined(separator: "\n").lowercased()
            for entry in scenario.scoring {
                for criterion in entry.criteria { #expect(!text.contains(criterion.name.lowercased()), "\(id) \(skill): '\(criterion.name)'") }
                for concept in entry.rubric.concepts { #expect(!text.contains(concept.name.lowercased()), "\(id) \(skill): '\(concept.name)'") }
            }
            for clock in scenario.clocks { #expect(!text.contains(clock.stops.description.lowercased()), "\(id) \(skill): clock condition") }
            kinds += card.steps.flatMap(\.debriefShortfalls).count { $0.contains("critical tasks not done (") }
        }
        #expect(kinds > 0, "\(id): no shortfall named the kind of task missing")
    }

    /// The ideal path is judged on the world: the expert walks all of it, the negligent commander does not.
    @Test(arguments: shipped)
    func idealPathIsJudgedOnTheWorld(_ id: String) throws {
        let scenario = try ScoringSupport.shippedScenario(id)
        #expect(scenario.debrief.ideal.count >= 6, "\(id) has no ideal path worth the name")
        let expert = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "\(id)-expert", seed: 1)).story
        let missing = expert.path.filter { $0.doneAt == nil }.map(\.ideal)
        #expect(missing.isEmpty, "\(id): the expert did not \(missing)")
        #expect(expert.path.allSatisfy { $0.did != nil || $0.doneAt == .zero })
        let negligent = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "\(id)-negligent", seed: 1)).story
        #expect(negligent.path.count { $0.doneAt == nil } >= 3, "\(id): the negligent commander walked the ideal path")
        #expect(!expert.narrative.isEmpty && !expert.narrative.contains("\n\n"))
        #expect(expert.inspiredBy == scenario.inspiredBy)
    }

    /// Runbook lessons are shown in every scenario, so they name no thing that only some shipped scenarios
    /// have (a key, an account, a miner's host): the words of the shipped scenarios' asset names and ids
    /// that are not common to all of them. A scenario says its own through `debrief: lessons:`.
    @Test func runbookLessonsNameNothingOfOneScenario() throws {
        // Plain words that name no object, though an asset name uses them ("outside single sign-on").
        let common: Set<String> = ["the", "and", "not", "for", "with", "personal", "data", "its", "our", "single", "outside", "none", "from", "asking"]
        let objects = try Self.shipped.map { id in
            Set(try ScoringSupport.shippedScenario(id).assets.flatMap { RubricConcept.words(of: "\($0.id) \($0.name)") })
                .filter { $0.count >= 3 && !common.contains($0) }
        }
        let specific = objects.reduce(Set<String>()) { $0.union($1) }.subtracting(objects.dropFirst().reduce(objects[0]) { $0.intersection($1) })
        #expect(specific.contains("key") && specific.contains("laptop"), "the test reads no scenario objects")
        for step in TestSupport.runbook.steps {
            let named = Set(RubricConcept.words(of: step.lesson)).intersection(specific)
            #expect(named.isEmpty, "the runbook lesson of step \(step.number) names \(named.sorted()), which not every scenario has")
        }
        for id in Self.shipped {
            #expect(!(try ScoringSupport.shippedScenario(id)).debrief.lessons.isEmpty, "\(id) has no lessons of its own")
        }
    }

    /// A scenario's own lesson replaces the runbook's in the step results.
    @Test func scenarioLessonsReplaceTheRunbooks() throws {
        let scenario = try ScoringSupport.shippedScenario("compromised-host")
        let card = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "compromised-host-novice", seed: 1))
        let own = try #require(scenario.debrief.lessons.first { $0.step == 6 })
        #expect(card.steps.first { $0.number == 6 }?.lesson == own.lesson)
    }

    /// The best answer of a question does not give itself away by sounding the most cautious: across the
    /// shipped scenarios, the option a "pick No / Not yet / Wait / Hold" strategy takes is the best at
    /// most a quarter of the time.
    @Test func theMostCautiousOptionIsRarelyTheBest() throws {
        var questions = 0, cautiousBest = 0
        for id in Self.shipped {
            for inject in try ScoringSupport.shippedScenario(id).injects {
                guard let decision = inject.decision else { continue }
                questions += 1
                let best = decision.options.indices.max { decision.options[$0].points < decision.options[$1].points }!
                if let pick = GamingMoves.mostCautious(decision.options.map(\.text)), pick - 1 == best { cautiousBest += 1 }
            }
        }
        #expect(questions >= 10)
        #expect(cautiousBest * 4 <= questions, "\(cautiousBest) of \(questions) best answers are the most cautious-sounding")
    }

    /// Nor does it give itself away by length: the best option is the longest, or the shortest, in at
    /// most half of the shipped questions.
    @Test func theBestOptionIsNotTheLongestOrTheShortest() throws {
        var questions = 0, longest = 0, shortest = 0
        for id in Self.shipped {
            for inject in try ScoringSupport.shippedScenario(id).injects {
                guard let options = inject.decision?.options else { continue }
                questions += 1
                let best = options.indices.max { options[$0].points < options[$1].points }!
                let lengths = options.map(\.text.count)
                if lengths[best] == lengths.max() { longest += 1 }
                if lengths[best] == lengths.min() { shortest += 1 }
            }
        }
        #expect(longest * 2 <= questions && shortest * 2 <= questions, "best is longest \(longest), shortest \(shortest) of \(questions)")
    }

    @Test func mostCautiousReadsOnlyTheWording() {
        #expect(GamingMoves.mostCautious(["Delete it now.", "Not yet: wait for legal."]) == 2)
        #expect(GamingMoves.mostCautious(["Go ahead.", "Hold off and reply later.", "No, never."]) == 3)
        #expect(GamingMoves.mostCautious(["Go ahead.", "Ask them; we can wait."]) == 2)
        #expect(GamingMoves.mostCautious(["Go ahead.", "Nobody answers."]) == nil)
    }

    /// A move the world never showed done, on a step the trainee ticked by something smaller, must not
    /// read as if the step failed (blind players saw "step 1 … not done" beside a ticked step 1).
    @Test func anUnmetMoveOnATickedStepSaysTheStepWasTicked() {
        var move = PathComparison(step: 16, stepTitle: "Loop in legal and PR", ideal: "Tell legal and notify the regulator.",
                                  doneAt: nil, did: nil, stepDoneAt: SimDuration(seconds: 9_840))
        #expect(move.yours() == "not done; step 16 itself was ticked at T+02:44, for less than this move asks")
        move.stepDoneAt = nil
        #expect(move.yours() == "not done")
        move.doneAt = SimDuration(seconds: 600)
        move.did = "notify regulator"
        #expect(move.yours() == "T+00:10 after 'notify regulator'")
    }

    /// blind108 #118: a move that answers a question the drill never asked (Kai's wipe request comes on the second day) is
    /// not called for, not "not done"; one whose question came and went unanswered the right way is still not done.
    @Test func aMoveWhoseQuestionNeverCameIsNotCalledFor() throws {
        let engine = try TimeThatStaysTrueTests.engine("insider", ["ack", "wait 25m", "choose 1", "wait 2h"])
        let path = try ScoringSupport.score(engine).story.path
        let wipe = try #require(path.first { $0.ideal.contains("wipe") })
        #expect(wipe.neverAsked != nil && wipe.mark == "–", "\(wipe)")
        #expect(wipe.yours().hasPrefix("not called for: the question it answers"), "\(wipe.yours())")
        let manager = try #require(path.first { $0.ideal.hasPrefix("Acknowledge") })
        #expect(manager.neverAsked == nil && manager.mark == "✗", "\(manager)")
    }

    /// blind114 #158: a move undone by what it rules out names what happened: the C2 domain was blocked, but Theo's question,
    /// left unanswered, went to querying it from production. A move with nothing ruled out that happened names nothing.
    @Test func anUnmetMoveSaysWhatHappenedThatItRulesOut() throws {
        let engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "inspect web-03", "choose 2", "wait 40m", "wait 30m", "wait 30m", "block cdn-update-check.net"])
        let path = try ScoringSupport.score(engine).story.path
        let block = try #require(path.first { $0.ideal.hasPrefix("Block the command-and-control domain") })
        #expect(block.doneAt == nil && block.missing == nil, "\(block)")
        let ruledOut = try #require(block.ruledOut?.first, "\(block)")
        #expect(ruledOut.contains("went to option 1") && ruledOut.hasSuffix("when nobody answered in time"), "\(ruledOut)")
        #expect(block.yours().contains("; but \"Theo wants to query"), "\(block.yours())")
        let legacy = try #require(path.first { $0.ideal.contains("web-legacy-01") })
        #expect(legacy.doneAt == nil && legacy.ruledOut == nil, "\(legacy)")
    }

    /// Leadership briefed before the database read came to light was not briefed on it: the move waits for a briefing after.
    @Test func aBriefingBeforeTheReadIsNoBriefingOnIt() throws {
        let early = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "inspect web-03", "choose 2", "brief leadership", "logs instance-role", "logs customer-db"])
        let move = { (engine: Engine) throws -> PathComparison in
            try #require(try ScoringSupport.score(engine).story.path.first { $0.ideal.hasPrefix("Brief leadership once") })
        }
        #expect(early.state.facts.contains("db-read"), "\(early.state.facts)")
        #expect(try move(early).doneAt == nil)
        var again = early
        _ = again.handle("brief leadership")
        #expect(try move(again).doneAt != nil)
    }

    /// blind28: a move never done says which of its parts never came to hold, as the commands that make them.
    @Test(arguments: shipped)
    func anUnmetMoveSaysWhatIsStillMissing(_ id: String) throws {
        let scenario = try ScoringSupport.shippedScenario(id)
        let negligent = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "\(id)-negligent", seed: 1))
        let unmet = negligent.story.path.filter { $0.doneAt == nil && $0.standingTrap == nil }
        #expect(unmet.contains { $0.missing != nil }, "\(id): no unmet move named what it lacks")
        for move in unmet {
            for part in move.missing ?? [] {
                // Each part is a command of the shell's own, quoted, and the move's text says it.
                #expect(part.hasPrefix("'") && part.hasSuffix("'"), "\(id): \(part)")
                #expect(move.yours().contains("still missing: \((move.missing ?? []).joined(separator: ", "))"))
            }
        }
        // A move done lists nothing missing.
        #expect(negligent.story.path.filter { $0.doneAt != nil }.allSatisfy { $0.missing == nil })
    }

    @Test func theMissingPartsAreThoseThatNeverHeld() throws {
        var state = EngineState(seed: 1)
        state.assetStates["kai-mailbox"] = [.preserved]
        let condition = try ConditionParser.parse("(asset(kai-laptop).snapshotted or asset(kai-laptop).preserved) and asset(kai-mailbox).preserved and did(notify legal)").get().condition
        #expect(Scorer.missingParts(of: condition, in: state) == ["'snapshot kai-laptop' or 'preserve kai-laptop'", "'notify legal'"])
    }
}

/// A move done in the world whose step's text carried only part of its points is marked done in part,
/// with the counts the runbook table gives and none of the points themselves (blind37: "fix the way in …
/// how CI gets its credentials" ticked beside a fix that carried 1 of 3 points).
@Suite struct PartlyDoneMoveTests {
    @Test func theFixMoveIsDoneInPartWhenItsTextIsShort() throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        let card = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "breach-competent", seed: 1))
        let fix = try #require(card.story.path.first { $0.step == 10 })
        let table = try #require(card.steps.first { $0.number == 10 }?.rubric)
        #expect(!table.missed.isEmpty)
        #expect(fix.isPartial && fix.mark == "~")
        #expect(fix.yours().contains("carried only \(table.hit.count) of \(table.hit.count + table.missed.count) points"), "\(fix.yours())")
        for concept in table.missed { #expect(!fix.yours().contains(concept)) }
    }

    @Test func theExpertsFixMoveIsDoneInFull() throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        let card = try ScoringSupport.score(try ScoringSupport.play(scenario, script: "breach-expert", seed: 1))
        let fix = try #require(card.story.path.first { $0.step == 10 })
        #expect(fix.mark == "✓", "\(fix.yours())")
    }
}
