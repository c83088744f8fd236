import Foundation
import TabletopCore

/// Reading the scenario and scoring files.
extension Workspace {
    /// Fails with one line when the scenarios folder is missing, so a mistyped `--scenarios` is an
    /// error rather than an empty list.
    public func checkScenariosDirectory() throws {
        let found = scenariosFolder
        guard Installation.isFolder(found.url) else {
            throw CommandFailure("\(relative(found.url)): error: no such folder (the scenarios folder, from \(found.origin))")
        }
    }

    /// The bytes of a file, or a one-line error naming it.
    public static func read(_ path: String) throws -> [UInt8] {
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
    public func runbook(path: String? = nil) throws -> Runbook {
        try scoringFile("runbook.yaml", path: path, noun: "the runbook", load: ScoringFileLoader.loadRunbook)
    }

    /// Loads the severity matrix from the scoring folder (or `path`), failing with its diagnostics.
    public func severityMatrix(path: String? = nil) throws -> SeverityMatrix {
        try scoringFile("severity.yaml", path: path, noun: "the severity matrix", load: ScoringFileLoader.loadSeverityMatrix)
    }

    private func scoringFile<Value>(_ name: String, path: String?, noun: String,
                                    load: (String, [UInt8]) -> LoadResult<Value>) throws -> Value {
        let path = path ?? relative(scoringDirectory.appendingPathComponent(name))
        let result = load(path, try Self.read(path))
        guard let value = result.value else {
            diagnostics(result)
            throw CommandFailure("\(path): error: \(noun) has errors; fix them first")
        }
        return value
    }

    /// Resolves a scenario argument: a path to a file, or an id in the scenarios folder.
    public func scenarioPath(_ argument: String) throws -> String {
        if argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || argument.contains("/") {
            return argument
        }
        try checkScenariosDirectory()
        let candidates = scenarioFiles()
        if let match = candidates.first(where: { ($0 as NSString).lastPathComponent.hasPrefix(argument + ".") }) {
            return match
        }
        for path in candidates {
            if let bytes = try? Self.read(path), ScenarioLoader.template(path: path, bytes: bytes).value?.id == argument {
                return path
            }
        }
        let ids = candidates.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        throw CommandFailure("error: no scenario '\(argument)' in \(relative(scenariosDirectory)) (see 'tabletop list')\(Suggestion.didYouMean(argument, among: ids))")
    }

    /// Loads a scenario by id or path with its variables picked by `variant`, failing with its diagnostics.
    public func scenario(_ argument: String, variant: VariantSelection = .seed(1)) throws -> Scenario {
        let path = try scenarioPath(argument)
        let result = ScenarioLoader.load(path: path, bytes: try Self.read(path), runbook: try runbook(), variant: variant, warnings: false)
        guard let scenario = result.value else {
            diagnostics(result)
            throw ExitCodeFailure.invalidInput
        }
        // A note (a format-1 file) is shown once, before the drill; warnings are lint's to show.
        let notes = result.diagnostics.filter { $0.severity == .note }
        if !notes.isEmpty { report(notes.map(\.headline).joined(separator: "\n")) }
        return scenario
    }

    /// The YAML files of the scenarios folder, sorted by name.
    public func scenarioFiles() -> [String] {
        let directory = scenariosDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { relative(directory.appendingPathComponent($0)) }
    }

    /// A path relative to the current folder when it is inside it, for shorter messages.
    public func relative(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }

    /// Shows the diagnostics of a load, each with its source line and caret.
    public func diagnostics<Value>(_ result: LoadResult<Value>) {
        guard !result.diagnostics.isEmpty else { return }
        report(result.renderedDiagnostics)
    }
}
