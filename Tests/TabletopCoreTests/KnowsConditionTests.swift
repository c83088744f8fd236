import Foundation
import Testing
@testable import TabletopCore

/// `knows(audience or person, fact)`: a criterion met when the people who need a fact know it, not when it
/// was found after they were briefed (blind42: "leadership briefed on a confirmed breach" was met at 12:46 by
/// a briefing at 11:47, before the theft was confirmed, and by the log pull that confirmed it; the CEO heard of
/// it at 16:49).
@Suite struct KnowsConditionTests {
    typealias Support = TimeThatStaysTrueTests

    static func holds(_ engine: Engine, _ text: String) throws -> Bool {
        engine.holds(try ConditionParser.parse(text).get().condition)
    }

    @Test func aBriefingBeforeTheFindingIsNotKnowingIt() throws {
        var engine = try Support.engine("breach", ["ack", "brief leadership", "ask marco logs"])
        try #require(engine.state.facts.contains("exfil-confirmed"))
        #expect(try !Self.holds(engine, "knows(leadership, exfil-confirmed)"))
        #expect(try !Self.holds(engine, "knows(james, exfil-confirmed)"))
        // Found, but not known to the people who need it: the step is not done.
        let before = try ScoringSupport.score(engine)
        #expect(before.steps.first { $0.slug == "leadership" }?.doneAt == nil)
        _ = engine.playThrough("brief leadership")
        #expect(try Self.holds(engine, "knows(leadership, exfil-confirmed)"))
        let after = try ScoringSupport.score(engine)
        let step = try #require(after.steps.first { $0.slug == "leadership" })
        #expect(step.doneAt == engine.state.decisions.last?.at)
        #expect(step.evidence.last?.text == "brief leadership")
    }

    @Test func aMessageThatNamesTheFactTellsIt() throws {
        var engine = try Support.engine("breach", ["ack", "ask marco logs"])
        #expect(try !Self.holds(engine, "knows(legal, exfil-confirmed)"))
        _ = engine.playThrough("tell hannah \"the audit logs show about 2.1 million customer records copied\"")
        #expect(try Self.holds(engine, "knows(legal, exfil-confirmed)") && Self.holds(engine, "knows(hannah, exfil-confirmed)"))
        // Someone else of another team still does not know it.
        #expect(try !Self.holds(engine, "knows(leadership, exfil-confirmed)"))
    }

    @Test func aFactNobodyFoundIsKnownToNobody() throws {
        let engine = try Support.engine("breach", ["ack", "brief leadership", "notify legal"])
        #expect(try !Self.holds(engine, "knows(legal, exfil-confirmed)"))
        #expect(try !Self.holds(engine, "knows(leadership, exfil-confirmed)"))
    }

    @Test func theShippedScenariosJudgeLegalAndLeadershipByWhatTheyKnow() throws {
        for id in ["breach", "insider", "compromised-host", "example"] {
            let scenario = try Support.engine(id, []).scenario
            let steps = scenario.scoring.filter { ["legal-and-pr", "leadership"].contains(TestSupport.runbook.step($0.step)?.slug) }
            try #require(steps.count == 2, "\(id)")
            for step in steps {
                #expect(step.criteria.contains { $0.when.description.hasPrefix("knows(") }, "\(id) step \(step.step)")
            }
        }
    }
}
