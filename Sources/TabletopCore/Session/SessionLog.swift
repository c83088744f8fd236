import Crypto
import Foundation

/// A session log read back: every line checked against the hash chain and its own checksum.
public struct SessionLog: Sendable {
    /// The header.
    public var header: SessionHeader
    /// The records after the header, in order (without outputs when they were not asked for).
    public var records: [SessionRecord]
    /// The wall-clock time of the last record that has one: when the drill was last touched.
    public var lastWall: String? { records.last { $0.wall != nil }?.wall }
    /// Complete lines in the file, header included: the `seq` of the next line to append.
    public var lineCount: Int
    /// SHA-256 of the last complete line, the `prev` of the next one to append.
    public var lastHash: String
    /// Whether a cut-off last line (a write interrupted by a crash or power cut) was dropped.
    public var droppedPartialLine: Bool
    /// Bytes of the file up to the end of the last complete line; the rest is the partial line.
    public var completeLength: Int

    /// Why a log cannot be used.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The 1-based line at fault, when one is.
        public var line: Int?
        /// What is wrong.
        public var message: String

        /// Creates a problem report.
        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { line.map { "line \($0): \(message)" } ?? message }
    }

    /// Reads a log, checking every line's form, position, checksum and the hash of the line before it.
    ///
    /// Lines must be exactly as `SessionLine.encoded()` writes them, so each one is checked from its bytes
    /// without decoding it; with `decodeOutputs: false` output records (which a replay reproduces) are
    /// checked but not decoded, which is what makes rescoring thousands of sessions fast.
    public static func parse(_ bytes: [UInt8], decodeOutputs: Bool = true) -> Result<SessionLog, Problem> {
        var pending: [PendingRecord] = []
        var header: SessionHeader?
        var previousHash = Array(SessionLine.genesis.utf8)
        var start = 0
        var index = 0
        let decoder = JSONDecoder()
        while start < bytes.count, let newline = bytes[start...].firstIndex(of: 0x0A) {
            let line = bytes[start..<newline]
            let parts: LineLayout
            switch checkedLayout(of: line, index: index, previousHash: previousHash) {
            case .success(let layout): parts = layout
            case .failure(let problem): return .failure(problem)
            }
            if index == 0 {
                switch readHeader(line[parts.record], decoder: decoder) {
                case .success(let first): header = first
                case .failure(let problem): return .failure(problem)
                }
            } else if decodeOutputs || !line[parts.record].starts(with: Self.outputPrefix) {
                // Decoded together below: one decoder call for the whole log is much faster than one per line.
                pending.append((index + 1, (start + parts.record.lowerBound - line.startIndex)..<(start + parts.record.upperBound - line.startIndex)))
            }
            previousHash = SessionLine.hexBytes(SHA256.hash(data: line))
            index += 1
            start = newline + 1
        }
        guard let header else {
            return .failure(Problem(line: nil, message: "the file holds no session header; it is empty or not a session log"))
        }
        return decodeRecords(pending, in: bytes, decoder: decoder).map { records in
            SessionLog(header: header, records: records, lineCount: index, lastHash: String(decoding: previousHash, as: UTF8.self),
                       droppedPartialLine: start < bytes.count, completeLength: start)
        }
    }

    /// A record line left for the batch decode: its 1-based number and where its record is in the file.
    private typealias PendingRecord = (line: Int, range: Range<Int>)

    /// The line's parts, once its form, position, checksum and link to the line before it are right.
    private static func checkedLayout(of line: ArraySlice<UInt8>, index: Int, previousHash: [UInt8]) -> Result<LineLayout, Problem> {
        let number = index + 1
        guard let parts = LineLayout(line) else {
            return .failure(Problem(line: number, message: "not a session record in the form tabletop writes; the log was edited or damaged"))
        }
        guard parts.seq == index else {
            return .failure(Problem(line: number, message: "expected record \(index), found \(parts.seq); lines were removed or reordered"))
        }
        guard parts.checksumMatches else {
            return .failure(Problem(line: number, message: "the line's checksum does not match its content; it was edited"))
        }
        guard line[parts.prev].elementsEqual(previousHash) else {
            return .failure(Problem(line: number, message: "the hash chain breaks here: line \(number - 1) or this one was edited"))
        }
        return .success(parts)
    }

    /// The header from the first line's record, in a format this version reads.
    private static func readHeader(_ record: ArraySlice<UInt8>, decoder: JSONDecoder) -> Result<SessionHeader, Problem> {
        guard let decoded = try? decoder.decode(SessionRecord.self, from: Data(record)) else {
            return .failure(Problem(line: 1, message: "not a session record; the log is damaged"))
        }
        guard case .header(let first) = decoded else {
            return .failure(Problem(line: 1, message: "the first line is not a session header"))
        }
        guard first.format >= 1 else {
            return .failure(Problem(line: 1, message: "session format \(first.format) is older than any this version reads (1 to \(SessionHeader.currentFormat))"))
        }
        guard first.format <= SessionHeader.currentFormat else {
            return .failure(Problem(line: 1, message: "written by a newer tabletop (session format \(first.format)); this version reads format \(SessionHeader.currentFormat)"))
        }
        return .success(first)
    }

    /// Decodes the pending records: the common kinds in their fixed form directly, the rest in one
    /// JSONDecoder call, and one by one only to name the line at fault.
    private static func decodeRecords(_ pending: [PendingRecord], in bytes: [UInt8], decoder: JSONDecoder) -> Result<[SessionRecord], Problem> {
        var records: [SessionRecord?] = pending.map { FastRecordDecoder.decode(bytes[$0.range]) }
        let slow = records.indices.filter { records[$0] == nil }
        guard !slow.isEmpty else { return .success(records.map { $0! }) }
        var batch: [UInt8] = [UInt8(ascii: "[")]
        batch.reserveCapacity(slow.reduce(2) { $0 + pending[$1].range.count + 1 })
        for (offset, position) in slow.enumerated() {
            if offset > 0 { batch.append(UInt8(ascii: ",")) }
            batch += bytes[pending[position].range]
        }
        batch.append(UInt8(ascii: "]"))
        if let decoded = try? decoder.decode([SessionRecord].self, from: Data(batch)), decoded.count == slow.count {
            for (position, record) in zip(slow, decoded) { records[position] = record }
            return .success(records.map { $0! })
        }
        for position in slow {
            guard let record = try? decoder.decode(SessionRecord.self, from: Data(bytes[pending[position].range])) else {
                return .failure(Problem(line: pending[position].line, message: "not a session record; the log is damaged"))
            }
            records[position] = record
        }
        return .success(records.map { $0! })
    }

    /// The record as the fixed-form decoder reads it, or nil where it leaves it to JSONDecoder (for the fuzz target).
    public static func fastDecodedRecord(_ bytes: ArraySlice<UInt8>) -> SessionRecord? {
        FastRecordDecoder.decode(bytes)
    }

    private static let outputPrefix = Array(#"{"output":"#.utf8)

    /// The outputs recorded, in order.
    public var outputs: [Output] {
        records.compactMap { if case .output(let output) = $0 { output } else { nil } }
    }
}

