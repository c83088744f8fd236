import Foundation
import TabletopCore
import TabletopReports
import TabletopStore

/// The manager's dashboard over the exercise history: each page built from the history and the report
/// renderers, as HTML text (`Dashboard+Routes` serves them). Thin by design: filtering, reports and the
/// tracker's writes are the history's and the renderers' work.
public struct Dashboard: Sendable {
    /// A page: its HTTP status and HTML text.
    public struct Page: Sendable, Hashable {
        public var status: Int
        public var html: String
    }

    let history: any HistoryBackend
    let reports: ReportCache
    let cohortEntries = CohortEntryCache()
    /// The token writes need; nil makes the dashboard read-only.
    let token: String?
    /// The wall clock, ISO 8601, for when a change was made and which items are overdue.
    let now: @Sendable () -> String

    /// A dashboard over `history`; `report` rebuilds a drill's report from its log (the trainee's
    /// report, without the answer key). Writes need `token`; without one the dashboard is read-only.
    public init(history: any HistoryBackend, token: String?, now: @escaping @Sendable () -> String,
                report: @escaping @Sendable (ExerciseRecord) throws -> SessionReport) {
        self.history = history
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.now = now
        reports = ReportCache(load: report)
    }

    /// The most rows a list page shows (the newest exercises, the earliest due items): a page of thousands
    /// of rows is slow to build and to read; the summary counts them all and says to filter.
    static let rowLimit = 200

    /// Whether changes to improvement items are taken.
    public var writable: Bool { token != nil }

    /// The exercises matching the filter, oldest first.
    func exercises(_ filter: DashboardFilter) throws -> [ExerciseRecord] {
        try history.exercises(matching: filter.history, withSteps: false).filter(filter.matches)
    }

    /// The exercises list: newest first, with the filter form.
    public func exercisesPage(_ filter: DashboardFilter) throws -> Page {
        layout("Exercises", current: "/", body: DashboardTemplates.exercises.render(try exercisesModel(filter)))
    }

    /// What the exercises list shows for `filter`.
    func exercisesModel(_ filter: DashboardFilter) throws -> DashboardModels.Exercises {
        let all = try history.exercises(matching: HistoryFilter(), withSteps: false)
        let shown = all.filter { filter.history.admits($0) && filter.matches($0) }
        let rows = shown.reversed().prefix(Self.rowLimit).map {
            DashboardModels.Exercise(session: $0.session, trainee: $0.trainee, scenario: $0.scenario, started: Self.shortTime($0.started), band: $0.band,
                outcome: $0.outcome, score: $0.score, provisional: $0.provisional, hardFails: $0.hardFails ?? [])
        }
        let provisional = shown.count { $0.provisional }
        let failed = shown.count { !($0.hardFails ?? []).isEmpty }
        let summary = "\(shown.count) of \(all.count) recorded exercises; \(provisional) provisional; \(failed) with a hard fail. Newest first"
            + (shown.count > Self.rowLimit ? "; the newest \(Self.rowLimit) shown: filter to narrow." : ".")
        return DashboardModels.Exercises(summary: summary, filters: filterForm(action: "/", filter, records: all, bands: true), rows: Array(rows))
    }

    /// One drill's report, as `tabletop report <session> --format html` writes it; an unknown session is a
    /// 404 page that says so.
    public func sessionPage(_ session: String) throws -> Page {
        guard let record = try history.exercises(matching: HistoryFilter(), withSteps: false).first(where: { $0.session == session }) else {
            return problem(404, "No such exercise", "The history holds no exercise with session id \(session). The exercises page lists those it holds.")
        }
        let report: SessionReport
        do {
            report = try reports.report(for: record)
        } catch {
            return problem(500, "Report unavailable", "The report of \(session) cannot be rebuilt from its log \(record.logPath): \(error)")
        }
        return Page(status: 200, html: Self.framed(HTMLReport.render(report, transcript: true),
                                                    navigation: navigation(current: "", note: nil)))
    }

