import Foundation
import Testing
@testable import TabletopCore

/// The verb table (`Verb`) is the one declaration the parser, help, the loaders and saved states read.
@Suite struct VerbTableTests {
    @Test(arguments: Verb.allCases) func everyVerbsExampleParsesToIt(verb: Verb) throws {
        let example = Usage.example(for: verb)
        let parsed = try ActionParser.parse(example).get()
        #expect(parsed?.action.verb == verb, "'\(example)' should parse as \(verb.id)")
        #expect(parsed?.actor == nil)
    }

    /// A placeholder teaches nothing: `help fix` once showed `fix "…"` (blind8 B40).
    @Test(arguments: Verb.allCases) func everyExampleIsAWorkedOneNotAPlaceholder(verb: Verb) {
        let engine = Self.startedEngine()
        for example in [Usage.example(for: verb), engine.helpExample(for: verb)] {
            #expect(!example.contains("…"), "'\(example)'")
        }
    }

    @Test(arguments: Verb.allCases) func everyVerbHasHelpAndUsage(verb: Verb) {
        #expect(!verb.summary.isEmpty)
        let usage = Usage.line(for: verb)
        #expect(usage.hasPrefix(verb.spelling), "usage '\(usage)' should start with '\(verb.spelling)'")
        var engine = Self.startedEngine()
        let help = engine.handle("help \(verb.spelling)")
        // Inside a drill the example names the drill's own people and assets; it must still be the verb.
        let example = engine.helpExample(for: verb)
        #expect(help == [.info(Self.helpText(verb, example: example))])
        if verb != .help, case .success(let parsed?) = ActionParser.parse(example) {
            #expect(parsed.action.verb == verb, "'\(example)' should parse as \(verb.id)")
        }
    }

    @Test(arguments: Verb.allCases) func idsAndSpellingsFindTheVerb(verb: Verb) {
        #expect(Vocabulary.verb(named: verb.id) == verb)
        #expect(Vocabulary.verb(named: verb.spelling) == verb)
        #expect(verb.id == verb.spelling.replacingOccurrences(of: " ", with: "-"))
        #expect(Vocabulary.match(verb.spelling.split(separator: " "))?.verb == verb)
    }

