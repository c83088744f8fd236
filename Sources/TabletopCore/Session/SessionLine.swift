import Crypto
import Foundation

/// One line of a session log: its position, the hash of the line before, and the record.
public struct SessionLine: Sendable, Hashable, Codable {
    /// 0 for the header, then 1, 2, …
    public var seq: Int
    /// SHA-256 (hex) of the previous line's bytes; 64 zeros for the header.
    public var prev: String
    /// The record.
    public var record: SessionRecord

    /// The `prev` of the first line.
    public static let genesis = String(repeating: "0", count: 64)

    /// Creates a line.
    public init(seq: Int, prev: String, record: SessionRecord) {
        self.seq = seq
        self.prev = prev
        self.record = record
    }

    /// The line's bytes: compact JSON with sorted keys, so the same record always hashes the same.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self))
    }

    /// Decodes one line's bytes.
    public static func decode(_ bytes: some Collection<UInt8>) throws -> SessionLine {
        try JSONDecoder().decode(SessionLine.self, from: Data(bytes))
    }

    /// SHA-256 of bytes, as lower-case hex.
    public static func hash(_ bytes: some Collection<UInt8>) -> String {
        SHA256.hash(data: Data(bytes)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
