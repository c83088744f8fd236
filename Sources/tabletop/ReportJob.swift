import Foundation
import TabletopCore
import TabletopDrill

/// The end-of-drill HTML report, rendered and written on another core while the history is recorded and
/// the debrief printed (issue 21: the three were a fifth of a scored drill, one after another). The
/// scorecard is scored before the job starts, so both sides read the same remembered card.
final class ReportJob: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the job before `done` is signalled, read only after waiting on it.
    private var outcome: Result<String, any Error>?

    /// Starts writing the report of `engine`'s drill, whose finished log is `log`.
    init(setup: Workspace, sessionPath: String, engine: Engine, log: SessionLog?) {
        _ = try? setup.scorecard(of: engine)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            outcome = Result { try setup.writeHTMLReport(sessionPath: sessionPath, engine: engine, log: log) }
            done.signal()
        }
    }

    /// The report's path once written, or the error that stopped it.
    func result() -> Result<String, any Error> {
        done.wait()
        done.signal()
        return outcome ?? .failure(CommandFailure("error: the report job ended without a result"))
    }
}
