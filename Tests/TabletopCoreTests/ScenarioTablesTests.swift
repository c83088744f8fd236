import Testing
@testable import TabletopCore

/// Drills of one scenario that differ only in their jittered inject times share the tables the engine
/// derives from it (issue 21); any other difference gets tables of its own.
@Suite struct ScenarioTablesTests {
    /// Two seeds' draws of a shipped scenario: different inject times, one set of tables, and the same
    /// tables a fresh build gives.
    @Test(arguments: ["breach", "insider", "compromised-host"])
    func jitteredDrawsShareTheirTables(_ id: String) throws {
        let bytes = TestSupport.bytes(TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml"))
        let built = try #require(ScenarioLoader.loadJitterable(path: id, bytes: bytes, runbook: TestSupport.runbook,
                                                               variant: .seed(1), warnings: false).value)
        let first = built.at(jitterSeed: 1), second = built.at(jitterSeed: 2)
        // Meaningful only if the two draws really moved some inject.
        #expect(first != second)
        #expect(first.isSame(apartFromInjectTimes: second))
        let one = Engine(scenario: first, runbook: TestSupport.runbook, configuration: .init(seed: 1, mode: .practice, players: []))
        let two = Engine(scenario: second, runbook: TestSupport.runbook, configuration: .init(seed: 2, mode: .practice, players: []))
        #expect(one.world.tables === two.world.tables)
        // Each engine keeps its own injects, with its own times.
        #expect(one.world.injectsByID.values.map(\.trigger).sorted { "\($0)" < "\($1)" } != two.world.injectsByID.values.map(\.trigger).sorted { "\($0)" < "\($1)" })
        let fresh = ScenarioTables(scenario: second, runbook: TestSupport.runbook)
        #expect(fresh.assetClues == two.world.assetClues)
        #expect(fresh.castByNameWord == two.world.castByNameWord && fresh.relatedAssets == two.world.relatedAssets)
        #expect(fresh.sensitiveWords == two.world.sensitiveWords && fresh.revealers == two.world.revealers)
    }

    /// What is not a jitter: another text, another kind of trigger, another inject followed, another runbook.
    @Test func otherDifferencesGetTablesOfTheirOwn() throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        let runbook = TestSupport.runbook
        let base = ScenarioTables.shared(scenario: scenario, runbook: runbook)
        #expect(ScenarioTables.shared(scenario: scenario, runbook: runbook) === base)

        var renamed = scenario
        renamed.assets[0].name += " (renamed)"
        #expect(!renamed.isSame(apartFromInjectTimes: scenario))
        #expect(ScenarioTables.shared(scenario: renamed, runbook: runbook) !== base)

        var retold = scenario
        retold.injects[0].text += " Something else happened."
        #expect(!retold.isSame(apartFromInjectTimes: scenario))

        let timed = try #require(scenario.injects.firstIndex { if case .at = $0.trigger { true } else { false } })
        var moved = scenario
        moved.injects[timed].trigger = .at(.minutes(99_999))
        #expect(moved.isSame(apartFromInjectTimes: scenario))
        var conditional = scenario
        conditional.injects[timed].trigger = .when(.constant(true))
        #expect(!conditional.isSame(apartFromInjectTimes: scenario))
        #expect(ScenarioTables.shared(scenario: conditional, runbook: runbook).index.conditional.contains(timed))
        #expect(!base.index.conditional.contains(timed))

        var shorter = scenario
        shorter.injects.removeLast()
        #expect(!shorter.isSame(apartFromInjectTimes: scenario))

        var otherRunbook = runbook
        otherRunbook.steps[0].title += " (edited)"
        #expect(ScenarioTables.shared(scenario: scenario, runbook: otherRunbook) !== base)
    }

    /// Triggers compared apart from their time: the inject or action they follow still counts.
    @Test func triggersDifferingInWhatTheyFollowAreNotTheSame() {
        #expect(Trigger.at(.minutes(5)).isSame(apartFromTime: .at(.minutes(9))))
        #expect(Trigger.afterInject("a", delay: .minutes(5)).isSame(apartFromTime: .afterInject("a", delay: .minutes(1))))
        #expect(!Trigger.afterInject("a", delay: .minutes(5)).isSame(apartFromTime: .afterInject("b", delay: .minutes(5))))
        #expect(!Trigger.at(.minutes(5)).isSame(apartFromTime: .afterInject("a", delay: .minutes(5))))
        #expect(!Trigger.contingency(step: 3, by: .minutes(5)).isSame(apartFromTime: .contingency(step: 3, by: .minutes(6))))
    }
}
