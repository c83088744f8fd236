import Foundation
import Testing
@testable import TabletopCore

/// Blind play, round 6: the debrief contradicted itself. "Declared the right severity (sev2)" stood
/// beside "-3 … the incident stayed at sev2"; the end line said "the evidence is kept" beside step 11
/// "evidence not preserved"; the ideal path had step 6 at 10:12 where the table had it at 12:23; the
/// trap creds-before-role was charged while the ideal path ticked "only then rotate"; and "overall
/// rating U" sat beside 81/100 unexplained. The first-time commander's own commands are replayed.
@Suite struct DebriefOneSourceTests {
    static func blindPlay(_ id: String, seed: UInt64) throws -> (Scorecard, Engine) {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Tests/TabletopCoreTests/Fixtures/blind6/\(id)-seed\(seed).script")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count > 70)
        let engine = try TimeThatStaysTrueTests.engine(id, seed: Int(seed), lines)
        return (try ScoringSupport.score(engine), engine)
    }

    @Test func aSeverityLeftStandingWhenTheFactsRaisedItIsNotAStrength() throws {
        let (card, _) = try Self.blindPlay("breach", seed: 35)
        #expect(card.adjustments.contains { $0.kind == "severity" })
        #expect(!card.strengths.contains { $0.contains("right severity") }, "\(card.strengths)")
    }

    @Test func aSeverityRaisedWithTheFactsIsAStrengthNamingEveryLevel() throws {
        let (card, _) = try Self.blindPlay("compromised-host", seed: 37)
        #expect(!card.adjustments.contains { $0.kind == "severity" })
        let strength = try #require(card.strengths.first { $0.contains("right severity") || $0.contains("Kept the severity") }, "\(card.strengths)")
        for declared in card.severity.declarations {
            #expect(strength.contains("\(declared.level) at T+\(declared.at.clock)"), "\(strength)")
        }
    }

    @Test func theEndLineClaimsNoEvidenceKeptWhenForensicsFellShort() throws {
        let (card, _) = try Self.blindPlay("breach", seed: 35)
        let forensics = try #require(card.steps.first { $0.slug == "forensics" })
        #expect(forensics.status == .partial)
        let end = try #require(card.end)
        #expect(!end.text.contains("evidence is kept"), "\(end.text)")
    }

    @Test func aMoveDoneBeforeItsStepWasCompleteSaysWhenTheTableHasTheStep() throws {
        let (card, _) = try Self.blindPlay("breach", seed: 35)
        let table = try #require(card.steps.first { $0.slug == "verify-impact" })
        let move = try #require(card.story.path.first { $0.step == table.number && $0.doneAt != nil })
        let tableAt = try #require(table.doneAt), moveAt = try #require(move.doneAt)
        #expect(moveAt < tableAt)
        #expect(move.yours().contains("T+\(tableAt.clock)"), "\(move.yours())")
    }

    @Test func aStandingTrapUndoesTheIdealMoveOnTheSameAsset() throws {
        // The password rotated before the role was narrowed, and never again.
        let engine = try TimeThatStaysTrueTests.engine("compromised-host", seed: 37,
                                                         ["ack", "inspect instance-role", "rotate db-creds", "rotate instance-role"])
        let card = try ScoringSupport.score(engine)
        #expect(card.adjustments.contains { $0.reason.contains("creds-before-role") })
        let move = try #require(card.story.path.first { $0.ideal.contains("only then rotate") })
        #expect(move.doneAt == nil)
        #expect(move.yours().contains("creds-before-role"), "\(move.yours())")
    }

    @Test func theRatingSaysWhichCapabilitySetsIt() throws {
        let (card, _) = try Self.blindPlay("breach", seed: 35)
        #expect(card.rating != .p)
        let reason = try #require(card.ratingReason)
        let worst = try #require(card.capabilities.first { $0.rating == card.rating })
        #expect(reason.contains(worst.title) && reason.contains("Rated \(card.rating.rawValue)"), "\(reason)")
    }

    @Test func theDelegatedFixIsDoneWhenThePersonFinishedIt() throws {
        let (card, engine) = try Self.blindPlay("breach", seed: 35)
        let task = try #require(engine.state.tasks.first { $0.line.hasPrefix("fix") })
        let fix = try #require(card.steps.first { $0.slug == "develop-fix" })
        #expect(fix.doneAt == task.due)
    }

    /// blind87: leadership briefed after the EXEC clock ran out was listed "on time" (the runbook step's own, looser deadline)
    /// beside "-5 the EXEC clock ran out" at the same minute. A step whose clock lapsed is no strength.
    @Test func aStepWhoseClockRanOutIsNoStrength() throws {
        let moves = try TimeThatStaysTrueTests.walkthrough("compromised-host-expert-seed1", through: "ask olu queries database customers read")
        let engine = try TimeThatStaysTrueTests.engine("compromised-host", moves + ["wait 2h20m", "brief leadership"])
        let card = try ScoringSupport.score(engine)
        #expect(card.adjustments.contains { $0.reason.contains("EXEC clock ran out") }, "\(card.adjustments)")
        let leadership = try #require(card.steps.first { $0.slug == "leadership" })
        #expect(leadership.status == .onTime, "\(leadership)")
        #expect(!card.strengths.contains { $0.contains("Loop in leadership") }, "\(card.strengths)")
    }
}
