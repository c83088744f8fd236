import Foundation
import Testing
@testable import TabletopCore

/// A question word as an answer's topic ("what") fits nearly every question put to that person, so the
/// answer is given to questions it has nothing to do with; the loader warns where it is written.
@Suite struct QuestionWordTopicTests {
    @Test func aQuestionWordAsATopicIsWarnedAboutWhereItIsWritten() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/insider.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let shipped = "- topics: [files, scope, synced"
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains(shipped) }) + 1
        let edited = text.replacingOccurrences(of: shipped, with: "- topics: [files, What, scope, synced")
        let result = ScenarioLoader.load(path: "insider.yaml", bytes: Array(edited.utf8), runbook: TestSupport.runbook, variant: .seed(1))
        #expect(result.value != nil, "a warning does not stop the scenario loading")
        let warnings = result.diagnostics.filter { $0.severity == .warning && $0.message.contains("question word") }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.message == "topic 'What' of an answer of person 'omar' is a question word and fits nearly every question; name what the answer is about")
        #expect(warning.location?.line == line)
        let editedLine = edited.components(separatedBy: "\n")[line - 1]
        let column = editedLine.distance(from: editedLine.startIndex, to: try #require(editedLine.range(of: "What")).lowerBound) + 1
        #expect(warning.location?.column == column)
    }

    @Test func theShippedScenariosHaveNoQuestionWordTopics() throws {
        for id in ["breach", "compromised-host", "example", "insider"] {
            let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml")
            let result = ScenarioLoader.load(path: "\(id).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook, variant: .seed(1))
            #expect(!result.diagnostics.contains { $0.message.contains("question word") }, "\(id)")
        }
    }
}
