import Foundation
import Testing
@testable import TabletopCore

/// Every transcript fixture, played three ways, must give exactly its `.expected` text and the same final state.
@Suite struct EngineTranscriptTests {
    static let names = TestSupport.fixtureNames(in: "transcripts", extension: "script").map { String($0.dropLast(".script".count)) }

    @Test(arguments: names, TranscriptRunner.Mode.allCases)
    func transcriptMatchesGolden(_ name: String, _ mode: TranscriptRunner.Mode) throws {
        let runner = try TranscriptRunner(name: name)
        let (transcript, _) = try runner.play(mode)
        let expectedURL = TestSupport.fixtures.appendingPathComponent("transcripts/\(name).expected")
        if ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1", mode == .straight {
            try transcript.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(transcript == expected)
    }

    @Test(arguments: names)
    func allThreeWaysEndInTheSameState(_ name: String) throws {
        let runner = try TranscriptRunner(name: name)
        let straight = try runner.play(.straight).engine.state
        #expect(try runner.play(.roundTrip).engine.state == straight)
        #expect(try runner.play(.sessionLog).engine.state == straight)
    }
}
