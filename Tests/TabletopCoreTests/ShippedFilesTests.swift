import Foundation
import Testing
@testable import TabletopCore

/// The files the repository ships must load clean.
@Suite struct ShippedFilesTests {
    @Test func exampleScenarioLoadsWithoutAnyDiagnostic() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/example.yaml")
        let result = ScenarioLoader.load(path: "Scenarios/example.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook)
        #expect(result.diagnostics == [], "\(result.renderedDiagnostics)")
        let scenario = try #require(result.value)
        #expect(scenario.id == "example")
        // The example must show every trigger kind, a decision point, traps with and without hard fails, and a clock.
        let triggers = Set(scenario.injects.map { inject -> String in
            switch inject.trigger {
            case .at: "at"
            case .afterInject: "after"
            case .afterAction: "after_action"
            case .when: "when"
            case .contingency: "contingency"
            }
        })
        #expect(triggers == ["at", "after", "after_action", "when", "contingency"])
        #expect(scenario.injects.contains { $0.decision != nil })
        #expect(scenario.injects.contains { $0.unless != nil })
        #expect(scenario.traps.contains { $0.hardFail != nil } && scenario.traps.contains { $0.hardFail == nil })
        #expect(scenario.scoring.contains { !$0.criteria.isEmpty } && scenario.scoring.contains { !$0.rubric.concepts.isEmpty }
                && scenario.scoring.contains { !$0.rubric.forbidden.isEmpty })
        #expect(!scenario.clocks.isEmpty && !scenario.responses.isEmpty && !scenario.scoring.isEmpty)
        #expect(scenario.cast.contains { !$0.known } && scenario.assets.contains { !$0.known })
    }

    @Test func minimalFixtureLoadsAndWarnsAboutUncoveredSteps() throws {
        let url = TestSupport.fixtures.appendingPathComponent("valid/minimal.yaml")
        let result = ScenarioLoader.load(path: "minimal.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook)
        #expect(result.value != nil)
        #expect(result.diagnostics.map(\.headline) == [
            "minimal.yaml: warning: 20 runbook steps are never exercised (no inject expects them and no decision, trap or clock names them): 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21",
            "minimal.yaml: warning: step 6 (verify-impact) has no criteria in 'scoring': its verbs on anything will count; say what in this world shows it done",
            "minimal.yaml: warning: step 8 (stop-the-bleeding) has no criteria in 'scoring': its verbs on anything will count; say what in this world shows it done",
            "minimal.yaml: warning: step 11 (forensics) has no criteria in 'scoring': its verbs on anything will count; say what in this world shows it done",
        ])
    }

    @Test func runbookHasTheTwentyOneStepsInOrder() {
        let runbook = TestSupport.runbook
        #expect(runbook.steps.map(\.number) == Array(1...21))
        #expect(runbook.steps[7].slug == "stop-the-bleeding")
        #expect(runbook.steps.allSatisfy { !$0.evidence.isEmpty && $0.phase != "" })
        #expect(Set(runbook.steps.map(\.phase)).isSubset(of: Set(runbook.phases.map(\.id))))
    }

    @Test func policyAgreesWithRunbookWeights() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/policy.yaml")
        let result = ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook)
        #expect(result.diagnostics == [])
        let policy = try #require(result.value)
        #expect(TestSupport.runbook.steps.reduce(0) { $0 + $1.weight } == policy.totalWeight)
        #expect(policy.scoreBands.last?.minimum == 0)
    }

    @Test func policyWithWeightsThatDoNotAddUpIsRefused() {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/policy.yaml")
        let text = String(decoding: TestSupport.bytes(url), as: UTF8.self).replacingOccurrences(of: "total_weight: 100", with: "total_weight: 90")
        let result = ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook)
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.headline) == ["policy.yaml: error: the runbook's step weights add up to 100, but 'total_weight' is 90"])
    }

    @Test func severityMatrixHasFourLevelsInOrder() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/severity.yaml")
        let result = ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: TestSupport.bytes(url))
        #expect(result.diagnostics == [])
        #expect(try #require(result.value).levels.map(\.level) == [.sev1, .sev2, .sev3, .sev4])
    }

    @Test func runbookConditionsCannotNameScenarioIds() {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/runbook.yaml")
        let text = String(decoding: TestSupport.bytes(url), as: UTF8.self)
            .replacingOccurrences(of: "applies: not truth(false-positive)\n    applies_reason: any suspected compromise or data loss", with: "applies: revealed(exfil)\n    applies_reason: any suspected compromise or data loss")
        let result = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: Array(text.utf8))
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.message == "a runbook condition cannot name a scenario's fact ('exfil'); use truth(…), severity, time or done(…)")
    }
}

/// The JSON Schema editors use must accept exactly the keys the loader accepts.
@Suite struct SchemaSyncTests {
    static func schema() -> [String: Any] {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/scenario.schema.json")
        let object = try? JSONSerialization.jsonObject(with: Data(TestSupport.bytes(url)))
        return (object as? [String: Any]) ?? [:]
    }

    @Test(arguments: ScenarioKeys.all.map(\.name))
    func schemaDefinitionListsTheLoadersKeys(_ name: String) throws {
        let definitions = try #require(Self.schema()["$defs"] as? [String: Any], "schema has no $defs")
        let definition = try #require(definitions[name] as? [String: Any], "schema lacks definition '\(name)'")
        let properties = try #require(definition["properties"] as? [String: Any])
        let keys = try #require(ScenarioKeys.all.first { $0.name == name }).keys
        #expect(Set(properties.keys) == Set(keys))
        #expect(definition["additionalProperties"] as? Bool == false)
        #expect(Set(definition["required"] as? [String] ?? []) == Set(ScenarioKeys.required[name] ?? []))
    }

    /// FORMAT.md's key reference is generated from the loader's declarations
    /// (`TABLETOP_WRITE_DOCS=1 swift test --filter SchemaSyncTests` rewrites it).
    @Test func formatDocumentsKeyReferenceIsGenerated() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/FORMAT.md")
        func reference(in document: String) throws -> Range<String.Index> {
            let begin = try #require(document.range(of: ScenarioKeys.referenceMarkers.begin), "FORMAT.md lacks the key reference")
            let end = try #require(document.range(of: ScenarioKeys.referenceMarkers.end, range: begin.upperBound..<document.endIndex))
            return begin.lowerBound..<end.upperBound
        }
        if ProcessInfo.processInfo.environment["TABLETOP_WRITE_DOCS"] == "1" {
            var document = String(decoding: TestSupport.bytes(url), as: UTF8.self)
            document.replaceSubrange(try reference(in: document), with: ScenarioKeys.referenceTable())
            try Data(document.utf8).write(to: url)
        }
        let document = String(decoding: TestSupport.bytes(url), as: UTF8.self)
        #expect(String(document[try reference(in: document)]) == ScenarioKeys.referenceTable(),
                "FORMAT.md's key reference is out of date; TABLETOP_WRITE_DOCS=1 swift test --filter SchemaSyncTests")
    }
}
