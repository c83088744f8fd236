import Foundation
import Testing
@testable import TabletopCore

/// The world reacts to what was decided (issue 15): options and timeouts set asset states that
/// `inspect` and repeats see, a deleted asset refuses further work, `chose` holds for an option taken
/// on timeout (without charging or crediting the trainee), `test` needs the fix to exist, `monitor`
/// stops at news, and a long command warns before it outlasts an open question.
@Suite struct ReactingWorldTests {
    /// Monday 09:00 UTC: Dana asks at 10m whether to snapshot and isolate web-03; at 1h whether to
    /// terminate web-04 (she does it alone after 20m); the fix is ready 30m after `fix`; news at 5h.
    static let yaml = """
        format: 1
        id: reacting
        title: Reacting
        family: data-breach
        difficulty: beginner
        duration: 10m
        start: 2026-01-05T09:00
        timezone: UTC
        briefing: A short drill.
        truth:
          personal_data: false
          severity:
            - level: sev3
        facts:
          - id: leak
            text: Something leaked.
        cast:
          - id: dana
            name: Dana Park
            role: SRE on-call
            answers:
              - topics: [web-04]
                when: chose(kill, 1)
                text: "web-04 is gone, as decided; its replacement is clean."
        assets:
          - id: web-03
            name: Web server 3
            kind: host
            owner: dana
            inspect: "web-03: a miner at 100% CPU, connections out to a pool."
            costs:
              logs: 30m
          - id: web-04
            name: Web server 4
            kind: host
            owner: dana
        injects:
          - id: ask
            at: 10m
            from: dana
            channel: "#alerts"
            text: Shall I snapshot and isolate web-03?
            decision:
              question: Dana wants to snapshot and isolate web-03.
              options:
                - text: Yes, snapshot and isolate it now.
                  outcome: Dana snapshots web-03 and isolates it.
                  effects:
                    assets:
                      web-03: [snapshotted, isolated]
                - text: No, leave it running for now.
              timeout: 20m
          - id: kill
            at: 1h
            from: dana
            channel: "#alerts"
            text: Shall I terminate web-04?
            decision:
              question: Dana wants to terminate web-04.
              options:
                - text: Terminate web-04 and let auto-scaling replace it.
                  outcome: Dana terminates web-04.
                  effects:
                    assets:
                      web-04: [deleted]
                - text: Keep web-04 for forensics.
              timeout: 20m
              on_timeout:
                option: 1
                outcome: Nobody answered, so Dana terminates web-04.
                effects:
                  assets:
                    web-04: [deleted]
          - id: fix-ready
            after_action: fix
            delay: 30m
            from: dana
            channel: "#incident"
            text: The patch is ready to test.
          - id: back
            at: 5h
            from: dana
            channel: "#alerts"
            text: The miner is back on web-03.
        traps:
          - id: killed-it
            when: chose(kill, 1)
            step: 11
            penalty: 5
            lesson: Terminating web-04 lost its evidence.
        debrief:
          narrative: It was a miner.
        end:
          time_limit: 8h
          outcomes:
            - id: done
              kind: resolved
              when: done(21)
              text: Closed.

        """

