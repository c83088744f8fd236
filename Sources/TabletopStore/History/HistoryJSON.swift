import Foundation
import TabletopCore

/// What `tabletop history --json` prints (format 1, `Docs/history.schema.json`): the exercise records,
/// each with whether its score is provisional.
///
/// The reference form: `Encodable`, for `JSONText.encode` (`JSONEncoder` with pretty printing, sorted keys
/// and unescaped slashes, then DEL, the C1 controls and the bidirectional controls escaped). `HistoryJSONWriter` writes
/// the same bytes straight from the records (issue 21: encoding 10,000 records this way took seconds).
public struct HistoryJSON: Encodable {
    /// The document's format version.
    public let format = 1
    /// The records, oldest first.
    public var exercises: [Entry]

    /// The records, as `history` lists them.
    public init(exercises: [ExerciseRecord]) {
        self.exercises = exercises.map(Entry.init)
    }

    /// One record, with the derived `provisional` flag beside its stored fields.
    public struct Entry: Encodable {
        /// The stored record.
        public var record: ExerciseRecord

        private enum Key: String, CodingKey { case provisional }

        /// The record's fields and `provisional`, in one object.
        public func encode(to encoder: any Encoder) throws {
            try record.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(record.provisional, forKey: .provisional)
        }
    }
}

/// Writes `history --json` straight to bytes, record by record, handing them on in chunks: the same bytes
/// as `HistoryJSON` through `JSONEncoder` (pretty printed, keys sorted bytewise, two spaces an indent
/// level, `" : "` between key and value, an empty array as `[`, a blank line and `]`), without building
/// the document first.
///
/// Keys are written in sorted order by hand; `HistoryJSONWriterTests` holds the two forms to the same
/// bytes, so a field added to a record and not here fails there.
public struct HistoryJSONWriter {
    private var out = JSONBytes()
    private let chunkSize: Int
    private let flush: ([UInt8]) throws -> Void

    /// A writer that hands `flush` the bytes whenever about `chunkSize` of them are ready, and the rest at the end.
    public init(chunkSize: Int = 1 << 16, flush: @escaping ([UInt8]) throws -> Void) {
        self.chunkSize = chunkSize
        self.flush = flush
        out.bytes.reserveCapacity(min(chunkSize, 1 << 20) + 32_768)
    }

    /// Whether the writer can write these records as `JSONEncoder` would: it cannot write a number that is
    /// not finite, which `JSONEncoder` refuses with an error (then use `HistoryJSON` for that error).
    public static func canWrite(_ records: [ExerciseRecord]) -> Bool {
        records.allSatisfy { record in
            record.steps.allSatisfy { $0.points.isFinite && $0.possible.isFinite } && record.capabilities.allSatisfy { $0.share.isFinite }
        }
    }

    /// The whole document for `records`, ending with a line break (as `print` ends the encoder's). Runs of
    /// records are written over every core (`OrderedConcurrentMap`), a few at a time, and handed on in order.
    public mutating func write(_ records: [ExerciseRecord]) throws {
        out.raw("{\n  \"exercises\" : [")
        if records.isEmpty {
            out.raw("\n\n  ]")
        } else {
            // A batch is a few runs for each core, so that no more than a few megabytes are held at once.
            let run = 64, batch = run * 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
            for batchStart in stride(from: 0, to: records.count, by: batch) {
                let batchEnd = min(batchStart + batch, records.count)
                let runs = stride(from: batchStart, to: batchEnd, by: run).map { $0..<min($0 + run, batchEnd) }
                for bytes in OrderedConcurrentMap.map(runs, { Self.entries(records[$0], first: $0.lowerBound == 0) }) {
                    out.bytes.append(contentsOf: bytes)
                    if out.bytes.count >= chunkSize {
                        try flush(out.bytes)
                        out.bytes.removeAll(keepingCapacity: true)
                    }
                }
            }
            out.raw("\n  ]")
        }
        out.raw(",\n  \"format\" : 1\n}\n")
        try flush(out.bytes)
        out.bytes.removeAll(keepingCapacity: true)
    }

    /// The entries of a run of records, each after its separator (none before the document's first).
    private static func entries(_ records: ArraySlice<ExerciseRecord>, first: Bool) -> [UInt8] {
        var writer = HistoryJSONWriter { _ in }
        // About 13 KB a record with its plan: room up front, not a copy each time the bytes outgrow it.
        writer.out.bytes.reserveCapacity(records.count * 16_384)
        for (offset, record) in records.enumerated() {
            writer.out.raw(first && offset == 0 ? "\n    {" : ",\n    {")
            writer.entry(record)
            writer.out.raw("\n    }")
        }
        return writer.out.bytes
    }

