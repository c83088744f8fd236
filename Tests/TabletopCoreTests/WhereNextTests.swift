import Foundation
import Testing
@testable import TabletopCore

/// Asked where they would look next, people name the places nobody has looked yet, with the commands
/// (blind39 B8: the containment line again, and nothing to act on).
@Suite struct WhereNextTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func theAnalystNamesTheTrailsNobodyHasRead() throws {
        var engine = try Support.engine("compromised-host", try Support.walkthrough("compromised-host-expert-seed1", through: "page olu"))
        let before = Support.said(engine.playThrough("ask ingrid where would you look next?"))
        #expect(before.hasPrefix("I would look where nobody has yet."), "\(before)")
        #expect(before.contains("(logs instance-role)"), "\(before)")
        _ = engine.playThrough("logs instance-role")
        let after = Support.said(engine.playThrough("ask ingrid what else should we check next?"))
        #expect(!after.contains("(logs instance-role)"), "a trail read is no longer a place to look: \(after)")
    }

    @Test(arguments: [
        ("where would you look next?", true), ("what should we check next", true), ("what else would you examine", true),
        ("where is web-03?", false), ("what did the logs show?", false), ("look at this", false),
    ])
    func whatAsksWhereToLookNext(question: String, asks: Bool) {
        #expect(Engine.asksWhereToLookNext(question) == asks, "\(question)")
    }
}

/// A question that names a level asks for a view on it, whatever else it names (blind40 #15: the analyst
/// asked "sev1 or sev2, given … the paste site?" answered about the paste).
@Suite struct LevelQuestionTests {
    @Test func aQuestionNamingALevelGetsAViewOnTheLevel() throws {
        var engine = try TimeThatStaysTrueTests.engine("breach", seed: 57, ["ack", "page priya", "wait 15m"])
        let answer = TimeThatStaysTrueTests.said(engine.playThrough(
            "ask priya should this be sev1 or sev2, given the key is being used from a proxy and customer rows are on a paste site?"))
        #expect(answer.contains("take the higher level when torn") || answer.contains("Torn between two levels"), "\(answer)")
        #expect(!answer.hasPrefix("The rows in the paste match"), "\(answer)")
    }
}
