import Testing
@testable import TabletopCore

/// Blind play, round 2: commands whose point the world has already taken away (a revoked key, a
/// repository without logs), long commands that run past a deadline, and the bare `fix` handed to
/// someone else. Each reply must say what holds, at no cost when nothing is done.
@Suite struct MootActionTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func rotatingAKeyAlreadyRevokedSaysSinceWhenAtNoCost() throws {
        var engine = try Support.engine("breach", ["ack", "revoke ci-key"])
        let before = engine.state.clock
        let said = Support.said(engine.handle("rotate ci-key"))
        #expect(said.contains("already revoked since"), "\(said)")
        #expect(!said.contains("CI breaks"))
        #expect(engine.state.clock == before)
    }

    @Test func revokingAKeyAlreadyRotatedSaysSo() throws {
        var engine = try Support.engine("breach", ["ack", "rotate ci-key"])
        let said = Support.said(engine.handle("revoke ci-key"))
        #expect(said.contains("already rotated since"), "\(said)")
    }

    @Test func logsOfWhatKeepsNoneAreRefusedInOneLineAtNoCost() throws {
        var engine = try Support.engine("breach", ["ack", "ask lena repo"])
        let before = engine.state.clock, decisions = engine.state.decisions.count
        let outputs = engine.handle("logs ci-config")
        guard case .error(let text)? = outputs.first, outputs.count == 1 else {
            Issue.record("expected one error, got \(outputs)")
            return
        }
        #expect(text.contains("keeps no logs; try inspect ci-config"), "\(text)")
        #expect(engine.state.clock == before)
        #expect(engine.state.decisions.count == decisions)
    }

    @Test func aLongCommandPastARunningClocksDeadlineWarnsAndStillRuns() throws {
        // The EXEC clock starts an hour in and runs two hours: a two-hour fix begun then ends as it runs out.
        var engine = try Support.engine("breach", ["ack", "wait 1h"])
        #expect(engine.state.clocks["exec"]?.isRunning == true)
        let outputs = engine.handle("fix \"move CI to short-lived credentials\"")
        let warnings = outputs.compactMap { output -> String? in
            if case .warning(let text) = output { return text }
            return nil
        }
        #expect(warnings.contains { $0.contains("left on the EXEC clock") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("GDPR") })
        #expect(engine.state.decisions.last?.action.verb == .fix)
    }

    @Test func aShortCommandWithinTheDeadlineDoesNotWarn() throws {
        var engine = try Support.engine("breach", ["ack", "wait 1h"])
        let outputs = engine.handle("inspect ci-key")
        #expect(!outputs.contains { if case .warning = $0 { true } else { false } })
    }

    @Test func aBareFixCanBeHandedToTheOwner() throws {
        var engine = try Support.engine("breach", ["ack"])
        let said = Support.said(engine.handle("delegate lena fix"))
        #expect(said.contains("takes it on"), "\(said)")
        #expect(!said.contains("not a task"))
    }

    @Test func theOpenQuestionsTimeLeftCountsDown() throws {
        var engine = try Support.engine("compromised-host", ["ack", "inspect web-03"])
        let left = try #require(engine.openQuestionLeft())
        #expect(left > .zero)
        engine.playThrough("wait 5m")
        let later = engine.openQuestionLeft()
        #expect(later.map { $0 < left } ?? true)
    }
}

/// An action whose target is gone before it completes keeps nothing and is not credited.
@Suite struct InterruptedActionTests {
    /// Blind play (seed 22): Nils's question runs out a minute into the snapshot and he terminates web-03.
    static let moves = ["ack", "severity sev2 \"cryptominer on a production web server\"", "channel #ir-web03", "page nils", "page ingrid",
                        "invite ingrid #ir-web03", "invite nils #ir-web03", "doc create"]

    @Test func aSnapshotOfAHostTerminatedDuringItFailsAndIsNotCredited() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", seed: 22, Self.moves)
        let outputs = engine.handle("snapshot web-03")
        let said = TimeThatStaysTrueTests.said(outputs)
        #expect(engine.state.asset("web-03", is: .deleted))
        #expect(said.contains("'snapshot web-03' failed: web-03"), "\(said)")
        #expect(!engine.state.asset("web-03", is: .snapshotted))
        let index = engine.state.decisions.count - 1
        #expect(!engine.state.evidence.contains { $0.decision == index })
        #expect(engine.state.decisions[index].steps.isEmpty)
    }

    @Test func aSnapshotThatFinishesIsKept() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", seed: 22, Self.moves + ["choose 1"])
        let said = TimeThatStaysTrueTests.said(engine.handle("snapshot web-03"))
        #expect(!said.contains("failed"))
        #expect(engine.state.asset("web-03", is: .snapshotted))
    }
}

/// A sweep reads each member as it is now.
@Suite struct SweepCurrentStateTests {
    @Test func aMemberRebuiltSinceReadsCleanInTheNextSweep() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack", "inspect web-03"])
        engine.playThrough("redeploy web-03")
        let lines = TimeThatStaysTrueTests.said(engine.handle("sweep")).split(separator: "\n")
        let web03 = try #require(lines.first { $0.hasPrefix("web-03") || $0.contains("web-03 (") })
        #expect(web03.contains("rebuilt from a clean image at"), "\(web03)")
        #expect(web03.contains("clean now"))
    }
}
