import Testing
@testable import TabletopCore
@testable import TabletopReports

/// The one line a team report gives each participant.
@Suite struct ParticipantSummaryTests {
    @Test(arguments: [
        (1, [16], [String](), "1 decision; first to do step 16; traps none"),
        (4, [1, 4], ["delete-bucket"], "4 decisions; first to do steps 1, 4; traps delete-bucket"),
        (0, [], [], "0 decisions; first to do no step; traps none"),
    ])
    func summarises(decisions: Int, steps: [Int], traps: [String], expected: String) {
        let participant = ParticipantResult(name: "bo", role: "legal", decisions: decisions, steps: steps, traps: traps)
        #expect(ReportText.contribution(participant) == expected)
    }
}
