import Foundation
import Testing
@testable import TabletopCore

/// The integer reading of wall times against the ISO 8601 formatters it stands in front of: the same
/// `Date` for every time in tabletop's form, and nil (so the formatter decides) for anything else.
@Suite struct UTCWallTimeParserTests {
    private static func formatters() -> (whole: ISO8601DateFormatter, fractional: ISO8601DateFormatter) {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return (ISO8601DateFormatter(), fractional)
    }

    @Test("Every 2 days 3h 7m 11.xyz s from 1950 to 2090, whole and with milliseconds, reads as the formatters read it")
    func agreesWithFormatters() {
        let (whole, fractional) = Self.formatters()
        var checked = 0
        for (step, seconds) in stride(from: -631_152_000, to: 3_786_912_000, by: 184_031).enumerated() {
            let wholeDate = Date(timeIntervalSince1970: TimeInterval(seconds))
            let wholeText = whole.string(from: wholeDate)
            #expect(UTCWallTimeParser.date(wholeText) == whole.date(from: wholeText), "\(wholeText)")
            let fractionText = fractional.string(from: wholeDate.addingTimeInterval(Double(step * 7 % 1_000) / 1_000))
            #expect(UTCWallTimeParser.date(fractionText) == fractional.date(from: fractionText), "\(fractionText)")
            checked += 2
        }
        #expect(checked > 1_000)
    }

    @Test("Known moments: the epoch, a leap day, a millisecond before the year 2000")
    func knownMoments() {
        #expect(UTCWallTimeParser.date("1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(UTCWallTimeParser.date("2000-02-29T00:00:00Z") == Date(timeIntervalSince1970: 951_782_400))
        #expect(UTCWallTimeParser.date("1999-12-31T23:59:59.999Z") == Self.formatters().fractional.date(from: "1999-12-31T23:59:59.999Z"))
    }

    @Test("Anything but tabletop's exact form is left to the formatter", arguments: [
        "2026-11-29T14:15:00+01:00", "2026-11-29 14:15:00Z", "2026-11-29T14:15:00", "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-11-29T24:00:00Z", "2026-11-29T14:60:00Z", "2026-11-29T14:15:60Z", "2026-11-29T14:15:00.1Z", "2026-11-29T14:15:00.123456Z",
        "1899-12-31T10:00:00Z", "2026-1l-29T14:15:00Z", "", "2026-11-29T14:15:00z",
    ])
    func othersFallBack(text: String) {
        #expect(UTCWallTimeParser.date(text) == nil)
    }
}
