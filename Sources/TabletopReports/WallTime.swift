import Foundation
import TabletopCore

/// ISO 8601 wall times read and written by formatters made once per process: building a formatter per
/// call was a quarter of a drill's CPU (one per input) and of a cohort report's (issue 21). The same
/// formatters with the same options as before, so the text is the same to the millisecond (format styles
/// round differently, which a test showed).
public enum WallTime {
    /// `2026-11-29T14:15:00.123Z`.
    public static func string(from date: Date) -> String {
        shared.lock.withLock { shared.fractional.string(from: date) }
    }

    /// A wall time with or without fractional seconds: the form tabletop writes by integer arithmetic
    /// (`UTCWallTimeParser`), any other by the formatters.
    public static func date(_ text: String) -> Date? {
        if let date = UTCWallTimeParser.date(text) { return date }
        return shared.lock.withLock { shared.whole.date(from: text) ?? shared.fractional.date(from: text) }
    }

    /// `2026-11-29`, in UTC.
    public static func day(_ date: Date) -> String {
        UTCDateParts(date).day8601
    }

    private static let shared = Formatters()

    /// Formatters are not documented as safe to share between threads; the lock makes them so.
    private final class Formatters: @unchecked Sendable {
        let lock = NSLock()
        let whole = ISO8601DateFormatter()
        let fractional: ISO8601DateFormatter = {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter
        }()
    }
}
