import Mustache
import TabletopCore

/// A cohort report as one self-contained HTML page: no script, inline CSS and SVG, every name escaped
/// by the template engine.
public enum CohortHTML {
    struct Model: Sendable {
        struct Figure: Sendable { var value: String; var name: String; var css: String }
        struct Drill: Sendable { var session: String; var trainee: String; var started: String; var score: Int; var rating: String; var provisional: Bool; var hardFails: [String]; var traps: String; var css: String }
        struct Cell: Sendable { var css: String; var symbol: String; var title: String }
        struct Row: Sendable { var step: Int; var title: String; var cells: [Cell] }
        struct Column: Sendable { var name: String; var score: Int; var provisional: Bool }
        struct Map: Sendable { var basis: String; var open: Bool; var columns: [Column]; var rows: [Row] }
        struct Trend: Sendable { var name: String; var scores: String; var spark: String }
        struct Phase: Sendable { var title: String; var count: String; var steps: [String] }
        struct Group: Sendable {
            var title: String; var id: String; var count: String; var median: String; var times: String
            var drills: [Drill]; var maps: [Map]; var trends: [Trend]; var stepTrends: [Trend]; var stepNote: String?
            var phases: [Phase]; var gapNote: String?
        }
        var css: String
        var figures: [Figure]
        var summary: String
        var gaps: [String]
        var hasGaps: Bool
        var provisionalNote: String?
        var groups: [Group]
    }

    /// The HTML text of a cohort report.
    public static func render(_ cohort: CohortReport) -> String {
        CohortHTMLTemplate.page.render(model(cohort))
    }

    /// What the page's template is given for `cohort`.
    static func model(_ cohort: CohortReport) -> Model {
        let headline = cohort.headline
        return Model(
            css: HTMLStyle.css,
            figures: [
                .init(value: "\(headline.drills)", name: "drills", css: ""), .init(value: "\(headline.people)", name: "people", css: ""),
                .init(value: headline.medianScore.map(String.init) ?? "—", name: "median score", css: ""),
                .init(value: "\(Int((headline.provisionalShare * 100).rounded()))%", name: "provisional (\(headline.provisional))", css: headline.provisional > 0 ? "warn" : ""),
                .init(value: "\(headline.hardFailDrills)", name: "with a hard fail", css: headline.hardFailDrills > 0 ? "bad" : "ok"),
            ],
            summary: headline.summary, gaps: headline.biggestGaps, hasGaps: !headline.biggestGaps.isEmpty,
            provisionalNote: !cohort.includesProvisional && headline.provisional > 0
                ? "Provisional drills (stopped before the close) are marked † and left out of medians, best attempts and gaps; --include-provisional counts them." : nil,
            groups: cohort.groups.map(group))
    }

    static func group(_ group: ScenarioGroup) -> Model.Group {
        Model.Group(
            title: group.scenario.title, id: group.scenario.id, count: CohortText.drills(group.sessions.count), median: group.medianScore.map(String.init) ?? "—",
            times: ReportText.medianKeyTimes(group.medianKeyTimes).map { "\($0.0) \($0.1)" }.joined(separator: " · "),
            drills: group.sessions.map { session in
                .init(session: session.session, trainee: session.trainee, started: session.started, score: session.score, rating: session.rating.rawValue,
                      provisional: session.provisional, hardFails: session.hardFails, traps: CohortText.list(session.traps),
                      css: session.hardFails.isEmpty ? (session.provisional ? "provisional" : "") : "failed")
            },
            maps: [group.latest, group.best].map { map in
                .init(basis: map.basis, open: map.basis == "latest", columns: map.columns.map { Model.Column(name: $0.trainee, score: $0.score, provisional: $0.provisional) }, rows: map.rows.map { row in
                    .init(step: row.step, title: row.title, cells: row.cells.map {
                        .init(css: $0.status.rawValue, symbol: CohortText.symbol($0.status), title: "\($0.trainee): \(ReportText.status($0.status))")
                    })
                })
            },
            trends: group.trainees.map { trend in
                .init(name: trend.name, scores: CohortText.scores(trend),
                      spark: Sparkline.render(values: trend.scores.map(Double.init), maximum: 100, hollow: trend.provisional, label: "\(trend.name): scores across attempts"))
            },
            stepTrends: CohortText.stepTrendNote(group) != nil ? [] : group.stepTrends.map { trend in
                .init(name: "\(trend.step). \(trend.title)", scores: CohortText.tallies(trend),
                      spark: Sparkline.render(values: trend.attempts.map { $0.applicable == 0 ? 0 : Double($0.onTime) / Double($0.applicable) }, maximum: 1,
                                              hollow: trend.attempts.map { $0.applicable == 0 }, label: "step \(trend.step): on-time share by attempt"))
            },
            stepNote: CohortText.stepTrendNote(group),
            phases: group.phaseGaps.map { phase in
                .init(title: phase.title, count: "\(phase.count) step\(phase.count == 1 ? "" : "s")", steps: phase.steps.map { "Step \($0.step), \($0.title): missed or late in \($0.missedOrLate) of \($0.applicable) drills" })
            },
            gapNote: CohortText.gapNote(group))
    }
}

/// A small line chart of values across attempts, drawn as SVG (no script); hollow points mark attempts that do not count.
public enum Sparkline {
    struct Point: Sendable { var x: Int; var y: Int; var hollow: Bool }
    struct Model: Sendable { var points: String; var dots: [Point]; var label: String }

    static let template = try! MustacheTemplate(string: """
        <svg class="spark" width="128" height="30" viewBox="0 0 128 30" role="img" aria-label="{{label}}"><line x1="4" y1="26" x2="124" y2="26" class="base"/><polyline points="{{points}}" class="trend"/>{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="3" class="{{#hollow}}hollow{{/hollow}}{{^hollow}}solid{{/hollow}}"/>{{/dots}}</svg>
        """)

    /// The chart of `values` (0 to `maximum`), one point each, `hollow` marking those that do not count.
    public static func render(values: [Double], maximum: Double, hollow: [Bool], label: String) -> String {
        let step = values.count > 1 ? 112.0 / Double(values.count - 1) : 0
        let dots = zip(values, hollow).enumerated().map { index, pair in
            Point(x: Int(8 + Double(index) * step), y: 26 - Int((pair.0 / maximum * 22).rounded()), hollow: pair.1)
        }
        return template.render(Model(points: dots.map { "\($0.x),\($0.y)" }.joined(separator: " "), dots: dots, label: label))
    }
}
