import Testing
@testable import TabletopCore

/// `test` states a result (blind7 #11, #12, #38; blind8 B61, B62, B65, I65, H56): the tester, a
/// person paged if they are not on the incident yet, reports when the work is done whether the fix
/// held, decided by the world (what the fixes cover, whether a way in is still open).
@Suite struct TestResultTests {
    /// Breach with the fix delivered (Lena's "ready for testing" follows `fix`) and the keys still live.
    static func fixed() throws -> Engine {
        var engine = try ScheduledActionTests.engine("breach")
        _ = engine.handle("fix \"CI gets short-lived credentials from the identity provider\"")
        return engine
    }

    @Test func theTesterIsPagedFirstAndReportsTheResultInTheirOwnVoice() throws {
        var engine = try Self.fixed()
        let paged = engine.handle("test").map(\.text).joined(separator: "\n")
        #expect(paged.contains("you page Nina Kowalski (QA lead), who tests fixes here"), "\(paged)")
        #expect(engine.state.person("nina", is: .paged))
        let outputs = engine.handle("wait 2h")
        let report = try #require(outputs.first { output in
            if case .answer(let person, _, let text) = output { return person == "nina" && text.hasPrefix("Tested:") }
            return false
        }, "\(outputs.map(\.text))")
        // The keys still work, so the fix is got around however well it reads.
        #expect(report.text.contains("I got around it: the fix does not cover") && report.text.contains("the adversary still has a way in"), "\(report.text)")
        #expect(!report.text.contains("Nina Kowalski"))
    }

    @Test func delegatingATestOfTheSameFixSaysItWasTestedWithTheResult() throws {
        var engine = try Self.fixed()
        _ = engine.handle("test")
        _ = engine.handle("wait 2h")
        let again = engine.handle("delegate nina test").map(\.text).joined(separator: "\n")
        #expect(again.contains("I finished testing this fix at") && again.contains("Tested: I got around it"), "\(again)")
        #expect(!engine.state.tasks.contains { $0.line == "test" })
    }

    @Test func aFixThatCoversTooLittleIsGotAroundByWhatItMisses() throws {
        let engine = try Self.fixed()
        let result = try #require(engine.testResult())
        #expect(result.contains("the fix does not cover"), "\(result)")
    }

    @Test func aFixCoveringEverythingHoldsButAnOpenWayInStillSaysSo() throws {
        var engine = try ScheduledActionTests.engine("breach")
        let step = try #require(TestSupport.runbook.steps.first { $0.evidence.contains { $0.verb == .fix } })
        let rubric = try #require(engine.scenario.scoring.first { $0.step == step.number }?.rubric)
        let text = rubric.concepts.compactMap { $0.phrases.first?.replacingOccurrences(of: "*", with: "") }.joined(separator: "; ")
        _ = engine.handle("fix \"\(text)\"")
        let result = try #require(engine.testResult())
        #expect(result.hasPrefix("Tested: the fix held against what I tried, but it does not end this: the adversary still has a way in"), "\(result)")
    }
}
