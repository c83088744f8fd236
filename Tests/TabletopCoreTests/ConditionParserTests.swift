import Testing
@testable import TabletopCore

@Suite struct ConditionParserTests {
    private func parse(_ text: String) throws -> Condition {
        try ConditionParser.parse(text).get().condition
    }

    private func error(_ text: String) -> ConditionError? {
        if case .failure(let error) = ConditionParser.parse(text) { return error }
        return nil
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try parse("done(1) or done(2) and done(3)")
            == .any([.done(.number(1)), .all([.done(.number(2)), .done(.number(3))])]))
    }

    @Test func notBindsTighterThanAnd() throws {
        #expect(try parse("not done(1) and done(2)") == .all([.not(.done(.number(1))), .done(.number(2))]))
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try parse("(done(1) or done(2)) and not (revealed(a) or fired(b))")
            == .all([.any([.done(.number(1)), .done(.number(2))]), .not(.any([.revealed("a"), .fired("b")]))]))
    }

    @Test(arguments: [
        ("done(stop-the-bleeding)", Condition.done(.slug("stop-the-bleeding"))),
        ("revealed(exfil)", .revealed("exfil")),
        ("fired(extortion-email)", .fired("extortion-email")),
        ("chose(bucket, 2)", .chose("bucket", 2)),
        ("did(notify legal)", .did(ActionPattern(verb: .notify, object: "legal"))),
        ("did(doc create)", .did(ActionPattern(verb: .docCreate))),
        ("did(isolate *)", .did(ActionPattern(verb: .isolate))),
        ("asset(web-03).isolated", .asset("web-03", .isolated)),
        ("person(dana).paged", .person("dana", .paged)),
        ("clock(gdpr).expired", .clock("gdpr", .expired)),
        ("truth(personal-data)", .truth(.personalData)),
        ("attacker.present", .attackerPresent),
        ("truth(attacker-present)", .attackerPresent),
        ("truth(insider)", .truth(.insiderSuspected)),
        ("truth(insider-suspected)", .truth(.insiderSuspected)),
        ("severity >= sev2", .severity(.greaterOrEqual, .sev2)),
        ("time > 1h30m", .time(.greater, SimDuration(seconds: 5400))),
        ("knows(leadership, exfil)", .knows("leadership", "exfil")),
        ("knows(hannah, exfil)", .knows("hannah", "exfil")),
        ("true", .constant(true)),
    ])
    func parsesEveryAtom(_ text: String, _ expected: Condition) throws {
        #expect(try parse(text) == expected)
    }

    /// An audience is no reference to check; a person is, and the fact always is.
    @Test func knowsReferencesThePersonAndTheFactButNotAnAudience() throws {
        #expect(try ConditionParser.parse("knows(legal, exfil)").get().references == [.init(kind: .fact, name: "exfil", offset: 13)])
        #expect(try ConditionParser.parse("knows(hannah, exfil)").get().references == [
            .init(kind: .person, name: "hannah", offset: 6), .init(kind: .fact, name: "exfil", offset: 14),
        ])
        #expect(error("knows(legal)") == ConditionError(offset: 11, message: "expected ',' and a fact id in knows(person or audience, fact), found ')'"))
    }

    @Test func recordsReferencesWithOffsets() throws {
        let parsed = try ConditionParser.parse("revealed(exfil) and did(isolate web-03)").get()
        #expect(parsed.references == [
            .init(kind: .fact, name: "exfil", offset: 9),
            .init(kind: .asset, name: "web-03", offset: 32),
        ])
    }

    @Test(arguments: [
        ("done(", 5, "expected an id inside done(…), found the end of the condition"),
        ("severity >= sev9", 12, "unknown severity 'sev9'; expected sev1, sev2, sev3 or sev4"),
        ("severity sev2", 9, "expected a comparison (<, <=, ==, !=, >=, >) after 'severity', found 'sev2'"),
        ("time > 90x", 7, "bad duration '90x'; expected a number and a unit, such as 30m, 2h or 1d"),
        ("done(1) done(2)", 8, "expected 'and', 'or' or the end of the condition, found 'done'"),
        ("(done(1)", 8, "expected ')' to close the '(' at column offset 1, found the end of the condition"),
        ("revaeled(x)", 0, "unknown condition 'revaeled'; did you mean 'revealed'?"),
        ("done(1) && done(2)", 8, "write 'and' instead of '&&'"),
        ("asset(web-03)", 13, "expected '.' and a state after asset(web-03), as in asset(web-03).isolated"),
        ("chose(q, 0)", 9, "expected an option number from 1 to 99, found '0'"),
        ("did(fly kite)", 4, "unknown verb 'fly'"),
        ("and done(1)", 0, "expected a condition before 'and'"),
        ("", 0, "expected a condition, found nothing"),
        ("done(1) or", 10, "expected a condition such as 'done(8)' or 'severity >= sev2', found the end of the condition"),
    ])
    func reportsErrorsWithColumns(_ text: String, _ offset: Int, _ message: String) {
        #expect(error(text) == ConditionError(offset: offset, message: message))
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "not ", count: 10_000) + "true"
        #expect(error(text)?.message == "condition is nested more than 64 levels deep")
        let parens = String(repeating: "(", count: 10_000) + "true" + String(repeating: ")", count: 10_000)
        #expect(error(parens) != nil)
    }

    @Test func severityComparesBySeverity() {
        #expect(Severity.sev1 > .sev2)
        #expect(Comparison.greaterOrEqual.holds(Severity.sev1, .sev2))
        #expect(!Comparison.greaterOrEqual.holds(Severity.sev3, .sev2))
    }
}

@Suite struct ConditionDescriptionTests {
    @Test(arguments: [
        "done(8) and not asset(web-03).snapshotted or severity >= sev2",
        "revealed(exfil) and (fired(a) or chose(q, 2))",
        "not (did(notify legal) or did(channel --signal))",
        "knows(leadership, exfil) and not knows(kai, exfil)",
        "time > 1h30m and truth(attacker-present) and truth(personal-data) and truth(insider) and person(dana).paged and clock(gdpr).running",
    ])
    func printsBackWhatParsesToTheSameCondition(_ text: String) throws {
        let condition = try ConditionParser.parse(text).get().condition
        #expect(try ConditionParser.parse(condition.description).get().condition == condition)
    }

    @Test func printsReadably() throws {
        #expect(try ConditionParser.parse("did(notify   regulator)").get().condition.description == "did(notify regulator)")
    }
}
