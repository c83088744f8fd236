import Foundation
import Testing
@testable import TabletopCore

/// `tabletop migrate` and the loading of format-1 files: a migrated file means what the original meant.
@Suite struct FormatMigrationTests {
    /// The shipped scenarios as they were in format 1, kept to prove the migration changes no drill.
    static let originals = TestSupport.fixtureNames(in: "format1", extension: "yaml")
    static let broken = TestSupport.fixtureNames(in: "broken", extension: "yaml")

    static func plan(_ text: String) -> FormatMigrator.Plan? {
        FormatMigrator.plan(path: "old.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook).value
    }

    static func original(_ name: String) -> [UInt8] {
        TestSupport.bytes(TestSupport.fixtures.appendingPathComponent("format1").appendingPathComponent(name))
    }

    static let inject = """
        format: 1
        injects:
          - id: late
            when: revealed(x) and attacker.present   # keeps its comment
            expects: [8, stop-the-bleeding]
        traps:
          - id: a
            action: notify customers
            when: not did(notify legal)
          - id: b
            when: done(8)
        """

    @Test func rewritesOnlyWhatChangedAndKeepsComments() throws {
        let plan = try #require(Self.plan(Self.inject))
        #expect(plan.text == """
            format: 2
            injects:
              - id: late
                trigger: revealed(x) and truth(attacker-present)   # keeps its comment
                expects: [stop-the-bleeding, stop-the-bleeding]
            traps:
              - id: a
                action: notify customers
                only_if: not did(notify legal)
              - id: b
                trigger: done(stop-the-bleeding)
            """)
        #expect(plan.changes.map { "\($0.location.line):\($0.location.column): \($0.description)" }.sorted() == [
            "11:11: done(8) → done(stop-the-bleeding)", "11:5: when → trigger", "1:9: format: 1 → 2",
            "4:11: attacker.present → truth(attacker-present)", "4:5: when → trigger", "5:15: step 8 → stop-the-bleeding",
            "9:5: when → only_if",
        ])
    }

    /// The rewritten text keeps every other character as written: accents, emoji and CRLF line ends.
    @Test func unchangedTextKeepsItsCharactersAndLineEnds() throws {
        let plan = try #require(Self.plan("format: 1\r\ninjects:\r\n  - id: café\r\n    when: done(8)   # ☕️ naïve\r\n"))
        #expect(plan.text == "format: 2\r\ninjects:\r\n  - id: café\r\n    trigger: done(stop-the-bleeding)   # ☕️ naïve\r\n")
    }

    /// A variant field that an `attacker:` effect reads is rewritten with it.
    @Test func aVariantFieldReadByAnAttackerEffectIsRewritten() throws {
        let plan = try #require(Self.plan("""
            format: 1
            variables:
              - id: who
                values:
                  - id: a
                    there: present
                  - id: b
                    there: gone
            injects:
              - id: late
                effects:
                  attacker: "{{who.there}}"
            """))
        #expect(plan.text.contains("there: true\n      - id: b\n        there: false\n"))
        #expect(plan.text.contains("attacker-present: \"{{who.there}}\""))
    }

    @Test func migratingTwiceChangesNothing() throws {
        let once = try #require(Self.plan(Self.inject))
        let twice = try #require(Self.plan(once.text))
        #expect(twice.edits.isEmpty)
        #expect(twice.text == once.text)
    }

    @Test func aScalarNotWrittenVerbatimIsLeftForTheAuthor() throws {
        let plan = try #require(Self.plan("format: 1\ninjects:\n  - id: a\n    when: >-\n      attacker.present\n"))
        #expect(plan.problems.map(\.message) == ["could not rewrite 'attacker.present' in place; write 'truth(attacker-present)' (attacker.present → truth(attacker-present))"])
        #expect(plan.text.contains("trigger: >-\n      attacker.present"))
    }

    @Test func aPlanIsNotMigrated() {
        let result = FormatMigrator.plan(path: "p.yaml", bytes: Array("format: 1\nscenario: example\nplans: []\n".utf8), runbook: TestSupport.runbook)
        #expect(result.renderedDiagnostics.hasPrefix("p.yaml:1:1: error: not a scenario file"))
    }

    @Test func aFileInAnotherFormatIsRefusedWithItsLocation() {
        let result = FormatMigrator.plan(path: "x.yaml", bytes: Array("id: x\nformat: 7\ncast: []\n".utf8), runbook: TestSupport.runbook)
        #expect(result.renderedDiagnostics.hasPrefix("x.yaml:2:9: error: only format 1 files can be migrated; this file declares format '7'"))
    }

    /// The format-1 original loads (migrated in memory) into the very scenario its migrated text gives,
    /// at every value of its variables: the drill plays the same.
    @Test(arguments: originals)
    func migratedScenarioIsTheSame(_ name: String) throws {
        let bytes = Self.original(name)
        let plan = try #require(FormatMigrator.plan(path: name, bytes: bytes, runbook: TestSupport.runbook).value)
        #expect(plan.problems.isEmpty)
        let before = ScenarioLoader.lint(path: name, bytes: bytes, runbook: TestSupport.runbook)
        let after = ScenarioLoader.lint(path: name, bytes: Array(plan.text.utf8), runbook: TestSupport.runbook)
        #expect(before.value != nil)
        #expect(before.value == after.value)
        #expect(before.diagnostics.first?.headline == "\(name):1:1: note: format 1 is deprecated; run 'tabletop migrate \(name)'")
        #expect(after.diagnostics.filter { $0.severity != .note } == before.diagnostics.filter { $0.severity != .note })
        for seed in [UInt64(2), 3] {
            let loadedBefore = ScenarioLoader.load(path: name, bytes: bytes, runbook: TestSupport.runbook, variant: .seed(seed))
            let loadedAfter = ScenarioLoader.load(path: name, bytes: Array(plan.text.utf8), runbook: TestSupport.runbook, variant: .seed(seed))
            #expect(loadedBefore.value == loadedAfter.value)
        }
    }

    /// What is shipped is format 2 and has nothing left to migrate.
    @Test(arguments: originals)
    func shippedScenarioIsMigrated(_ name: String) throws {
        let shipped = TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scenarios").appendingPathComponent(name))
        let plan = try #require(FormatMigrator.plan(path: name, bytes: shipped, runbook: TestSupport.runbook).value)
        #expect(plan.format == 2)
    }

    /// A format-2 file that still spells a concept the format-1 way loads, with a located warning naming
    /// the one spelling to use.
    @Test func aFormat1SpellingInAFormat2FileIsWarnedAbout() throws {
        let shipped = String(decoding: TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scenarios/breach.yaml")), as: UTF8.self)
        let lines = shipped.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("met_if: did(postmortem run) and not truth(attacker-present)") })
        let edited = shipped.replacingOccurrences(of: "met_if: did(postmortem run) and not truth(attacker-present)",
                                                  with: "met_if: did(postmortem run) and not attacker.present")
        let result = ScenarioLoader.load(path: "breach.yaml", bytes: Array(edited.utf8), runbook: TestSupport.runbook)
        #expect(result.value != nil)
        let column = try #require(lines[row].range(of: "truth(attacker-present)")).lowerBound.utf16Offset(in: lines[row]) + 1
        let warnings = result.diagnostics.filter { $0.headline.contains("format 1's spelling") }
        #expect(warnings.map(\.headline) == ["breach.yaml:\(row + 1):\(column): warning: 'attacker.present' in 'met_if' of a step of the ideal path is format 1's spelling; format 2 writes 'truth(attacker-present)'"])
        #expect(ScenarioLoader.load(path: "breach.yaml", bytes: Array(shipped.utf8), runbook: TestSupport.runbook).diagnostics.allSatisfy { !$0.headline.contains("format 1's spelling") })
    }

    /// A broken file still gets a located error once migrated, in memory or by `tabletop migrate`.
    @Test(arguments: broken)
    func migratedBrokenFixtureStillFailsWithALocatedError(_ name: String) {
        let bytes = TestSupport.bytes(TestSupport.fixtures.appendingPathComponent("broken").appendingPathComponent(name))
        let original = ScenarioLoader.load(path: name, bytes: bytes, runbook: TestSupport.runbook)
        // A file the migrator refuses (no scenario, no format 1) stays as it is.
        let planned = FormatMigrator.plan(path: name, bytes: bytes, runbook: TestSupport.runbook).value
        let migrated = ScenarioLoader.load(path: name, bytes: planned.map { Array($0.text.utf8) } ?? bytes, runbook: TestSupport.runbook)
        #expect(migrated.value == nil)
        let located = { (result: LoadResult<Scenario>) in result.diagnostics.contains { $0.isError && $0.location != nil } }
        #expect(located(migrated) == located(original))
    }
}
