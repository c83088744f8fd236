import Foundation
import Testing
import TabletopStore
@testable import TabletopReports
@testable import TabletopServe

/// The dashboard's models answer the template by name; each answer must be the one reflection gives.
@Suite struct DashboardTemplateFieldsTests {
    @Test func everyPageModelAnswersEveryFieldAsReflectionWould() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let dashboard = try fixture.dashboard()
        try fixture.history.change(PlanChange(session: "s-ana-1", item: 1, status: "done", owner: "Ana Diaz", changedBy: "Mia K",
                                              changedAt: "2026-11-10T12:00:00Z"))
        let filter = DashboardFilter { _ in nil }
        let plan = try dashboard.planModel(filter)
        let exercises = try dashboard.exercisesModel(filter)
        let trends = try dashboard.trendsModel(filter)
        // Rows in each, so the row types are checked too (the plan's rows include a changed item's fields).
        #expect(plan.rows.count == 6 && exercises.rows.count == 3 && !trends.rows.isEmpty)
        let records = try fixture.history.exercises()
        let form = dashboard.filterModel(action: "/plan", filter, records: records, bands: true, statuses: true)
        let frame = DashboardModels.Layout(title: "t", css: "c", navigationCSS: "nc", navigation: "n", body: "b")
        let navigation = DashboardModels.Navigation(links: [.init(href: "/", name: "Exercises", current: true)], note: "a note")
        let problem = DashboardModels.Problem(heading: "h", message: "m")
        for model in [plan, exercises, trends, form, frame, navigation, problem] as [Any] {
            #expect(TemplateFields.disagreements(in: model) == [])
        }
    }
}
