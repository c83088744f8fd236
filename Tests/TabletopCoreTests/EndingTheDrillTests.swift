import Testing
@testable import TabletopCore

/// Ending a drill (blind8 I73, B76 and "Other things"): `close` with a way in still open and
/// `postmortem run` before the close are warned about first; a close that goes ahead anyway earns no
/// step and no close time; actions typed for later read as scheduled, and a plan the drill ended
/// before is credited as planned.
@Suite struct EndingTheDrillTests {
    static func engine(_ id: String) throws -> Engine {
        try ScheduledActionTests.engine(id)
    }

    /// Insider: HR and legal in, the mailbox on hold, Elena kept out (her question answered), and the
    /// exit meeting set, which starts the EXIT clock.
    static let exitPlanned = ["notify hr", "notify legal", "preserve kai-mailbox", "wait 15m", "choose 3", "wait 40m"]

    /// blind109 #77: a postmortem set for after the drill's time limit could never be held; scheduling it says so, and how
    /// to hold it. One set inside the drill says nothing of the kind.
    @Test func aPostmortemSetAfterTheDrillEndsSaysSo() throws {
        var scheduling = try Self.engine("compromised-host")
        let late = scheduling.handle("postmortem schedule Thursday 10:00").map(\.text).joined(separator: "\n")
        #expect(late.contains("That is after the drill ends"), "\(late)")
        #expect(!scheduling.handle("postmortem schedule Tue 18:00").map(\.text).joined().contains("after the drill ends"))
    }

    @Test func closeWithAWayInIsWarnedFirstAndEarnsNoStep() throws {
        var engine = try Self.engine("breach")
        let decisions = engine.state.decisions.count
        let warning = engine.handle("close").map(\.text).joined(separator: "\n")
        #expect(warning.contains("the adversary still has a way in") && warning.contains("type close again to close anyway"), "\(warning)")
        #expect(engine.state.decisions.count == decisions && engine.state.end == nil)
        let closed = engine.handle("close").map(\.text).joined(separator: "\n")
        #expect(closed.contains("the response ends, the incident does not"), "\(closed)")
        #expect(!closed.contains("✓ runbook step"), "\(closed)")
        let close = try #require(engine.state.decisions.last { $0.action.verb == .close })
        #expect(!engine.state.evidence.contains { $0.decision == close.index })
        // The debrief says one thing: no close time, and step 18 names the close that did not count.
        let card = try ScoringSupport.score(engine)
        #expect(card.keyTimes.close == nil)
        let step = try #require(TestSupport.runbook.steps.first { $0.slug == "close-incident" })
        let finding = card.areasForImprovement.first { $0.step == step.number }?.observation ?? ""
        #expect(finding.contains("'close' at T+") && finding.contains("does not count"), "\(finding)")
    }

    @Test func thePostmortemBeforeTheCloseIsWarnedAndSaysItEndsTheDrill() throws {
        var engine = try Self.engine("breach")
        let warning = engine.handle("postmortem run").map(\.text).joined(separator: "\n")
        #expect(warning.contains("Holding the postmortem ends the drill") && warning.contains("the incident is not closed"), "\(warning)")
        #expect(engine.state.end == nil && !engine.state.decisions.contains { $0.action.verb == .postmortemRun })
        let held = engine.handle("postmortem run").map(\.text).joined(separator: "\n")
        #expect(held.contains("with it the drill ends") && engine.state.end != nil, "\(held)")
    }

    @Test func aCutOffTypedForLaterReadsAsScheduledAndIsCreditedAsPlanned() throws {
        var engine = try Self.engine("insider")
        for line in Self.exitPlanned { engine.playThrough(line) }
        #expect(engine.state.clocks["exit"]?.isRunning == true)
        _ = engine.handle("disable kai-account at Fri 10:00")
        let inspected = engine.handle("inspect kai-account").map(\.text).joined(separator: "\n")
        #expect(inspected.contains("scheduled for Fri 10:00 to become disabled"), "\(inspected)")
        let warning = engine.handle("postmortem run").map(\.text).joined(separator: "\n")
        #expect(warning.contains("what is scheduled would never run: 'disable kai-account' (Fri 10:00"), "\(warning)")
        _ = engine.handle("postmortem run")
        let plan = try #require(engine.state.unreached)
        #expect(plan.lines.map(\.line) == ["disable kai-account"] && plan.clocks == ["exit"])
        let card = try ScoringSupport.score(engine)
        #expect(!card.adjustments.contains { $0.reason.contains("EXIT clock still running") }, "\(card.adjustments)")
        #expect(card.strengths.contains { $0.hasPrefix("Planned to meet the EXIT clock ('disable kai-account'") }, "\(card.strengths)")
    }

