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
        var bytes = Array("\(seq)|\(prev)|".utf8)
        bytes += try canonicalEncoder.encode(record)
        return hash(bytes)
    }

    private static var canonicalEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The line's bytes: compact JSON with sorted keys, so the same record always hashes the same.
    public func encoded() throws -> [UInt8] {
        [UInt8](try Self.canonicalEncoder.encode(self))
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
