import Testing
@testable import TabletopCore

/// A name the trainee does not know gets a suggestion from the ids, or from the words of the display names.
@Suite struct UnknownNameTests {
    @Test(arguments: [
        ("inspect kai-lt-04", "you know of no asset called 'kai-lt-04'; 'assets' lists the ones you know"),
        ("inspect kai-laptp", "you know of no asset called 'kai-laptp'; did you mean 'kai-laptop'?"),
        ("ask lindgren about the upload", "you know of no one called 'lindgren'; did you mean 'kai' (Kai Lindgren)?"),
        ("page priya", "you know of no one called 'priya'; 'who' lists the people you know"),
        ("inspect la", "you know of no asset called 'la'; 'assets' lists the ones you know"),
    ])
    func suggestsWhatTheTraineeProbablyMeant(_ line: String, _ expected: String) throws {
        var engine = Engine(scenario: try ScoringSupport.shippedScenario("insider"), runbook: TestSupport.runbook,
                            configuration: EngineConfiguration(seed: 1, mode: .practice, players: []))
        _ = engine.start()
        let before = engine.state
        #expect(engine.handle(line) == [.error(expected)])
        #expect(engine.state == before, "an unknown name costs nothing and is not a decision")
    }

    @Test func wholeWordsOnly() {
        let known = [(id: "web-01", name: "Web server (web-01.prod)"), (id: "kai", name: "Kai Lindgren")]
        #expect(Suggestion.namedBy("prod", among: known)?.id == nil, "'prod' is part of a dotted host name, not a word of it")
        #expect(Suggestion.namedBy("KAI", among: known)?.id == "kai")
        #expect(Suggestion.namedBy("web", among: known)?.id == "web-01")
        #expect(Suggestion.namedBy("web-01.prod", among: known)?.id == "web-01", "a host name is typed whole")
    }
}
