import Testing
import TabletopCore
@testable import TabletopReports

/// The timeline's step marks never hide each other, and deadlines are drawn only where a step missed them.
@Suite struct TimelineLayoutTests {
    @Test func marksCloserThanTheirWidthGoToSeparateLanes() {
        let lanes = SVGCharts.stepLanes([(step: 3, x: 100), (step: 1, x: 105), (step: 2, x: 110), (step: 4, x: 200), (step: 5, x: 119)])
        #expect(lanes == [3: 0, 1: 1, 2: 2, 5: 3, 4: 0])
        // Same input in another order: the same lanes (deterministic).
        #expect(SVGCharts.stepLanes([(step: 5, x: 119), (step: 4, x: 200), (step: 2, x: 110), (step: 1, x: 105), (step: 3, x: 100)]) == lanes)
    }

    @Test func noTwoMarksInALaneOverlapInARealReport() throws {
        let report = try ReportGoldenTests.fixedReport()
        let svg = SVGCharts.timeline(report)
        let marks = svg.matches(of: /<circle cx="(\d+)" cy="(\d+)" r="9"\/>/).map { (x: Int($0.output.1)!, y: Int($0.output.2)!) }
        #expect(marks.count == report.scorecard.steps.count { $0.applies })
        for (index, mark) in marks.enumerated() {
            for other in marks[(index + 1)...] where other.y == mark.y {
                #expect(abs(other.x - mark.x) >= 18, "marks at \(mark) and \(other) overlap")
            }
        }
    }

    @Test func deadlinesAreDrawnOnlyForLateOrMissedSteps() throws {
        let report = try ReportGoldenTests.fixedReport()
        let svg = SVGCharts.timeline(report)
        let drawn = svg.matches(of: /Deadline of step (\d+),/).map { Int($0.output.1)! }
        let expected = report.scorecard.steps.filter { $0.applies && $0.deadline != nil && [.late, .lateAndOutOfOrder, .missed].contains($0.status) }.map(\.number)
        #expect(drawn == expected)
        #expect(report.scorecard.steps.contains { $0.status == .onTime && $0.deadline != nil }, "the fixture has on-time steps with deadlines, which must not be drawn")
    }
}
