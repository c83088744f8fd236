import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// `HistoryJSONWriter` writes the bytes `JSONText.encode(HistoryJSON(…))` writes, which is what
/// `history --json` printed before it (issue 21): every field, in sorted order, absent ones left out,
/// empty arrays, escapes and numbers as `JSONEncoder` writes them, whatever the chunk size.
@Suite struct HistoryJSONWriterTests {
    /// What the writer writes for `records`, handed on in chunks of about `chunkSize` bytes.
    static func written(_ records: [ExerciseRecord], chunkSize: Int = 1 << 16) throws -> (text: String, chunks: Int) {
        var bytes: [UInt8] = [], chunks = 0
        var writer = HistoryJSONWriter(chunkSize: chunkSize) { bytes += $0; chunks += 1 }
        try writer.write(records)
        return (String(decoding: bytes, as: UTF8.self), chunks)
    }

    /// The reference: the encoder's document, and the line break `print` ended it with.
    static func reference(_ records: [ExerciseRecord]) throws -> String {
        try JSONText.encode(HistoryJSON(exercises: records)) + "\n"
    }

    /// Records with everything a record can hold, and with as little: every optional set and unset, plans
    /// absent, empty and full, text that needs every kind of escape, and numbers of every shape.
    static var records: [ExerciseRecord] {
        var full = HistoryStoreTests.exercise("s-full", trainee: "Zoë \"the\" \\ analyst/lead", started: "2026-11-01T10:00:00Z")
        full.ended = "2026-11-01T11:00:00.125Z"
        full.commanderSeconds = 0
        full.closeSeconds = 7_200
        full.outcome = "abandoned"
        full.players = [Player(name: "ana", role: "ic"), Player(name: "bo\u{7F}\u{85}\u{202E}\u{2066}x", role: "legal\u{1B}[31m")]
        full.steps = [StepRow(step: 1, slug: "receive-report", status: "on-time", doneSeconds: 0, points: 4.76, possible: 4.76),
                      StepRow(step: 2, slug: "tab\there\nline\r\u{08}\u{0C}\u{01}\u{1F}", status: "missed", doneSeconds: nil, points: 0.1 + 0.2, possible: 100),
                      StepRow(step: 3, slug: "😀 é 中 \u{2028}", status: "late", doneSeconds: 61, points: -0.0, possible: 1e-7),
                      StepRow(step: 4, slug: "big", status: "late", doneSeconds: Int.max, points: 1e20, possible: 123_456_789)]
        full.capabilities = [CapabilityRow(phase: "contain", rating: "M", share: 1.0 / 3), CapabilityRow(phase: "detect", rating: "P", share: 1)]
        full.hardFails = ["tipping-off", "concealment"]
        full.seed = UInt64.max
        full.variants = ["caller=vpn-exit", "host=db-01"]
        full.plan = [PlanRow(item: 1, step: 2, capability: "Incident command", observation: "Nobody answered \"who owns the key?\" (T+00:26)",
                             recommendation: "Name an owner.\nThen\u{9B}check.", owner: "ana", due: "2026-12-01"),
                     PlanRow(item: 2, step: nil, capability: "Comms", observation: "", recommendation: "r", owner: "", due: "")]
        full.cohortEntry = #"{"score":50}"#
        var bare = HistoryStoreTests.exercise("s-bare", trainee: "", started: "")
        bare.players = []
        bare.steps = []
        bare.capabilities = []
        bare.acknowledgeSeconds = nil
        bare.containmentSeconds = nil
        bare.outcome = "resumed"
        var emptyLists = HistoryStoreTests.exercise("s-empty", trainee: "cy", started: "2026-11-02T10:00:00Z")
        emptyLists.hardFails = []
        emptyLists.variants = []
        emptyLists.plan = []
        emptyLists.seed = 0
        return [full, bare, emptyLists]
    }

    @Test func writesWhatTheEncoderWrote() throws {
        let records = Self.records
        #expect(try Self.written(records).text == Self.reference(records))
        for record in records {
            #expect(try Self.written([record]).text == Self.reference([record]), "\(record.session)")
        }
    }

    @Test func writesAnEmptyHistoryAsTheEncoderDid() throws {
        #expect(try Self.written([]).text == Self.reference([]))
        #expect(try Self.written([]).text == "{\n  \"exercises\" : [\n\n  ],\n  \"format\" : 1\n}\n")
    }

    /// Small chunks hand on more, smaller pieces of the same document (records are written in runs of a few
    /// dozen over the cores, so a chunk holds at least one run).
    @Test func chunksMakeTheSameDocument() throws {
        let records = Array(repeating: Self.records, count: 200).joined().map { $0 }
        let whole = try Self.written(records, chunkSize: .max)
        let chunked = try Self.written(records, chunkSize: 512)
        #expect(chunked.text == whole.text)
        #expect(whole.chunks == 1)
        #expect(chunked.chunks > records.count / 100)
    }

    /// A number `JSONEncoder` refuses is left to it (and its error).
    @Test func leavesNumbersThatAreNotFiniteToTheEncoder() throws {
        var record = HistoryStoreTests.exercise("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        #expect(HistoryJSONWriter.canWrite([record]))
        record.capabilities[0].share = .nan
        #expect(!HistoryJSONWriter.canWrite([record]))
        record = HistoryStoreTests.exercise("s1", trainee: "ana", started: "2026-11-01T10:00:00Z")
        record.steps[0].possible = .infinity
        #expect(!HistoryJSONWriter.canWrite([record]))
        #expect(throws: EncodingError.self) { try Self.reference([record]) }
    }
}
