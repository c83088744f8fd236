import Foundation

/// Reads the wall times tabletop writes, `2026-11-29T14:15:00Z` and `2026-11-29T14:15:00.123Z`, by integer
/// arithmetic. `ISO8601DateFormatter.date(from:)` clones its ICU formatter on every call: that was an
/// eighth of a cohort report's CPU and a twentieth of `history import`'s (issue 21).
///
/// Only that exact form is read (four-digit year from 1900, a real calendar day, hours 00-23, minutes and
/// seconds 00-59, none or three fractional digits, `Z`); anything else gives nil and the caller asks
/// the formatter, so a time reads as the same `Date` either way (a test holds the two together).
public enum UTCWallTimeParser {
    /// The moment `text` names, or nil when it is not in the one form this reads.
    public static func date(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 20 || bytes.count == 24, bytes[bytes.count - 1] == UInt8(ascii: "Z") else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        func separator(_ index: Int, _ character: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: character) }
        guard separator(4, "-"), separator(7, "-"), separator(10, "T"), separator(13, ":"), separator(16, ":"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              year >= 1900, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60 else { return nil }
        var milliseconds = 0
        if bytes.count == 24 {
            guard separator(19, "."), let fraction = number(20, 3) else { return nil }
            milliseconds = fraction
        }
        let seconds = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
        // As Foundation turns ICU's milliseconds since 1970 into a `Date`: the same arithmetic, the same double.
        return Date(timeIntervalSinceReferenceDate: Double(seconds * 1_000 + milliseconds) / 1_000 - Date.timeIntervalBetween1970AndReferenceDate)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm, eras of 400 years; years from 1900).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
