import Testing
@testable import TabletopCore

/// Blind play, round 6: `help ask` in breach gave "ask dana logs" (no Dana there) and `help rotate`
/// gave "rotate web-03" (a host); `why` after `ask nils update` explained the lookup, not the decision.
@Suite struct HelpAndWhyInDrillTests {
    typealias Support = TimeThatStaysTrueTests

    static func example(_ id: String, _ topic: String) throws -> String {
        var engine = try Support.engine(id, ["ack"])
        let said = Support.said(engine.handle("help \(topic)"))
        let line = try #require(said.split(separator: "\n").first { $0.contains("example:") }, "\(said)")
        return String(line.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces)
    }

    @Test(arguments: ["breach", "compromised-host", "insider"])
    func askNamesSomeoneOfThisDrill(id: String) throws {
        let engine = try Support.engine(id, [])
        let example = try Self.example(id, "ask")
        let person = try #require(example.split(separator: " ").dropFirst().first.map(String.init))
        #expect(engine.scenario.cast.contains { $0.id == person }, "\(id): \(example)")
    }

    /// Blind play 2026-12-03: in the insider drill `help page`, `help ask`, `help tell`, `help delegate`
    /// and `help invite` all named Kai, the suspect; following an example was a tip-off.
    @Test(arguments: ["page", "ask", "tell", "delegate", "invite"])
    func noExampleNamesSomeoneWhoMustNotKnow(verb: String) throws {
        let engine = try Support.engine("insider", [])
        let example = try Self.example("insider", verb)
        let hidden = engine.scenario.cast.filter(\.mustNotKnow).map(\.id)
        #expect(!hidden.isEmpty)
        #expect(!example.split(separator: " ").contains { hidden.contains(String($0)) }, "\(example)")
    }

    @Test func rotateNamesACredentialOfThisDrill() throws {
        let engine = try Support.engine("compromised-host", [])
        let example = try Self.example("compromised-host", "rotate")
        let asset = try #require(example.split(separator: " ").last.map(String.init))
        #expect(engine.scenario.assets.first { $0.id == asset }?.kind == .credential, "\(example)")
    }

    @Test func isolateNamesNoHostFromAnotherDrill() throws {
        let example = try Self.example("breach", "isolate")
        #expect(!example.contains("web-03"), "\(example)")
    }

    @Test func whyAfterALookupExplainsTheDecisionBeforeItAndSaysWhich() throws {
        var engine = try Support.engine("compromised-host", seed: 37, ["ack", "rotate instance-role", "ask nils update"])
        let said = Support.said(engine.handle("why \"narrow the role before anything else\""))
        let rotate = try #require(engine.state.decisions.firstIndex { $0.raw == "rotate instance-role" })
        #expect(engine.state.decisions[rotate].rationale == "narrow the role before anything else")
        #expect(engine.state.decisions.last { $0.raw == "ask nils update" }?.rationale == nil)
        #expect(said.contains("rotate instance-role"), "\(said)")
    }
}
