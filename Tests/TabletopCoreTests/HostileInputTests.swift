import Foundation
import Testing
@testable import TabletopCore

/// Inputs meant to crash, hang or exhaust the loader must end in a clear error instead.
@Suite struct HostileInputTests {
    @Test func tenMegabyteFileIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
        let result = ScenarioLoader.load(path: "big.yaml", bytes: bytes, runbook: TestSupport.runbook)
        #expect(result.diagnostics.map(\.headline) == ["big.yaml: error: file is 10.0 MB; scenario and scoring files are limited to 2 MB"])
    }

    @Test func randomBytesNeverTrap() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let count = Int.random(in: 0..<400, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let result = ScenarioLoader.load(path: "random.yaml", bytes: bytes, runbook: TestSupport.runbook)
            #expect(result.value == nil)
            #expect(result.diagnostics.contains { $0.isError })
        }
    }
}

/// Random mutations of the example scenario: the loader returns a model or located diagnostics, never traps.
@Suite struct MutationPropertyTests {
    static let example = TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scenarios/example.yaml"))
    static let fragments: [[UInt8]] = ["\t", ":", "- ", "[", "]", "{", "&a", "*a", "\"", "'", "\n", "done(", "99x", "sev9", "#", "\u{0}", "é", "\u{202E}", "  ", "null", "~"].map { Array($0.utf8) }

    @Test(arguments: 0..<8)
    func mutatedExampleNeverTraps(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 1)
        for _ in 0..<60 {
            var bytes = Self.example
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(contentsOf: Self.fragments.randomElement(using: &generator)!, at: position)
                case 2: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                default:
                    let end = min(bytes.count, position + Int.random(in: 1...80, using: &generator))
                    bytes.removeSubrange(position..<end)
                }
            }
            let result = ScenarioLoader.load(path: "mutant.yaml", bytes: bytes, runbook: TestSupport.runbook)
            // Either it loaded (and then no error was reported) or it reported at least one error.
            #expect((result.value != nil) != result.diagnostics.contains { $0.isError })
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.message.isEmpty && !diagnostic.message.contains("\n"))
            }
        }
    }
}
