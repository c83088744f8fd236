import Foundation
import Testing
@testable import TabletopCore

/// Seeded variants (Scenarios/FORMAT.md, "Variants"): the pick, substitution, `variant(…)`, jitter,
/// their located errors, lint over every value and the session header's picks.
@Suite struct VariantTests {
    static let text = String(decoding: TestSupport.bytes(TestSupport.fixtures.appendingPathComponent("variants/three-hosts.yaml")), as: UTF8.self)

    static func load(_ text: String = text, seed: UInt64) -> LoadResult<Scenario> {
        ScenarioLoader.load(path: "three-hosts.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook, variant: .seed(seed))
    }

    /// The scenario with one line replaced, for the error cases.
    static func replacing(_ old: String, with new: String) -> String {
        precondition(text.contains(old), "fixture lacks \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func seedsOneToThreePickEveryValueOfAThreeValuedVariable() {
        let picks = (1...3).map { VariantPicker.index(seed: $0, scenario: "three-hosts", variable: "host", count: 3) }
        #expect(Set(picks).count == 3)
        // The documented formula: (seed - 1 + FNV-1a-64("<scenario>/<variable>")) mod n.
        let hash = VariantPicker.fnv1a64("three-hosts/host")
        #expect(picks[0] == Int(hash % 3))
        #expect(VariantPicker.index(seed: 4, scenario: "three-hosts", variable: "host", count: 3) == picks[0])
        #expect(VariantPicker.index(seed: 0, scenario: "three-hosts", variable: "host", count: 3) == picks[2])
        // Known FNV-1a-64 vectors, so the hash is the documented one.
        #expect(VariantPicker.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(VariantPicker.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func everyPlaceholderIsReplacedByTheSeedsValue(seed: UInt64) throws {
        let scenario = try #require(Self.load(seed: seed).value)
        let index = VariantPicker.index(seed: seed, scenario: "three-hosts", variable: "host", count: 3)
        let (id, asset, name) = [("web", "web-03", "Web server 3"), ("db", "db-01", "Database 1"), ("build", "build-02", "Build runner 2")][index]
        #expect(scenario.variants == [VariantPick(variable: "host", value: id)])
        #expect(scenario.assets.map(\.id) == [asset])
        #expect(scenario.assets.first?.name == name)
        #expect(scenario.facts.first?.text == "The miner runs on \(name) (\(id)).")
        #expect(scenario.injects.first?.text == "CPU is pegged on \(asset).")
        #expect(scenario.debrief.narrative == "It was a miner on \(name).")
        #expect(scenario.end.outcomes.first?.when == .asset(asset, .isolated))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func variantConditionHoldsOnlyForThePickedValue(seed: UInt64) throws {
        let scenario = try #require(Self.load(seed: seed).value)
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: seed, mode: .practice, players: []))
        let texts = engine.start().map(\.text).joined(separator: "\n")
        let isDB = scenario.variants.first?.value == "db"
        #expect(engine.holds(.variant("host", "db")) == isDB)
        #expect(engine.holds(.variant("host", "web")) == (scenario.variants.first?.value == "web"))
        #expect(texts.contains("The database is slow too.") == isDB)
    }

