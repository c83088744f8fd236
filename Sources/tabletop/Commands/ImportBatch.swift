import TabletopStore

/// The drills `history import` has read and scored but not yet written: written `HistoryWrite.batchSize`
/// at a time, a transaction each (issue 21: a commit per drill made importing 10,000 take minutes).
/// Each drill's "imported" line is printed once its batch is written.
struct ImportBatch {
    let store: any HistoryBackend
    /// Drills that could not be imported, so far.
    var failures = 0
    private var pending: [(write: HistoryWrite, done: String)] = []
    private var sessions: Set<String> = []

    init(store: any HistoryBackend) {
        self.store = store
    }

    /// Whether a record of the session waits in the batch.
    func holds(_ session: String) -> Bool { sessions.contains(session) }

    /// Adds a drill, writing the batch once it is full.
    mutating func add(_ write: HistoryWrite, done: String) {
        pending.append((write, done))
        sessions.insert(write.exercise.session)
        if pending.count >= HistoryWrite.batchSize { commit() }
    }

    /// Writes what waits in one transaction. If that fails, each drill is written on its own, so that
    /// every drill that can be recorded is and each failure is named, as when each had its own.
    mutating func commit() {
        defer { pending = []; sessions = [] }
        guard !pending.isEmpty else { return }
        do {
            try store.record(pending.map(\.write))
            for drill in pending { Output.printLine(drill.done) }
            return
        } catch {
            // Written one by one below.
        }
        for drill in pending {
            do {
                try store.record(drill.write.exercise, anchor: drill.write.anchor, forced: drill.write.forced)
                Output.printLine(drill.done)
            } catch let error as StoreError {
                failures += 1
                Output.error("error: \(error.description)")
            } catch {
                failures += 1
                Output.error("error: \(Output.describe(error))")
            }
        }
    }
}
