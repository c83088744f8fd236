import Foundation
import Testing
@testable import TabletopCore

/// Outputs carry their kind, speaker, audience, text, revealed fact and step mark as data.
@Suite struct OutputStructureTests {
    static let message = InjectMessage(id: "alert", at: .minutes(5), from: "Jon", channel: "#security", to: ["legal"],
                                       text: "Is this a breach?", question: nil, options: [])
    /// One output of every kind.
    static let samples: [Output] = [
        .briefing(title: "Leak", text: "A token leaked."), .inject(message), .answer(person: "jon", name: "Jon", text: "No idea."),
        .response("Done."), .fact(id: "token-in-gist", text: "The token is public."), .evidence(step: 3, title: "Open a bridge"),
        .clock(ClockNotice(id: "gdpr", label: "GDPR", event: .started, deadline: .minutes(60))), .notice("Time passes."),
        .warning("hints are off"), .error("no such asset"), .info("Time: T+00:05"),
        .end(DrillEnd(outcome: "contained", kind: .resolved, at: .minutes(90), text: "Contained.")),
    ]

    @Test func theKindIsTheKeyTheLogWritesTheOutputUnder() throws {
        #expect(Self.samples.map(\.kind) == Output.Kind.allCases)
        for output in Self.samples {
            let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(output)) as? [String: Any]
            #expect(object.map { Array($0.keys) } == [output.kind.rawValue])
            #expect(try JSONDecoder().decode(Output.self, from: JSONEncoder().encode(output)) == output)
        }
    }

    @Test func whoSaysItAndWhatItSays() {
        #expect(Self.samples.map(\.speaker) == [nil, "Jon", "Jon", nil, nil, nil, nil, nil, nil, nil, nil, nil])
        #expect(Self.samples.map(\.text) == ["A token leaked.", "Is this a breach?", "No idea.", "Done.", "The token is public.", "Open a bridge",
                                             "GDPR", "Time passes.", "hints are off", "no such asset", "Time: T+00:05", "Contained."])
        #expect(Self.samples.compactMap(\.revealedFact) == ["token-in-gist"])
        #expect(Self.samples.compactMap(\.stepMark) == [3])
    }

    @Test func whoMaySeeIt() {
        var everyone = InjectMessage(id: "x", at: .zero, from: "", channel: "", to: [], text: "", question: nil, options: [])
        #expect(Output.inject(everyone).audience == .everyone)
        everyone.to = ["ic", "legal"]
        #expect(Output.inject(everyone).audience == .roles(["ic", "legal"]))
        #expect(Self.samples.map(\.audience) == [.asker, .roles(["legal"]), .everyone, .everyone, .everyone, .everyone,
                                                 .everyone, .everyone, .asker, .askerOnly, .asker, .everyone])
    }

    @Test func factsLearntFromPeopleAndAssetsAndStepMarksAreInTheOutputs() {
        var engine = VerbTableTests.startedEngine()
        // Injects reveal facts through their own text; what people and assets reveal comes as `.fact`.
        let before = engine.state.facts
        var outputs: [Output] = []
        for line in ["ack", "channel #ir", "severity sev2", "page mara", "wait 30m", "ask mara token owner", "lookup jon", "logs admin-token"] {
            outputs += engine.handle(line)
        }
        let learnt = engine.state.facts.filter { !before.contains($0) }
        #expect(learnt.count >= 2)
        #expect(outputs.compactMap(\.revealedFact) == learnt)
        #expect(Set(outputs.compactMap(\.stepMark)) == Set(engine.state.evidence.map(\.step)))
    }
}
