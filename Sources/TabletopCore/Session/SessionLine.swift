import Crypto
import Foundation

/// One line of a session log: its position, the hash of the line before, the record, and a checksum
/// over all three, so that an edit to any line (the last one included) is found.
public struct SessionLine: Sendable, Hashable, Codable {
    /// 0 for the header, then 1, 2, …
    public var seq: Int
    /// SHA-256 (hex) of the previous line's bytes; 64 zeros for the header.
    public var prev: String
    /// The record.
    public var record: SessionRecord
    /// SHA-256 (hex) of the sequence number, `prev` and the record's canonical JSON.
    public var sum: String

    /// The `prev` of the first line.
    public static let genesis = String(repeating: "0", count: 64)

    /// Creates a line, computing its checksum.
    public init(seq: Int, prev: String, record: SessionRecord) throws {
        self.seq = seq
        self.prev = prev
        self.record = record
        sum = try Self.checksum(seq: seq, prev: prev, record: record)
    }

    /// Whether the checksum matches the line's content.
    public var isIntact: Bool {
        (try? Self.checksum(seq: seq, prev: prev, record: record)) == sum
    }

    private static func checksum(seq: Int, prev: String, record: SessionRecord) throws -> String {
        checksum(seq: seq, prev: prev, recordBytes: try canonicalBytes(of: record))
    }

    private static func checksum(seq: Int, prev: String, recordBytes: [UInt8]) -> String {
        hash(Array("\(seq)|\(prev)|".utf8) + recordBytes)
    }

    /// A record's canonical JSON: compact, keys sorted, slashes unescaped.
    static func canonicalBytes(of record: SessionRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(record))
    }

    /// The line's bytes: compact JSON with sorted keys, so the same record always hashes the same.
    public func encoded() throws -> [UInt8] {
        // A line read from elsewhere may carry anything as its hashes: then the encoder writes it, escapes and all.
        guard Self.isPlain(prev), Self.isPlain(sum) else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return [UInt8](try encoder.encode(self))
        }
        return Self.assemble(seq: seq, prev: prev, recordBytes: try Self.canonicalBytes(of: record), sum: sum)
    }

    /// Whether a text is letters and digits only: JSON writes it as it is.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
    }

    /// The bytes of the line that carries the record after `prev`, encoding the record once for both its
    /// checksum and the line (issue 21: it was encoded twice, and a new encoder made each time, for every
    /// line a drill writes). The same bytes as `SessionLine(seq:prev:record:).encoded()`.
    public static func encodedLine(seq: Int, prev: String, record: SessionRecord) throws -> [UInt8] {
        guard isPlain(prev) else { return try SessionLine(seq: seq, prev: prev, record: record).encoded() }
        let recordBytes = try canonicalBytes(of: record)
        return assemble(seq: seq, prev: prev, recordBytes: recordBytes, sum: checksum(seq: seq, prev: prev, recordBytes: recordBytes))
    }

    /// `{"prev":"…","record":…,"seq":n,"sum":"…"}`: the keys in the sorted order the encoder writes them,
    /// compact JSON being the same bytes nested or alone. `prev` and `sum` are hex, with nothing to escape.
    private static func assemble(seq: Int, prev: String, recordBytes: [UInt8], sum: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(recordBytes.count + 180)
        bytes += #"{"prev":""#.utf8
        bytes += prev.utf8
        bytes += #"","record":"#.utf8
        bytes += recordBytes
        bytes += #","seq":"#.utf8
        bytes += String(seq).utf8
        bytes += #","sum":""#.utf8
        bytes += sum.utf8
        bytes += #""}"#.utf8
        return bytes
    }

    /// Decodes one line's bytes.
    public static func decode(_ bytes: some Collection<UInt8>) throws -> SessionLine {
        try JSONDecoder().decode(SessionLine.self, from: Data(bytes))
    }

    /// SHA-256 of bytes, as lower-case hex.
    public static func hash(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// SHA-256 of bytes, as lower-case hex.
    public static func hash(_ bytes: ArraySlice<UInt8>) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A digest as lower-case hex.
    static func hex(_ digest: SHA256.Digest) -> String {
        String(decoding: hexBytes(digest), as: UTF8.self)
    }

    /// A digest as the bytes of its lower-case hex spelling.
    static func hexBytes(_ digest: SHA256.Digest) -> [UInt8] {
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return text
    }
}
