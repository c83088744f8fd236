import Foundation
import TabletopCore
import TabletopDrill
import TabletopStore

/// What `history import` works out of one session before it looks at the history: the log read, the
/// drill replayed and scored into its record. Pure in the session's files, so a chunk of sessions is
/// prepared over every core (`OrderedConcurrentMap`; issue 21: one core replayed 10,000 sessions); what
/// depends on the history (the anchor check, the batch) then goes in order, as it always did.
struct ImportPreparation: Sendable {
    /// How many sessions are prepared before their records are written: the batch's size, so that no
    /// more than about one batch of logs and records is held at once.
    static let chunkSize = HistoryWrite.batchSize

    /// The log and where it is, or why it cannot be read.
    let read: Result<(log: SessionLog, path: String), any Error>
    /// After a read: the record and its "imported" line, or why the drill could not be loaded or scored.
    let outcome: Outcome?

    /// How far a read drill got.
    enum Outcome: Sendable {
        /// Its scenario or runbook could not be loaded (or changed, unforced): nothing else was tried.
        case notLoaded(any Error)
        /// Loaded and replayed, but not scored.
        case notScored(any Error)
        /// Its record and the line printed once it is written.
        case scored(ExerciseRecord, done: String)
    }

    /// Reads, replays and scores one session, as `history import` did one after another.
    init(_ session: String, setup: Workspace, force: Bool) {
        read = Result { try setup.readLog(session, decodeOutputs: false) }
        guard case .success(let (log, path)) = read else {
            outcome = nil
            return
        }
        let scenario: Scenario, runbook: Runbook
        do {
            (scenario, runbook, _) = try setup.loadPlayed(log, force: force)
        } catch {
            outcome = .notLoaded(error)
            return
        }
        let (engine, _) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
        do {
            let card = try setup.scorer(scenario: scenario, runbook: runbook).score(engine.state, players: engine.configuration.players)
            let record = ExerciseRecord(header: log.header, scenario: engine.scenario, scorecard: card, outcome: engine.state.end == nil ? "abandoned" : "finished",
                                        ended: log.lastWall, logPath: URL(fileURLWithPath: path).standardizedFileURL.path)
            outcome = .scored(record, done: "imported \(TerminalText.inline(log.header.session)): \(scenario.id), score \(card.score)")
        } catch {
            outcome = .notScored(error)
        }
    }

    /// The sessions prepared a chunk at a time, in order, each chunk over every core.
    static func each(of sessions: [String], setup: Workspace, force: Bool, _ body: (ImportPreparation) throws -> Void) rethrows {
        for start in stride(from: 0, to: sessions.count, by: chunkSize) {
            let chunk = Array(sessions[start..<min(sessions.count, start + chunkSize)])
            for prepared in OrderedConcurrentMap.map(chunk, { ImportPreparation($0, setup: setup, force: force) }) {
                try body(prepared)
            }
        }
    }
}
