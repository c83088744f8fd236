import Foundation
import Testing
@testable import TabletopCore

/// Containment typed for later (`disable kai-account at Fri 10:00`, `isolate web-03 at T+2h`): parsed
/// with the same time parser as `wait until` and `statement publish at`, listed by `status`, called
/// off by `cancel`, and run at its time with its consequences.
@Suite struct ScheduledActionTests {
    static func engine(_ id: String) throws -> Engine {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario(id), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        _ = engine.handle("ack")
        return engine
    }

    @Test func containmentTakesAtAndATimeAfterItsObject() throws {
        let friday = try #require(try ActionParser.parseAction("disable kai-account at Fri 10:00").get())
        #expect(friday.verb == .disable && friday.object == "kai-account")
        #expect(friday.until == LocalTime(parsing: "Fri 10:00") && friday.until?.weekday == 6)
        let offset = try #require(try ActionParser.parseAction("isolate web-03 at T+2h").get())
        #expect(offset.object == "web-03" && offset.until?.elapsed == .hours(2) && offset.until?.description == "T+02:00")
        #expect(try ActionParser.parseAction("block 203.0.113.7 at T+01:30").get()?.until?.elapsed == .minutes(90))
        // Only verbs that may be scheduled take a time; others say how to get to that time instead.
        guard case .failure(let error) = ActionParser.parseAction("inspect web-03 at 18:00") else { Issue.record("inspect took a time"); return }
        #expect(error.message.hasPrefix("'inspect' is done when you type it and cannot be set for a time: 'wait until 18:00' first"), "\(error.message)")
        guard case .failure(let extra) = ActionParser.parseAction("inspect web-03 soon") else { Issue.record("inspect took a word"); return }
        #expect(extra.message.contains("takes one asset after it"))
        guard case .failure(let bad) = ActionParser.parseAction("revoke ci-key at noon") else { Issue.record("noon parsed"); return }
        #expect(bad.message == "'noon' is not a local time; use 24-hour time such as 18:00, a day and a time such as Fri 10:00, or the drill's clock such as T+2h")
        #expect(try ActionParser.parseAction("ask dana at 18:00").get()?.text == "at 18:00")
    }

    @Test func aScheduledRevokeWaitsInStatusAndRunsAtItsTime() throws {
        var engine = try Self.engine("breach")
        let said = engine.handle("revoke ci-key at T+30m").map(\.text)
        #expect(said == ["Scheduled: 'revoke ci-key' runs at Tue 10:10 (T+00:30). 'status' lists it; 'cancel 1' calls it off."])
        #expect(!engine.state.asset("ci-key", is: .revoked))
        #expect(engine.status().map(\.text).joined().contains("Scheduled:\n  1. Tue 10:10 (T+00:30): revoke ci-key"))
        let outputs = engine.advance(to: .minutes(45)).map(\.text)
        #expect(outputs.contains("Tue 10:10 (T+00:30): as you scheduled, 'revoke ci-key'."), "\(outputs)")
        #expect(engine.state.asset("ci-key", is: .revoked))
        let decision = try #require(engine.state.decisions.last)
        #expect(decision.action.verb == .revoke && decision.at == .minutes(30))
        #expect(!engine.status().map(\.text).joined().contains("Scheduled:"))
    }

    @Test func cancelCallsAScheduledActionOff() throws {
        var engine = try Self.engine("breach")
        _ = engine.handle("revoke ci-key at T+30m")
        _ = engine.handle("isolate ci-key at T+20m")
        #expect(engine.handle("cancel 3").map(\.text) == ["there is no scheduled action 3; 'status' lists 1 to 2"])
        #expect(engine.handle("cancel").map(\.text) == ["which one? 'cancel <n>', n from 1 to 2 as 'status' lists them"])
        #expect(engine.handle("cancel 2").map(\.text) == ["Called off: 'revoke ci-key', which was to run at Tue 10:10 (T+00:30)."])
        #expect(engine.handle("cancel isolate").map(\.text).first?.hasPrefix("Called off: 'isolate ci-key'") == true)
        _ = engine.advance(to: .hours(1))
        #expect(!engine.state.asset("ci-key", is: .revoked))
        #expect(!engine.state.decisions.contains { $0.action.verb == .revoke })
        #expect(engine.handle("cancel 1").map(\.text).first?.hasPrefix("nothing is scheduled") == true)
    }

    @Test func aTimeAlreadyPassedIsRefused() throws {
        var engine = try Self.engine("breach")
        _ = engine.handle("wait 20m")
        let said = engine.handle("revoke ci-key at T+00:10").map(\.text)
        #expect(said.first?.hasPrefix("T+00:10 has already passed: it is Tue ") == true, "\(said)")
        #expect(engine.handle("revoke ci-key at 09:40").map(\.text).first?.contains("has already passed") == true)
    }

    @Test func aDelegatedTaskGivenATimeIsDoneThen() throws {
        var engine = try Self.engine("breach")
        let refused = engine.handle("delegate lena revoke ci-key at T+00:00").map(\.text)
        #expect(refused.first?.contains("cannot take that on: T+00:00 has already passed") == true, "\(refused)")
        let said = engine.handle("delegate lena revoke ci-key at T+2h").map(\.text)
        #expect(said.contains { $0.hasSuffix("takes it on: revoke ci-key, at Tue 11:40 (T+02:00), and will report back then.") }, "\(said)")
        _ = engine.advance(to: .minutes(110))
        #expect(!engine.state.asset("ci-key", is: .revoked))
        _ = engine.advance(to: .minutes(125))
        #expect(engine.state.asset("ci-key", is: .revoked))
    }

    @Test func anActionTheWorldNoLongerAllowsDoesNotRun() throws {
        var engine = try Self.engine("compromised-host")
        _ = engine.handle("isolate web-03 at T+3h")
        _ = engine.handle("delete web-03")
        let outputs = engine.advance(to: .hours(4)).map(\.text)
        #expect(outputs.contains { $0.hasPrefix("'isolate web-03' was scheduled for now but does not run: web-03 (production web server) no longer exists") }, "\(outputs)")
        #expect(!engine.state.decisions.contains { $0.action.verb == .isolate })
    }
    /// A cut typed for a time goes at that time: the scenario's arrangement of the cut-off for the exit
    /// meeting does not take it off to Friday while the other cuts typed for that minute go (blind47 #66).
    @Test func aCutTypedForATimeGoesThen() throws {
        let script = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/insider-expert-seed1.script"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let before = try #require(script.firstIndex(of: "ask dana account access revoke"))
        var engine = Engine(scenario: try ScoringSupport.shippedScenario("insider"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        for line in script[...before] { _ = engine.handle(line) }
        let at = engine.state.clock + .hours(1)
        _ = engine.handle("disable kai-account at T+\(at.seconds / 60)m")
        #expect(engine.state.queue.sorted.contains { if case .scheduled = $0.kind { true } else { false } })
        let said = engine.advance(to: at + .minutes(30)).map(\.text)
        #expect(engine.state.asset("kai-account", is: .disabled), "\(said)")
        #expect(engine.pendingChange(of: "kai-account") == nil, "\(said)")
    }
}
