import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// Session logs on disk: crash-proof appends, resume after a cut-off line, and tamper evidence.
@Suite struct SessionLogFileTests {
    static func temporaryFile() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("session.jsonl").path
    }

    static let header = SessionHeader(tool: "test", session: "s", scenario: "x", scenarioPath: "x.yaml", scenarioHash: "h",
                                      runbookHash: "r", configuration: EngineConfiguration(seed: 1, mode: .practice, players: []),
                                      trainee: nil, started: "2026-01-01T00:00:00Z")

    /// Writes a small session: inputs (synced) each followed by two outputs.
    static func writeSession(inputs: [String]) throws -> String {
        let path = temporaryFile()
        let writer = try SessionLogWriter(creating: path, header: header)
        for (index, text) in inputs.enumerated() {
            try writer.append(.input(SessionInput(at: .minutes(index), wall: "w", text: text)), sync: true)
            try writer.append(.output(.response("answer to \(text)")), sync: false)
            try writer.append(.output(.notice("é ✓ \(index)")), sync: false)
        }
        return path
    }

    static func inputs(of log: SessionLog) -> [String] {
        log.records.compactMap { if case .input(let input) = $0 { input.text } else { nil } }
    }

    @Test func writtenLogReadsBackIntact() throws {
        let path = try Self.writeSession(inputs: ["ack", "page dana", "isolate web-03"])
        let log = try SessionLogWriter.read(path)
        #expect(log.header == Self.header)
        #expect(Self.inputs(of: log) == ["ack", "page dana", "isolate web-03"])
        #expect(!log.droppedPartialLine)
        #expect(log.lineCount == 10)
    }

    @Test func refusesToOverwriteAnExistingLog() throws {
        let path = try Self.writeSession(inputs: ["ack"])
        #expect(throws: StoreError.self) { try SessionLogWriter(creating: path, header: Self.header) }
    }

    /// Cut the file at every byte offset inside its last line: earlier decisions survive, and the log resumes.
    @Test func truncationAtEveryOffsetOfTheLastLineLosesNothingEarlier() throws {
        let path = try Self.writeSession(inputs: ["ack", "page dana", "isolate web-03"])
        let full = try Data(contentsOf: URL(fileURLWithPath: path))
        let lastLineStart = full.dropLast().lastIndex(of: 0x0A)! + 1
        for cut in lastLineStart..<(full.count - 1) {
            try full.prefix(cut).write(to: URL(fileURLWithPath: path))
            let log = try SessionLogWriter.read(path)
            #expect(log.droppedPartialLine == (cut > lastLineStart))
            #expect(Self.inputs(of: log) == ["ack", "page dana", "isolate web-03"])
            // Resuming cuts the partial line and appends a valid continuation.
            let writer = try SessionLogWriter(appendingTo: path, after: log, lock: SessionLock(logPath: path, sessionID: "s"))
            try writer.append(.input(SessionInput(at: .hours(1), wall: "w", text: "close")), sync: true)
            let resumed = try SessionLogWriter.read(path)
            #expect(!resumed.droppedPartialLine)
            #expect(Self.inputs(of: resumed) == ["ack", "page dana", "isolate web-03", "close"])
        }
    }

    /// Change any single byte of the file: reading it either fails or, for the final newline, notices the cut.
    @Test func editingAnyByteIsDetected() throws {
        let path = try Self.writeSession(inputs: ["ack", "page dana"])
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for offset in 0..<original.count {
            var edited = original
            edited[offset] = edited[offset] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
            switch SessionLog.parse(edited) {
            case .failure:
                continue
            case .success(let log):
                // Only the last newline can be changed without a failure, and then the last line no longer counts.
                #expect(offset == original.count - 1 && log.droppedPartialLine, "an edit at byte \(offset) went unnoticed")
            }
        }
    }

    @Test func newerFormatAndGarbageAreRefusedClearly() throws {
        var header = Self.header
        header.format = SessionHeader.currentFormat + 1
        let line = try SessionLine(seq: 0, prev: SessionLine.genesis, record: .header(header))
        let bytes = try line.encoded() + [0x0A]
        #expect(throws: SessionLog.Problem(line: 1, message: "written by a newer tabletop (session format 2); this version reads format 1")) {
            try SessionLog.parse(bytes).get()
        }
        #expect(throws: SessionLog.Problem(line: 1, message: "not a session record in the form tabletop writes; the log was edited or damaged")) {
            try SessionLog.parse(Array("hello\n".utf8)).get()
        }
        #expect(throws: SessionLog.Problem(line: nil, message: "the file holds no session header; it is empty or not a session log")) {
            try SessionLog.parse([]).get()
        }
    }
}
