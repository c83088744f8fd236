import Foundation
import Testing
import TabletopCore
import TabletopReports
import TabletopStore
import TabletopServe

/// The cohort page takes each drill's figures from the history's cohort entries (issue 18: replaying
/// 1,000 logs per request never finished); only a drill without one has its log replayed.
@Suite struct DashboardCohortTests {
    struct NoLog: Error {}

    /// The fixture's drills with entries made from the golden report renamed per drill, as the fixture's
    /// own report loader renames it; `except` is left without one.
    static func storeEntries(_ fixture: DashboardFixture, except: String? = nil) throws {
        let golden = try DashboardFixture.goldenReport()
        for record in try fixture.history.exercises() where record.session != except {
            let report = DashboardFixture.renamed(golden, for: record)
            try fixture.history.storeCohortEntry(try CohortEntry(report).json(), session: record.session)
        }
    }

    /// A dashboard whose logs cannot be replayed: any figure it shows came from the history.
    static func withoutLogs(_ fixture: DashboardFixture) -> Dashboard {
        Dashboard(history: fixture.history, token: nil, now: { "2026-11-10T12:00:00.000Z" }) { _ in throw NoLog() }
    }

    @Test func theCohortPageReadsTheRecordedEntriesNotTheLogs() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        try Self.storeEntries(fixture)
        let page = try Self.withoutLogs(fixture).cohortPage(DashboardFilter())
        #expect(page.status == 200)
        #expect(page.html.contains(#"<span class="value">3</span><span class="name">drills</span>"#))
        #expect(!page.html.contains("Left out"))
        // The report's own stylesheet has no rules for the dashboard's links: the frame brings them.
        #expect(page.html.contains("<style>nav.dashboard {"))
        // The same page as the replayed reports give.
        #expect(page == (try fixture.dashboard(token: nil).cohortPage(DashboardFilter())))
    }

    @Test func aDrillWithoutAnEntryHasItsLogReplayed() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        try Self.storeEntries(fixture, except: "s-ana-2")
        let page = try Self.withoutLogs(fixture).cohortPage(DashboardFilter())
        #expect(page.html.contains("Left out: 1 drill whose log could not be read (s-ana-2)."))
        #expect(page.html.contains(#"<span class="value">2</span><span class="name">drills</span>"#))
    }

    /// The dashboard keeps decoded entries between requests, but a drill whose entry the history changed
    /// (rescored, backfilled) shows the new figures on the next request.
    @Test func aChangedEntryIsReadAgain() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        try Self.storeEntries(fixture)
        let dashboard = Self.withoutLogs(fixture)
        let filter = DashboardFilter(trainee: "Ana Diaz")
        let before = try dashboard.cohortPage(filter)
        var report = DashboardFixture.renamed(try DashboardFixture.goldenReport(), for: try fixture.history.exercises()[0])
        report.scorecard.score = 7
        try fixture.history.storeCohortEntry(try CohortEntry(report).json(), session: report.session)
        let after = try dashboard.cohortPage(filter)
        #expect(!before.html.contains("<td class=\"nowrap\">7 <span"))
        #expect(after.html.contains("<td class=\"nowrap\">7 <span"))
        #expect(try dashboard.cohortPage(filter) == after)
    }

    /// Loaded at start, the entries serve the cohort page without the history's text being decoded again,
    /// and the page is the one decoding on request gives.
    @Test func entriesLoadedAtStartGiveTheSamePage() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        try Self.storeEntries(fixture)
        let loaded = Self.withoutLogs(fixture)
        #expect(try loaded.loadCohortEntries() == 3)
        #expect(try loaded.cohortPage(DashboardFilter()) == (try Self.withoutLogs(fixture).cohortPage(DashboardFilter())))
    }
}