    @Test func helpListsEveryVerbOfTheTableByArea() {
        var engine = Self.startedEngine()
        guard case .info(let text)? = engine.handle("help").first else {
            Issue.record("help answered no text")
            return
        }
        let listed = text.split(separator: "\n").dropLast().map { line -> (String, [String]) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        let expected = Verb.Area.allCases.map { area in (area.rawValue, Verb.allCases.filter { $0.area == area }.map(\.spelling)) }
        #expect(listed.map(\.0) == expected.map(\.0))
        #expect(listed.map(\.1) == expected.map(\.1))
        #expect(Set(listed.flatMap(\.1)).count == Verb.allCases.count)
    }

    @Test func multiWordVerbsAreTypedWithSpacesAsBefore() throws {
        #expect(try ActionParser.parse("statement publish").get()?.action.verb == .statementPublish)
        #expect(try ActionParser.parse("Doc Update root-cause \"leaked key\"").get()?.action == Action(verb: .docUpdate, object: "root-cause", text: "leaked key"))
        #expect(try ActionParser.parse("postmortem run").get()?.action.verb == .postmortemRun)
        #expect(try ActionParser.parse("postmortem schedule friday").get()?.action == Action(verb: .postmortemSchedule, text: "friday"))
        // The id is how files and logs name a verb, not how it is typed.
        guard case .failure(let error) = ActionParser.parse("statement-publish") else {
            Issue.record("'statement-publish' was taken as a command")
            return
        }
        #expect(error.message.hasPrefix("unknown command 'statement-publish'"))
    }

    @Test func onlyTheVerbsThatDeclareAnOptionTakeIt() throws {
        #expect(Verb.allCases.filter { !$0.options.isEmpty } == [.channel, .followup])
        #expect(try ActionParser.parse("followup x --owner dana").get()?.action.owner == "dana")
        guard case .failure(let missing) = ActionParser.parse("followup x --owner") else {
            Issue.record("--owner without a name was taken")
            return
        }
        #expect(missing.message == "--owner needs a name, as in followup \"rotate keys\" --owner dana")
        guard case .failure(let error) = ActionParser.parse("isolate web-03 --signal") else {
            Issue.record("isolate took --signal")
            return
        }
        #expect(error.message == "'isolate' has no option --signal")
    }

    @Test func actionsAreWrittenWithTheVerbsId() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(Action(verb: .docCreate)), as: UTF8.self)
        #expect(json == #"{"outOfBand":false,"verb":"doc-create"}"#)
        #expect(try JSONDecoder().decode(Action.self, from: Data(json.utf8)) == Action(verb: .docCreate))
    }

    @Test func aSavedStateNamingAnUnknownVerbIsAnErrorThatNamesIt() throws {
        var engine = Self.startedEngine()
        _ = engine.handle("ack")
        #expect(engine.state.decisions.map(\.action.verb) == [.ack])
        let json = String(decoding: try JSONEncoder().encode(engine.state), as: UTF8.self)
        #expect(json.contains(#""verb":"ack""#))
        let edited = Data(json.replacingOccurrences(of: #""verb":"ack""#, with: #""verb":"levitate""#).utf8)
        do {
            _ = try JSONDecoder().decode(EngineState.self, from: edited)
            Issue.record("a state naming 'levitate' was read")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.hasPrefix("unknown verb 'levitate'"))
            #expect(context.codingPath.map(\.stringValue).contains("verb"))
        }
        #expect(try JSONDecoder().decode(EngineState.self, from: Data(json.utf8)) == engine.state)
    }

    @Test func aRunbookEvidencePatternNamingAnUnknownVerbIsALocatedError() {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scoring/runbook.yaml")
        let text = String(decoding: TestSupport.bytes(url), as: UTF8.self)
            .replacingOccurrences(of: "evidence: [ack, page, \"post\"]", with: "evidence: [ack, pager, \"post\"]")
        let result = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: Array(text.utf8))
        #expect(result.value == nil)
        let error = result.diagnostics.first { $0.message.contains("unknown verb 'pager'") }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("evidence: [ack, pager") }.map { $0 + 1 }
        #expect(error?.location?.line == line)
        #expect(error?.message.hasSuffix("did you mean 'page'?") == true)
    }

    @Test func theVocabularyDocumentIsTheTables() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Docs/vocabulary.md")
        if ProcessInfo.processInfo.environment["TABLETOP_WRITE_DOCS"] == "1" {
            try Data(Usage.reference().utf8).write(to: url)
        }
        let document = String(decoding: TestSupport.bytes(url), as: UTF8.self)
        #expect(document == Usage.reference(), "Docs/vocabulary.md is out of date; regenerate it with TABLETOP_WRITE_DOCS=1 swift test --filter VerbTableTests")
        for verb in Verb.allCases {
            #expect(document.contains("| `\(Usage.line(for: verb).replacingOccurrences(of: "|", with: "\\|"))` |"), "\(verb.id) is not documented")
        }
    }

    /// What `help <verb>` says, spelled out here rather than read from the engine.
    static func helpText(_ verb: Verb, example: String? = nil) -> String {
        let cost = verb.defaultCost.map { $0 == .zero ? "no time" : "about \($0) of simulated time" } ?? "the time you name"
        let aliases = verb.aliases.isEmpty ? "" : "\n  also: " + verb.aliases.joined(separator: ", ")
        return "\(Usage.line(for: verb))\n  \(verb.summary)\n  example: \(example ?? Usage.example(for: verb))\n  costs \(cost)\(aliases)"
    }

    /// The example drill, started, with everything in view.
    static func startedEngine(players: [Player] = []) -> Engine {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/example.yaml")
        guard let scenario = ScenarioLoader.load(path: "Scenarios/example.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook).value else {
            fatalError("Scenarios/example.yaml does not load")
        }
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 7, mode: .practice, players: players))
        _ = engine.start()
        return engine
    }
}
