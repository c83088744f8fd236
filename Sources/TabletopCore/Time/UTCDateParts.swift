import Foundation

/// A moment's calendar date and time of day in UTC, by integer arithmetic: session ids and report
/// days need no formatter, and building a `DateFormatter` loaded ICU before the first prompt (issue 21).
public struct UTCDateParts: Sendable, Hashable {
    /// Year, month (1-12), day of the month (1-31).
    public let year: Int, month: Int, day: Int
    /// Hour (0-23), minute, second, whole seconds (rounded down).
    public let hour: Int, minute: Int, second: Int

    /// The parts of `date` in UTC (the proleptic Gregorian calendar).
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm, eras of 400 years).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
    }

    /// `2026-11-29`.
    public var day8601: String { "\(Self.pad(year, 4))-\(Self.pad(month))-\(Self.pad(day))" }

    /// `20261129-141500`.
    public var compact: String { "\(Self.pad(year, 4))\(Self.pad(month))\(Self.pad(day))-\(Self.pad(hour))\(Self.pad(minute))\(Self.pad(second))" }

    /// `14:15:00`.
    public var time8601: String { "\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))" }

    /// The number in decimal with zeros before it up to `width` digits.
    public static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
