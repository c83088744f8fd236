import Foundation
import TabletopCore

/// ISO 8601 wall times, written by integer arithmetic and read by it or by formatters made once per process:
/// building a formatter per call was a quarter of a drill's CPU (one per input) and of a cohort report's, and
/// making the one formatter still cost a twentieth of the time to a drill's first prompt (issue 21). The text is
/// the formatter's to the millisecond (format styles round differently, which a test showed).
public enum WallTime {
    /// `2026-11-29T14:15:00.123Z`.
    public static func string(from date: Date) -> String {
        // As Foundation hands a moment to ICU: milliseconds since 1970, rounded to the nearest.
        let since1970 = (date.timeIntervalSinceReferenceDate + Date.timeIntervalBetween1970AndReferenceDate) * 1_000 + 0.5
        guard since1970.isFinite, abs(since1970) < 2.5e14 else { return shared.lock.withLock { shared.fractional.string(from: date) } }
        let milliseconds = Int64(since1970.rounded(.down))
        let seconds = milliseconds >= 0 ? milliseconds / 1_000 : (milliseconds - 999) / 1_000
        let parts = UTCDateParts(Date(timeIntervalSince1970: Double(seconds)))
        // Gregorian four-digit years only; the formatter writes the others (and the Julian days before 1582) its own way.
        guard (1600...9999).contains(parts.year) else { return shared.lock.withLock { shared.fractional.string(from: date) } }
        return "\(parts.day8601)T\(parts.time8601).\(UTCDateParts.pad(Int(milliseconds - seconds * 1_000), 3))Z"
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
