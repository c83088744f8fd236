import Testing
@testable import TabletopCore

/// Small findings of the blind5/blind6 plays: `lookup` of an indicator, a met deadline that passes.
@Suite struct BlindPlaySmallFindingsTests {
    private static func errors(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .error(let text) = $0 { text } else { nil } }
    }

    @Test func lookupSaysItFindsPeopleAndPointsAnAssetToInspect() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        let address = Self.errors(engine.handle("lookup 45.137.21.9"))
        #expect(address.count == 1)
        #expect(address.first?.hasPrefix("'lookup' finds people") == true, "\(address)")
        // Blind8: the attacker's address was named as the asset whose finding mentions it.
        var found = try TimeThatStaysTrueTests.engine("breach", ["ack", "inspect ci-key", "logs ci-key"])
        let finding = try #require(found.scenario.assets.first { $0.id == "ci-key" }?.inspect?.text)
        let intruder = try #require(finding.split(separator: " ").last).trimmingCharacters(in: .punctuationCharacters)
        #expect(intruder.split(separator: ".").count == 4, "\(intruder)")
        let seen = Self.errors(found.handle("lookup \(intruder)"))
        // Blind8 again: it is the indicator seen in the alert that named it, never the key's asset.
        #expect(seen.count == 1 && seen.allSatisfy { !$0.contains("access key") && $0.contains("is the indicator seen in ") }, "\(seen)")
        let known = try #require(engine.knownAssets.first)
        #expect(Self.errors(engine.handle("lookup \(known.id)")) == ["'lookup' finds people, not assets; \(known.id) is \(known.name): try 'inspect \(known.id)'"])
        // A word that reads like a name still gets the people directory's answer.
        #expect(Self.errors(engine.handle("lookup zebedee")).first?.hasPrefix("you know of no one called 'zebedee'") == true)
        #expect(engine.state.decisions.isEmpty == false && engine.state.decisions.allSatisfy { $0.action.verb != .lookup })
    }

    /// Blind7: `severity 2` was accepted silently, and the debrief then marked the step short for want
    /// of a reason that only `help severity` mentions.
    @Test func aSeverityWithoutAReasonSaysHowToGiveOne() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        let bare = TimeThatStaysTrueTests.said(engine.handle("severity 2"))
        #expect(bare.contains("No reason given") && bare.contains("severity 2 \""), "\(bare)")
        let reasoned = TimeThatStaysTrueTests.said(engine.handle("severity 1 \"EU customer data copied\""))
        #expect(reasoned.contains("sev1 (EU customer data copied)") && !reasoned.contains("No reason"), "\(reasoned)")
    }

    @Test func aMetFixedDeadlineSaysWhenItPassesWithItsConsequence() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack", "statement draft \"We are investigating a report.\"", "statement publish"])
        var outputs: [Output] = []
        for _ in 0..<40 where engine.state.end == nil && engine.state.clock < .minutes(8 * 60 + 30) {
            outputs += engine.playThrough("wait 30m")
        }
        let press = try #require(engine.state.clocks["press"])
        #expect(press.metAt != nil && !press.expired)
        #expect(press.passedAt == press.deadline)
        let said = TimeThatStaysTrueTests.said(outputs)
        #expect(said.contains("The PRESS deadline (Tue 18:00 (T+08:20)) passes; you met it at"), "\(said.suffix(600))")
        #expect(said.contains("TechDaily's story goes live at 18:00"))
        #expect(said.components(separatedBy: "The PRESS deadline").count == 2, "said once")
    }

    /// Blind play 2026-12-03: 'delegate hannah preserve the extortion email' answered that preserve is
    /// no task they can take on; the task is fine, its object is mistyped, and the reply says so.
    @Test func aMistypedTaskSaysWhatIsWrongWithItNotThatTheVerbIs() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        let said = TimeThatStaysTrueTests.said(engine.handle("delegate hannah preserve the extortion email"))
        #expect(said.contains("'preserve' takes one asset") && !said.contains("not a task they can take on"), "\(said)")
        let unknown = TimeThatStaysTrueTests.said(engine.handle("delegate hannah juggle"))
        #expect(unknown.contains("not a task they can take on"), "\(unknown)")
    }

    /// Blind play 2026-12-03 (breach 44, insider 47): the ideal path said "take command: not done" for a
    /// commander who took the report on, whom the step table and `status` counted as commander.
    @Test(arguments: ["breach", "compromised-host", "insider", "example"])
    func takingTheReportOnTakesCommandInTheIdealPathToo(_ id: String) throws {
        var engine = try TimeThatStaysTrueTests.engine(id, ["ack"])
        _ = engine.handle("severity sev1 \"customer data may be involved\"")
        let index = try #require(engine.scenario.debrief.ideal.firstIndex { $0.text.contains("take command") })
        #expect(engine.state.idealMet.contains { $0.index == index }, "\(id)")
    }

    /// Blind play 2026-12-03: Raj asked "Is there an incident ticket I can link them to?" and a message
    /// giving him the ticket was only read back. A message that speaks to a person's open question is
    /// taken as its answer; one that does not is only read.
    @Test func aMessageThatAnswersAnOpenQuestionIsTakenAsItsAnswer() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack"])
        for _ in 0..<12 where !engine.state.fired.contains(where: { $0.id == "support-ticket" }) {
            _ = engine.playThrough("wait 30m")
        }
        #expect(engine.state.fired.contains { $0.id == "support-ticket" })
        var unrelated = engine
        let said = TimeThatStaysTrueTests.said(engine.handle("tell raj \"Link the retailer tickets to incident ticket INC-7\""))
        #expect(said.contains("Thanks, that answers what I asked (Is there an incident ticket I can link them to?)"), "\(said)")
        let other = TimeThatStaysTrueTests.said(unrelated.handle("tell raj \"Please keep the channel quiet\""))
        #expect(!other.contains("answers what I asked"), "\(other)")
    }

    /// Blind play 2026-12-03: `status` listed Kai, the suspect, as involved though nobody had reached him.
    @Test func theSuspectIsInvolvedOnlyOnceReached() throws {
        var engine = try TimeThatStaysTrueTests.engine("insider", seed: 47, ["ack"])
        _ = engine.playThrough("wait 30m")
        let said = TimeThatStaysTrueTests.said(engine.handle("status"))
        let involved = try #require(said.split(separator: "\n").first { $0.hasPrefix("Involved:") })
        #expect(!involved.contains("kai"), "\(involved)")
    }

    /// Blind play 2026-12-03 (compromised-host 51): `brief leadership` warned "past the 5m left on the EXEC
    /// clock", then met it. A move that meets a clock does not warn that it runs past it; another does.
    @Test func aMoveThatMeetsAClockDoesNotWarnThatItRunsPastIt() throws {
        var engine = try TimeThatStaysTrueTests.engine("compromised-host", ["ack"])
        func left() -> Int? {
            guard let exec = engine.state.clocks["exec"], exec.isRunning else { return nil }
            return exec.deadline.seconds - engine.state.clock.seconds
        }
        for _ in 0..<40 where !(left().map { $0 <= 600 } ?? false) { _ = engine.playThrough("wait 5m") }
        let remaining = try #require(left())
        try #require(remaining <= 600 && remaining > 0)
        var other = engine
        func warnings(_ outputs: [Output]) -> String {
            outputs.compactMap { output -> String? in if case .warning(let text) = output { text } else { nil } }.joined(separator: "\n")
        }
        let briefed = warnings(engine.handle("brief leadership"))
        #expect(!briefed.contains("EXEC clock"), "\(briefed)")
        #expect(engine.state.clocks["exec"]?.metAt != nil)
        let drafted = warnings(other.handle("statement draft \"We are looking into a problem with one server.\""))
        #expect(drafted.contains("left on the EXEC clock"), "\(drafted)")
    }

    /// Blind play 2026-12-03 (compromised-host 51): `status` did not show a task handed to someone and
    /// not yet reported; it lists it until they report.
    @Test func statusListsDelegatedTasksUntilTheyAreReported() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", ["ack", "delegate priya logs audit-logs"])
        let during = TimeThatStaysTrueTests.said(engine.handle("status"))
        #expect(during.contains("Tasks under way:") && during.contains("Priya Nair: logs audit-logs"), "\(during)")
        _ = engine.playThrough("wait 2h")
        let after = TimeThatStaysTrueTests.said(engine.handle("status"))
        #expect(!after.contains("logs audit-logs"), "\(after)")
    }
}
