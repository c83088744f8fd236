import Foundation
import TabletopDrill
import TabletopStore

/// What participants need to find a restarted host again: the join token, the address and port, and
/// whether the drill is encrypted. It is kept beside the session log (`<id>.join.json`, mode 0600, like
/// the TLS key), so `host --resume` keeps all of it by default and every participant's own reconnect
/// succeeds without a new join command.
///
/// The token is kept itself, not a hash of it: the resumed host prints the join commands again (for a
/// participant who lost theirs), which a hash could not. The file is as private as the key beside it.
public struct SavedJoin: Codable, Equatable, Sendable {
    /// The join token participants give in their hello.
    public var token: String
    /// The port the host listened on (the one the system chose for `--port 0`).
    public var port: Int
    /// The address the host listened on.
    public var bind: String
    /// Whether connections are encrypted.
    public var tls: Bool

    /// Creates a record of how a drill is joined.
    public init(token: String, port: Int, bind: String, tls: Bool) {
        self.token = token
        self.port = port
        self.bind = bind
        self.tls = tls
    }

    /// The file beside the session log at `sessionPath`.
    public static func path(beside sessionPath: String) -> String {
        companion(of: sessionPath, suffix: ".join.json")
    }

    /// `sessions/<id>.jsonl` becomes `sessions/<id><suffix>`.
    static func companion(of sessionPath: String, suffix: String) -> String {
        (sessionPath.hasSuffix(".jsonl") ? String(sessionPath.dropLast(6)) : sessionPath) + suffix
    }

    /// The record saved beside `sessionPath`, nil when there is none (a drill hosted before it was kept);
    /// an unreadable one throws with the file's path.
    public static func load(beside sessionPath: String) throws -> SavedJoin? {
        let path = path(beside: sessionPath)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(SavedJoin.self, from: data)
        } catch {
            throw CommandFailure("error: \(path): not a saved join record (\(error)); delete it and give --token and --port")
        }
    }

    /// Saves the record beside `sessionPath`, readable by its owner only, whole or not at all.
    public func save(beside sessionPath: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try PrivateFile.write(String(decoding: try encoder.encode(self), as: UTF8.self) + "\n", to: Self.path(beside: sessionPath))
    }
}
