import Foundation
import TabletopCore
import TabletopDrill

/// The fuzz targets: every way outside bytes enter tabletop. Each must end in a value or a clear
/// error for any input, never a trap or a hang.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Scenario files, through the YAML loader and all its checks.
    case loader
    /// The condition language.
    case condition
    /// Shell lines, through the action parser and the engine.
    case line
    /// Session logs, through the reader and a replay.
    case sessionlog
    /// A team-drill participant's socket, through the server's pipeline and drill host.
    case wire

    /// Runs one input through the target.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .loader:
            _ = ScenarioLoader.load(path: "fuzz.yaml", bytes: bytes, runbook: FuzzWorld.shared.runbook)
        case .condition:
            _ = ConditionParser.parse(String(decoding: bytes.prefix(4096), as: UTF8.self))
        case .line:
            var engine = FuzzWorld.shared.engine, typed = engine
            for line in String(decoding: bytes.prefix(16_384), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(40) {
                _ = engine.handle(String(line))
                Self.typedAnswersAsRecorded(String(line), engine: &typed)
            }
        case .sessionlog:
            if case .success(let log) = SessionLog.parse(bytes, decodeOutputs: false) {
                let world = FuzzWorld.shared
                let (engine, _) = SessionReplay.rebuild(log, scenario: world.scenario, runbook: world.runbook)
                _ = world.scorer.score(engine.state, players: log.header.configuration.players)
            }
            _ = SessionLog.parse(bytes, decodeOutputs: true)
            Self.fastDecodeAgreesWithJSONDecoder(bytes)
        case .wire:
            WireFuzzing.run(bytes)
        }
    }
}

extension FuzzTarget {
    /// Where the last occurrence of `needle` begins.
    private static func lastStart(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return stride(from: bytes.endIndex - needle.count, through: bytes.startIndex, by: -1).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The session log's fixed-form record decoder must agree with JSONDecoder wherever it answers: on the
    /// input taken whole as one record, and on each of its lines' records.
    static func fastDecodeAgreesWithJSONDecoder(_ bytes: [UInt8]) {
        var candidates = [bytes[...]] + bytes.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(64)
        // A line as the log writes it: the record sits between `"record":` and `,"seq":`.
        for line in candidates {
            if let start = line.firstRange(of: Array(#""record":"#.utf8))?.upperBound,
               let end = lastStart(of: Array(#","seq":"#.utf8), in: line), start <= end {
                candidates.append(line[start..<end])
            }
        }
        for candidate in candidates {
            guard let fast = SessionLog.fastDecodedRecord(candidate) else { continue }
            let slow = try? JSONDecoder().decode(SessionRecord.self, from: Data(candidate))
            guard slow == fast else {
                fatalError("the fixed-form decoder read \(fast) where JSONDecoder read \(String(describing: slow)) from \(Array(candidate))")
            }
        }
    }

    /// A team member's line, handled as typed and as the log records it (`@name line`), must give the
    /// same outputs and the same drill: a replay reproduces what the server did. Blank lines never
    /// reach the engine in team play.
    static func typedAnswersAsRecorded(_ line: String, engine: inout Engine) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        let player = engine.configuration.players[engine.state.decisions.count % engine.configuration.players.count]
        var recorded = engine
        let expected = recorded.handle("@\(player.name) \(line)")
        let outputs = engine.handle(line, as: player)
        guard outputs == expected, engine.state == recorded.state else {
            fatalError("handle(_:as:) and the recorded '@\(player.name)' line differ for \(line.debugDescription)")
        }
    }
}

/// What the targets need, loaded once from the repository.
public final class FuzzWorld: Sendable {
    public let runbook: Runbook
    public let scenario: Scenario
    public let engine: Engine
    public let scorer: Scorer

    /// The repository this was built from.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let shared = FuzzWorld()

    private init() {
        func bytes(_ path: String) -> [UInt8] { [UInt8]((try? Data(contentsOf: Self.root.appendingPathComponent(path))) ?? Data()) }
        guard let scoring = ScoringFiles.load(folder: Self.root.appendingPathComponent("Scoring")),
              let scenario = ScenarioLoader.load(path: "breach.yaml", bytes: bytes("Scenarios/breach.yaml"), runbook: scoring.runbook).value,
              let scorer = try? scoring.scorer(for: scenario) else {
            fatalError("the shipped Scoring/ and Scenarios/breach.yaml must load to fuzz")
        }
        let runbook = scoring.runbook
        self.runbook = runbook
        self.scenario = scenario
        self.scorer = scorer
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: [
            Player(name: "ana", role: "ic"), Player(name: "bo", role: "legal"),
        ]))
        _ = engine.start()
        self.engine = engine
    }
}

/// A small mutator for runs without libFuzzer: byte flips, deletions, insertions of tokens, splices.
public struct Mutator: Sendable {
    private var random: SeededRandom
    public static let tokens: [String] = ["\n", "\t", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "\"", "'", "#", "\u{0}", "é", "\u{202E}",
                                          "done(", ")", " and ", " or ", "not ", "severity >= ", "sev9", "90x", "@", "--signal", "choose ",
                                          "{\"prev\":\"", "\"record\":", "{\"input\":", "null", "~", "99999999999999999999", "💥"]

    /// A mutator whose choices follow `seed`.
    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private mutating func next() -> UInt64 {
        random.next()
    }

    private mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// A mutation of `input`, sometimes spliced with `other`.
    public mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + below(4)) {
            let position = below(bytes.count + 1)
            switch below(5) {
            case 0 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: next())
            case 1 where !bytes.isEmpty: bytes.removeSubrange(min(position, bytes.count - 1)..<min(bytes.count, position + 1 + below(16)))
            case 2: bytes.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: position)
            case 3 where !other.isEmpty:
                let start = below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + below(64))], at: position)
            default: bytes = Array(bytes.prefix(position))
            }
        }
        return Array(bytes.prefix(1 << 20))
    }
}
