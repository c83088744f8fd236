import Testing
@testable import TabletopCore

/// Blind play, round 6 (breach seed 35): `delegate lena fix` carried a placeholder ("what Lena
/// Fischer judges the cause"), reported "Done" before "Work on the fix starts", and the debrief
/// scored the placeholder, so the fix, its test and its rollout were all marked missed.
@Suite struct DelegatedFixTests {
    typealias Support = TimeThatStaysTrueTests

    /// Lena is handed a bare fix, waits it out, then the fix is tested and rolled out.
    static let moves = ["ack", "page lena", "delegate lena fix", "wait 3h", "test", "rollout", "monitor 1h"]

    @Test func theDelegatedFixIsTheOneThePersonMakesInThisScenario() throws {
        // She answers her page first: a move that names someone paged waits for their answer.
        var engine = try Support.engine("breach", seed: 35, ["ack", "page lena", "wait 30m"])
        let taken = Support.said(engine.handle("delegate lena fix"))
        #expect(!taken.contains("judges the cause"), "\(taken)")
        let task = try #require(engine.state.tasks.last)
        #expect(task.line.contains("short-lived credentials"), "\(task.line)")
    }

    @Test func theReportSaysDoneOnceAndNothingStartsAfterIt() throws {
        var engine = try Support.engine("breach", seed: 35, ["ack", "page lena", "delegate lena fix"])
        let said = Support.said(engine.playThrough("wait 3h"))
        let done = try #require(said.range(of: "Done: the fix is in"), "\(said)")
        #expect(!said[done.upperBound...].contains("starts"), "\(said)")
        #expect(!said.contains("judges the cause"))
    }

    @Test func theDebriefScoresTheFixTheTestAndTheRolloutOnWhatWasDone() throws {
        let engine = try Support.engine("breach", seed: 35, Self.moves)
        let card = try ScoringSupport.score(engine)
        for slug in ["develop-fix", "test-fix", "rollout-fix"] {
            let step = try #require(card.steps.first { $0.slug == slug })
            #expect(step.status != .missed && step.points > 0, "\(slug): \(step.status) \(step.points)")
        }
        let fix = try #require(card.steps.first { $0.slug == "develop-fix" })
        #expect(fix.rubric?.hit.isEmpty == false, "\(String(describing: fix.rubric))")
    }

    @Test func someoneWithNoFixOfTheirOwnAsksWhatToFixAndTakesNoTask() throws {
        var engine = try Support.engine("breach", seed: 35, ["ack", "page marco", "wait 30m"])
        let said = Support.said(engine.handle("delegate marco fix"))
        #expect(said.contains("asks what to fix"), "\(said)")
        #expect(engine.state.tasks.isEmpty)
    }

    /// blind130 #107: after her first fix was delivered, Maya built a second one handed to her; asked about her fix, she named
    /// the first (which had failed its test) as the one in.
    @Test func aFixHandedOverAfterTheOneDeliveredIsTheOneIn() throws {
        var engine = try Support.engine("compromised-host", seed: 1, [
            "ack", "inspect web-03", "page maya", "wait 20m", "tell maya \"Maya, go ahead with the fix you proposed.\"", "choose 2", "wait 2h30m",
            "delegate maya fix \"Store uploads outside the web root on a non-executable volume\"", "wait 3h",
        ])
        let said = Support.said(engine.handle(
            "ask maya \"what would you change so a known framework CVE does not sit unpatched in the golden image for weeks again?\""))
        #expect(said.contains("Store uploads outside the web root"), "\(said)")
        #expect(!said.contains("uploads no longer executable"), "\(said)")
    }

    /// Blind play (insider 54, compromised-host 55): a fix written after the one delivered was not the one
    /// tested; `test` named the older fix. The newest fix, typed or delivered, is the one tested.
    @Test func theNewestFixIsTheOneTested() throws {
        var engine = try Support.engine("example", seed: 1, ["ack", "fix \"Make admin tokens expire\"", "wait 3h"])
        let delivered = try #require(engine.fixUnderTest)
        engine.playThrough("fix \"Scan every public gist for our token prefix and page on a match\"")
        let newest = try #require(engine.fixUnderTest)
        #expect(newest.text == "Scan every public gist for our token prefix and page on a match", "\(newest.text)")
        #expect(newest.since > delivered.since)
        #expect(Support.said(engine.handle("test")).contains("Scan every public gist"))
    }
    /// A fix the commander wrote is reported in as written: the scenario's words for the person's own fix are
    /// not said of it (blind48 #81: "every static key is deleted … from its history" for a fix that narrowed a role).
    @Test func aWrittenFixIsReportedAsWrittenAndABareOneAsThePersonsOwn() throws {
        var written = try Support.engine("breach", seed: 35, ["ack", "page lena", "wait 30m"])
        let said = (written.handle("fix \"narrow the ci-deployer role to the deploy buckets\"") + written.handle("wait 3h")).map(\.text).joined(separator: "\n")
        #expect(said.contains("Your change is in, as you wrote it: \"narrow the ci-deployer role to the deploy buckets\""), "\(said)")
        #expect(!said.contains("every static key is deleted"), "\(said)")
        var bare = try Support.engine("insider", seed: 35, ["ack", "page dana", "wait 30m"])
        _ = bare.handle("delegate dana fix")
        let task = try #require(bare.state.tasks.last)
        #expect(task.line.contains("Offboarding now blocks personal cloud sync"), "\(task.line)")
    }

    /// blind105 #78: Omar built the fix he was handed, and the scenario's engineer (Dana) called it ready for
    /// testing, then called it hers. The one who built it reports it, and owns it when asked.
    @Test func whoeverBuiltAHandedOverFixReportsItReady() throws {
        var engine = try Support.engine("insider", seed: 1, ["ack", "invite omar #sec-alerts", "logs dlp-logs",
                                                             "delegate omar fix \"route DLP alerts that name an employee to a restricted channel\"",
                                                             "choose 2", "wait 1h", "choose 2"])
        let outputs = engine.playThrough("wait 3h")
        let ready = try #require(outputs.compactMap { output -> InjectMessage? in
            if case .inject(let message) = output, message.text.contains("Ready for testing") { return message }
            return nil
        }.first, "\(Support.said(outputs))")
        #expect(ready.from.hasPrefix("Omar Haddad"), "\(ready.from)")
        let dana = Support.said(engine.handle("ask dana is your fix ready?"))
        #expect(!dana.contains("My fix"), "\(dana)")
        #expect(Support.said(engine.handle("ask omar is your fix ready?")).contains("My fix is in since"))
        // The engine's look-ups of who called last (who has spoken, since when) credit the builder too.
        let delivered = try #require(engine.state.fired.lastIndex { $0.from == "omar" })
        #expect(engine.watch.lastFired(from: "omar", in: engine.state, index: engine.world.index) == delivered)
        #expect(engine.watch.lastFired(from: "dana", in: engine.state, index: engine.world.index) != delivered)
    }
}
