import Foundation
import Testing
@testable import TabletopCore

/// The scorer's rules on hand-built decision logs over the minimal scenario.
@Suite struct ScorerTests {
    static let minimal: Scenario = {
        let url = TestSupport.fixtures.appendingPathComponent("valid/minimal.yaml")
        return ScenarioLoader.load(path: "minimal.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook).value!
    }()

    /// A signal the shipped matrix rates at each level (none for sev4).
    static func signals(ratedAs level: Severity) -> [SeveritySignal] {
        switch level {
        case .sev1: [.dataTaken]
        case .sev2: [.attackerPresent]
        case .sev3: [.vulnerability]
        case .sev4: []
        }
    }

    /// A state whose decision log is the given lines, typed at the given minutes; the engine's severity record
    /// holds signals the shipped matrix rates as the `correct` levels, from the given minutes.
    static func state(_ lines: [(String, Int)], correct: [(Severity, Int)] = [(.sev3, 0)]) -> EngineState {
        var state = EngineState(seed: 1)
        for (index, (line, minute)) in lines.enumerated() {
            let action = try! ActionParser.parse(line).get()!.action
            state.decisions.append(Decision(index: index, at: .minutes(minute), actor: "trainee", role: "ic", raw: line, action: action,
                                            steps: [], rationale: nil, shownThrough: 0, cost: .zero))
            if let level = Severity(rawValue: action.object ?? ""), action.verb == .severity {
                state.severityLog.append(SeverityDeclaration(at: .minutes(minute), level: level, correct: nil, reason: nil, actor: "trainee"))
            }
        }
        state.severityInputs = correct.map { level, minute in
            let before = state.severityLog.count { $0.at < .minutes(minute) }
            return SeverityInputs(at: .minutes(minute), declarationsBefore: before, signals: signals(ratedAs: level), floor: nil)
        }
        state.clock = .minutes((lines.map(\.1).max() ?? 0) + 1)
        return state
    }

    static func score(_ state: EngineState, scenario: Scenario = minimal) throws -> Scorecard {
        try Scorer(runbook: TestSupport.runbook, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix, scenario: scenario)
            .score(state, players: [Player(name: "trainee", role: "ic")])
    }

    static func step(_ card: Scorecard, _ number: Int) -> StepResult { card.steps[number - 1] }

    /// The minimal scenario's applicable weights: every step but 3, 16 and 17 (no sev1/sev2, no personal data).
    static let applicableWeight = 100.0 - 3 - 7 - 5

    /// Points the steps share: the policy's total less the part that judges the questions.
    static let stepsTotal = Double(ScoringSupport.policy.totalWeight - ScoringSupport.policy.judgementWeight)

    @Test func statusOnTimeLateOutOfOrderAndMissed() throws {
        let card = try Self.score(Self.state([("ack", 0), ("impact \"web-03 mines coins\"", 5), ("ask dana cpu", 10), ("channel #ir", 20), ("severity sev3", 40)]))
        #expect(Self.step(card, 1).status == .onTime)
        #expect(Self.step(card, 2).status == .onTime)
        #expect(Self.step(card, 4).status == .late)
        #expect(Self.step(card, 4).deadline == .minutes(30))
        #expect(Self.step(card, 5).status == .onTime)
        #expect(Self.step(card, 6).status == .outOfOrder)
        #expect(Self.step(card, 6).missingPrerequisites == [5])
        #expect(Self.step(card, 10).status == .missed)
        let weight = { (step: Int) in Double(TestSupport.runbook.steps[step - 1].weight) }
        #expect(Self.step(card, 1).points == ((weight(1) / Self.applicableWeight * Self.stepsTotal) * 100).rounded() / 100)
        #expect(Self.step(card, 4).points == ((weight(4) / Self.applicableWeight * Self.stepsTotal * 0.5) * 100).rounded() / 100)
        #expect(Self.step(card, 6).points == ((weight(6) / Self.applicableWeight * Self.stepsTotal * 0.7) * 100).rounded() / 100)
        #expect(Self.step(card, 10).points == 0)
        #expect(Self.step(card, 5).evidence.map(\.text) == ["ask dana cpu"])
    }

    @Test func stepsThatDoNotApplyGiveTheirWeightToTheOthers() throws {
        let card = try Self.score(Self.state([("ack", 0)]))
        #expect(card.steps.filter { !$0.applies }.map(\.number) == [3, 16, 17])
        #expect(Self.step(card, 16).status == .notApplicable)
        #expect(Self.step(card, 16).reason == "does not apply here: it applies when personal data, an insider or a public statement is involved")
        #expect(abs(card.steps.reduce(0) { $0 + $1.possible } - Self.stepsTotal) < 0.05)
        #expect(card.judgement.possible == Double(ScoringSupport.policy.judgementWeight))
        var falsePositive = Self.minimal
        falsePositive.truth.falsePositive = true
        let fp = try Self.score(Self.state([("ack", 0)]), scenario: falsePositive)
        #expect(fp.steps.filter { !$0.applies }.map(\.number) == [3, 8, 10, 11, 12, 13, 16, 17])
        var overridden = Self.minimal
        overridden.scoring = [StepOverride(step: 9, applies: false, reason: "no document in this drill", deadline: nil, weight: nil)]
        #expect(Self.step(try Self.score(Self.state([("ack", 0)]), scenario: overridden), 9).reason == "no document in this drill")
    }

    @Test func underRatingCostsMoreThanOverRating() throws {
        let under = try Self.score(Self.state([("severity sev3", 5)], correct: [(.sev2, 0)]))
        #expect(under.adjustments.filter { $0.kind == "severity" }.map(\.points) == [-4])
        let farUnder = try Self.score(Self.state([("severity sev4", 5)], correct: [(.sev1, 0)]))
        #expect(farUnder.adjustments.filter { $0.kind == "severity" }.map(\.points) == [-12])
        let over = try Self.score(Self.state([("severity sev1", 5)], correct: [(.sev3, 0)]))
        #expect(over.adjustments.filter { $0.kind == "severity" }.map(\.points) == [-2])
        let none = try Self.score(Self.state([("ack", 5)]))
        #expect(none.adjustments.filter { $0.kind == "severity" }.map(\.points) == [-8])
    }

    @Test func newFactsWithoutReratingCost() throws {
        let stale = try Self.score(Self.state([("severity sev3", 5), ("ack", 30)], correct: [(.sev3, 0), (.sev2, 20)]))
        #expect(stale.adjustments.filter { $0.kind == "severity" }.map(\.points) == [-3])
        #expect(stale.severity.findings == ["new facts at T+00:20 raised the correct level to sev2, and the incident stayed at sev3"])
        let rerated = try Self.score(Self.state([("severity sev3", 5), ("severity sev2", 30)], correct: [(.sev3, 0), (.sev2, 20)]))
        #expect(rerated.adjustments.filter { $0.kind == "severity" }.isEmpty)
    }

    @Test func trapsClocksHintsAndOptionsAdjustTheScore() throws {
        var scenario = Self.minimal
        scenario.traps = [Trap(id: "clean-host", on: ActionPattern(verb: .clean, object: "web-03"), when: nil, step: 11, penalty: 7, hardFail: nil, lesson: "Never clean in place.")]
        scenario.clocks = [Clock(id: "legal", label: "LEGAL", starts: .constant(true), duration: .minutes(30), stops: .constant(false), step: 16, penalty: 0)]
        var state = Self.state([("ack", 0), ("clean web-03", 10)])
        state.traps = [SprungTrap(id: "clean-host", at: .minutes(10), decision: 1)]
        state.clocks = ["legal": ClockStatus(startedAt: .zero, deadline: .minutes(30), metAt: nil, expired: true)]
        state.hints = [.minutes(3), .minutes(4)]
        state.runbookViews = [.minutes(5)]
        let card = try Self.score(state, scenario: scenario)
        #expect(card.adjustments.map(\.kind) == ["trap", "clock", "severity", "hint", "hint", "runbook-view"])
        #expect(card.adjustments.map(\.points) == [-7, -5, -8, -2, -2, -1])
        let earned = card.steps.reduce(0) { $0 + $1.points }
        #expect(card.score == Int(max(0, (earned - 25).rounded())))
        #expect(card.areasForImprovement.contains { $0.observation == "trap clean-host, sprung by 'clean web-03' (-7 points)" && $0.lesson == "Never clean in place." })
    }

    @Test(arguments: HardFail.allCases)
    func everyHardFailCapsTheScoreAndTheRating(_ kind: HardFail) throws {
        var scenario = Self.minimal
        scenario.traps = [Trap(id: "bad", on: nil, when: .constant(true), step: 8, penalty: 0, hardFail: kind, lesson: "Don't.")]
        // A near-perfect log: every step done at once.
        let lines = ["ack", "channel #ir", "severity sev3", "ic me", "ask dana cpu", "impact \"one host\"", "page dana", "isolate web-03",
                     "doc create", "fix \"patch\"", "snapshot web-03", "test", "rollout", "ticket", "doc update summary \"done\"",
                     "close", "followup \"harden\"", "postmortem schedule tomorrow", "postmortem run"].enumerated().map { ($0.element, $0.offset) }
        var state = Self.state(lines)
        let clean = try Self.score(state, scenario: scenario)
        #expect(clean.score >= 90)
        state.traps = [SprungTrap(id: "bad", at: .minutes(3), decision: nil)]
        let failed = try Self.score(state, scenario: scenario)
        #expect(failed.hardFails.map(\.kind) == [kind])
        #expect(failed.uncappedScore == clean.score)
        #expect(failed.score == ScoringSupport.policy.hardFailScoreCap)
        #expect(failed.capabilities.allSatisfy { $0.rating <= .m })
        #expect(failed.rating <= .m)
    }

    @Test func publishingAnUnreviewedStatementIsAHardFailEvenWithoutATrap() throws {
        let card = try Self.score(Self.state([("statement draft \"x\"", 0), ("statement publish", 5), ("notify legal", 10)]))
        #expect(card.hardFails.map(\.kind) == [.unreviewedStatement])
        // Telling legal about the incident is not a review of the words that go out.
        let told = try Self.score(Self.state([("notify legal", 0), ("statement draft \"x\"", 2), ("statement publish", 5)]))
        #expect(told.hardFails.map(\.kind) == [.unreviewedStatement])
    }

    @Test func aRunbookWithoutTheScenariosStepsIsRefused() {
        var short = TestSupport.runbook
        short.steps = Array(short.steps.prefix(10))
        #expect(throws: ScoringError.self) {
            try Scorer(runbook: short, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix, scenario: try ScoringSupport.shippedScenario("example"))
        }
        let scenario = try! ScoringSupport.shippedScenario("example")
        do {
            _ = try Scorer(runbook: short, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix, scenario: scenario)
        } catch {
            #expect(error.description == "the runbook has no step 11, which scenario 'example' uses (inject 'jon-asks' expects it); it covers steps 1 to 10")
        }
    }
}
