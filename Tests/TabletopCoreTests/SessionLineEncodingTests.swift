import Foundation
import Testing
@testable import TabletopCore

/// A line written in one pass (the record encoded once, the line put together around it) is byte for byte
/// what `JSONEncoder` with sorted keys writes for the whole line (issue 21): checksums and hash chains of
/// every log ever written depend on it.
@Suite struct SessionLineEncodingTests {
    static func reference(_ line: SessionLine) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(line))
    }

    /// Every record of a played drill: header, inputs (with quotes, slashes and non-ASCII), outputs of every kind.
    @Test(arguments: ["breach", "insider", "compromised-host"])
    func aPlayedDrillsLinesAreTheEncodersBytes(_ id: String) throws {
        let lines = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/\(id)-expert-seed1.script"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
            + ["note \"a / slash, a \\\\ backslash, é, 中文, a \\\"quote\\\" and a tab\t\"", "ask nils \"what's “this”?\""]
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        var records: [SessionRecord] = [.header(SessionHeader(tool: "test/1", session: "s", scenario: id, scenarioPath: "/x/\(id).yaml", scenarioHash: "h",
                                                               runbookHash: "r", configuration: engine.configuration, trainee: "Zoë", started: "2026-12-05T10:00:00Z"))]
        records += engine.start().map(SessionRecord.output)
        for line in lines {
            records.append(.input(SessionInput(at: engine.state.clock, wall: "2026-12-05T10:00:01Z", text: line)))
            records += engine.handle(line).map(SessionRecord.output)
        }
        #expect(records.count > 100)
        var previous = SessionLine.genesis
        for (seq, record) in records.enumerated() {
            let line = try SessionLine(seq: seq, prev: previous, record: record)
            let expected = try Self.reference(line)
            #expect(try line.encoded() == expected, "line \(seq)")
            #expect(try SessionLine.encodedLine(seq: seq, prev: previous, record: record) == expected, "line \(seq)")
            previous = SessionLine.hash(expected)
        }
    }

    /// A line whose hashes are not plain hex (read from a damaged log) is written as the encoder writes it.
    @Test func aLineWithOddHashesIsTheEncodersBytesToo() throws {
        let record = SessionRecord.input(SessionInput(at: .minutes(1), wall: "w", text: "ack"))
        var line = try SessionLine(seq: 3, prev: "not \"hex\"/", record: record)
        #expect(try line.encoded() == Self.reference(line))
        #expect(try SessionLine.encodedLine(seq: 3, prev: "not \"hex\"/", record: record) == Self.reference(line))
        line.sum = "odd\\sum"
        #expect(try line.encoded() == Self.reference(line))
    }
}
