import Foundation
import TabletopCore
import TabletopStore

/// Where a drill's files are and what is done with them, without a terminal: the scenario and scoring
/// folders and the files in them (parsed once per process), the one scorer built from the scoring files,
/// the data folder's session logs and history.
public struct Workspace: Sendable {
    /// `--scenarios DIR`, if given.
    public var scenariosOverride: String?
    /// Where session logs, the history and the shell history are kept.
    public let data: DataDirectory
    /// The wall-clock time (ISO 8601) for session logs.
    public let now: @Sendable () -> String
    /// Shows a person a warning or a file's diagnostics (the command line writes them to standard error).
    public let report: @Sendable (String) -> Void

    /// A workspace with `--scenarios` and `--data-dir`, if given.
    public init(scenariosDirectory: String?, dataDirectory: String?, now: @escaping @Sendable () -> String,
                report: @escaping @Sendable (String) -> Void) {
        scenariosOverride = scenariosDirectory
        data = DataDirectory.resolve(explicit: dataDirectory)
        self.now = now
        self.report = report
    }

    /// The source tree this binary was built from, so `swift run` in a fresh clone finds its data.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A data folder and why it was chosen (for `tabletop doctor` and error messages).
    public struct Found: Sendable {
        /// The folder.
        public var url: URL
        /// Why it was chosen.
        public var origin: String
    }

    /// Where scenarios are looked up: --scenarios, $TABLETOP_SCENARIOS, ./Scenarios, the installed ones, the source tree's.
    public var scenariosFolder: Found {
        if let scenariosOverride { return Found(url: URL(fileURLWithPath: scenariosOverride), origin: "--scenarios") }
        if let fromEnvironment = Self.environment("TABLETOP_SCENARIOS"), !fromEnvironment.isEmpty {
            return Found(url: URL(fileURLWithPath: fromEnvironment), origin: "$TABLETOP_SCENARIOS")
        }
        return Self.firstExisting("Scenarios")
    }

    /// The folder scenarios are looked up in.
    public var scenariosDirectory: URL { scenariosFolder.url }

    /// Where the runbook, matrix and policy come from: $TABLETOP_SCORING, ./Scoring, the installed ones, the source tree's.
    public var scoringFolder: Found {
        if let fromEnvironment = Self.environment("TABLETOP_SCORING"), !fromEnvironment.isEmpty {
            return Found(url: URL(fileURLWithPath: fromEnvironment), origin: "$TABLETOP_SCORING")
        }
        return Self.firstExisting("Scoring")
    }

    /// The folder the scoring files come from.
    public var scoringDirectory: URL { scoringFolder.url }

    /// One environment variable, read without building the whole environment (`ProcessInfo.environment`
    /// made a dictionary of it at each call: 2.7% of `history import`, which asks twice a session; issue 21).
    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// ./NAME, else `<prefix>/share/tabletop/NAME` beside an installed binary, else the source tree's NAME.
    private static func firstExisting(_ name: String) -> Found {
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name)
        if Installation.isFolder(local) { return Found(url: local, origin: "./\(name)") }
        if let installed = Installation.current.share?.appendingPathComponent(name), Installation.isFolder(installed) {
            return Found(url: installed, origin: "installed")
        }
        return Found(url: packageRoot.appendingPathComponent(name), origin: "source tree")
    }
}
