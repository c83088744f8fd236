import Foundation
import Testing
@testable import TabletopCore

/// The integer calendar arithmetic against Foundation's Gregorian calendar in UTC, which it replaces
/// for session ids and report days.
@Suite struct UTCDatePartsTests {
    @Test("Known moments: the epoch, a leap day, the end of a century year, before 1970")
    func knownMoments() {
        #expect(UTCDateParts(Date(timeIntervalSince1970: 0)).compact == "19700101-000000")
        #expect(UTCDateParts(Date(timeIntervalSince1970: 951_782_400)).day8601 == "2000-02-29")
        #expect(UTCDateParts(Date(timeIntervalSince1970: 978_307_199)).compact == "20001231-235959")
        #expect(UTCDateParts(Date(timeIntervalSince1970: -1)).compact == "19691231-235959")
        #expect(UTCDateParts(Date(timeIntervalSince1970: 1_795_961_700.75)).compact == "20261129-141500")
    }

    @Test("A moment every 36h 5m 7s from 1950 to 2080 agrees with Calendar in UTC")
    func agreesWithCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for seconds in stride(from: -631_152_000, to: 3_471_292_800, by: 129_907) {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let parts = UTCDateParts(date)
            let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            #expect([parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second]
                == [expected.year, expected.month, expected.day, expected.hour, expected.minute, expected.second].map { $0 ?? -1 },
                    "at \(seconds)")
        }
    }
}
