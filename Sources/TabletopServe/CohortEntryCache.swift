import Foundation
import TabletopReports

/// Cohort entries decoded from the text the history stores, kept while that text is unchanged: decoding
/// a thousand entries is most of what the cohort page costs once its template no longer reflects.
final class CohortEntryCache: @unchecked Sendable {
    /// Guards `entries`; decoding happens outside it.
    private let lock = NSLock()
    private var entries: [String: (text: String, entry: CohortEntry)] = [:]

    /// The entry `text` holds for `session`, nil for text of another version or shape.
    func entry(session: String, text: String) -> CohortEntry? {
        if let cached = lock.withLock({ entries[session] }), cached.text == text { return cached.entry }
        guard let entry = CohortEntry.decode(text) else { return nil }
        lock.withLock { entries[session] = (text, entry) }
        return entry
    }
}
