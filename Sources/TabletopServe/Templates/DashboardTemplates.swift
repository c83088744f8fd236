import Mustache

/// The dashboard's templates. Every value goes in through `{{…}}`, which the template library escapes;
/// only the layout's `body` and the charts, themselves rendered by these templates, go in raw.
enum DashboardTemplates {
    /// The frame of every dashboard page: navigation, the reports' stylesheet, no script.
    static let layout = try! MustacheTemplate(string: """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark"><title>{{title}} · tabletop</title><style>{{{css}}}
        {{{navigationCSS}}}
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 0 0 1rem; }
        form.filters label, form.change label { display: flex; flex-direction: column; font-size: .85rem; }
        form.change { display: flex; flex-wrap: wrap; gap: .3rem; align-items: end; }
        .overdue { color: var(--bad); font-weight: bold; }
        </style></head><body><main>
        {{{navigation}}}
        {{{body}}}
        </main></body></html>
        """)

    /// The navigation's rules, in the dashboard's frame and in the reports it frames (whose own stylesheet
    /// has none: the links ran together as "ExercisesCohortTrends…").
    static let navigationCSS = """
        nav.dashboard { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: 0 0 1rem; padding: .5rem 0; border-bottom: 1px solid var(--line); }
        nav.dashboard a[aria-current] { font-weight: bold; }
        """

    /// The links between pages, the current one marked.
    static let navigation = try! MustacheTemplate(string: """
        <nav class="dashboard" aria-label="Dashboard">{{#links}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a>{{/links}}</nav>{{#note}}<p class="legend">{{.}}</p>{{/note}}
        """)

    /// The filter form every list page shares (GET, so a filtered page can be bookmarked).
    static let filters = try! MustacheTemplate(string: """
        <form class="filters" method="get" action="{{action}}">
        <label>Trainee <input name="trainee" value="{{trainee}}" list="trainees"></label><datalist id="trainees">{{#trainees}}<option value="{{.}}">{{/trainees}}</datalist>
        <label>Scenario <select name="scenario"><option value="">any</option>{{#scenarios}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/scenarios}}</select></label>
        <label>From <input type="date" name="from" value="{{from}}"></label>
        <label>To <input type="date" name="to" value="{{to}}"></label>
        {{#showBand}}<label>Band <select name="band"><option value="">any</option>{{#bands}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/bands}}</select></label>
        <label>Provisional <select name="provisional">{{#provisional}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/provisional}}</select></label>{{/showBand}}
        {{#showStatus}}<label>Status <select name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></label>{{/showStatus}}
        <button type="submit">Filter</button> <a href="{{action}}">clear</a>
        </form>
        """)

    /// The exercises list.
    static let exercises = try! MustacheTemplate(string: """
        <h1>Exercises</h1>
        <p class="summary">{{summary}}</p>
        {{{filters}}}
        <div class="table-wrap"><table class="wide"><thead><tr><th>Started</th><th>Trainee</th><th>Scenario</th><th>Score</th><th>Band</th><th>Outcome</th><th>Hard fails</th></tr></thead><tbody>
        {{#rows}}<tr><td>{{started}}</td><td><a href="/sessions/{{session}}"><bdi>{{trainee}}</bdi></a></td><td>{{scenario}}</td><td>{{score}}</td><td>{{band}}</td><td>{{outcome}}{{#provisional}} <span class="warn">(provisional)</span>{{/provisional}}</td><td>{{#hardFails}}<span class="bad">{{.}}</span>{{/hardFails}}</td></tr>{{/rows}}
        </tbody></table></div>
        {{^rows}}<p>No recorded exercise matches these filters.</p>{{/rows}}
        """)

    /// Scores across attempts, per trainee and scenario.
    static let trends = try! MustacheTemplate(string: """
        <h1>Trends</h1>
        <p class="summary">{{summary}}</p>
        {{{filters}}}
        <div class="table-wrap"><table class="wide"><thead><tr><th>Trainee</th><th>Scenario</th><th>Attempts</th><th>Scores</th><th>Change</th><th>Trend</th></tr></thead><tbody>
        {{#rows}}<tr><td><bdi>{{trainee}}</bdi></td><td>{{scenario}}</td><td>{{attempts}}</td><td>{{scores}}</td><td class="{{css}}">{{change}}</td><td>{{{spark}}}</td></tr>{{/rows}}
        </tbody></table></div>
        {{^rows}}<p>No recorded exercise matches these filters.</p>{{/rows}}
        <p class="legend">Hollow points are provisional attempts (stopped before the close); the change counts final attempts only.</p>
        """)

    /// The improvement-plan tracker, with change forms when the dashboard takes writes.
    static let plan = try! MustacheTemplate(string: """
        <h1>Improvement plan</h1>
        <p class="summary">{{summary}}</p>
        {{{filters}}}
        {{^writable}}<p class="legend">Read-only: start serve with --token-file to let managers mark items done or reassign them.</p>{{/writable}}
        <div class="table-wrap"><table class="wide"><thead><tr><th>Due</th><th>Status</th><th>Owner</th><th>Item</th><th>From drill</th><th>Last change</th>{{#writable}}<th>Change</th>{{/writable}}</tr></thead><tbody>
        {{#rows}}<tr id="{{anchor}}"><td class="{{dueCSS}}">{{due}}</td><td>{{status}}</td><td><bdi>{{owner}}</bdi></td><td><strong>{{capability}}</strong>: {{recommendation}}<br><small>{{observation}}</small></td>
        <td><a href="/sessions/{{session}}">{{scenario}}</a>, <bdi>{{trainee}}</bdi>, {{started}}</td><td>{{#changedBy}}<bdi>{{.}}</bdi>, {{changedAt}}{{/changedBy}}{{^changedBy}}—{{/changedBy}}</td>
        {{#writable}}<td><details><summary>Change</summary><form class="change" method="post" action="/plan/{{session}}/{{item}}">
        <label>Status <select name="status"><option value="done"{{#done}} selected{{/done}}>done</option><option value="open"{{^done}} selected{{/done}}>open</option></select></label>
        <label>Owner <input name="owner" value="{{owner}}" required></label><label>You <input name="by" required></label>
        <label>Token <input type="password" name="token" required></label><button type="submit">Save</button></form></details></td>{{/writable}}</tr>{{/rows}}
        </tbody></table></div>
        {{^rows}}<p>No improvement item matches these filters (drills recorded before tabletop kept them appear after 'tabletop history import').</p>{{/rows}}
        """)

    /// A page that says what went wrong (unknown session, refused write).
    static let problem = try! MustacheTemplate(string: """
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        <p><a href="/">Back to the exercises</a></p>
        """)
}
