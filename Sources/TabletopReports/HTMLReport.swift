import Mustache
import TabletopCore

/// A session report as one self-contained HTML file (inline CSS and SVG, no network), built from a
/// Mustache template: every string from a scenario or a trainee is escaped as the template engine escapes
/// it. The page is written by code (`HTMLReport+Write.swift`), tested byte for byte against the template.
public enum HTMLReport {
    struct Model: Sendable {
        struct Fact: Sendable { var name: String; var value: String }
        struct Fail: Sendable { var kind: String; var reason: String; var lesson: String }
        struct Capability: Sendable { var title: String; var rating: String; var points: String; var possible: String; var share: String }
        struct Step: Sendable {
            var number: Int; var title: String; var status: String; var css: String; var done: String; var deadline: String
            var points: String; var evidence: String; var lesson: String?
        }
        struct Clock: Sendable { var label: String; var status: String; var deadline: String?; var met: String? }
        struct Adjustment: Sendable { var points: String; var reason: String; var lesson: String? }
        struct Area: Sendable { var observation: String; var lesson: String? }
        struct PlanItem: Sendable { var capability: String; var observation: String; var recommendation: String; var owner: String; var due: String }
        struct Participant: Sendable { var name: String; var role: String; var summary: String }
        struct Line: Sendable { var time: String; var kind: String; var text: String }
        struct Note: Sendable { var time: String; var text: String }
        struct Move: Sendable { var step: String; var ideal: String; var yours: String; var mark: String; var css: String }
        struct Source: Sendable { var name: String; var summary: String; var url: String? }

        var css: String
        var title: String
        var scenarioID: String
        var facts: [Fact]
        var score: Int
        var band: String
        var rating: String
        var capped: String
        var hardFails: [Fail]
        var keyTimes: [Fact]
        var end: String?
        var capabilities: [Capability]
        var steps: [Step]
        var timeline: String
        var severity: String
        var severityFindings: [String]
        var clocks: [Clock]
        var judgementTitle: String
        var judgement: [String]
        var adjustments: [Adjustment]
        var strengths: [String]
        var areas: [Area]
        var plan: [PlanItem]
        var participants: [Participant]
        var transcript: [Line]
        var notes: [Note] = []
        var hasNotes = false
        var narrative: [String] = []
        var path: [Move] = []
        var sources: [Source] = []
        var hasStory = false
        var hasPath = false
        var hasSources = false
        // Stored, not computed: Mustache sees a value's stored properties only.
        var hasClocks = false
        var hasAdjustments = false
        var hasJudgement = false
        var hasStrengths = false
        var hasAreas = false
        var hasParticipants = false
        var hasTranscript = false
    }

