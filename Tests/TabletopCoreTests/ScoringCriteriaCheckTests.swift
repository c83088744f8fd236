import Foundation
import Testing
@testable import TabletopCore

/// `lint` of a scenario's criteria and rubrics: what a trainee cannot learn is an error, a world-judged
/// step without criteria a warning.
@Suite struct ScoringCriteriaCheckTests {
    static let minimal = String(decoding: TestSupport.bytes(TestSupport.fixtures.appendingPathComponent("valid/minimal.yaml")), as: UTF8.self)

    static func load(scoring: String) -> LoadResult<Scenario> {
        TestSupport.loadScenario(minimal.replacingOccurrences(of: "debrief:\n", with: scoring + "debrief:\n"))
    }

    @Test func aConceptNothingInTheScenarioSupportsIsALocatedError() {
        let scoring = """
            scoring:
              - step: verify-impact
                rubric:
                  - concept: which host
                    any: [web-03]
                  - concept: the ransom note
                    any: [ransom, bitcoin]

            """
        let result = Self.load(scoring: scoring)
        #expect(result.value == nil)
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.message == "rubric concept 'the ransom note' of step 6: none of its phrases appears anywhere in the scenario, so no trainee could learn it")
        let text = Self.minimal.replacingOccurrences(of: "debrief:\n", with: scoring + "debrief:\n")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("concept: the ransom note") }.map { $0 + 1 }
        #expect(error?.location?.line == line)
    }

    @Test func aWorldJudgedStepWithoutCriteriaIsAWarningAndCriteriaSilenceIt() {
        let bare = Self.load(scoring: "")
        #expect(bare.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("step 8 (stop-the-bleeding) has no criteria") })
        let judged = Self.load(scoring: """
            scoring:
              - step: stop-the-bleeding
                criteria:
                  - name: web-03 is cut off
                    met_if: asset(web-03).isolated

            """)
        #expect(judged.value?.scoring.first?.criteria.map(\.name) == ["web-03 is cut off"])
        #expect(!judged.diagnostics.contains { $0.message.hasPrefix("step 8 (stop-the-bleeding)") })
    }

    @Test func rubricPhrasesMatchWholeWordsAndPrefixes() {
        let concept = RubricConcept(name: "exfiltration", phrases: ["exfiltrat*", "2.1 million"])
        #expect(concept.appears(in: words("Data was exfiltrated overnight.")))
        #expect(concept.appears(in: words("About 2.1 million records.")))
        #expect(!concept.appears(in: words("2.15 millionaires")))
        #expect(!RubricConcept(name: "eu", phrases: ["eu"]).appears(in: words("the queue was long")))
    }

    /// The attack on this stop's fixes: a fix that says what it leaves undone was credited with it ("do not patch anything yet" as
    /// the flaw patched, "leave the instance role as it is" as the role narrowed). Read as a fix, an idea said as not done is not
    /// carried; read elsewhere (a root cause), the absence is the finding.
    @Test func aFixCarriesNoIdeaItSaysIsNotDone() {
        let rubric = Rubric(concepts: [RubricConcept(name: "patched", phrases: ["patch*", "upgrade*"]), RubricConcept(name: "role", phrases: ["role"]),
                                       RubricConcept(name: "no static keys", phrases: ["no static keys", "oidc"])], forbidden: [])
        let fix = "Do not patch anything yet, and leave the instance role as it is; keep the static keys, no OIDC."
        #expect(rubric.read(fix, negatable: true).hit.isEmpty, "\(rubric.read(fix, negatable: true))")
        #expect(rubric.read(fix).hit.count == 3)
        let real = "Patch the upload handler, narrow the instance role, and move to OIDC so there are no static keys."
        #expect(rubric.read(real, negatable: true).hit == ["patched", "role", "no static keys"])
    }

    @Test func aPhraseIsFoundAtAnyOccurrenceOfItsFirstWordButNotPastTheEnd() {
        let concept = RubricConcept(name: "scale", phrases: ["million records"])
        #expect(concept.appears(in: words("a million, then a million records")))
        #expect(!concept.appears(in: words("records, then a million")))
        #expect(!concept.appears(in: words("a million rows and records")))
    }

    private func words(_ text: String) -> RubricWords { RubricWords(RubricConcept.words(of: text)) }
}