    /// The cohort report of the filtered exercises, as `tabletop report … --format html` writes it, from
    /// the figures the history keeps of each drill.
    public func cohortPage(_ filter: DashboardFilter) throws -> Page {
        let records = try exercises(filter)
        guard !records.isEmpty else {
            return problem(200, "Cohort report", "No recorded exercise matches these filters.", current: "/cohort")
        }
        // Each drill's figures as the history recorded them; only a drill recorded without them (before
        // schema v6, not yet backfilled) has its log replayed.
        let stored = try history.cohortEntries(matching: filter.history)
        var entries: [CohortEntry] = []
        var unreadable: [String] = []
        for record in records {
            if let text = stored[record.session], let entry = cohortEntries.entry(session: record.session, text: text) {
                entries.append(entry)
                continue
            }
            do { entries.append(CohortEntry(try reports.report(for: record))) } catch { unreadable.append(record.session) }
        }
        let note = unreadable.isEmpty ? nil : "Left out: \(unreadable.count) drill\(unreadable.count == 1 ? "" : "s") whose log could not be read (\(unreadable.prefix(3).joined(separator: ", "))\(unreadable.count > 3 ? ", …" : ""))."
        let body = Self.framed(CohortHTML.render(CohortReport.build(entries: entries)), navigation: navigation(current: "/cohort", note: note))
        return Page(status: 200, html: body)
    }

    /// Decodes every cohort entry the history holds into the dashboard's cache, once at start, so the
    /// first cohort page costs what later ones do (decoding a thousand entries is most of a cold
    /// request); returns how many were decoded. A changed entry is still read again on request.
    @discardableResult
    public func loadCohortEntries() throws -> Int {
        let stored = try history.cohortEntries(matching: HistoryFilter())
        // Sorted keys: the order of work never depends on the dictionary's.
        return stored.keys.sorted().count { session in stored[session].flatMap { cohortEntries.entry(session: session, text: $0) } != nil }
    }

    /// A page in the dashboard's frame.
    func layout(_ title: String, current: String, body: String, status: Int = 200) -> Page {
        Page(status: status, html: DashboardTemplates.layout.render(DashboardModels.Layout(
            title: title, css: HTMLStyle.css, navigationCSS: DashboardTemplates.navigationCSS, navigation: navigation(current: current, note: nil), body: body)))
    }

    /// The navigation between pages, the current one marked, and a note under it.
    func navigation(current: String, note: String?) -> String {
        let links = [("/", "Exercises"), ("/cohort", "Cohort"), ("/trends", "Trends"), ("/plan", "Improvement plan")]
        return DashboardTemplates.navigation.render(DashboardModels.Navigation(links: links.map { DashboardModels.Link(href: $0.0, name: $0.1, current: $0.0 == current) }, note: note))
    }

    /// A report page with the dashboard's navigation put at the top of its `<main>`.
    static func framed(_ html: String, navigation: String) -> String {
        guard let main = html.range(of: "<main>") else { return html }
        let framed = html.replacingCharacters(in: main, with: "<main>" + navigation)
        guard let head = framed.range(of: "</head>") else { return framed }
        return framed.replacingCharacters(in: head, with: "<style>\(DashboardTemplates.navigationCSS)</style></head>")
    }

    /// A page that says what went wrong.
    func problem(_ status: Int, _ heading: String, _ message: String, current: String = "") -> Page {
        layout(heading, current: current, body: DashboardTemplates.problem.render(DashboardModels.Problem(heading: heading, message: message)), status: status)
    }

    /// `2026-11-29 14:15` from an ISO 8601 wall time (UTC, as recorded).
    static func shortTime(_ iso: String) -> String {
        String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}

extension HistoryFilter {
    /// Whether a record passes this filter, as the history's own query would (for pages that need every
    /// record too, to offer the filter's choices).
    func admits(_ record: ExerciseRecord) -> Bool {
        if let trainee, record.trainee != trainee { return false }
        if let scenario, record.scenario != scenario { return false }
        if let since, record.started < since { return false }
        return true
    }
}
