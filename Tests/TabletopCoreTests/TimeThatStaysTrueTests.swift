import Foundation
import Testing
@testable import TabletopCore

/// Time that stays true (issue 15): a scheduled action is pending until its time, authored texts say
/// clock times rather than "40 minutes ago", a reply never interrupts activity that already ended, a
/// refused action costs no time, and a question that timed out says so when the trainee answers late.
@Suite struct TimeThatStaysTrueTests {
    static func engine(_ id: String, seed: Int = 1, _ moves: [String]) throws -> Engine {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml")
        let scenario = try #require(ScenarioLoader.load(path: "\(id).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook,
                                                        variant: .seed(UInt64(seed))).value)
        var engine = Engine(scenario: scenario, runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: UInt64(seed), mode: .practice, players: []))
        _ = engine.start()
        for move in moves { engine.playThrough(move) }
        return engine
    }

    static func said(_ outputs: [Output]) -> String { WorldAwarePeopleTests.said(outputs) }

    /// A shipped walkthrough's moves (`Scenarios/walkthroughs/<name>.script`), up to and including the first `line`.
    static func walkthrough(_ name: String, through line: String) throws -> [String] {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/walkthroughs/\(name).script")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let last = try #require(lines.firstIndex(of: line))
        return Array(lines[...last])
    }

    /// The first seed at which the insider's backdoor is the build server's deploy key.
    static func deployKeySeed() throws -> Int { try insiderSeed(withAsset: "deploy-key") }

    /// The first seed at which the insider's backdoor is his personal access token on the code host.
    static func tokenSeed() throws -> Int { try insiderSeed(withAsset: "kai-token") }

    /// The first seed at which the insider scenario has the asset.
    static func insiderSeed(withAsset id: String) throws -> Int {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/insider.yaml")
        return try #require((1...40).first { seed in
            ScenarioLoader.load(path: "insider.yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook,
                                variant: .seed(UInt64(seed))).value?.assets.contains { $0.id == id } == true
        })
    }

    @Test func rotatingTheBackdoorBeforeTheExitMeetingDoesNotCallTheAccountCut() throws {
        let seed = try Self.deployKeySeed()
        let ready = ["ack", "ask dana account", "notify hr", "notify legal", "preserve kai-mailbox", "disable kai-account"]
        var engine = try Self.engine("insider", seed: seed, ready)
        #expect(!engine.state.asset("kai-account", is: .disabled))
        let rotated = Self.said(engine.handle("rotate deploy-key"))
        // With the exit meeting set and everything ready, the key goes with his account at the meeting (blind76 #44).
        #expect(rotated.contains("Dana sets it for the exit meeting, Friday 10:00"), "\(rotated)")
        #expect(!rotated.contains("already cut"))
        #expect(!engine.state.asset("deploy-key", is: .rotated))
        // Rotating the key alone does not end Kai's access: his account works until Friday.
        #expect(engine.state.attackerPresent)
        let account = Self.said(engine.handle("ask dana account"))
        #expect(account.contains("Friday 10:00") || account.contains("Fri 10:00"), "\(account)")
    }

    /// Plays the line, then answers the insider's questions as a careful commander would, and waits
    /// until the local time (bounded, so that a wait that stops making progress fails rather than hangs).
    static func playUntil(_ time: String, offset: SimDuration, _ engine: inout Engine) {
        let answers = ["elena-asks": "choose \"say it's routine and ask her not to discuss it\"",
                       "ben-wants-disable": "choose \"Preserve evidence now\"",
                       "wipe-request": "choose \"Put it under legal hold\""]
        for _ in 0..<20 where engine.state.clock < offset {
            _ = engine.handle("wait until \(time)")
            for _ in 0..<5 {
                guard let open = engine.state.pendingDecisions.first, let answer = answers[open] else { break }
                _ = engine.handle(answer)
            }
        }
    }

    @Test func afterTheExitMeetingPeopleSpeakOfItAsDone() throws {
        let fridayEleven = SimDuration(seconds: 74 * 3600 + 55 * 60)
        // Prepared and scheduled: Grace tells of the meeting that happened.
        var engine = try Self.engine("insider", ["ack"])
        #expect(Self.said(engine.handle("ask grace exit meeting")).contains("can be Friday 10:00"))
        for line in ["notify hr", "notify legal", "preserve kai-mailbox"] { _ = engine.handle(line) }
        Self.playUntil("Tue 10:00", offset: SimDuration(seconds: 2 * 3600 - 5 * 60), &engine)
        _ = engine.handle("disable kai-account")
        Self.playUntil("Fri 11:00", offset: fridayEleven, &engine)
        #expect(engine.state.hasFired("exit-meeting"))
        let grace = Self.said(engine.handle("ask grace exit meeting"))
        #expect(grace.contains("The exit meeting was Friday 10:00"))
        #expect(!grace.contains("can be Friday 10:00"))
        // Cut early by Ben when nobody answered him: no meeting to arrange, and after Friday it is behind her.
        var early = try Self.engine("insider", ["ack", "notify hr", "notify legal", "preserve kai-mailbox", "wait 2h"])
        #expect(early.state.asset("kai-account", is: .disabled))
        #expect(Self.said(early.handle("ask grace exit meeting")).contains("His access is cut already"))
        for _ in 0..<20 where early.state.clock < fridayEleven { _ = early.handle("wait until Fri 11:00") }
        let after = Self.said(early.handle("ask grace exit meeting"))
        #expect(after.contains("His access was cut by then"))
    }

    @Test func lintPointsAtARelativeTimeWithTheClockTimeToWrite() {
        // The real-clock test drill (Monday 09:00), with relative times in a fact, a finding and an alert.
        let yaml = RealClockTests.yaml
            .replacingOccurrences(of: "text: Something leaked.", with: "text: He resigned yesterday.")
            .replacingOccurrences(of: "    owner: dana\n", with: "    owner: dana\n    inspect: \"Created 14 months ago, last used 40 minutes ago.\"\n")
            .replacingOccurrences(of: "text: The CPU is back to normal.", with: "text: The CPU was back to normal an hour ago.")
        let diagnostics = TestSupport.loadScenario(yaml, path: "clocky.yaml").diagnostics.filter { $0.message.contains("relative to when") }
        // Two in texts read at any time; the inject's "an hour ago" is read when it arrives, and is true then.
        #expect(diagnostics.count == 2)
        let key = diagnostics.first { $0.message.hasPrefix("'40 minutes ago'") }
        #expect(key?.location == SourceLocation(line: 26, column: 48))
        #expect(key?.message.hasSuffix("write 'at 08:20' instead") == true)
        let fact = diagnostics.first { $0.message.hasPrefix("'yesterday'") }
        #expect(fact?.location == SourceLocation(line: 16, column: 23))
        #expect(fact?.message.hasSuffix("write 'on Sunday' instead") == true)
    }

    @Test func theShippedScenariosSayClockTimes() throws {
        for id in ["breach", "insider", "compromised-host", "example"] {
            let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/\(id).yaml")
            let result = ScenarioLoader.load(path: "\(id).yaml", bytes: TestSupport.bytes(url), runbook: TestSupport.runbook)
            #expect(!result.diagnostics.contains { $0.message.contains("relative to when") }, "\(id)")
        }
        var engine = try Self.engine("breach", ["ack", "wait 6h"])
        let key = Self.said(engine.handle("inspect ci-key"))
        #expect(key.contains("used outside CI at 09:00 on Tuesday"))
    }

    @Test func aReplyInterruptsOnlyActivityThatIsStillGoingOn() throws {
        var early = try Self.engine("breach", ["ack"])
        let revoked = Self.said(early.handle("revoke ci-key"))
        #expect(!revoked.contains("mid-download"))
        // Threat detection reported the key still in use: then the session does stop mid-download.
        var late = try Self.engine("breach", ["ack", "wait 2h"])
        #expect(late.state.hasFired("no-containment"))
        #expect(Self.said(late.handle("revoke ci-key")).contains("mid-download"))
    }

    @Test func lintWarnsAboutAReplyInterruptingActivityNothingReported() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Scenarios/breach.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let guarded = "  - action: revoke ci-key\n    only_if: fired(no-containment)\n"
        #expect(text.contains(guarded))
        let unguarded = ScenarioLoader.load(path: "b.yaml", bytes: Array(text.replacingOccurrences(of: guarded, with: "  - action: revoke ci-key\n").utf8),
                                            runbook: TestSupport.runbook)
        let warning = unguarded.diagnostics.first { $0.message.contains("activity that may have ended") }
        #expect(warning?.message.contains("'mid-download'") == true)
        #expect(warning?.message.contains("only_if: fired(no-containment)") == true)
        #expect(warning?.location != nil)
        let clean = ScenarioLoader.load(path: "b.yaml", bytes: Array(text.utf8), runbook: TestSupport.runbook)
        #expect(!clean.diagnostics.contains { $0.message.contains("activity that may have ended") })
    }

    @Test func aRefusedSweepCostsNoTime() throws {
        var engine = try Self.engine("breach", ["ack"])
        let before = engine.state.clock, decisions = engine.state.decisions.count
        let refused = engine.handle("sweep web-fleet")
        #expect(refused == [.error("there is no fleet to sweep here; examine assets one by one with inspect <asset>")])
        #expect(engine.state.clock == before && engine.state.decisions.count == decisions)
        var host = try Self.engine("compromised-host", ["ack"])
        let groups = host.sweepGroups
        #expect(!groups.isEmpty)
        let clock = host.state.clock
        #expect(host.handle("sweep nonsense") == [.error("there is no group 'nonsense' to sweep; the groups are: \(groups.joined(separator: ", "))")])
        #expect(host.state.clock == clock)
    }

    @Test func answeringAQuestionThatTimedOutSaysWhatTheAskerDid() throws {
        var engine = try Self.engine("breach", ["ack", "page dev", "wait 5m"])
        #expect(engine.state.pendingDecisions == ["dev-wants-delete"])
        engine.playThrough("wait 40m")
        #expect(engine.state.timedOut.contains { $0.decision == "dev-wants-delete" })
        // Raj's question, which came meanwhile, timed out last: the answer names the latest one.
        #expect(engine.state.timedOut.last?.decision == "who-owns-this")
        let late = engine.handle("choose 2")
        #expect(late.count == 1)
        let text = Self.said(late)
        #expect(text.hasPrefix("there is no open question to answer: Raj Patel's question (\"Raj offers to ask the whole company in #incident who owns the key.\") got no answer within 15m"))
        #expect(text.contains("Raj Patel decided alone, without you: With no answer, Raj asks in #incident"))
        #expect(!text.contains("Ask in #incident"), "the option's words are addressed to the IC, not what Raj did")
    }

    @Test func inspectAddsWhatWasLearntSinceTheFindingWasWritten() throws {
        var engine = try Self.engine("breach", ["ack", "ask marco logs"])
        let text = Self.said(engine.handle("inspect ci-key"))
        #expect(text.contains("Learnt since: Audit logs show three days"))
        var fresh = try Self.engine("breach", ["ack"])
        #expect(!Self.said(fresh.handle("inspect ci-key")).contains("Learnt since"))
    }
}
