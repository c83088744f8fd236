import Foundation

/// Which history backend to use: `--db` (a file, or a `postgres://` URL), else
/// `TABLETOP_DATABASE_URL`, else `history.sqlite` in the data folder.
public enum HistoryLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// The environment variable naming an organisation's history database.
    public static let environmentVariable = "TABLETOP_DATABASE_URL"

    /// The location `--db` (`option`) names, else the environment's, else `defaultPath`.
    public static func resolve(_ option: String?, defaultPath: String,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> HistoryLocation {
        if let option, !option.isEmpty {
            return PostgresLocation.isURL(option) ? .postgres(try PostgresLocation(url: option, fromCommandLine: true)) : .sqlite(path: option)
        }
        if let url = environment[environmentVariable], !url.isEmpty {
            guard PostgresLocation.isURL(url) else {
                throw StoreError("\(environmentVariable) must be a postgres:// URL (for an SQLite file, use --db)")
            }
            return .postgres(try PostgresLocation(url: url, fromCommandLine: false))
        }
        return .sqlite(path: defaultPath)
    }

    /// Where the history is, for messages (never a password).
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }

    /// Whether there may be records to read: an SQLite file that does not exist yet has none. A
    /// PostgreSQL database is asked.
    public var mayHoldRecords: Bool {
        switch self {
        case .sqlite(let path): FileManager.default.fileExists(atPath: path)
        case .postgres: true
        }
    }

    /// Opens the history (creating and migrating it unless `readOnly`).
    public func open(readOnly: Bool = false) throws -> any HistoryBackend {
        switch self {
        case .sqlite(let path): try HistoryStore(path: path, readOnly: readOnly)
        case .postgres(let location): try PostgresHistoryStore(location, readOnly: readOnly)
        }
    }
}