    /// The fields of one record (at depth 3, six spaces), in sorted order; nested objects' fields are at
    /// depth 5. Each key literal carries its indent.
    private mutating func entry(_ record: ExerciseRecord) {
        var first = true
        if let value = record.acknowledgeSeconds { out.key("      \"acknowledgeSeconds\" : ", &first); out.integer(value) }
        out.key("      \"band\" : ", &first); out.string(record.band)
        out.key("      \"capabilities\" : ", &first)
        objects(record.capabilities) { out, capability in
            var first = true
            out.key("          \"phase\" : ", &first); out.string(capability.phase)
            out.key("          \"rating\" : ", &first); out.string(capability.rating)
            out.key("          \"share\" : ", &first); out.double(capability.share)
        }
        if let value = record.closeSeconds { out.key("      \"closeSeconds\" : ", &first); out.integer(value) }
        if let value = record.cohortEntry { out.key("      \"cohortEntry\" : ", &first); out.string(value) }
        if let value = record.commanderSeconds { out.key("      \"commanderSeconds\" : ", &first); out.integer(value) }
        if let value = record.containmentSeconds { out.key("      \"containmentSeconds\" : ", &first); out.integer(value) }
        if let value = record.ended { out.key("      \"ended\" : ", &first); out.string(value) }
        if let value = record.hardFails { out.key("      \"hardFails\" : ", &first); strings(value) }
        out.key("      \"logPath\" : ", &first); out.string(record.logPath)
        out.key("      \"outcome\" : ", &first); out.string(record.outcome)
        if let plan = record.plan {
            out.key("      \"plan\" : ", &first)
            objects(plan) { out, row in
                var first = true
                out.key("          \"capability\" : ", &first); out.string(row.capability)
                out.key("          \"due\" : ", &first); out.string(row.due)
                out.key("          \"item\" : ", &first); out.integer(row.item)
                out.key("          \"observation\" : ", &first); out.string(row.observation)
                out.key("          \"owner\" : ", &first); out.string(row.owner)
                out.key("          \"recommendation\" : ", &first); out.string(row.recommendation)
                if let step = row.step { out.key("          \"step\" : ", &first); out.integer(step) }
            }
        }
        out.key("      \"players\" : ", &first)
        objects(record.players) { out, player in
            var first = true
            out.key("          \"name\" : ", &first); out.string(player.name)
            out.key("          \"role\" : ", &first); out.string(player.role)
        }
        out.key("      \"provisional\" : ", &first); record.provisional ? out.raw("true") : out.raw("false")
        out.key("      \"rating\" : ", &first); out.string(record.rating)
        out.key("      \"scenario\" : ", &first); out.string(record.scenario)
        out.key("      \"scenarioHash\" : ", &first); out.string(record.scenarioHash)
        out.key("      \"score\" : ", &first); out.integer(record.score)
        if let value = record.seed { out.key("      \"seed\" : ", &first); out.unsigned(value) }
        out.key("      \"session\" : ", &first); out.string(record.session)
        out.key("      \"simulatedSeconds\" : ", &first); out.integer(record.simulatedSeconds)
        out.key("      \"started\" : ", &first); out.string(record.started)
        out.key("      \"steps\" : ", &first)
        objects(record.steps) { out, step in
            var first = true
            if let done = step.doneSeconds { out.key("          \"doneSeconds\" : ", &first); out.integer(done) }
            out.key("          \"points\" : ", &first); out.double(step.points)
            out.key("          \"possible\" : ", &first); out.double(step.possible)
            out.key("          \"slug\" : ", &first); out.string(step.slug)
            out.key("          \"status\" : ", &first); out.string(step.status)
            out.key("          \"step\" : ", &first); out.integer(step.step)
        }
        out.key("      \"trainee\" : ", &first); out.string(record.trainee)
        if let value = record.variants { out.key("      \"variants\" : ", &first); strings(value) }
    }

    /// An array of a record (its key at depth 3) of objects at depth 4, whose fields `fields` writes (at least
    /// one each: every element type here has a field that is always there).
    private mutating func objects<Element>(_ elements: [Element], _ fields: (inout JSONBytes, Element) -> Void) {
        guard !elements.isEmpty else { return out.raw("[\n\n      ]") }
        out.raw("[")
        for (index, element) in elements.enumerated() {
            out.raw(index == 0 ? "\n        {" : ",\n        {")
            fields(&out, element)
            out.raw("\n        }")
        }
        out.raw("\n      ]")
    }

    /// An array of strings of a record, its key at depth 3.
    private mutating func strings(_ values: [String]) {
        guard !values.isEmpty else { return out.raw("[\n\n      ]") }
        out.raw("[")
        for (index, value) in values.enumerated() {
            out.raw(index == 0 ? "\n        " : ",\n        ")
            out.string(value)
        }
        out.raw("\n      ]")
    }
}
