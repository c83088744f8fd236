import Foundation
import Testing
import Mustache
@testable import TabletopReports

/// The cohort page's models answer the template by name; every answer must be the one reflection gives,
/// or a field would silently drop out of the page.
@Suite struct TemplateFieldsTests {
    @Test func theCohortPageModelsAnswerEveryFieldAsReflectionWould() throws {
        let model = CohortHTML.model(CohortReport.build(try CohortReportTests.reports()))
        // The model holds drills, heat-map cells, trends and phases, so every conformance is exercised.
        #expect(!model.groups.isEmpty && !model.groups[0].drills.isEmpty && !model.groups[0].maps[0].rows[0].cells.isEmpty)
        #expect(TemplateFields.disagreements(in: model) == [])
        let spark = Sparkline.Model(points: "8,4", dots: [.init(x: 8, y: 4, hollow: true)], label: "a")
        #expect(TemplateFields.disagreements(in: spark) == [])
    }

    /// The check itself finds a conformance that answers a field wrongly or not at all.
    @Test func theCheckFindsAFieldAnsweredWrongly() {
        struct Wrong: MustacheParent {
            var title: String; var note: String?
            func child(named name: String) -> Any? { name == "title" ? "other" : nil }
        }
        #expect(TemplateFields.disagreements(in: Wrong(title: "a", note: "b")) == ["model.title: a ≠ other", "model.note: b ≠ nil"])
        #expect(TemplateFields.disagreements(in: [Wrong(title: "a", note: nil)]) == ["model[0].title: a ≠ other"])
    }
}
