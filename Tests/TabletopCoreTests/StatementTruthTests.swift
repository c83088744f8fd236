import Foundation
import Testing
@testable import TabletopCore

/// A published statement is read for what it says (game37): denying what the team knows was taken is
/// concealment, and naming the insider while he still has access tips him off.
@Suite struct StatementTruthTests {
    typealias Support = TimeThatStaysTrueTests

    @Test(arguments: [
        "We have found no evidence that any customer data was accessed.",
        "Our systems were not breached.",
        "No customer data was affected by this incident.",
        "Customer information wasn't taken.",
        "We can confirm that customers are unaffected.",
    ])
    func denialsAreRead(_ text: String) {
        #expect(Engine.impactDenial(in: "Northwind is investigating a security event. \(text) We will update this page.") != nil)
    }

    @Test(arguments: [
        "An unauthorised party copied customer data; we estimate 2.1 million records were affected.",
        "We have no evidence that the data has been misused.",
        "No payment card data was involved.",
        "We cannot rule out that customer data was accessed.",
        "Customer data was copied by a person who no longer works for us.",
        "We have not yet determined whether other systems were accessed.",
        "We notified the regulator and will not comment further.",
    ])
    func honestLimitsAreNoDenial(_ text: String) {
        #expect(Engine.impactDenial(in: text) == nil)
    }

    /// The breach expert's moves at seed 1, with its statement replaced by `statement`, up to its publication.
    static func breachPublishing(_ statement: String) throws -> [String] {
        try Support.walkthrough("breach-expert-seed1", through: "statement publish").map { $0.hasPrefix("statement draft ") ? "statement draft \"\(statement)\"" : $0 }
    }

    @Test func aDenialOnceTheLossIsKnownIsConcealment() throws {
        let engine = try Support.engine("breach", try Self.breachPublishing("We have found no evidence that any customer data was accessed. Our systems were not breached."))
        #expect(engine.state.traps.contains { $0.id.hasPrefix("misleading-statement:") })
        let honest = try Support.engine("breach", try Self.breachPublishing("An unauthorised party copied customer data; about 2.1 million records were affected. We have no evidence the data has been misused."))
        #expect(!honest.state.traps.contains { $0.id.hasPrefix("misleading-statement:") })
    }

    @Test func beforeTheLossIsKnownADenialIsNoConcealment() throws {
        let engine = try Support.engine("breach", ["ack", "statement draft \"No customer data was affected.\"", "statement review hannah", "statement publish"])
        #expect(!engine.dataTakenKnown)
        #expect(!engine.state.traps.contains { $0.id.hasPrefix("misleading-statement:") })
    }

    @Test func namingTheInsiderWhileHeIsInTipsHimOff() throws {
        let engine = try Support.engine("insider", ["ack", "notify legal", "notify hr",
                                                    "statement draft \"A departing engineer, Kai Lindgren, copied our customer list.\"",
                                                    "statement review peter", "statement publish"])
        #expect(engine.state.traps.contains { $0.id == "tipped-off:kai" })
    }
}

/// Counsel will not clear a statement the team knows is false, or one naming the suspect (game37).
@Suite struct StatementReviewTruthTests {
    typealias Support = TimeThatStaysTrueTests

    @Test func counselSendsBackADenialOnceTheLossIsKnown() throws {
        var moves = try StatementTruthTests.breachPublishing("Our systems were not breached.")
        moves.removeLast(3)   // the reviews and the publication
        var engine = try Support.engine("breach", moves)
        let review = Support.said(engine.playThrough("statement review hannah"))
        #expect(review.contains("sends it back: \"'Our systems were not breached' is not true"), "\(review)")
        #expect(engine.state.statementReviewedBy == nil)
    }

    @Test func counselSendsBackAStatementNamingTheSuspect() throws {
        var engine = try Support.engine("insider", ["ack", "statement draft \"Kai Lindgren copied our customer list.\""])
        let review = Support.said(engine.playThrough("statement review peter"))
        #expect(review.contains("It names Kai Lindgren"), "\(review)")
        #expect(engine.state.statementReviewedBy == nil)
    }
}
