import Foundation
import Testing
@testable import TabletopCore

/// A declared fleet (`groups:` with `size` and `members`): a sweep covers every member the scenario's
/// text speaks of, the listed assets in detail and the rest in one line, with the seed's variant
/// deciding which members are the affected ones; lint checks the declaration against the assets.
@Suite struct FleetGroupTests {
    static let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/compromised-host.yaml")
    static let text = String(decoding: TestSupport.bytes(url), as: UTF8.self)

    static func load(_ text: String = text, value index: Int = 0) -> LoadResult<Scenario> {
        ScenarioLoader.load(path: "compromised-host.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook, variant: .valueIndex(index))
    }

    /// The shipped file with one piece of the group declaration replaced.
    static func replacing(_ old: String, with new: String) -> String {
        precondition(text.contains(old), "compromised-host.yaml lacks \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func patternsExpandWithTheFirstNumbersWidth() {
        #expect(AssetGroup.expand("web-{01..12}") == (1...12).map { $0 < 10 ? "web-0\($0)" : "web-\($0)" })
        #expect(AssetGroup.expand("db{8..10}.eu") == ["db8.eu", "db9.eu", "db10.eu"])
        #expect(AssetGroup.expand("bastion") == ["bastion"])
        for bad in ["web-{12..01}", "web-{1..}", "web-{a..c}", "web-{1..2}-{1..2}", "web-}", "web-{1..3"] {
            #expect(AssetGroup.expand(bad) == nil, "\(bad)")
        }
    }

    /// Every variant: twelve servers, the three listed ones in detail, the nine others named as clean;
    /// the hosts the variant makes affected are never among the clean ones.
    @Test(arguments: [0, 1, 2])
    func aSweepCoversTheWholeFleetTheTextDescribes(value: Int) throws {
        let scenario = try #require(Self.load(value: value).value, "\(Self.load(value: value).renderedDiagnostics)")
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        _ = engine.handle("ack")
        let lines = engine.handle("sweep web-fleet").map(\.text)
        #expect(lines.contains("Sweep of web-fleet (12 assets):"), "\(lines)")
        let affected = scenario.assets.filter { $0.groups.contains("web-fleet") }.map(\.id)
        #expect(affected.count == 3 && affected.contains("web-03"))
        let rest = try #require(lines.first { $0.hasPrefix("The other 9 (") }, "\(lines)")
        let clean = (1...12).map { $0 < 10 ? "web-0\($0)" : "web-\($0)" }.filter { !affected.contains($0) }
        #expect(rest.hasPrefix("The other 9 (\(clean.joined(separator: ", "))): clean"), "\(rest)")
        for id in affected { #expect(lines.contains { $0.hasPrefix("\(id) (production web server):") }, "\(id) in \(lines)") }
    }

    @Test func aDeletedMemberIsReportedGoneNotInspected() throws {
        let scenario = try #require(Self.load().value)
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        _ = engine.handle("ack")
        _ = engine.handle("delete web-03")
        let lines = engine.handle("sweep web-fleet").map(\.text)
        #expect(lines.contains { $0.hasPrefix("web-03 (production web server): deleted at ") && $0.hasSuffix("nothing left to examine.") }, "\(lines)")
        #expect(!engine.state.asset("web-03", is: .inspected))
    }

    @Test(arguments: [
        ("    size: 12\n", "    size: 11\n", "group 'web-fleet' has size 11, but its members pattern names 12"),
        ("    size: 12\n    members: \"web-{01..12}\"", "    size: 2", "group 'web-fleet' has size 2, but 3 assets name it in their 'groups'"),
        ("members: \"web-{01..12}\"", "members: \"app-{01..12}\"", "asset 'web-03' names group 'web-fleet', but is not one of its members (app-01 to app-12)"),
        ("members: \"web-{01..12}\"", "members: \"web-{12..01}\"", "must be a name or a numbered pattern such as web-{01..12}"),
        ("    size: 12\n    members: \"web-{01..12}\"\n", "", "group 'web-fleet' needs 'size: <number>' or 'members: <pattern>'"),
        ("  - id: web-fleet\n    size: 12", "  - id: db-fleet\n    size: 12", "no asset names group 'db-fleet' in its 'groups'"),
    ])
    func lintChecksTheDeclarationAgainstTheAssets(old: String, new: String, message: String) {
        let result = Self.load(Self.replacing(old, with: new))
        #expect(result.diagnostics.contains { $0.message.contains(message) }, "\(result.renderedDiagnostics)")
    }
}

extension FleetGroupTests {
    /// A member someone only offered to touch ("Want me to curl it from web-04?", declined) is swept as
    /// clean; one something was done from is listed with what was done (blind39 #60).
    @Test(arguments: [("Look it up in threat intel only and block it at egress", false), ("Go ahead: resolving it from production", true)])
    func aDeclinedOfferIsNotOnTheSweep(choice: String, marked: Bool) throws {
        let moves = try TimeThatStaysTrueTests.walkthrough("compromised-host-expert-seed1", through: "choose \"Look it up in threat intel only and block it at egress\"")
            .dropLast() + ["choose \"\(choice)\""]
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", Array(moves))
        let sweep = TimeThatStaysTrueTests.said(engine.playThrough("sweep"))
        #expect(sweep.contains("web-04: nothing planted found") == marked, "\(sweep)")
        #expect(!sweep.contains("Want me to curl it"), "\(sweep)")
    }
}
