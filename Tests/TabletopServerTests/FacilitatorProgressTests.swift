import Testing
import TabletopCore
@testable import TabletopServer

/// The console's `progress`: the runbook so far, for the facilitator's eyes only.
@Suite struct FacilitatorProgressTests {
    @Test func progressShowsDoneAndOpenStepsWithTheirDeadlines() throws {
        let harness = try TeamDrillHarness(scoring: true)
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic")
        ana.say("ack")
        #expect(ana.waitFor { _ in (try? harness.onHost { $0.engine.state.decisions.count }) == 1 })
        #expect(try harness.facilitate("advance 40m").isEmpty)

        let lines = try harness.facilitate("progress")
        #expect(lines.first?.hasPrefix("Runbook at T+00:41: 1 of ") == true, "\(lines)")
        #expect(lines.first?.contains("(1 in time, 0 late)") == true)
        #expect(lines.contains("  done    1. Receive the report, T+00:00 by ana"), "\(lines)")
        #expect(lines.contains("  overdue 2. Open a private channel, due T+00:30"))
        #expect(lines.contains("  open    8. Stop the bleeding, due T+01:30"))
        let overdue = try #require(lines.lastIndex { $0.hasPrefix("  overdue") })
        #expect(lines.firstIndex { $0.hasPrefix("  open") }! > overdue, "overdue steps come first")
        #expect(lines.last?.hasPrefix("  ") == true && lines.last?.contains("more open: steps") == true)
        #expect(lines.filter { $0.hasPrefix("  open") }.count == 4)
        #expect(!ana.texts.contains { $0.contains("Runbook at") }, "participants do not see it")
    }

    @Test func withoutScoringFilesItSaysSo() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        #expect(try harness.facilitate("progress") == ["progress needs the scoring files, which could not be loaded"])
    }

    @Test func theConsoleShowsParticipantsLookupsOnlyWithDetailOn() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let bo = try ScriptedParticipant(harness, name: "bo", role: "legal")
        bo.say("status")
        #expect(bo.waitForText("Team: "))
        bo.say("notify legal")
        #expect(bo.waitForText("Legal is informed."))
        #expect(bo.waitFor { _ in harness.console.withLockedValue { $0 }.contains { $0.hasPrefix("[bo] Legal is informed.") } })
        #expect(!harness.console.withLockedValue { $0 }.contains { $0.hasPrefix("[bo] Team: ") }, "a lookup's answer stays off the console")
        #expect(!harness.console.withLockedValue { $0 }.contains("[] bo (legal)> status"), "nor the line itself: detail off hides lookups")
        #expect(harness.console.withLockedValue { $0 }.contains("[] bo (legal)> notify legal"), "decisions are shown")

        #expect(try harness.facilitate("detail on") == ["The console now shows the answers to participants' lookups too."])
        bo.say("status")
        #expect(bo.waitFor { _ in harness.console.withLockedValue { $0 }.contains { $0.hasPrefix("[bo] Team: ") } })
        #expect(try harness.facilitate("detail maybe") == ["detail takes on or off; it is on"])
    }
}
