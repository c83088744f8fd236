import Testing
@testable import TabletopReports

/// Small pieces of report text.
@Suite struct ReportTextTests {
    @Test(arguments: [
        (nil, "—"),
        (0, "0 s"),
        (54, "54 s"),
        (60, "1 min"),
        (16 * 60 + 59, "16 min"),
        (3600 + 5 * 60, "1 h 5 min"),
    ] as [(Int?, String)])
    func realDurationReadsNaturally(_ seconds: Int?, _ expected: String) {
        #expect(ReportText.realDuration(seconds) == expected)
    }
}