    static let template = try! MustacheTemplate(string: """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark"><title>Drill report: {{title}}</title><style>{{{css}}}</style></head>
        <body><main>
        <h1><bdi>{{title}}</bdi></h1><p class="sub">Tabletop drill report · scenario {{scenarioID}}</p>
        <div class="facts">{{#facts}}<div><b>{{name}}</b><bdi>{{value}}</bdi></div>{{/facts}}</div>
        <div class="score"><span class="big">{{score}}</span><span class="band">/100 · {{band}}{{capped}}</span><span class="rating rating-{{rating}}" title="Overall HSEEP rating">{{rating}}</span></div>
        {{#hardFails}}<div class="hardfail"><b>Hard fail: {{kind}}.</b> {{reason}}. {{lesson}}</div>{{/hardFails}}
        <div class="times">{{#keyTimes}}<span>{{name}}: <b>{{value}}</b></span>{{/keyTimes}}</div>
        {{#end}}<p>{{end}}</p>{{/end}}
        {{#hasStory}}<h2>What happened</h2>{{/hasStory}}
        {{#narrative}}<p class="story">{{.}}</p>{{/narrative}}
        {{#hasPath}}<h3>The ideal path beside yours</h3>
        <div class="table-wrap"><table class="wide"><thead><tr><th>Step</th><th>The ideal move</th><th>What you did</th></tr></thead>
        {{#path}}<tr class="{{css}}"><td>{{step}}</td><td>{{ideal}}</td><td class="status">{{mark}} {{yours}}</td></tr>{{/path}}
        </table></div>{{/hasPath}}
        {{#hasSources}}<h3>Drawn from real incidents</h3>{{/hasSources}}
        <ul class="plain">{{#sources}}<li><b>{{#url}}<a href="{{url}}">{{/url}}{{name}}{{#url}}</a>{{/url}}</b>: {{summary}}</li>{{/sources}}</ul>
        <h2>Capabilities</h2>
        <div class="table-wrap"><table><thead><tr><th>Capability</th><th>Rating</th><th>Points</th><th>Share</th></tr></thead>
        {{#capabilities}}<tr><td>{{title}}</td><td><span class="rating rating-{{rating}}">{{rating}}</span></td><td>{{points}} of {{possible}}</td><td>{{share}}</td></tr>{{/capabilities}}
        </table></div>
        <p class="legend">P performed without challenges · S some challenges · M major challenges · U unable to be performed</p>
        <h2>Timeline</h2>
        <div class="chart-wrap">{{{timeline}}}</div>
        <p class="legend"><span><i class="dot" style="background:#2457c5"></i>inject</span><span><i class="dot" style="background:#6b7280"></i>decision</span><span><i class="dot" style="background:#1f7a45"></i>step on time</span><span><i class="dot" style="background:#b26a00"></i>late, out of order or partly done</span><span><i class="dot" style="background:#b3261e"></i>missed (at its deadline)</span><span>dashed: deadlines of late or missed steps, and clocks</span></p>
        <h2>The runbook steps</h2>
        <div class="table-wrap"><table class="wide"><thead><tr><th>#</th><th>Step</th><th>Status</th><th>Done</th><th>Deadline</th><th>Points</th><th>Evidence</th></tr></thead>
        {{#steps}}<tr class="{{css}}"><td class="nowrap">{{number}}</td><td>{{title}}{{#lesson}}<div class="lesson">{{lesson}}</div>{{/lesson}}</td><td class="status">{{status}}</td><td class="nowrap">{{done}}</td><td class="nowrap">{{deadline}}</td><td class="nowrap">{{points}}</td><td>{{evidence}}</td></tr>{{/steps}}
        </table></div>
        <h2>Severity over time</h2>
        <div class="chart-wrap">{{{severity}}}</div>
        <p class="legend"><span>grey: the correct level from the matrix</span><span>blue: the level declared</span></p>
        <ul class="plain">{{#severityFindings}}<li>{{.}}</li>{{/severityFindings}}</ul>
        {{#hasClocks}}<h2>Clocks</h2>{{/hasClocks}}
        <ul class="plain">{{#clocks}}<li><b>{{label}}</b>: {{status}}{{#deadline}}, deadline {{deadline}}{{/deadline}}{{#met}}, met at {{met}}{{/met}}</li>{{/clocks}}</ul>
        {{#hasJudgement}}<h2>{{judgementTitle}}</h2><ul class="plain">{{#judgement}}<li>{{.}}</li>{{/judgement}}</ul>{{/hasJudgement}}
        {{#hasAdjustments}}<h2>Traps and other adjustments</h2>{{/hasAdjustments}}
        <ul class="plain">{{#adjustments}}<li><b>{{points}}</b> {{reason}}{{#lesson}} <span class="lesson">— {{lesson}}</span>{{/lesson}}</li>{{/adjustments}}</ul>
        {{#hasStrengths}}<h2>Strengths</h2>{{/hasStrengths}}
        <ul class="plain">{{#strengths}}<li>{{.}}</li>{{/strengths}}</ul>
        {{#hasAreas}}<h2>Areas for improvement</h2>{{/hasAreas}}
        <ul class="plain">{{#areas}}<li>{{observation}}{{#lesson}}<div class="lesson">Why: {{lesson}}</div>{{/lesson}}</li>{{/areas}}</ul>
        <h2>After-action report and improvement plan</h2>
        <div class="table-wrap"><table class="wide"><thead><tr><th>Capability</th><th>Observation</th><th>Recommendation</th><th>Owner</th><th>Due</th></tr></thead>
        {{#plan}}<tr><td>{{capability}}</td><td>{{observation}}</td><td>{{recommendation}}</td><td>{{owner}}</td><td>{{due}}</td></tr>{{/plan}}
        </table></div>
        {{#hasNotes}}<h2>Observer notes</h2>{{/hasNotes}}
        <ul class="plain">{{#notes}}<li><b>{{time}}</b> {{text}}</li>{{/notes}}</ul>
        {{#hasParticipants}}<h2>Participants</h2>{{/hasParticipants}}
        <ul class="plain">{{#participants}}<li><b>{{name}}</b> ({{role}}): {{summary}}</li>{{/participants}}</ul>
        {{#hasTranscript}}<section class="appendix"><h2>Appendix: transcript</h2>
        <div class="transcript">{{#transcript}}<div class="{{kind}}"><span class="t">{{time}}</span>{{text}}</div>{{/transcript}}</div></section>{{/hasTranscript}}
        <footer>Scored against the incident response runbook after Sectemplates.com. Generated by tabletop.</footer>
        </main></body></html>
        """)

    /// The HTML text of a report; `transcript: false` leaves out the transcript appendix.
    public static func render(_ report: SessionReport, transcript: Bool = true) -> String {
        var model = model(report)
        if !transcript { model.transcript = [] }
        model.hasTranscript = !model.transcript.isEmpty
        return write(model)
    }

