import Foundation
import Testing
@testable import TabletopCore

/// A corpus of sensible commands (investigation, people, containment, communication) across the
/// shipped scenarios, each played after a short prefix of moves: every reply must say something about
/// the object or the person's actual state, never nothing, a bare default or a stale line.
/// The corpus is `Fixtures/replies/corpus.txt`; its header explains the format.
@Suite struct ReplyCorpusTests {
    /// One command of the corpus, with the state it is played in and what its reply must (not) say.
    struct Case: CustomStringConvertible {
        let line: Int
        let scenario: String
        let prefix: [String]
        let command: String
        let expect: [String]
        let stale: [String]
        var description: String { "corpus.txt:\(line) \(scenario): \(command)" }
    }

    /// What was wrong with a reply, if anything.
    enum Verdict: String {
        case good, empty, generic, stale, missing
    }

    static let cases: [Case] = {
        let url = TestSupport.fixtures.appendingPathComponent("replies/corpus.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var prefixes: [String: [String]] = [:]
        var cases: [Case] = []
        func moves(_ text: String) -> [String] {
            text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.flatMap { move in
                move.hasPrefix("@") ? prefixes[move] ?? ["unknown-prefix \(move)"] : [move]
            }
        }
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@"), let equals = line.firstIndex(of: "=") {
                prefixes[line[..<equals].trimmingCharacters(in: .whitespaces)] = moves(String(line[line.index(after: equals)...]))
                continue
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let list = { (field: String) in field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            cases.append(Case(line: number + 1, scenario: fields[0], prefix: moves(fields[safe: 1] ?? ""), command: fields[safe: 2] ?? "",
                              expect: list(fields[safe: 3] ?? ""), stale: list(fields[safe: 4] ?? "")))
        }
        return cases
    }()

    /// Plays the case and judges its reply.
    static func judge(_ item: Case, scenario: Scenario) -> (verdict: Verdict, reply: String) {
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in item.prefix { engine.playThrough(move) }
        let outputs = engine.handle(item.command)
        var said: [String] = []
        var authored = false
        var failed = false
        for output in outputs {
            switch output {
            case .answer(let person, _, let text):
                said.append(text)
                let cast = scenario.cast.first { $0.id == person }
                if cast?.answers.contains(where: { $0.text == text }) == true { authored = true }
                if text == cast?.defaultAnswer || text == "I don't know anything about that." { return (.generic, text) }
            case .response(let text), .info(let text), .notice(let text):
                said.append(text)
                if Self.authoredTexts(scenario).contains(text) { authored = true }
            case .fact(_, let text): said.append(text)
            case .inject(let message): said.append(message.text)
            case .error(let text): failed = true; said.append("error: " + text)
            default: break
            }
        }
        let reply = said.joined(separator: " / ")
        if failed || said.isEmpty { return (.empty, reply) }
        let genericLines = scenario.assets.flatMap { ["Nothing unusual stands out on \($0.name).", "The logs of \($0.name) show nothing you can act on."] }
        if said.contains(where: genericLines.contains) { return (.generic, reply) }
        let lowered = reply.lowercased()
        if item.stale.contains(where: { lowered.contains($0.lowercased()) }) { return (.stale, reply) }
        if !item.expect.isEmpty {
            return item.expect.contains(where: { lowered.contains($0.lowercased()) }) ? (.good, reply) : (.missing, reply)
        }
        if authored { return (.good, reply) }
        let words = item.command.split(separator: " ").map(String.init)
        if words.first == "ask" {
            // Not an authored answer: it must be about what was asked.
            let topic = Engine.topicWords(words.dropFirst(2).joined(separator: " ")).filter { $0.count >= 3 }
            return topic.contains(where: { lowered.contains($0) }) ? (.good, reply) : (.missing, reply)
        }
        let object = words.dropFirst(item.command.hasPrefix("statement review") ? 2 : 1).first ?? ""
        let names = [object] + scenario.assets.filter { $0.id == object }.map(\.name) + scenario.cast.filter { $0.id == object }.map(\.name)
        return names.contains(where: { !$0.isEmpty && lowered.contains($0.lowercased()) }) ? (.good, reply) : (.missing, reply)
    }

    /// A shipped scenario by the corpus's name for it: `insider`, or `insider:2` for every variable's
    /// value at index 2 (the seeded world where Kai holds the build server's deploy key).
    static func load(_ name: String) throws -> Scenario {
        let parts = name.split(separator: ":")
        guard parts.count == 2, let index = Int(parts[1]) else { return try ScoringSupport.shippedScenario(name) }
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(parts[0]).yaml")
        let result = ScenarioLoader.load(path: "\(parts[0]).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook, variant: .valueIndex(index))
        return try #require(result.value, "\(result.renderedDiagnostics)")
    }

    /// Texts the scenario's author wrote for the world to say: responses, findings, decision outcomes.
    static func authoredTexts(_ scenario: Scenario) -> Set<String> {
        Set(scenario.responses.map(\.text) + scenario.assets.flatMap { [$0.inspect?.text, $0.logs?.text].compactMap { $0 } }
            + scenario.injects.flatMap { $0.decision?.options.compactMap(\.outcome) ?? [] })
    }

    @Test func theCorpusHasEnoughSensibleCommandsInEveryScenario() {
        #expect(Self.cases.count >= 150)
        for id in ["breach", "insider", "compromised-host", "example"] {
            #expect(Self.cases.filter { $0.scenario == id }.count >= 20, "\(id)")
        }
        #expect(!Self.cases.contains { $0.prefix.contains { $0.hasPrefix("unknown-prefix") } })
    }

    @Test func fewerThanThreePercentOfRepliesAreEmptyStaleOrGeneric() throws {
        var scenarios: [String: Scenario] = [:]
        var bad: [String] = [], all: [String] = []
        for item in Self.cases {
            if scenarios[item.scenario] == nil { scenarios[item.scenario] = try Self.load(item.scenario) }
            let (verdict, reply) = Self.judge(item, scenario: try #require(scenarios[item.scenario]))
            if verdict != .good { bad.append("\(verdict.rawValue): \(item) -> \(reply.prefix(160))") }
            all.append("\(verdict.rawValue): \(item) -> \(reply)")
        }
        // Every reply, to compare two builds by reading what changed (REPLY_CORPUS_DUMP=path).
        if let path = ProcessInfo.processInfo.environment["REPLY_CORPUS_DUMP"] {
            try (all.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let share = Double(bad.count) / Double(max(1, Self.cases.count))
        print("reply corpus: \(bad.count) of \(Self.cases.count) replies empty, stale or generic (\(String(format: "%.1f", share * 100))%)")
        for line in bad { print("  " + line) }
        #expect(share < 0.03, "\(bad.joined(separator: "\n"))")
    }
}
