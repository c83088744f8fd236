import Foundation
import TabletopCore
import TabletopStore

extension Workspace {
    /// Takes the session's lock, reads its log, refuses a changed scenario or runbook and a log cut
    /// short since the history saw it (unless forced, which is recorded), rebuilds the drill, and
    /// writes what an interrupted input never wrote.
    public func continueSession(_ argument: String, force: Bool) throws -> ContinuedSession {
        let path = data.sessionPath(argument)
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure("error: \(path): no such session log") }
        let lock = try lockSession(path)
        let (log, _) = try readLog(argument)
        let (scenario, runbook, changes) = try loadPlayed(log, force: force, continuing: true)
        let cut = anchorProblem(log, path: path)
        if let cut, !force {
            throw CommandFailure("error: \(cut); continuing would hide that (use --force to go on anyway, which is recorded in the session log)")
        }
        let (engine, replayed) = SessionReplay.rebuild(log, scenario: scenario, runbook: runbook)
        do {
            let writer = try SessionLogWriter(appendingTo: path, after: log, lock: lock)
            if log.droppedPartialLine {
                report("note: the last line of \(path) was cut short (an interrupted write); resuming from the last complete line")
                try writer.append(.note(SessionNote(kind: "truncated", text: "a partial last line was dropped", wall: now())), sync: true)
            }
            for change in changes {
                try writer.append(.note(SessionNote(kind: "forced", text: change, wall: now())), sync: true)
            }
            // Recorded as a cut, which `verify` reports for good: a forced resume must not launder it.
            if let cut {
                try writer.append(.note(SessionNote(kind: SessionLog.cutKind, text: cut, wall: now())), sync: true)
            }
            let missed = SessionReplay.unrecordedOutputs(recorded: log.outputs, replayed: replayed) ?? []
            if !missed.isEmpty {
                for output in missed { try writer.append(.output(output), sync: false) }
                try writer.append(.note(SessionNote(kind: "completed", text: "\(missed.count) outputs of an interrupted input written",
                                                    wall: now())), sync: true)
            }
            return ContinuedSession(log: log, path: path, writer: writer, engine: engine, missed: missed)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// The lock of the session log at `path`, with a one-line error when another tabletop holds it.
    public func lockSession(_ path: String) throws -> SessionLock {
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            return try SessionLock(logPath: path, sessionID: id)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// Why the log is not what the history last recorded of it (cut short, or cut and written
    /// again), or nil when it is, or when the history has no anchor for it.
    public func anchorProblem(_ log: SessionLog, path: String, database: String? = nil) -> String? {
        guard let anchor = recordedAnchor(of: log.header.session, database: database),
              let bytes = FileManager.default.contents(atPath: path) else { return nil }
        return Self.describe(log.check(anchor, bytes: [UInt8](bytes)))
    }

    /// The anchor the history holds for a session; nil when there is no history (none is created) or
    /// no record of the session in it.
    public func recordedAnchor(of session: String, database: String? = nil) -> SessionAnchor? {
        try? existingHistory(database)?.anchor(of: session)
    }

    /// Why the history let a shorter log replace a longer record of the session, if it did.
    public func recordedShortening(of session: String) -> String? {
        try? existingHistory(nil)?.forcedShortening(of: session)
    }

    /// The history, opened to read only, when there is one (none is created).
    private func existingHistory(_ database: String?) -> (any HistoryBackend)? {
        guard let location = try? HistoryLocation.resolve(database, defaultPath: data.historyDatabase.path), location.mayHoldRecords else { return nil }
        return try? location.open(readOnly: true)
    }

    /// A check against an anchor, in words; nil when it holds.
    public static func describe(_ check: SessionLog.AnchorCheck) -> String? {
        switch check {
        case .holds:
            return nil
        case .shorter(let lines, let anchored):
            return "the session log has \(lines) lines, but the history recorded it with \(anchored): lines were removed from its end"
        case .rewritten(let line):
            return "line \(line) of the session log is not the line the history recorded there: the log was cut short and written again"
        }
    }
}
