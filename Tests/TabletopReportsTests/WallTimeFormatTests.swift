import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// The format styles made once per process (issue 21) read and write wall times exactly as the
/// formatters built on every call did.
@Suite struct WallTimeFormatTests {
    static func oldDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    static func oldDueDate(_ start: String) -> String {
        guard let date = oldDate(start) else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date.addingTimeInterval(30 * 86_400))
    }

    @Test(arguments: ["2026-11-29T14:15:00Z", "2026-11-29T14:15:00.123Z", "2026-12-31T23:59:59.999Z", "2024-02-29T00:00:00Z",
                      "2026-01-31T08:00:00+02:00", "1970-01-01T00:00:00Z", "2026-11-29", "not a date", "", "2026-11-29T14:15:00"])
    func parsingAndDueDatesMatchTheFormatters(text: String) {
        #expect(SessionReport.date(text) == Self.oldDate(text))
        #expect(SessionReport.dueDate(from: text) == Self.oldDueDate(text))
    }

    @Test func wallTimesAreWrittenAsTheFormatterWroteThem() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var random = SeededRandom(seed: 42)
        for _ in 0..<500 {
            // Whole milliseconds, as the log's wall times are read back, from 2000 to 2100.
            let milliseconds = 946_684_800_000 + Int64(random.next() % 3_155_760_000_000)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            #expect(WallTime.string(from: date) == formatter.string(from: date))
        }
        // Any moment, as the clock gives it (the written form is arithmetic now, rounded as the formatter rounds), and the
        // edges: before 1970, a second's last half millisecond, the far past and future.
        var moments = (0..<5_000).map { _ in Date(timeIntervalSince1970: Double(random.next() % 4_102_444_800_000_000) / 1_000_000) }
        moments += [-1.0005, -0.0004, 0, 0.0004999, 0.0005, 59.9995, 59.99949, 951_782_399.9996, -62_135_596_800, 253_402_300_799.999]
            .map { Date(timeIntervalSince1970: $0) }
        for date in moments {
            #expect(WallTime.string(from: date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }
}
