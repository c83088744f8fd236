import Foundation
import Testing
import TabletopCore
@testable import TabletopReports

/// A cohort built from the entries the history keeps equals the one built from the replayed reports.
@Suite struct CohortEntryTests {
    /// Through the JSON the history stores: every figure, both with and without provisional drills.
    @Test func aCohortFromStoredEntriesEqualsTheReplayedOne() throws {
        let reports = try CohortReportTests.reports()
        let stored = try reports.map { try CohortEntry($0).json() }
        let entries = stored.compactMap { CohortEntry.decode($0) }
        #expect(entries.count == reports.count)
        for include in [false, true] {
            let replayed = CohortReport.build(reports, includeProvisional: include)
            let recorded = CohortReport.build(entries: entries, includeProvisional: include)
            #expect(recorded == replayed)
            #expect(CohortHTML.render(recorded) == CohortHTML.render(replayed))
        }
        // The fixtures hold traps and hard fails, so the comparison covers them.
        #expect(entries.contains { !$0.scorecard.hardFails.isEmpty || !$0.scorecard.adjustments.isEmpty })
    }

    /// Only traps are kept of the adjustments: nothing else in a cohort reads them.
    @Test func anEntryKeepsTrapsAndNoOtherAdjustment() throws {
        for report in try CohortReportTests.reports() {
            #expect(CohortEntry(report).scorecard.adjustments == report.scorecard.adjustments.filter { $0.kind == "trap" })
        }
    }

    /// Text of another version or shape is no entry (the dashboard then replays the log).
    @Test func anEntryOfAnotherFormatIsIgnored() throws {
        let report = try CohortReportTests.reports()[0]
        var entry = CohortEntry(report)
        #expect(CohortEntry.decode(try entry.json()) == entry)
        entry.format = CohortEntry.currentFormat + 1
        #expect(CohortEntry.decode(try entry.json()) == nil)
        #expect(CohortEntry.decode("{\"format\": 1}") == nil)
        #expect(CohortEntry.decode("not json") == nil)
    }
}
