import Foundation
import TabletopReports
import TabletopStore

/// Drill reports rebuilt from their logs, kept while the record they came from is unchanged: rebuilding
/// replays the whole drill, and the cohort page needs every filtered drill's report.
final class ReportCache: @unchecked Sendable {
    private let load: @Sendable (ExerciseRecord) throws -> SessionReport
    /// Guards `reports`; loading happens outside it, so slow logs do not hold up other pages.
    private let lock = NSLock()
    private var reports: [String: (key: String, report: SessionReport)] = [:]

    init(load: @escaping @Sendable (ExerciseRecord) throws -> SessionReport) {
        self.load = load
    }

    /// The report of a drill: cached while its record's log, end, outcome and score are the same.
    func report(for record: ExerciseRecord) throws -> SessionReport {
        let key = "\(record.logPath)\u{0}\(record.ended ?? "")\u{0}\(record.outcome)\u{0}\(record.score)"
        if let cached = lock.withLock({ reports[record.session] }), cached.key == key { return cached.report }
        let report = try load(record)
        lock.withLock { reports[record.session] = (key, report) }
        return report
    }
}