    @Test func jitterStaysWithinItsBoundsAndVariesWithTheSeed() throws {
        var times: Set<Int> = []
        for seed in UInt64(1)...60 {
            let scenario = try #require(Self.load(seed: seed).value)
            guard case .at(let time) = try #require(scenario.injects.first).trigger else {
                Issue.record("the alert lost its 'at' trigger")
                return
            }
            #expect((20 * 60...40 * 60).contains(time.seconds), "seed \(seed): \(time)")
            #expect(time.seconds % 60 == 0)
            times.insert(time.seconds)
        }
        #expect(times.count > 10, "jitter hardly varies: \(times.sorted())")
        // Never before the start.
        let early = Self.replacing("at: 30m\n    jitter: 10m", with: "at: 2m\n    jitter: 10m")
        for seed in UInt64(1)...30 {
            guard case .at(let time)? = Self.load(early, seed: seed).value?.injects.first?.trigger else {
                Issue.record("did not load at seed \(seed)")
                return
            }
            #expect(time.seconds >= 0 && time.seconds <= 12 * 60)
        }
    }

    @Test func theSameSeedInstantiatesTheSameScenario() {
        #expect(Self.load(seed: 5).value == Self.load(seed: 5).value)
        #expect(Self.load(seed: 5).value != Self.load(seed: 6).value)
    }

    @Test(arguments: [
        ("CPU is pegged on {{host.asset}}.", "CPU is pegged on {{hots.asset}}.", "test.yaml:45:29: error: unknown variable 'hots' in {{hots.asset}}; did you mean 'host'?"),
        ("CPU is pegged on {{host.asset}}.", "CPU is pegged on {{host.asstet}}.", "test.yaml:45:29: error: variable 'host' has no field 'asstet' in {{host.asstet}}; did you mean 'asset'?"),
        ("trigger: variant(host, db)", "trigger: variant(host, dbx)", "test.yaml:49:28: error: variable 'host' has no value 'dbx' in 'trigger' of inject 'db-only'; did you mean 'db'?"),
        ("trigger: variant(host, db)", "trigger: variant(hosts, db)", "test.yaml:49:22: error: unknown variable 'hosts' in 'trigger' of inject 'db-only'; did you mean 'host'?"),
        ("  - id: \"{{host.asset}}\"", "  - id: {{host.asset}}", "test.yaml:35:9: error: a value that starts with '{{' must be quoted, or YAML reads it as a mapping: write \"{{host.asset}}\""),
        ("        name: Database 1\n", "", "test.yaml:17:13: error: value 'db' of variable 'host' lacks 'name'; every value of a variable must define the same fields"),
        ("text: \"CPU is pegged on {{host.asset}}.\"", "text: \"CPU is pegged on {{host.asset.\"", "test.yaml:45:29: error: '{{' without a closing '}}'; write {{variable}} or {{variable.field}}"),
    ])
    func aWrongPlaceholderIsALocatedError(old: String, new: String, expected: String) {
        let result = TestSupport.loadScenario(Self.replacing(old, with: new))
        #expect(result.value == nil)
        #expect(result.diagnostics.map { "\($0.path):\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.severity.rawValue): \($0.message)" }.contains(expected),
                "\(result.diagnostics.map(\.message))")
    }

    @Test func lintBuildsEveryValueAndNamesTheOneAtFault() throws {
        // Only the 'build' value (index 2) gives the asset an id that is not one.
        let text = Self.replacing("        asset: build-02\n", with: "        asset: Build_02\n")
        let linted = ScenarioLoader.lint(path: "test.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook)
        #expect(linted.value == nil)
        #expect(linted.diagnostics.contains { $0.isError && $0.message.hasSuffix("(when host=build)") }, "\(linted.diagnostics.map(\.message))")
        #expect(!linted.diagnostics.contains { $0.message.contains("host=web") || $0.message.contains("host=db") }, "\(linted.diagnostics.map(\.message))")
        // Building a single other value does not see the problem; lint does.
        #expect(ScenarioLoader.load(path: "test.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook, variant: .valueIndex(0)).succeeded)
        #expect(!ScenarioLoader.lint(path: "test.yaml", bytes: Array(Self.text.utf8), runbook: TestSupport.runbook).diagnostics.contains { $0.isError })
    }

    @Test func aTemplateKnowsItsVariablesWithoutASeed() throws {
        let template = try #require(ScenarioLoader.template(path: "t.yaml", bytes: Array(Self.text.utf8)).value)
        #expect(template.id == "three-hosts")
        #expect(template.variables.map(\.id) == ["host"])
        #expect(template.variables.first?.values.map(\.id) == ["web", "db", "build"])
        #expect(template.lintCount == 3)
        let picks = (UInt64(1)...3).map { template.picks(seed: $0) }
        #expect(Set(picks.map { $0.first?.value }).count == 3)
        for seed in UInt64(1)...3 {
            #expect(try #require(template.instantiate(.seed(seed), runbook: TestSupport.runbook).value).variants == template.picks(seed: seed))
        }
        // Recorded picks win over the seed, so a replay plays the recorded variant.
        let recorded = try #require(template.instantiate(.recorded([VariantPick(variable: "host", value: "build")], seed: 1), runbook: TestSupport.runbook).value)
        #expect(recorded.assets.map(\.id) == ["build-02"])
    }

    @Test func aScenarioWithoutVariablesIsTheSameAtEverySeed() {
        let minimal = String(decoding: TestSupport.bytes(TestSupport.fixtures.appendingPathComponent("valid/minimal.yaml")), as: UTF8.self)
        let one = ScenarioLoader.load(path: "m.yaml", bytes: Array(minimal.utf8), runbook: TestSupport.runbook, variant: .seed(1)).value
        #expect(one != nil)
        #expect(one == ScenarioLoader.load(path: "m.yaml", bytes: Array(minimal.utf8), runbook: TestSupport.runbook, variant: .seed(99)).value)
        #expect(one?.variants == [])
    }

    @Test func theSessionHeaderRecordsPicksAndOldHeadersDecodeWithout() throws {
        let configuration = EngineConfiguration(seed: 2, mode: .practice, players: [])
        let header = SessionHeader(tool: "t", session: "s", scenario: "three-hosts", scenarioPath: "/x.yaml", scenarioHash: "h", runbookHash: "r",
                                   configuration: configuration, trainee: nil, started: "2026-01-01T00:00:00Z",
                                   variants: [VariantPick(variable: "host", value: "db")])
        let decoded = try JSONDecoder().decode(SessionHeader.self, from: JSONEncoder().encode(header))
        #expect(decoded.variants == [VariantPick(variable: "host", value: "db")])
        var old = header
        old.variants = nil
        let oldJSON = String(decoding: try JSONEncoder().encode(old), as: UTF8.self)
        #expect(!oldJSON.contains("variants"), "a header without picks must be written as before")
        #expect(try JSONDecoder().decode(SessionHeader.self, from: Data(oldJSON.utf8)).variants == nil)
    }
}
