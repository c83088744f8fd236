import Mustache
import TabletopCore

/// The exercise record for auditors (`tabletop report <session>... --format record`): one self-contained
/// HTML page, ready to print to PDF, that shows an incident response plan was tested and what became of
/// the findings. Built from a Mustache template, so every string from a scenario, a trainee, a manager or
/// the control mapping is escaped by the template engine.
public enum AuditRecordHTML {
    struct Model: Sendable {
        var css: String
        var organisation: String
        var organisationMissing: Bool
        var organisationSource: String
        var period: String
        var summary: String
        var drills: [AuditDrill]
        var controlsSource: String
        var trackerSource: String
        var generated: String
    }

    static let extraCSS = """
        .record-org { font-size: 15px; color: var(--muted); margin: 0 0 4px; text-transform: uppercase; letter-spacing: .04em; }
        .fill { display: inline-block; min-width: 260px; border-bottom: 1px solid var(--ink); }
        .drill h2 { border-bottom-color: var(--accent); }
        .provisional { border: 2px solid var(--warn); padding: 6px 10px; border-radius: 8px; margin: 8px 0; }
        td.done, span.done { color: var(--ok); font-weight: 600; } td.open { color: var(--warn); font-weight: 600; } td.untracked { color: var(--muted); }
        .signoff td { height: 54px; } .signoff th:first-child { width: 30%; }
        .sources { color: var(--muted); font-size: 13px; }
        @media print { .drill + .drill { break-before: page; } .signoff { break-inside: avoid; } tr { break-inside: avoid; } }
        """

    static let template = try! MustacheTemplate(string: """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark"><title>Exercise record: {{organisation}}</title><style>{{{css}}}</style></head>
        <body><main>
        <p class="record-org">{{#organisationMissing}}<span class="fill">&nbsp;</span> (organisation){{/organisationMissing}}{{^organisationMissing}}<bdi>{{organisation}}</bdi>{{/organisationMissing}}</p>
        <h1>Incident response exercise record</h1>
        <p class="sub">{{period}} · {{summary}}</p>
        <ol class="plain">{{#drills}}<li><a href="#{{anchor}}">{{heading}}</a></li>{{/drills}}</ol>
        {{#drills}}<section class="drill" id="{{anchor}}">
        <h2><bdi>{{heading}}</bdi></h2>
        <div class="facts">{{#facts}}<div><b>{{name}}</b><bdi>{{value}}</bdi></div>{{/facts}}</div>
        {{#provisional}}<p class="provisional">{{.}}</p>{{/provisional}}
        {{#hasControls}}<p><b>Controls evidenced:</b> {{controlsText}}</p>{{/hasControls}}
        <h3>Objectives: the capabilities exercised</h3>
        <div class="table-wrap"><table><thead><tr><th>Capability</th><th>Rating</th><th>Result</th></tr></thead>
        {{#objectives}}<tr><td>{{capability}}</td><td><span class="rating rating-{{rating}}">{{rating}}</span></td><td>{{result}}</td></tr>{{/objectives}}
        </table></div>
        <h3>Participants and roles</h3>
        <div class="table-wrap"><table><thead><tr><th>Name</th><th>Role</th><th>Part in the drill</th></tr></thead>
        {{#people}}<tr><td><bdi>{{name}}</bdi></td><td>{{role}}</td><td>{{part}}</td></tr>{{/people}}
        </table></div>
        <h3>What was tested: the runbook steps exercised</h3>
        <div class="table-wrap"><table class="wide"><thead><tr><th>#</th><th>Step</th><th>Capability</th><th>Result</th><th>Done</th>{{#mapped}}<th>Controls</th>{{/mapped}}</tr></thead>
        {{#steps}}<tr class="{{css}}"><td class="nowrap">{{number}}</td><td>{{title}}</td><td>{{capability}}</td><td class="status">{{result}}</td><td class="nowrap">{{done}}</td>{{#mapped}}<td>{{controls}}</td>{{/mapped}}</tr>{{/steps}}
        </table></div>
        <h3>Findings</h3>
        {{^hasFindings}}<p>No hard fail, trap or area for improvement.</p>{{/hasFindings}}
        <ul class="plain">{{#findings}}<li><b>{{kind}}:</b> {{text}}</li>{{/findings}}</ul>
        <h3>Improvement plan and its status now</h3>
        {{^hasItems}}<p>The drill left no improvement item.</p>{{/hasItems}}
        {{#hasItems}}<div class="table-wrap"><table class="wide"><thead><tr><th>#</th><th>Capability</th><th>Recommendation</th><th>Owner</th><th>Due</th><th>Status</th><th>Last changed by</th></tr></thead>
        {{#items}}<tr><td class="nowrap">{{number}}</td><td>{{capability}}</td><td>{{recommendation}}</td><td class="nowrap"><bdi>{{owner}}</bdi></td><td class="nowrap">{{due}}</td><td class="nowrap {{css}}">{{status}}</td><td><bdi>{{changed}}</bdi></td></tr>{{/items}}
        </table></div>{{/hasItems}}
        </section>{{/drills}}
        <section class="signoff"><h2>Sign-off</h2>
        <p>We confirm that the exercises above took place as recorded and that the improvement plan is owned and followed up.</p>
        <div class="table-wrap"><table><thead><tr><th>Role</th><th>Name</th><th>Signature</th><th>Date</th></tr></thead>
        <tr><td>Exercise director or facilitator</td><td></td><td></td><td></td></tr>
        <tr><td>Evaluator</td><td></td><td></td><td></td></tr>
        <tr><td>Management approval</td><td></td><td></td><td></td></tr>
        </table></div></section>
        <p class="sources">Sources: drills rebuilt from their session logs and scored against the incident response runbook; organisation from {{organisationSource}};
        improvement-item status from the history at {{trackerSource}}; control references from {{controlsSource}}. Generated {{generated}} by tabletop.</p>
        </main></body></html>
        """)

    /// The record of `reports`, one section per drill in the given order.
    public static func render(_ reports: [SessionReport], context: AuditRecordContext) -> String {
        template.render(model(reports, context: context))
    }

    static func model(_ reports: [SessionReport], context: AuditRecordContext) -> Model {
        let dates = reports.map { String($0.started.prefix(10)) }.sorted()
        let period = dates.first == dates.last ? (dates.first ?? "") : "\(dates.first ?? "") to \(dates.last ?? "")"
        let people = Set(reports.flatMap { report in AuditDrill.people(report).map(\.name) }).count
        let items = reports.flatMap { AuditDrill.items($0, tracker: context.tracker) }
        let done = items.count { $0.css == "done" }, open = items.count { $0.css == "open" }
        let standing = items.isEmpty ? "" : ": \(done) done, \(open) open" + (done + open < items.count ? ", \(items.count - done - open) untracked" : "")
        return Model(
            css: HTMLStyle.css + "\n" + extraCSS,
            organisation: context.organisation ?? "", organisationMissing: context.organisation == nil,
            organisationSource: context.organisation == nil ? "nowhere (give --organisation or TABLETOP_ORGANISATION, or fill it in)" : context.organisationSource,
            period: period,
            summary: "\(reports.count) drill\(reports.count == 1 ? "" : "s"), \(people) participant\(people == 1 ? "" : "s"), \(items.count) improvement item\(items.count == 1 ? "" : "s")\(standing)",
            drills: reports.enumerated().map { AuditDrill.build($1, index: $0 + 1, context: context) },
            controlsSource: context.controls.source.map { "\($0) (the organisation's mapping)" } ?? "no mapping file (--controls)",
            trackerSource: context.trackerSource, generated: context.generated)
    }
}
