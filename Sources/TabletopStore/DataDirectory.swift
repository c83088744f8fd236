import Foundation

/// Where tabletop keeps what drills produce: sessions, the history database, the shell history.
public struct DataDirectory: Sendable {
    /// The folder.
    public let root: URL

    /// `--data-dir`, else `$TABLETOP_HOME`, else `$XDG_STATE_HOME/tabletop`, else `~/.local/state/tabletop`.
    /// A relative `$XDG_STATE_HOME` is ignored, as the XDG Base Directory spec requires (it would name a
    /// different folder in every working directory).
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DataDirectory {
        if let explicit, !explicit.isEmpty { return DataDirectory(root: URL(fileURLWithPath: explicit)) }
        if let home = environment["TABLETOP_HOME"], !home.isEmpty { return DataDirectory(root: URL(fileURLWithPath: home)) }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return DataDirectory(root: URL(fileURLWithPath: state).appendingPathComponent("tabletop"))
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return DataDirectory(root: home.appendingPathComponent(".local/state/tabletop"))
    }

    /// Creates a data directory at a folder.
    public init(root: URL) { self.root = root }

    /// Session logs, one `<session id>.jsonl` each.
    public var sessions: URL { root.appendingPathComponent("sessions") }

    /// The exercise history database.
    public var historyDatabase: URL { root.appendingPathComponent("history.sqlite") }

    /// The readline history shared by drills.
    public var shellHistory: URL { root.appendingPathComponent("history") }

    /// The session log of a session id.
    public func sessionFile(_ id: String) -> URL { sessions.appendingPathComponent(id + ".jsonl") }

    /// Creates the folders, or explains why they cannot be.
    public func prepare() throws {
        // The folder or any folder above it may be a file: name the one that is.
        var folder = sessions
        while folder.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                if folder.path == root.path || folder.path == sessions.path {
                    throw StoreError("the data folder \(folder.path) is a file, not a folder; move the file away or choose another folder with --data-dir")
                }
                throw StoreError("\(folder.path), a folder above the data folder, is a file; choose another folder with --data-dir")
            }
            folder = folder.deletingLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
                ?? "permission denied or no such parent folder"
            throw StoreError("cannot create the data folder \(sessions.path): \(reason)")
        }
    }

    /// A session argument: a path to a `.jsonl` file, or an id in the sessions folder.
    public func sessionPath(_ argument: String) -> String {
        if argument.hasSuffix(".jsonl") || argument.contains("/") { return argument }
        return sessionFile(argument).path
    }
}

/// A failure of the store, with a message written for a person.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
