import Foundation
import TabletopCore
import TabletopReports
import TabletopStore

extension ExerciseRecord {
    /// A drill's record with its cohort entry, so that cohort reports over the history need not replay its
    /// log; `scenario` is the one the drill was played with (its variant applied).
    public init(header: SessionHeader, scenario: Scenario, scorecard: Scorecard, outcome: String, ended: String?, logPath: String) {
        self.init(header: header, scorecard: scorecard, outcome: outcome, ended: ended, logPath: logPath)
        cohortEntry = try? CohortEntry(header: header, scenario: scenario, scorecard: scorecard).json()
    }
}

extension Workspace {
    /// Fills in the cohort entries the history lacks (drills recorded before schema v6) from their logs,
    /// once: each log is replayed and scored as `tabletop report` would. A log that cannot be read or
    /// replayed is left without an entry (its cohort falls back to the log, which says why) and named in
    /// the answer. Returns how many were filled and which sessions could not be.
    public func backfillCohortEntries(_ store: any HistoryBackend, force: Bool = false) throws -> (filled: Int, failed: [String]) {
        let present = try store.cohortEntries(matching: HistoryFilter())
        var filled = 0
        var failed: [String] = []
        for record in try store.exercises(matching: HistoryFilter(), withSteps: false) where present[record.session] == nil {
            do {
                try store.storeCohortEntry(try cohortEntry(logPath: record.logPath, force: force).json(), session: record.session)
                filled += 1
            } catch {
                failed.append(record.session)
            }
        }
        return (filled, failed)
    }

    /// The cohort entry of a recorded drill, from its log replayed and scored.
    public func cohortEntry(logPath: String, force: Bool = false) throws -> CohortEntry {
        let (log, _) = try readLog(logPath, decodeOutputs: false)
        let (scenario, runbook, _) = try loadPlayed(log, force: force)
        let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
        let card = try scorer(scenario: scenario, runbook: runbook).score(engine.state, players: engine.configuration.players)
        return CohortEntry(header: log.header, scenario: engine.scenario, scorecard: card)
    }
}

extension Workspace {
    /// The cohort entries the history (`database`, else `TABLETOP_DATABASE_URL`, else the data folder's)
    /// recorded for `arguments` (session ids or log paths), in their order; nil unless every one of them
    /// has an entry (then the caller replays the logs, as without a history).
    public func recordedCohortEntries(for arguments: [String], database: String? = nil) -> [CohortEntry]? {
        guard let store = try? HistoryLocation.resolve(database, defaultPath: data.historyDatabase.path).open(readOnly: true),
              let stored = try? store.cohortEntries(matching: HistoryFilter()),
              let records = try? store.exercises(matching: HistoryFilter(), withSteps: false) else { return nil }
        var sessionOfLog: [String: String] = [:]
        for record in records { sessionOfLog[record.logPath] = record.session }
        let decoder = JSONDecoder()
        var entries: [CohortEntry] = []
        for argument in arguments {
            let session = stored[argument] != nil ? argument : sessionOfLog[URL(fileURLWithPath: argument).standardizedFileURL.path]
            guard let session, let text = stored[session], let entry = CohortEntry.decode(text, decoder: decoder) else { return nil }
            entries.append(entry)
        }
        return entries
    }
}

extension Workspace {
    /// The cohort entries of recorded drills (session ids or log paths) in their order, each replayed and
    /// scored as `cohortEntry(logPath:)` does; the first one that fails throws, as when they were reported
    /// one after another. The first drill goes alone, so the files all of them share are parsed (and any
    /// diagnostics of theirs printed) once; the rest go over every core (`OrderedConcurrentMap`).
    public func cohortEntries(_ arguments: [String], force: Bool = false) throws -> [CohortEntry] {
        guard let first = arguments.first else { return [] }
        let head = try cohortEntry(logPath: first, force: force)
        let rest = OrderedConcurrentMap.map(Array(arguments.dropFirst())) { argument in
            Result { try cohortEntry(logPath: argument, force: force) }
        }
        return try [head] + rest.map { try $0.get() }
    }
}
