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
        // What she did that got through, as the scenario's probes say it (blind125 #66: the rubric's names, "the fix does not cover this: …").
        #expect(report.text.contains("I got around it: I cloned ci-config") && report.text.contains("with the CI account's credentials I still")
                && report.text.contains("the adversary still has a way in") && !report.text.contains("does not cover"), "\(report.text)")
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

    /// blind84 #95: once the world has changed what a test finds (the ways in it found are closed), the same fix is
    /// tested again when asked, rather than the new finding given as the old test's result.
    @Test func aTestAfterTheWorldChangedRunsAgain() throws {
        var engine = try Self.fixed()
        _ = engine.handle("test")
        _ = engine.handle("wait 2h")
        let found = try #require((engine.state.deeds ?? []).last { $0.text.hasPrefix("Tested:") }).text
        #expect(found.contains("still has a way in"), "\(found)")
        for move in ["revoke ci-key", "ask lena repo", "wait 30m"] { _ = engine.playThrough(move) }
        let second = try #require(engine.scenario.assets.first { $0.kind == .credential && $0.id != "ci-key" && engine.knownAssets.contains($0) }).id
        _ = engine.playThrough("revoke \(second)")
        #expect(!engine.state.attackerPresent)
        let again = engine.handle("delegate nina test").map(\.text).joined(separator: "\n")
        #expect(!again.contains("I finished testing this fix at"), "\(again)")
        #expect(engine.state.tasks.contains { $0.line == "test" && !$0.done }, "\(again)")
    }

    @Test func aFixThatCoversTooLittleIsGotAroundByWhatItMisses() throws {
        let engine = try Self.fixed()
        let result = try #require(engine.testResult())
        #expect(result.contains("the leaked keys are still in its history") && !result.contains("a static key still works"), "\(result)")
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

    /// blind126 #87: a way in nobody has found (the host missing from the inventory, before it beacons) is no finding of a test
    /// of the fix: the tester does not give the scenario's answer away.
    @Test func aWayInNobodyHasFoundIsNotTheTestersToReport() throws {
        let moves = try TimeThatStaysTrueTests.walkthrough("compromised-host-expert-seed1", through: "test")
        let engine = try TimeThatStaysTrueTests.engine("compromised-host", Array(moves.dropLast()))
        try #require(engine.state.attackerPresent && engine.openWaysIn.isEmpty, "the expert's moves up to the test should leave only the unknown host")
        let result = try #require(engine.testResult())
        #expect(!result.contains("way in") && result.hasPrefix("Tested: the fix held"), "\(result)")
    }

    /// A concept without a probe is named as what the fix does not cover.
    @Test func aConceptWithoutAProbeIsNamedAsNotCovered() throws {
        var scenario = try ScoringSupport.shippedScenario("breach")
        let step = try #require(TestSupport.runbook.steps.first { $0.evidence.contains { $0.verb == .fix } })
        let index = try #require(scenario.scoring.firstIndex { $0.step == step.number })
        for concept in scenario.scoring[index].rubric.concepts.indices { scenario.scoring[index].rubric.concepts[concept].probe = nil }
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook, configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for move in ["ack", "fix \"CI gets short-lived credentials from the identity provider\""] { _ = engine.handle(move) }
        let result = try #require(engine.testResult())
        #expect(result.contains("the fix does not cover this: the leaked keys removed from the repository; nor this: least privilege"), "\(result)")
    }

    /// Compromised host with a fix that covers the upload flaw but not the role.
    static func hostFixed(_ moves: [String] = []) throws -> Engine {
        var engine = try ScheduledActionTests.engine("compromised-host")
        _ = engine.handle("fix \"upgrade the upload framework past the CVE and keep uploads outside the web root\"")
        for move in moves { _ = engine.handle(move) }
        return engine
    }

    @Test func aChangeMadeInTheWorldCountsForTheFixAsTheTesterMeetsIt() throws {
        let missing = try #require(try Self.hostFixed().testResult())
        let roleProbe = "used the instance role to read the database credentials"
        #expect(missing.contains(roleProbe), "\(missing)")
        // Rotating the database password says the role can still read it: no word of the role's own state.
        let creds = try #require(try Self.hostFixed(["rotate db-creds"]).testResult())
        #expect(creds.contains(roleProbe), "\(creds)")
        // Sara narrowing the role (blind19 #9, #23): the tester meets a narrowed role.
        let narrowed = try #require(try Self.hostFixed(["rotate instance-role"]).testResult())
        #expect(!narrowed.contains(roleProbe) && !narrowed.contains("got around") && narrowed.contains("the role narrowed (least privilege)"), "\(narrowed)")
    }

    @Test func aTesterWhoGotAroundTheFixSaysSoWhenAskedAndWhatChangedSince() throws {
        var engine = try Self.hostFixed(["page kenji", "test", "wait 2h"])
        #expect((engine.state.deeds ?? []).contains { $0.person == "kenji" && $0.text.hasPrefix("Tested: I got around it") })
        let asked = WorldAwarePeopleTests.said(engine.handle("ask kenji how exactly did you get around the fix?"))
        #expect(asked.contains("I tested it at") && asked.contains("used the instance role") && !asked.contains("none got through"), "\(asked)")
        _ = engine.handle("rotate instance-role")
        let again = WorldAwarePeopleTests.said(engine.handle("ask kenji did your test hold?"))
        #expect(again.contains("Since then: instance-role rotated at") && again.contains("say `test`"), "\(again)")
    }
}
