import Foundation
import TabletopCore

/// Finds the scenario and scoring folders, and loads the files in them.
struct DataLocator {
    /// `--scenarios DIR`, if given.
    var scenariosOverride: String?

    /// The source tree this binary was built from, so a fresh clone and an installed binary find their data.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder scenarios are looked up in: --scenarios, $TABLETOP_SCENARIOS, ./Scenarios, the package's Scenarios.
    var scenariosDirectory: URL {
        if let scenariosOverride { return URL(fileURLWithPath: scenariosOverride) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["TABLETOP_SCENARIOS"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        return Self.firstExisting("Scenarios")
    }

    /// The folder the runbook, matrix and policy come from: $TABLETOP_SCORING, ./Scoring, the package's Scoring.
    var scoringDirectory: URL {
        if let fromEnvironment = ProcessInfo.processInfo.environment["TABLETOP_SCORING"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        return Self.firstExisting("Scoring")
    }

    private static func firstExisting(_ name: String) -> URL {
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return local
        }
        return packageRoot.appendingPathComponent(name)
    }

    /// The bytes of a file, or a one-line error naming it.
    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(path): error: no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure("\(path): error: is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path): error: cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }

    /// Loads the runbook from the scoring folder (or `path`), failing with its diagnostics.
    func runbook(path: String? = nil) throws -> Runbook {
        let path = path ?? relative(scoringDirectory.appendingPathComponent("runbook.yaml"))
        let result = ScoringFileLoader.loadRunbook(path: path, bytes: try Self.read(path))
        guard let runbook = result.value else {
            Output.diagnostics(result)
            throw CommandFailure("\(path): error: the runbook has errors; fix them first")
        }
        return runbook
    }

    /// Resolves a scenario argument: a path to a file, or an id in the scenarios folder.
    func scenarioPath(_ argument: String) throws -> String {
        if argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || argument.contains("/") {
            return argument
        }
        let candidates = scenarioFiles()
        if let match = candidates.first(where: { ($0 as NSString).lastPathComponent.hasPrefix(argument + ".") }) {
            return match
        }
        let runbook = try runbook()
        for path in candidates {
            if let bytes = try? Self.read(path), ScenarioLoader.load(path: path, bytes: bytes, runbook: runbook).value?.id == argument {
                return path
            }
        }
        let ids = candidates.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        throw CommandFailure("error: no scenario '\(argument)' in \(relative(scenariosDirectory)) (see 'tabletop list')\(Suggestion.didYouMean(argument, among: ids))")
    }

    /// Loads a scenario by id or path, failing with its diagnostics.
    func scenario(_ argument: String) throws -> Scenario {
        let path = try scenarioPath(argument)
        let result = ScenarioLoader.load(path: path, bytes: try Self.read(path), runbook: try runbook())
        guard let scenario = result.value else {
            Output.diagnostics(result)
            throw ExitCodeFailure.invalidInput
        }
        return scenario
    }

    /// The YAML files of the scenarios folder, sorted by name.
    func scenarioFiles() -> [String] {
        let directory = scenariosDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { relative(directory.appendingPathComponent($0)) }
    }

    /// A path relative to the current folder when it is inside it, for shorter messages.
    func relative(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}

/// A failure whose message has been written for a person; printed as it is, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Exit with status 1 after the diagnostics were printed.
enum ExitCodeFailure: Error {
    case invalidInput
}
