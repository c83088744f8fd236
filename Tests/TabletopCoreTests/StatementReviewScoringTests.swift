import Testing
@testable import TabletopCore

/// `always_hard_fail: [unreviewed-statement]` holds in every shipped scenario: a statement goes out
/// reviewed by legal or communications, or the drill is capped, whatever else legal was told.
@Suite struct StatementReviewScoringTests {
    static let shipped = ["breach", "compromised-host", "insider", "example"]
    static let draft = "statement draft \"We are investigating a security incident and will share more when we can.\""

    /// The scenario's legal reviewer (every shipped scenario has one).
    static func lawyer(_ id: String) throws -> String {
        try #require(try ScoringSupport.shippedScenario(id).cast.first { $0.team.lowercased() == "legal" }?.id)
    }

    static func hardFails(_ id: String, _ lines: [String]) throws -> [HardFail] {
        let (engine, outputs) = try DecisionScoringTests.play(id, ["ack"] + lines)
        #expect(!DecisionScoringTests.refused(outputs), "'\(lines.last ?? "")' was refused in \(id)")
        return try DecisionScoringTests.card(engine).hardFails.map(\.kind)
    }

    /// The seed-34 compromised-host drill: legal notified hours before, the draft published unread.
    @Test(arguments: shipped)
    func publishingADraftLegalNeverReadIsAHardFail(_ id: String) throws {
        let kinds = try Self.hardFails(id, ["notify legal", Self.draft, "statement publish"])
        #expect(kinds.contains(.unreviewedStatement), "\(id): \(kinds)")
    }

    @Test(arguments: shipped)
    func aReviewedDraftIsNoHardFail(_ id: String) throws {
        let kinds = try Self.hardFails(id, [Self.draft, "statement review \(try Self.lawyer(id))", "statement publish"])
        #expect(!kinds.contains(.unreviewedStatement), "\(id): \(kinds)")
    }

    /// A draft rewritten after the review is not the text legal cleared.
    @Test(arguments: shipped)
    func aDraftRewrittenAfterItsReviewNeedsAnother(_ id: String) throws {
        let kinds = try Self.hardFails(id, [Self.draft, "statement review \(try Self.lawyer(id))",
                                            "statement draft \"We were hacked; no data was taken.\"", "statement publish"])
        #expect(kinds.contains(.unreviewedStatement), "\(id): \(kinds)")
    }
}
