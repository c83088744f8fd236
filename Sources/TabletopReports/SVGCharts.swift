import Mustache
import TabletopCore

/// The report's charts, drawn as SVG by our code; every label is escaped as Mustache escapes it. The
/// templates are the reference the written charts are tested against (`SVGCharts+Write.swift`).
enum SVGCharts {
    static let width = 960.0
    static let left = 110.0
    static let right = 36.0

    struct Mark: Sendable {
        var x: String
        var y: String
        var css: String
        var title: String
        var label: String
    }

    struct Line: Sendable {
        var x: String
        var css: String
        var title: String
    }

    struct Tick: Sendable {
        var x: String
        var label: String
    }

    struct TimelineModel: Sendable {
        var width: String
        var height: String
        var gridBottom: String
        var tickY: String
        var injects: [Mark]
        var decisions: [Mark]
        var steps: [Mark]
        var deadlines: [Line]
        var ticks: [Tick]
    }

    static let timelineTemplate = try! MustacheTemplate(string: """
        <svg class="chart" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Timeline of injects, decisions and runbook steps">
        <text x="8" y="44" class="row">Injects</text><text x="8" y="84" class="row">Decisions</text><text x="8" y="124" class="row">Steps</text>
        {{#ticks}}<line x1="{{x}}" y1="22" x2="{{x}}" y2="{{gridBottom}}" class="grid"/><text x="{{x}}" y="{{tickY}}" class="tick">{{label}}</text>{{/ticks}}
        {{#deadlines}}<line x1="{{x}}" y1="22" x2="{{x}}" y2="{{gridBottom}}" class="{{css}}"><title>{{title}}</title></line>{{/deadlines}}
        {{#injects}}<circle cx="{{x}}" cy="{{y}}" r="6" class="{{css}}"><title>{{title}}</title></circle>{{/injects}}
        {{#decisions}}<rect x="{{x}}" y="{{y}}" width="4" height="14" class="{{css}}"><title>{{title}}</title></rect>{{/decisions}}
        {{#steps}}<g class="{{css}}"><title>{{title}}</title><circle cx="{{x}}" cy="{{y}}" r="9"/><text x="{{x}}" y="{{y}}" dy="4" class="num">{{label}}</text></g>{{/steps}}
        </svg>
        """)

    /// The statuses whose deadline is drawn: the step came after it, or never.
    static let pastDeadline: Set<StepStatus> = [.late, .lateAndOutOfOrder, .missed]

    /// Injects, decisions and step marks over simulated time; deadlines of late and missed steps and clocks drawn.
    static func timeline(_ report: SessionReport) -> String { write(timelineModel(report)) }

    /// The timeline's marks, lines and ticks, placed.
    static func timelineModel(_ report: SessionReport) -> TimelineModel {
        let card = report.scorecard
        // The axis covers the drill, and the deadlines of steps it missed or did late; a clock whose deadline lies
        // far beyond the drill (GDPR's 72 hours) would squeeze everything to the left, so it is listed, not drawn.
        let stepDeadlines = card.steps.filter { pastDeadline.contains($0.status) && $0.applies }.compactMap(\.deadline)
        let maximum = max(3600, ([report.simulatedDuration] + stepDeadlines).map(\.seconds).max() ?? 3600)
        func x(_ time: SimDuration) -> String { format(left + Double(time.seconds) / Double(maximum) * (width - left - right)) }
        func position(_ step: StepResult) -> Double {
            Double((step.doneAt ?? step.deadline ?? SimDuration(seconds: maximum)).seconds) / Double(maximum) * (width - left - right)
        }
        let lanes = stepLanes(card.steps.filter(\.applies).map { ($0.number, position($0)) })
        let stepMarks = card.steps.filter(\.applies).map { step -> Mark in
            let at = step.doneAt ?? step.deadline ?? SimDuration(seconds: maximum)
            let css = switch step.status {
            case .onTime: "step ok"
            case .late, .outOfOrder, .lateAndOutOfOrder, .partial: "step warn"
            default: "step miss"
            }
            let row = 120.0 + Double(lanes[step.number] ?? 0) * 20
            return Mark(x: x(at), y: format(row), css: css, title: "Step \(step.number), \(step.title): \(ReportText.status(step.status)) \(ReportText.time(step.doneAt, report.localClock))", label: String(step.number))
        }
        let bottom = 150.0 + Double(max(0, (lanes.values.max() ?? 0) - 1)) * 20
        return TimelineModel(
            width: format(width), height: format(bottom + 40), gridBottom: format(bottom), tickY: format(bottom + 18),
            injects: report.timeline.filter { $0.kind == "inject" }.map {
                Mark(x: x($0.at), y: "40", css: "inject", title: "\(ReportText.time($0.at, report.localClock)) \($0.label): \($0.detail)", label: "")
            },
            decisions: report.timeline.filter { $0.kind == "decision" }.map {
                Mark(x: x($0.at), y: "73", css: "decision", title: "\(ReportText.time($0.at, report.localClock)) \($0.detail): \($0.label)", label: "")
            },
            steps: stepMarks,
            deadlines: card.steps.filter { $0.applies && pastDeadline.contains($0.status) }.compactMap { step in
                step.deadline.map { Line(x: x($0), css: "deadline", title: "Deadline of step \(step.number), \(step.title): \(ReportText.time($0, report.localClock))") }
            } + card.clocks.compactMap { clock in
                guard let deadline = clock.deadline, deadline.seconds <= maximum else { return nil }
                return Line(x: x(deadline), css: clock.status == "expired" ? "deadline" : "clockline",
                            title: "\(clock.label) clock deadline \(ReportText.time(deadline, report.localClock)): \(clock.status)")
            },
            ticks: ticks(maximum: maximum).map { Tick(x: x($0), label: tickLabel($0, report.localClock)) })
    }