    @Test func anActionTypedForAMomentRunsBeforeTheWorldReportsOnIt() throws {
        var engine = try Self.engine("insider")
        for line in Self.exitPlanned + ["disable kai-account at Fri 10:00"] { engine.playThrough(line) }
        let said = engine.handle("wait until Fri 10:30").map(\.text).joined(separator: "\n")
        // The exit meeting at 10:00 sees the cut-off typed for 10:00 done, not "nobody had arranged the cut-off".
        #expect(!said.contains("Nobody had arranged the cut-off"), "\(said)")
        #expect(engine.state.clocks["exit"]?.metAt != nil)
    }

    /// blind88 #118: the same for a cut-off delegated for that moment ("Nobody had arranged the cut-off", then Dana's cut ran).
    @Test func aTaskDelegatedForAMomentRunsBeforeTheWorldReportsOnIt() throws {
        let moves = try TimeThatStaysTrueTests.walkthrough("insider-expert-seed1", through: "wait 2h")
        var engine = try TimeThatStaysTrueTests.engine("insider", moves + ["delegate dana disable kai-account at Fri 10:00"])
        let due = try #require(engine.state.tasks.last?.due)
        // Queued ahead of the meeting's calls at that minute (at seed 1 none of them says "nobody had arranged" whatever the order).
        let atThatMoment = engine.state.queue.sorted.filter { $0.at == due }.map { "\($0.kind)" }
        #expect(atThatMoment.first?.hasPrefix("task") == true && atThatMoment.contains { $0.contains("exit-meeting-unready") }, "\(atThatMoment)")
        // (The wait stops at each thing that comes in; it is taken up again until after the meeting.)
        var said = ""
        for _ in 0..<20 where engine.state.clock < (engine.state.clocks["exit"]?.deadline ?? .zero) + SimDuration(seconds: 600) {
            said += TimeThatStaysTrueTests.said(engine.playThrough("wait until Fri 10:30")) + "\n"
        }
        #expect(said.contains("Done: disable kai-account"), "\(said)")
        #expect(!said.contains("Nobody had arranged the cut-off"), "\(said)")
        #expect(engine.state.clocks["exit"]?.metAt != nil)
    }

    /// The cut-off typed for the exit meeting's minute is the arranged cut-off coming due, so the meeting
    /// happens around it (blind74 #125: it read as a cut ahead of the meeting, the meeting's call never
    /// came, and Grace later answered "how did it go?" with a Tuesday fact).
    @Test func aCutOffTypedForTheMeetingsMinuteLetsTheMeetingHappen() throws {
        let moves = try TimeThatStaysTrueTests.walkthrough("insider-expert-seed1", through: "wait 2h")
        var engine = try TimeThatStaysTrueTests.engine("insider", seed: 1, moves + ["disable kai-account at Fri 10:00"])
        var said = ""
        while engine.state.clock < .minutes(74 * 60 + 25), said.count < 20_000 {
            said += engine.handle("wait until Fri 10:30").map(\.text).joined(separator: "\n") + "\n"
        }
        #expect(said.contains("as arranged for Fri 10:00") && !said.contains("in the minute the exit meeting starts"), "\(said)")
        #expect(said.contains("Exit meeting done. Dana cut every access in the same minute"), "\(said)")
        #expect(!engine.state.attackerPresent && engine.state.asset("kai-laptop", is: .isolated))
    }

    /// blind83 #85: once Kai is cut off, his office machine is no way in, and a reply never says "Nothing is still open"
    /// before a list of what is ("…; still open: kai-workstation (compromised, not cut off)").
    @Test func theInsidersOwnMachineIsNoWayInOnceHeIsOut() throws {
        let seed = try TimeThatStaysTrueTests.tokenSeed()
        var engine = try TimeThatStaysTrueTests.engine("insider", seed: seed, ["ack", "wait 25m", "choose 2"])
        let device = try #require(engine.scenario.assets.first { $0.kind == .device && $0.owner == "kai" }).id
        // Cut off early (before the exit plan): the test needs him out, not the drill played well.
        for move in ["ask dana account access revoke", "disable kai-account", "revoke kai-token", "snapshot \(device)", "notify hr", "notify legal",
                     "preserve kai-mailbox", "notify regulator", "brief leadership"] { _ = engine.playThrough(move) }
        #expect(!engine.state.attackerPresent, "\(engine.state.decisions.map(\.raw))")
        let said = TimeThatStaysTrueTests.said(engine.playThrough("ask dana Is Kai fully cut off now, and is there anything left that would stop us closing?"))
        #expect(!said.contains("\(device) (") && !said.contains("not cut off"), "\(said)")
        #expect(!(said.contains("Nothing is still open") && said.contains("still open:")), "\(said)")
    }
}
