import Foundation
import Testing
@testable import TabletopCore

/// Real clock times (issue 15): local days and times from `start` and `timezone`, `wait until`, `wait`
/// stopping early, question timeouts, clocks at a local time and scheduled statements.
@Suite struct RealClockTests {
    /// Monday 2026-01-05 09:00 UTC, a two-hour drill: a question at 10m (Dana waits 20m, then isolates),
    /// a plain inject at 40m and a clock that runs out at 10:30 local time.
    static let yaml = """
        format: 1
        id: clocky
        title: Clocky
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
        assets:
          - id: web-03
            name: Web server 3
            kind: host
            owner: dana
        injects:
          - id: ask
            at: 10m
            from: dana
            channel: "#alerts"
            text: Shall I isolate web-03?
            decision:
              question: Dana wants to isolate web-03.
              options:
                - text: Yes, isolate it now.
                - text: No, leave it running for now.
              timeout: 20m
              on_timeout:
                option: 1
                outcome: Nobody answered, so Dana isolates web-03.
                effects:
                  assets:
                    web-03: [isolated]
          - id: later
            at: "09:40"
            from: dana
            channel: "#alerts"
            text: The CPU is back to normal.
          - id: missed
            when: clock(report).expired
            from: dana
            channel: "#alerts"
            text: The report deadline has passed.
        clocks:
          - id: report
            label: REPORT
            starts: time >= 0m
            at: "10:30"
            stops: did(statement publish)
            step: 16
        debrief:
          narrative: It was a miner.
        end:
          time_limit: 2h
          outcomes:
            - id: done
              kind: resolved
              when: done(8)
              text: Contained.

        """