/// The parts of a line as `SessionLine.encoded()` lays it out:
/// `{"prev":"<64 hex>","record":<record>,"seq":<n>,"sum":"<64 hex>"}`.
///
/// Hashes are compared as bytes, never turned into strings, because this runs for every line of
/// every log a rescoring reads.
private struct LineLayout {
    let prev: Range<Int>
    let record: Range<Int>
    let seq: Int
    let checksumMatches: Bool

    private static let head = Array(#"{"prev":""#.utf8)
    private static let recordKey = Array(#"","record":"#.utf8)
    private static let seqKey = Array(#","seq":"#.utf8)
    private static let sumKey = Array(#","sum":""#.utf8)
    private static let bar: [UInt8] = [UInt8(ascii: "|")]

    init?(_ line: ArraySlice<UInt8>) {
        let base = line.startIndex
        let hexEnd = base + Self.head.count + 64
        guard line.count > Self.head.count + 64 + Self.recordKey.count + Self.seqKey.count + Self.sumKey.count + 66,
              line[base..<(base + Self.head.count)].elementsEqual(Self.head),
              line[hexEnd..<(hexEnd + Self.recordKey.count)].elementsEqual(Self.recordKey),
              line.last == UInt8(ascii: "}") else { return nil }
        let sumStart = line.endIndex - 2 - 64 - Self.sumKey.count
        guard line[sumStart..<(sumStart + Self.sumKey.count)].elementsEqual(Self.sumKey),
              line[line.endIndex - 2] == UInt8(ascii: "\"") else { return nil }
        // The sequence number: digits between ,"seq": and ,"sum":".
        var seqStart = sumStart
        var seq = 0
        var scale = 1
        while seqStart > base, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[seqStart - 1]) {
            seqStart -= 1
            seq += Int(line[seqStart] - UInt8(ascii: "0")) * scale
            scale *= 10
            if scale > 1_000_000_000_000 { return nil }
        }
        let keyStart = seqStart - Self.seqKey.count
        guard seqStart < sumStart, keyStart > hexEnd + Self.recordKey.count,
              line[keyStart..<seqStart].elementsEqual(Self.seqKey) else { return nil }
        prev = (base + Self.head.count)..<hexEnd
        record = (hexEnd + Self.recordKey.count)..<keyStart
        self.seq = seq
        let sum = (sumStart + Self.sumKey.count)..<(line.endIndex - 2)
        guard line[prev].allSatisfy(LineLayout.isHex), line[sum].allSatisfy(LineLayout.isHex) else { return nil }
        // sum = SHA-256 of "<seq>|<prev>|<record>"
        var hasher = SHA256()
        hasher.update(data: line[seqStart..<sumStart])
        hasher.update(data: Self.bar)
        hasher.update(data: line[prev])
        hasher.update(data: Self.bar)
        hasher.update(data: line[record])
        checksumMatches = SessionLine.hexBytes(hasher.finalize()).elementsEqual(line[sum])
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