    static func engine(realClock: Bool = true) throws -> Engine {
        let scenario = try #require(TestSupport.loadScenario(yaml).value)
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: [], shuffleOptions: false, realClock: realClock))
        _ = engine.start()
        return engine
    }

    static func texts(_ outputs: [Output]) -> [String] {
        outputs.compactMap { output in
            switch output {
            case .response(let text), .notice(let text), .warning(let text), .error(let text): text
            case .answer(_, _, let text): text
            default: nil
            }
        }
    }

    @Test func anOptionsEffectsShowInInspectAndARepeatSaysSinceWhenAtNoCost() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait 10m")
        _ = engine.handle("choose 1")
        #expect(engine.state.asset("web-03", is: .isolated) && engine.state.asset("web-03", is: .snapshotted))
        let inspected = Self.texts(engine.handle("inspect web-03"))
        #expect(inspected.contains("Since it was isolated at Mon 09:10 (T+00:10) (Dana Park, on your answer), nothing has left it."))
        #expect(inspected.contains("Now: snapshotted since Mon 09:10 (T+00:10) (Dana Park, on your answer)."))
        let clock = engine.state.clock
        let decisions = engine.state.decisions.count
        let repeated = engine.handle("isolate web-03")
        #expect(Self.texts(repeated) == ["Web server 3 is already isolated since Mon 09:10 (T+00:10) (Dana Park, on your answer); nothing more to do."])
        #expect(engine.state.clock == clock)
        #expect(engine.state.decisions.count == decisions + 1 && engine.state.decisions.last?.cost == .zero)
        // The trainee's own action is remembered the same way, without a name.
        let at = engine.state.clock
        _ = engine.handle("preserve web-03")
        #expect(Self.texts(engine.handle("preserve web-03")).first == "Web server 3 is already preserved since \(engine.localClock.stamp(at: at)); nothing more to do.")
    }

    @Test func anAssetDeletedOnTimeoutRefusesFurtherWorkAndChoseHoldsForTheWorldOnly() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait 10m")
        _ = engine.handle("choose 2")
        engine.playThrough("wait 1h30m")
        #expect(engine.state.timedOut.map(\.decision) == ["kill"])
        #expect(engine.state.asset("web-04", is: .deleted))
        let refusal = "Web server 4 no longer exists: it was deleted at Mon 10:20 (T+01:20) by Dana Park, when nobody answered, and what it held went with it; nothing left to snapshot"
        #expect(engine.handle("snapshot web-04") == [.error(refusal)])
        #expect(engine.handle("isolate web-04").first.map { if case .error(let text) = $0 { text.hasSuffix("nothing left to isolate") } else { false } } == true)
        #expect(engine.handle("inspect web-04").first.map { if case .error(let text) = $0 { text.contains("'logs web-04'") } else { false } } == true)
        #expect(!engine.handle("logs web-04").contains { if case .error = $0 { true } else { false } })
        // The world goes on from what Dana did: chose(kill, 1) holds for answers, not for the trainee's traps.
        #expect(engine.holds(.chose("kill", 1)))
        #expect(!engine.holdsForTrainee(.chose("kill", 1)))
        #expect(engine.holdsForTrainee(.not(.chose("kill", 2))) && !engine.holdsForTrainee(.not(.chose("kill", 1))))
        #expect(Self.texts(engine.handle("ask dana web-04")) == ["web-04 is gone, as decided; its replacement is clean."])
        #expect(!engine.state.traps.contains { $0.id == "killed-it" })
    }

    @Test func aSessionFromBeforeTheWorldReactedRepeatsAndActsOnDeletedAssetsAsPlayed() throws {
        var engine = try Self.engine(realClock: false)
        _ = engine.handle("wait 10m")
        _ = engine.handle("choose 1")
        let clock = engine.state.clock
        #expect(Self.texts(engine.handle("isolate web-03")) == ["Web server 3 is isolated from the network and kept running."])
        #expect(engine.state.clock > clock)
        #expect(Self.texts(engine.handle("test")) == ["The fix is tested, and security tries to get around it."])
    }

    @Test func testAndRolloutNeedTheFixToExist() throws {
        var engine = try Self.engine()
        #expect(engine.handle("test") == [.error("nothing to test yet: no fix has been started; have one built first with fix \"what to change\"")])
        _ = engine.handle("fix \"patch the upload flaw\"")
        let early = engine.handle("rollout")
        #expect(early.count == 1)
        #expect(early.first.map { if case .error(let text) = $0 { text.hasPrefix("nothing to roll out yet: the fix started at Mon 09:00 (T+00:00) is not ready (expected around Mon 11:30); Dana Park will say when it is") } else { false } } == true)
        engine.playThrough("wait 1h")
        #expect(engine.state.hasFired("fix-ready"))
        // Who tests (nobody here answers about testing, so the commander, a person) and the fix, in the commander's
        // words: Dana's "The patch is ready to test" reads the same whatever was written (blind41 #88).
        #expect(Self.texts(engine.handle("test")).contains("You test the fix (patch the upload flaw) yourself and try to get around it."))
    }

    @Test func monitorStopsAtNewsAndCountsOnlyTheTimeItRan() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait 10m")
        _ = engine.handle("choose 1")
        engine.playThrough("wait 4h")
        let start = engine.state.clock
        let outputs = engine.handle("monitor 2h")
        #expect(engine.state.clock == .hours(5))
        #expect(engine.state.hasFired("back"))
        let left = SimDuration(seconds: start.seconds + 7200 - 5 * 3600)
        #expect(Self.texts(outputs).last == "Stopped monitoring at Mon 14:00 (T+05:00) for what just came in; \(left) of it was left ('monitor \(left)' to go on).")
        #expect(engine.state.decisions.last?.cost == SimDuration(seconds: 5 * 3600 - start.seconds))
        // It never runs past the drill's end: the time limit ends the drill there.
        _ = engine.handle("monitor 12h")
        #expect(engine.state.end?.at == .hours(8))
    }

    @Test func aCommandThatOutlastsAnOpenQuestionWarnsAndStillRuns() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait 10m")
        let outputs = engine.handle("logs web-03")
        #expect(outputs.first == .warning("this takes 30m, past the 20m left on Dana Park's question (\"Dana wants to snapshot and isolate web-03.\"): at Mon 09:30 Dana Park stops waiting and decides alone without you. It runs anyway; 'choose' before a long command keeps the decision yours."))
        #expect(engine.state.clock == .minutes(40))
        #expect(engine.state.timedOut.map(\.decision) == ["ask"])
        // A short command warns of nothing.
        _ = engine.handle("wait 20m")
        #expect(engine.state.pendingDecisions == ["kill"])
        #expect(!engine.handle("ask dana web-03").contains { if case .warning = $0 { true } else { false } })
    }

    /// Blind7: a snapshot ending the very minute the CTO's question ran out warned of the clock only,
    /// and the CTO took the API offline "without you" unannounced.
    @Test func aCommandEndingTheMinuteAQuestionRunsOutWarnsOfIt() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait 10m")
        let outputs = engine.handle("preserve web-04")
        #expect(engine.state.clock == .minutes(30))
        #expect(engine.state.timedOut.map(\.decision) == ["ask"])
        let warning = outputs.compactMap { if case .warning(let text) = $0 { text } else { nil } }
        #expect(warning.count == 1 && warning.first?.contains("past the 20m left on Dana Park's question") == true, "\(outputs)")
    }

    @Test func lintWarnsAboutAnOutcomeThatActsOnAnAssetWithoutEffects() throws {
        let effects = "isolates it.\n          effects:\n            assets:\n              web-03: [snapshotted, isolated]\n"
        #expect(Self.yaml.contains(effects))
        let bare = Self.yaml.replacingOccurrences(of: effects, with: "isolates it.\n")
        #expect(bare != Self.yaml)
        let warnings = TestSupport.loadScenario(bare).diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains("inject 'ask' option 1: the outcome says web-03 is acted on (\"Dana snapshots web-03 and isolates it\") but its effects leave it as it was; add effects: {assets: {web-03: [snapshotted, isolated]}} so that 'assets' and 'inspect' show it"))
        let clean = TestSupport.loadScenario(Self.yaml).diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(!clean.contains { $0.contains("the outcome says") })
    }
}