    static func model(_ report: SessionReport) -> Model {
        var model = baseModel(report)
        model.hasClocks = !model.clocks.isEmpty
        model.hasAdjustments = !model.adjustments.isEmpty
        model.hasJudgement = !model.judgement.isEmpty
        model.hasStrengths = !model.strengths.isEmpty
        model.hasAreas = !model.areas.isEmpty
        model.hasParticipants = !model.participants.isEmpty
        model.notes = report.notes.map { .init(time: ReportText.time($0.at, report.localClock), text: $0.text) }
        model.hasNotes = !model.notes.isEmpty
        let story = report.scorecard.story
        model.narrative = story.narrative.split(separator: "\n").map(String.init)
        model.path = story.path.map { move in
            .init(step: "\(move.step). \(move.stepTitle)", ideal: move.ideal, yours: move.yours(on: report.localClock),
                  mark: move.mark, css: move.doneAt == nil ? (move.neverAsked == nil ? "missed" : "not-applicable") : move.isPartial ? "partial" : "on-time")
        }
        // Only a web address becomes a link: a scenario's `javascript:` would run in the reader's browser.
        model.sources = story.inspiredBy.map { source in
            .init(name: source.name, summary: source.summary, url: source.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil })
        }
        model.hasPath = !model.path.isEmpty
        model.hasSources = !model.sources.isEmpty
        model.hasStory = !model.narrative.isEmpty || model.hasPath || model.hasSources
        return model
    }

    private static func baseModel(_ report: SessionReport) -> Model {
        let card = report.scorecard
        return Model(
            css: HTMLStyle.css, title: report.scenario.title, scenarioID: report.scenario.id,
            facts: [
                .init(name: "Trainee", value: ReportText.trainee(report)), .init(name: report.roster == nil ? "Players" : "Roster", value: ReportText.roster(report)),
                .init(name: "Started", value: report.started), .init(name: "Simulated duration", value: ReportText.time(report.simulatedDuration)),
                .init(name: "Simulated clock", value: ReportText.simulatedClock(report) ?? "—"),
                .init(name: "Real duration", value: ReportText.realDuration(report.realDurationSeconds)),
                .init(name: "Seed and mode", value: "\(report.seed), \(report.mode.rawValue)"),
            ] + (report.variants.map { [.init(name: "Variant", value: $0.map(\.description).joined(separator: ", "))] } ?? []) + [
                .init(name: "Session", value: report.session),
                .init(name: "Versions", value: "\(report.versions.tool); runbook \(report.versions.runbook); scenario \(ReportText.hash(report.versions.scenarioHash))"),
            ],
            score: card.score, band: card.band, rating: card.rating.rawValue,
            capped: (card.hardFails.isEmpty || card.score == card.uncappedScore ? "" : " (capped from \(card.uncappedScore))")
                + (card.provisionalNote.map { " · \($0)" } ?? ""),
            hardFails: card.hardFails.map { .init(kind: $0.kind.rawValue, reason: $0.reason, lesson: $0.lesson) },
            keyTimes: ReportText.keyTimes(card.keyTimes, report.localClock).map { .init(name: $0.0, value: $0.1) },
            end: card.end.map { "Ended at \(ReportText.time($0.at, report.localClock)): \($0.text)" },
            capabilities: card.capabilities.map {
                .init(title: $0.title, rating: $0.rating.rawValue, points: ReportText.points($0.points),
                      possible: ReportText.points($0.possible), share: "\(Int(($0.share * 100).rounded()))%")
            },
            steps: card.steps.map { step in
                .init(number: step.number, title: step.title,
                      status: ReportText.status(of: step),
                      css: step.status.rawValue, done: ReportText.time(step.doneAt, report.localClock), deadline: ReportText.time(step.deadline, report.localClock),
                      points: step.applies ? "\(ReportText.points(step.points))/\(ReportText.points(step.possible))" : "—",
                      evidence: ReportText.evidence(step, report),
                      lesson: step.applies && step.status != .onTime ? step.lesson : nil)
            },
            timeline: SVGCharts.timeline(report), severity: SVGCharts.severity(report),
            severityFindings: card.severity.findings,
            clocks: card.clocks.map { .init(label: $0.label, status: $0.status, deadline: $0.deadline.map { ReportText.time($0, report.localClock) }, met: $0.metAt.map { ReportText.time($0, report.localClock) }) },
            judgementTitle: "Answers to the questions: \(ReportText.points(card.judgement.points)) of \(ReportText.points(card.judgement.possible)) points",
            judgement: card.judgement.lines,
            adjustments: card.adjustments.map { .init(points: "\($0.points > 0 ? "+" : "")\($0.points)", reason: $0.reason, lesson: $0.lesson) },
            strengths: card.strengths,
            areas: card.areasForImprovement.map { .init(observation: $0.observation, lesson: $0.lesson.isEmpty ? nil : $0.lesson) },
            plan: report.improvementPlan.map { .init(capability: $0.capability, observation: $0.observation, recommendation: $0.recommendation, owner: $0.owner, due: $0.due) },
            participants: card.participants.count > 1 ? card.participants.map {
                .init(name: $0.name, role: $0.role, summary: ReportText.contribution($0))
            } : [],
            transcript: report.transcript.map { .init(time: ReportText.time($0.at, report.localClock), kind: $0.kind, text: $0.kind == "input" ? "> " + $0.text : $0.text) })
    }
}
