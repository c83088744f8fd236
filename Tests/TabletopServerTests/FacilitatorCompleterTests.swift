import Testing
@testable import TabletopServer

/// Tab completion at the facilitator's console.
@Suite struct FacilitatorCompleterTests {
    static var snapshot: FacilitatorCompleter.Snapshot {
        var snapshot = FacilitatorCompleter.Snapshot()
        snapshot.pendingInjects = ["cloud-alert", "ceo-hears", "journalist"]
        snapshot.participants = ["ana", "bo"]
        snapshot.decisions = 3
        return snapshot
    }

    @Test(arguments: [
        ("", FacilitatorCompleter.commands),
        ("p", ["pause", "progress"]),
        ("pr", ["progress"]),
        ("in", ["inject"]),
        ("inject ", ["cloud-alert", "ceo-hears", "journalist"]),
        ("hold c", ["cloud-alert", "ceo-hears"]),
        ("SKIP j", ["journalist"]),
        ("kick ", ["ana", "bo"]),
        ("override ", ["0", "1", "2"]),
        ("advance 1", ["15m", "1h"]),
        ("inject ceo-hears ", []),
        ("note ", []),
        ("frobnicate ", []),
    ])
    func offersWhatFitsTheCommand(_ text: String, _ expected: [String]) {
        #expect(FacilitatorCompleter.candidates(beforeCursor: text, snapshot: Self.snapshot) == expected)
    }

    @Test func theHostOffersOnlyInjectsNotYetDelivered() throws {
        let harness = try TeamDrillHarness()
        defer { harness.stop() }
        let before = try harness.onHost { $0.completionSnapshot }
        #expect(before.pendingInjects.contains("ceo-hears"))
        #expect(!before.pendingInjects.contains("researcher-report"), "delivered at T+0")
        #expect(before.participants == ["ana", "bo", "cy", "dee", "eli"])
        #expect(try harness.facilitate("inject ceo-hears").isEmpty)
        #expect(try !harness.onHost { $0.completionSnapshot }.pendingInjects.contains("ceo-hears"))
    }
}
