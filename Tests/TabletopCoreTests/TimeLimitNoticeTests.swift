import Foundation
import Testing
@testable import TabletopCore

/// The drill's time limit is no surprise (issue 15, blind play 4: insider ended mid-`rollout`): a
/// command that would outlast it is warned about, and the end says what was cut short and what was
/// and was not done.
@Suite struct TimeLimitNoticeTests {
    /// `RealClockTests`' two-hour drill (from Mon 09:00) at 10:20, Dana's question answered so that
    /// nobody isolates anything (which would end it).
    static func engine() throws -> Engine {
        var engine = try RealClockTests.engine()
        _ = engine.handle("ack")
        _ = engine.handle("wait 15m")
        _ = engine.handle("choose 2")
        for _ in 0..<4 where engine.state.clock < .minutes(80) { _ = engine.handle("wait until 10:20") }
        return engine
    }

    static func warnings(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .warning(let text) = $0 { text } else { nil } }
    }

    @Test func aCommandThatWouldOutlastTheDrillIsWarnedAboutAndTheEndSaysWhatWasCutShort() throws {
        var engine = try Self.engine()
        #expect(engine.state.clock == .minutes(80))
        // The 30-minute snapshot fits in the 40 minutes left: no word of the time limit.
        #expect(!Self.warnings(engine.handle("snapshot web-03")).contains { $0.contains("time limit") })
        #expect(engine.state.clock == .minutes(110))
        let outputs = engine.handle("redeploy web-03")
        let warning = try #require(Self.warnings(outputs).first)
        #expect(warning == "this takes 1h, past the drill's time limit: the drill ends at Mon 11:00, 10m from now, before this is done. It runs anyway.")
        let end = try #require(engine.state.end)
        #expect(end.kind == .timeout)
        #expect(end.at == .hours(2))
        #expect(end.text.hasPrefix("Time is up: the drill's 2h have passed. 'redeploy web-03' was still running and is not done."))
        #expect(end.text.contains("Runbook steps done: 2 of \(TestSupport.runbook.steps.count) (1, 11); not done: 2, 3,"))
        #expect(outputs.contains(.end(end)))
    }

    @Test func aCommandThatEndsBeforeTheLimitIsNotWarnedAbout() throws {
        var engine = try Self.engine()
        _ = engine.handle("wait until 10:30")
        // 30 minutes from 10:30 ends exactly at the limit: the work is done when the drill ends.
        #expect(!Self.warnings(engine.handle("snapshot web-03")).contains { $0.contains("time limit") })
        #expect(engine.state.end?.text.contains("was still running") == false)
    }

    /// blind119 #118: a wait that would run past the time limit is told to a person at the terminal before it runs, by line;
    /// one that ends in time, or any other command, is not.
    @Test func aWaitPastTheTimeLimitIsToldBeforeItRuns() throws {
        let engine = try Self.engine()
        let warning = try #require(engine.waitPastTheEnd("wait 1h"))
        #expect(warning.contains("the drill ends at Mon 11:00, 40m from now"), "\(warning)")
        #expect(engine.waitPastTheEnd("monitor 2h") != nil)
        #expect(engine.waitPastTheEnd("wait until 11:30") != nil)
        #expect(engine.waitPastTheEnd("wait 30m") == nil)
        #expect(engine.waitPastTheEnd("wait until 10:50") == nil)
        #expect(engine.waitPastTheEnd("snapshot web-03") == nil)
    }
}
