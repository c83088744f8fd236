import Foundation
import TabletopCore
import TabletopStore

/// Recorded sessions: reading their logs, checking what they were played with, recording them in the history.
extension Workspace {
    /// Reads a session log, with a one-line error when it cannot be used.
    public func readLog(_ argument: String, decodeOutputs: Bool = true) throws -> (SessionLog, String) {
        let path = data.sessionPath(argument)
        do {
            return (try SessionLogWriter.read(path, decodeOutputs: decodeOutputs), path)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// Loads what a log was played with, refusing a changed scenario or runbook unless forced.
    /// `continuing`: the drill goes on (resume, host --resume), so a forced change is recorded in its log.
    public func loadPlayed(_ log: SessionLog, force: Bool, continuing: Bool = false) throws -> (Scenario, Runbook, [String]) {
        let (runbook, runbookHash) = try runbookWithHash()
        // The path comes from the log, which may come from anywhere: only a scenario file is read, and a
        // file that does not load is named, never quoted (it could be any file on this machine).
        let played = log.header.scenarioPath
        guard [".yaml", ".yml"].contains(where: played.lowercased().hasSuffix) else {
            throw CommandFailure("error: the session names \(TerminalText.inline(played)) as its scenario, which is not a scenario file (.yaml)")
        }
        let bytes = try Self.read(played)
        // The values the header recorded, so a replay plays the same variant; a log without them (a
        // scenario without variables, or a log older than variants) picks from its seed as ever.
        let variant = VariantSelection.recorded(log.header.variants ?? [], seed: log.header.configuration.seed)
        let scenarioHash = SessionLine.hash(bytes)
        guard let scenario = Self.playedScenario(path: played, bytes: bytes, hash: scenarioHash, runbook: runbook, runbookHash: runbookHash, variant: variant) else {
            throw CommandFailure("error: the scenario this session was played with, \(TerminalText.inline(played)), does not load; 'tabletop lint \(TerminalText.inline(played))' says why")
        }
        var changes: [String] = []
        if scenarioHash != log.header.scenarioHash { changes.append("the scenario file \(log.header.scenarioPath) changed since the drill was played") }
        if runbookHash != log.header.runbookHash { changes.append("the runbook changed since the drill was played") }
        if !changes.isEmpty, !force {
            throw CommandFailure("error: \(changes.joined(separator: "; and ")); replaying it could give different results (use --force to go on anyway\(continuing ? ", which is recorded in the session log" : ""))")
        }
        return (scenario, runbook, changes)
    }

    /// The scenario of a recorded drill: built once per process for each choice of its variables' values,
    /// then with its jittered times drawn for the drill's seed (a cohort report or import of a thousand
    /// drills, each at its own seed, parsed the scenario a thousand times: half their time, issue 21).
    static func playedScenario(path: String, bytes: [UInt8], hash: String, runbook: Runbook, runbookHash: String,
                               variant: VariantSelection) -> Scenario? {
        let cache = ParsedFileCache.shared
        guard let template = cache.value("template \(path)", hash: hash, load: { ScenarioLoader.template(path: path, bytes: bytes).value }) else {
            return nil
        }
        let picks = template.picks(variant)
        let built = cache.value("played \(path) \(runbookHash) \(picks)", hash: hash) {
            ScenarioLoader.loadJitterable(path: path, bytes: bytes, runbook: runbook, variant: .recorded(picks, seed: variant.jitterSeed), warnings: false).value
        }
        return built?.at(jitterSeed: variant.jitterSeed)
    }

    /// Records a drill in the history (`database`, else `TABLETOP_DATABASE_URL`, else the data folder's),
    /// anchored where its log ends (`anchor`, else the end of `log`). A failure, such as PostgreSQL being
    /// unreachable, is a warning and the drill completes: the session log is the source of truth, and
    /// `tabletop history import <session>` writes the record later (the warning says so).
    public func recordHistory(log: SessionLog, engine: Engine, logPath: String, outcome: String? = nil, database: String? = nil,
                       anchor: SessionAnchor? = nil) {
        let later = "the session log is safe; 'tabletop history import \(TerminalText.inline(log.header.session))' records it once the history can be reached"
        do {
            let card = try scorecard(of: engine)
            try data.prepare()
            let store = try HistoryLocation.resolve(database, defaultPath: data.historyDatabase.path).open()
            let ended = engine.state.end != nil
            try store.record(ExerciseRecord(header: log.header, scenario: engine.scenario, scorecard: card,
                                            outcome: outcome ?? (ended ? "finished" : "abandoned"), ended: now(), logPath: URL(fileURLWithPath: logPath).standardizedFileURL.path),
                             anchor: anchor ?? log.anchor, forced: nil)
        } catch let error as StoreError {
            report("warning: not recorded in the history: \(error.description) (\(later))")
        } catch let failure as CommandFailure {
            report("warning: not recorded in the history: \(failure.description) (\(later))")
        } catch {
            report("warning: not recorded in the history: \(CommandFailure.describe(error)) (\(later))")
        }
    }

    /// The session logs of the exercises the history (`database`, else the data folder's) holds that
    /// match `filter`; none matching is an error.
    public func recordedLogPaths(matching filter: HistoryFilter, database: String? = nil) throws -> [String] {
        let paths: [String]
        do {
            try data.prepare()
            let location = try HistoryLocation.resolve(database, defaultPath: data.historyDatabase.path)
            paths = try location.open(readOnly: true).exercises(matching: filter, withSteps: false).map(\.logPath)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
        guard !paths.isEmpty else { throw CommandFailure("error: no recorded exercise matches those filters") }
        return paths
    }
}