    /// Each step's lane (0, 1, …), so no two marks closer than a mark's width share one: marks are laid
    /// out left to right (ties by step number) into the first lane whose last mark is far enough back.
    static func stepLanes(_ marks: [(step: Int, x: Double)]) -> [Int: Int] {
        var lastInLane: [Double] = []
        var lanes: [Int: Int] = [:]
        for mark in marks.sorted(by: { ($0.x, $0.step) < ($1.x, $1.step) }) {
            let lane = lastInLane.firstIndex { mark.x - $0 >= 20 } ?? lastInLane.count
            if lane == lastInLane.count { lastInLane.append(mark.x) } else { lastInLane[lane] = mark.x }
            lanes[mark.step] = lane
        }
        return lanes
    }

    struct SeverityModel: Sendable {
        var width: String
        var correct: String
        var declared: String
        var hasDeclared: Bool
        var ticks: [Tick]
    }

    static let severityTemplate = try! MustacheTemplate(string: """
        <svg class="chart" viewBox="0 0 {{width}} 150" role="img" aria-label="Declared and correct severity over time">
        <text x="8" y="24" class="row">sev1</text><text x="8" y="54" class="row">sev2</text><text x="8" y="84" class="row">sev3</text><text x="8" y="114" class="row">sev4</text>
        {{#ticks}}<line x1="{{x}}" y1="10" x2="{{x}}" y2="120" class="grid"/><text x="{{x}}" y="138" class="tick">{{label}}</text>{{/ticks}}
        <polyline points="{{correct}}" class="correct"><title>Correct level (the matrix)</title></polyline>
        {{#hasDeclared}}<polyline points="{{declared}}" class="declared"><title>Declared level</title></polyline>{{/hasDeclared}}
        </svg>
        """)

    /// The declared severity against the correct one, as two step lines.
    static func severity(_ report: SessionReport) -> String {
        let card = report.scorecard
        let maximum = max(3600, report.simulatedDuration.seconds)
        func x(_ time: SimDuration) -> Double { left + Double(min(time.seconds, maximum)) / Double(maximum) * (width - left - right) }
        func y(_ level: Severity) -> Double { Double(level.number) * 30 - 10 }
        func steps(_ points: [(SimDuration, Severity)]) -> String {
            var coordinates: [String] = []
            for (index, point) in points.enumerated() {
                let next = index + 1 < points.count ? points[index + 1].0 : SimDuration(seconds: maximum)
                coordinates.append("\(format(x(point.0))),\(format(y(point.1)))")
                coordinates.append("\(format(x(next))),\(format(y(point.1)))")
            }
            return coordinates.joined(separator: " ")
        }
        let model = SeverityModel(
            width: format(width),
            correct: steps(card.severity.correct.map { ($0.at, $0.level) }),
            declared: steps(card.severity.declarations.map { ($0.at, $0.level) }),
            hasDeclared: !card.severity.declarations.isEmpty,
            ticks: ticks(maximum: maximum).map { Tick(x: format(x($0)), label: tickLabel($0, report.localClock)) })
        return write(model)
    }

    /// Six to twelve evenly spaced round times across the axis.
    static func ticks(maximum: Int) -> [SimDuration] {
        let steps = [900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400]
        let step = steps.first { maximum / $0 <= 10 } ?? 86_400
        return stride(from: 0, through: maximum, by: step).map { SimDuration(seconds: $0) }
    }

    /// A tick's label: the time of day (`Tue 14:05`) where the report knows the scenario's clock,
    /// short enough for the axis; the tooltips carry the full stamp with its offset.
    static func tickLabel(_ time: SimDuration, _ clock: LocalClock?) -> String {
        clock?.dayAndTime(at: time) ?? "T+\(time.clock)"
    }

    static func format(_ value: Double) -> String {
        String(Int(value.rounded()))
    }
}
