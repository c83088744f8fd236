import Foundation
import Testing
@testable import TabletopCore

/// The severity matrix is what the scorer judges declared levels against, and what `lint` checks a scenario's
/// `truth.severity` stages against.
@Suite struct SeverityMatrixTests {
    static let minimalText = String(decoding: TestSupport.bytes(TestSupport.fixtures.appendingPathComponent("valid/minimal.yaml")), as: UTF8.self)

    /// The minimal scenario with its `truth:` and `facts:` replaced (lines 10 to 16 of the file).
    static func minimal(truth: String) -> LoadResult<Scenario> {
        let original = "truth:\n  personal-data: false\n  severity:\n    - level: sev3\nfacts:\n  - id: leak\n    text: Something leaked.\n"
        #expect(minimalText.contains(original))
        let text = minimalText.replacingOccurrences(of: original, with: truth)
        return ScenarioLoader.load(path: "mini.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook, matrix: ScoringSupport.matrix)
    }

    /// An adversary present (sev2), and a sev1 stage from `revealed(exfil)`; `exfil` is never revealed and ends with `lines`.
    static func staged(_ lines: String) -> LoadResult<Scenario> {
        minimal(truth: "truth:\n  attacker-present: true\n  severity:\n    - level: sev2\n    - level: sev1\n      only_if: revealed(exfil)\n"
                + "facts:\n  - id: leak\n    text: Something leaked.\n  - id: exfil\n    text: The data was copied.\n" + lines)
    }

    @Test func aStageTheMatrixRatesMoreSevereIsAnError() {
        let result = Self.minimal(truth: """
            truth:
              personal-data: true
              attacker-present: true
              severity:
                - level: sev3
            facts:
              - id: leak
                text: Something leaked.
                known: true
                shows: [data-taken]

            """)
        #expect(result.value == nil)
        #expect(result.diagnostics.filter { $0.message.contains("matrix") }.map(\.headline) == [
            "mini.yaml:14:7: error: 'truth.severity' stage 1: the severity matrix rates the incident sev1 at the start (because of data-taken), "
                + "but the stages say sev3; raise the stage or add one, since the scorer expects sev1",
        ])
    }

    @Test func aFactThatRaisesTheMatrixAboveEveryStageIsAnErrorAtTheFact() {
        let result = Self.minimal(truth: """
            truth:
              attacker-present: true
              severity:
                - level: sev2
            facts:
              - id: leak
                text: Something leaked.
                shows: [admin-access]

            """)
        #expect(result.diagnostics.filter { $0.message.contains("matrix") }.map(\.headline) == [
            "mini.yaml:15:9: error: fact 'leak': the severity matrix rates the incident sev1 once 'leak' is known (because of admin-access), "
                + "but the stages say sev2; raise the stage or add one, since the scorer expects sev1",
        ])
    }

    @Test func aStageTheMatrixRatesLessSevereIsAWarning() {
        let result = Self.staged("")
        #expect(result.value != nil)
        #expect(result.diagnostics.filter { $0.message.contains("matrix") }.map(\.headline) == [
            "mini.yaml:14:7: warning: 'truth.severity' stage 2: the stages say sev1 once 'exfil' is known, but the severity matrix rates it sev2 "
                + "(because of attacker-present); the scorer expects sev2 unless a 'severity_floor' effect raises it: add 'shows:' to the facts "
                + "that justify sev1, or lower the stage",
        ])
    }

    @Test func stagesThatAgreeWithTheMatrixPass() {
        let result = Self.staged("    shows: [data-taken]\n")
        #expect(result.value != nil)
        #expect(!result.diagnostics.contains { $0.message.contains("matrix") })
    }

    @Test(arguments: ["breach", "compromised-host", "example", "insider"])
    func shippedScenariosAgreeWithTheShippedMatrix(_ id: String) {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml")
        let result = ScenarioLoader.load(path: "\(id).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook, matrix: ScoringSupport.matrix)
        #expect(result.value != nil, "\(result.renderedDiagnostics)")
        #expect(!result.diagnostics.contains { $0.message.contains("severity matrix") }, "\(result.renderedDiagnostics)")
    }

    @Test func factsMayShowOnlyWhatFactsShow() {
        let result = Self.minimal(truth: """
            truth:
              severity:
                - level: sev3
            facts:
              - id: leak
                text: Something leaked.
                shows: [personal-data, data-taen]

            """)
        #expect(result.diagnostics.map(\.headline) == [
            "mini.yaml:16:13: error: 'personal-data' in fact 'leak' is set by 'truth:', not shown by a fact",
            "mini.yaml:16:28: error: 'data-taen' is not something a fact can show in fact 'leak'; did you mean 'data-taken'?",
        ])
    }

    static let shippedMatrixText = String(decoding: TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scoring/severity.yaml")), as: UTF8.self)

    static func matrix(replacing old: String, with new: String) throws -> LoadResult<SeverityMatrix> {
        #expect(shippedMatrixText.contains(old))
        return ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: Array(shippedMatrixText.replacingOccurrences(of: old, with: new).utf8))
    }

    @Test func matrixRulesNameKnownSignals() throws {
        let result = try Self.matrix(replacing: "      - admin-access ", with: "      - admin-acess and malware ")
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.message) == ["'admin-acess' is not a signal the matrix knows; did you mean 'admin-access'?"])
    }

    @Test func everyLevelButTheLeastSevereHasRules() throws {
        let text = Self.shippedMatrixText
        let start = try #require(text.range(of: "    when:\n      - degraded"))
        let end = try #require(text.range(of: "vulnerability         # with no sign that anyone used it\n"))
        let result = ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: Array(text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "").utf8))
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.message.hasPrefix("every level but the least severe needs 'when:'") == true)
    }

    @Test func theShippedMatrixRatesByItsRules() {
        let matrix = ScoringSupport.matrix
        #expect(matrix.level(for: []) == .sev4)
        #expect(matrix.level(for: [.falsePositive, .personalData]) == .sev4)
        #expect(matrix.level(for: [.vulnerability]) == .sev3)
        #expect(matrix.level(for: [.personalData, .attackerPresent]) == .sev2)
        #expect(matrix.level(for: [.insider, .dataTaken]) == .sev1)
        #expect(matrix.level(for: SeverityInputs(at: .zero, declarationsBefore: 0, signals: [.vulnerability], floor: .sev2)) == .sev2)
    }

    /// The example scenario played as the novice walkthrough (sev3 declared once, while the matrix gives sev2 and
    /// then sev1 once the export is found), scored with the shipped matrix and with one that rates any personal data
    /// sev1: the correct level and the judgement of each declaration follow the matrix, not the scenario's stages.
    @Test func theScorersCorrectLevelFollowsTheMatrix() throws {
        let engine = try ScoringSupport.play(ScoringSupport.shippedScenario("example"), script: "example-novice")
        let shipped = try ScoringSupport.score(engine)
        #expect(shipped.severity.correct.map(\.level) == [.sev2, .sev1])
        #expect(shipped.severity.declarations.map(\.level) == [.sev3])
        #expect(shipped.severity.declarations.map(\.correct) == [.sev2])
        let changed = try #require(try Self.matrix(replacing: "      - data-taken            #", with: "      - personal-data\n      - data-taken            #").value)
        let card = try Scorer(runbook: TestSupport.runbook, policy: ScoringSupport.policy, matrix: changed, scenario: engine.scenario)
            .score(engine.state, players: [])
        #expect(card.severity.correct.map(\.level) == [.sev1])
        #expect(card.severity.declarations.map(\.correct) == [.sev1])
        #expect(card.severity.findings.first == "declared sev3 at T+\(shipped.severity.declarations[0].at.clock) when the matrix gave sev1: under-rated by 2 levels")
        #expect(shipped.severity.findings.first == "declared sev3 at T+\(shipped.severity.declarations[0].at.clock) when the matrix gave sev2: under-rated by 1 level")
        #expect(card.score < shipped.score)
    }

    /// A fact with `available:` counts for the correct level once a reasonable responder would know it, found or not;
    /// without it, the same fact counts only once revealed.
    @Test func anAvailableFactRaisesTheCorrectLevelUnfound() throws {
        func correctLevels(available: String) throws -> [SeverityChange] {
            let result = Self.staged("    shows: [data-taken]\n" + available)
            let scenario = try #require(result.value, "\(result.renderedDiagnostics)")
            var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
            _ = engine.start()
            _ = engine.handle("wait 1h")
            #expect(!engine.state.facts.contains("exfil"))
            return try Scorer(runbook: TestSupport.runbook, policy: ScoringSupport.policy, matrix: ScoringSupport.matrix, scenario: scenario)
                .score(engine.state, players: []).severity.correct
        }
        let available = try correctLevels(available: "    available: time >= 30m\n")
        #expect(available.map(\.level) == [.sev2, .sev1])
        #expect(available.last.map { $0.at >= .minutes(30) && $0.at <= .minutes(61) } == true)
        let unfound = try correctLevels(available: "")
        #expect(unfound.map(\.level) == [.sev2])
    }

    @Test func theSchemaListsWhatFactsMayShow() throws {
        let definitions = try #require(SchemaSyncTests.schema()["$defs"] as? [String: Any])
        let fact = try #require(definitions["fact"] as? [String: Any])
        let shows = try #require((fact["properties"] as? [String: Any])?["shows"] as? [String: Any])
        let names = try #require((shows["items"] as? [String: Any])?["enum"] as? [String])
        #expect(names == SeveritySignal.shownByFacts.map(\.rawValue))
    }
}