    static func engine(realClock: Bool = true) throws -> Engine {
        let scenario = try #require(TestSupport.loadScenario(yaml).value)
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: [], shuffleOptions: false, realClock: realClock))
        _ = engine.start()
        return engine
    }

    static func notices(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .notice(let text) = $0 { text } else { nil } }
    }

    @Test func localTimesComeFromStartAndZoneWithDaylightSaving() {
        let breach = LocalClock(start: SimulatedStart(local: "2026-05-12T09:40", timeZone: "Europe/Amsterdam"))
        #expect(breach.stamp(at: .zero) == "Tue 09:40 (T+00:00)")
        #expect(breach.stamp(at: SimDuration(seconds: 8 * 3600 + 20 * 60)) == "Tue 18:00 (T+08:20)")
        #expect(breach.iso(at: .hours(15)) == "2026-05-13T00:40")
        // Europe/Amsterdam moves to summer time at 02:00 on 2026-03-29: four hours after 23:00 it is 04:00, not 03:00.
        let spring = LocalClock(start: SimulatedStart(local: "2026-03-28T23:00", timeZone: "Europe/Amsterdam"))
        #expect(spring.dayAndTime(at: .hours(4)) == "Sun 04:00")
    }

    @Test func localTimesParseAndResolveToTheNextMomentOrSayTheyArePast() throws {
        #expect(LocalTime(parsing: "18:00")?.description == "18:00")
        #expect(LocalTime(parsing: "friday 10:00")?.description == "Fri 10:00")
        #expect(LocalTime(parsing: "9:05")?.description == "09:05")
        for bad in ["25:00", "18:0", "Fr 10:00", "18h", "Fri", "Fri 10:00 extra", "fryday 10:00"] {
            #expect(LocalTime(parsing: bad) == nil, "\(bad)")
        }
        let clock = LocalClock(start: SimulatedStart(local: "2026-09-22T08:05", timeZone: "America/Chicago"))
        let friday = try clock.offset(of: #require(LocalTime(parsing: "Fri 10:00")), after: .zero).get()
        #expect(friday == SimDuration(seconds: 73 * 3600 + 55 * 60))
        let past = clock.offset(of: try #require(LocalTime(parsing: "08:00")), after: .zero)
        #expect(throws: InputError.self) { try past.get() }
        if case .failure(let error) = past { #expect(error.message == "08:00 has already passed: it is Tue 08:05 now; say a day too, such as 'Wed 08:00'") }
    }

    @Test func waitUntilALocalTimeAndItsOneLineErrors() throws {
        var engine = try Self.engine()
        #expect(Self.notices(engine.handle("wait until 9:05")) == ["It is now Mon 09:05 (T+00:05)."])
        #expect(engine.handle("wait until 08:00") == [.error("08:00 has already passed: it is Mon 09:05 now; say a day too, such as 'Tue 08:00'")])
        #expect(engine.handle("wait until 9:05") == [.error("it is Mon 09:05 already; wait until a later time")])
        #expect(engine.handle("wait until teatime") == [.error("'teatime' is not a local time; use 24-hour time such as 18:00, a day and a time such as Fri 10:00, or the drill's clock such as T+2h")])
        #expect(engine.state.clock == .minutes(5))
    }

    @Test func waitStopsEarlyAtANewInjectAndAtATimedOutQuestion() throws {
        var engine = try Self.engine()
        let first = engine.handle("wait 2h")
        #expect(engine.state.clock == .minutes(10))
        #expect(Self.notices(first).last == "Stopped waiting at Mon 09:10 (T+00:10) for what just came in; 1h50m of your wait was left ('wait 1h50m' to go on).")
        // The open question times out at 09:30: Dana takes option 1 alone, and `wait` stops there too.
        let second = engine.handle("wait 1h50m")
        #expect(engine.state.clock == .minutes(30))
        #expect(Self.notices(second).first == "No answer for 20m: Dana Park acts alone.")
        #expect(second.contains(.response("Nobody answered, so Dana isolates web-03.")))
        #expect(engine.state.asset("web-03", is: .isolated))
        #expect(engine.state.timedOut == [TimedOutQuestion(decision: "ask", option: 1, at: .minutes(30))])
        #expect(engine.state.pendingDecisions.isEmpty)
        // Answering late says the question timed out and what the asker did without you.
        #expect(engine.handle("choose 2") == [.error("there is no open question to answer: Dana Park's question (\"Dana wants to isolate web-03.\") got no answer within 20m, so at Mon 09:30 (T+00:30) Dana Park decided alone, without you: Nobody answered, so Dana isolates web-03.")])
        // The debrief names the question, the wait and what the asker did, not the option's words to the IC.
        let card = try ScoringSupport.score(engine)
        #expect(card.areasForImprovement.map(\.observation).contains(
            "Nobody answered \"Dana wants to isolate web-03.\" (T+00:10) within 20m, so Dana Park acted alone at T+00:30: Nobody answered, so Dana isolates web-03."))
        // The inject at 09:40 (a local time in the file) stops the next wait.
        _ = engine.handle("wait until 11:00")
        #expect(engine.state.clock == .minutes(40))
    }

    @Test func aQuestionArrivingDuringACostlyCommandTimesOutFromWhenThePromptReturns() throws {
        var engine = try Self.engine()
        // The question arrives at 09:10, inside the hour the redeploy takes: it is seen at 10:00.
        _ = engine.handle("redeploy web-03")
        #expect(engine.state.clock == .minutes(60))
        #expect(engine.state.timedOut.isEmpty)
        #expect(engine.state.pendingDecisions == ["ask"])
        _ = engine.handle("wait 30m")
        #expect(engine.state.timedOut == [TimedOutQuestion(decision: "ask", option: 1, at: .minutes(80))])
    }

    @Test func aSessionFromBeforeTheRealClockWaitsItsFullLengthAndQuestionsWaitForever() throws {
        var engine = try Self.engine(realClock: false)
        #expect(Self.notices(engine.handle("wait 1h")) == ["It is now T+01:00."])
        #expect(engine.state.timedOut.isEmpty)
        #expect(engine.state.pendingDecisions == ["ask"])
    }

    @Test func aClockAtALocalTimeRunsOutThenAndItsConsequenceFires() throws {
        var engine = try Self.engine()
        #expect(engine.state.clocks["report"]?.deadline == .minutes(90))
        _ = engine.handle("wait 10m")
        _ = engine.handle("choose 2")
        _ = engine.handle("wait until 10:30")
        #expect(engine.state.clock == .minutes(40))
        _ = engine.handle("wait until 10:30")
        #expect(engine.state.clocks["report"]?.expired == true)
        #expect(engine.state.hasFired("missed"))
        #expect(engine.handle("status").first.map { if case .info(let text) = $0 { text.hasPrefix("Time: Mon 10:30 (T+01:30)") } else { false } } == true)
    }

    @Test func aScheduledStatementGoesOutAtItsTime() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait 10m")
        _ = engine.handle("choose 2")
        #expect(engine.handle("statement publish at 10:00") == [.error("there is no draft to publish; write one with statement draft \"…\"")])
        _ = engine.handle("statement draft \"We are looking into it.\"")
        #expect(engine.handle("statement publish at 9:00") == [.error("09:00 has already passed: it is Mon 09:31 now; say a day too, such as 'Tue 09:00'")])
        let scheduled = engine.handle("statement publish at 10:00")
        #expect(scheduled == [.notice("Scheduled: the statement goes out at Mon 10:00 (T+01:00), as the draft stands then.")])
        #expect(!engine.state.decisions.contains { $0.action.verb == .statementPublish })
        _ = engine.handle("wait until 10:45")
        #expect(engine.state.clock == .minutes(40))
        _ = engine.handle("wait until 10:45")
        #expect(engine.state.clock == SimDuration(seconds: 105 * 60))
        let publish = try #require(engine.state.decisions.first { $0.action.verb == .statementPublish })
        #expect(publish.at == .hours(1) && publish.raw == "statement publish at 10:00")
        #expect(engine.state.clocks["report"]?.metAt == .hours(1))
    }

    @Test func timeoutKeysAreCheckedWithLocatedErrors() {
        let bad = Self.yaml.replacingOccurrences(of: "option: 1\n", with: "option: 3\n")
            .replacingOccurrences(of: "at: \"10:30\"", with: "at: \"10:70\"")
        let messages = TestSupport.loadScenario(bad).diagnostics.map(\.message)
        #expect(messages.contains("'option' of 'on_timeout' of inject 'ask' is 3, but the decision has 2 options"))
        #expect(messages.contains("bad local time '10:70' for 'at' in clock 'report'; use 24-hour time such as 18:00, or a day and a time such as Fri 10:00"))
    }

    /// The insider's exit meeting happens at Friday 10:00 (a local time in the file), not when `disable` is typed.
    @Test func theExitMeetingHappensAtItsTimeNotWhenDisableIsTyped() throws {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario("insider"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        let answers = ["elena-asks": "choose \"say it's routine and ask her not to discuss it\"",
                       "ben-wants-disable": "choose \"Preserve evidence now\"",
                       "wipe-request": "choose \"Put it under legal hold\""]
        func play(_ line: String) {
            _ = engine.handle(line)
            // Bounded: an answer that no longer matches an option must fail the test, not hang it.
            for _ in 0..<5 {
                guard let open = engine.state.pendingDecisions.first, let answer = answers[open] else { break }
                _ = engine.handle(answer)
            }
            #expect(engine.state.pendingDecisions.allSatisfy { answers[$0] == nil }, "an answer matched no option")
        }
        for line in ["ack", "channel ir --signal", "snapshot kai-laptop", "preserve kai-mailbox", "notify hr", "notify legal", "wait 1h", "wait 1h"] { play(line) }
        #expect(engine.state.hasFired("exit-plan"))
        play("disable kai-account")
        #expect(engine.state.attackerPresent)
        // Scheduled, not done: the account still works, and the EXIT clock is met only when it happens.
        #expect(!engine.state.asset("kai-account", is: .disabled))
        #expect(engine.state.clocks["exit"]?.metAt == nil)
        let friday = SimDuration(seconds: 73 * 3600 + 55 * 60)
        var said: [Output] = []
        for _ in 0..<10 where engine.state.clock < friday {
            said += engine.handle("wait until Fri 10:00")
            for _ in 0..<5 {
                guard let open = engine.state.pendingDecisions.first, let answer = answers[open] else { break }
                said += engine.handle(answer)
            }
        }
        #expect(said.contains(.notice("Fri 10:00 (T+73:55): as scheduled, Kai's company account (kai-account) is now disabled.")))
        #expect(engine.state.assetChanges.last { $0.asset == "kai-account" } == AssetChange(asset: "kai-account", state: .disabled, at: friday, by: "as scheduled"))
        #expect(engine.state.clocks["exit"]?.metAt == friday)
        #expect(engine.state.fired.last.map { [$0.id: $0.at] } == ["exit-meeting": friday])
        #expect(!engine.state.attackerPresent)
        #expect(engine.state.timedOut.isEmpty)
    }

    /// The breach reporter's "We publish at 18:00" is a clock: no statement by then costs points and the
    /// story runs without one; a statement after it reads as a reaction.
    @Test func theReportersDeadlineHasAConsequenceAndAScoreEffect() throws {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario("breach"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for line in ["ack", "notify legal", "statement draft \"We are investigating a report about customer data.\""] { _ = engine.handle(line) }
        let sixPast = SimDuration(seconds: 8 * 3600 + 25 * 60)
        for _ in 0..<40 where engine.state.clock < sixPast { _ = engine.handle("wait until 18:05") }
        #expect(engine.state.clock == sixPast)
        #expect(engine.state.clocks["press"]?.expired == true && engine.state.hasFired("story-runs"))
        let late = engine.handle("statement publish")
        #expect(late.contains { if case .response(let text) = $0 { text.hasPrefix("The statement goes out after TechDaily's story") } else { false } })
        let card = try ScoringSupport.score(engine)
        #expect(card.adjustments.contains { $0.kind == "clock" && $0.points == -5 && $0.reason.contains("PRESS") })
    }
}
