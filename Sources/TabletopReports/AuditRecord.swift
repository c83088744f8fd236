import TabletopCore

/// An improvement item's standing in the tracker (`tabletop serve`'s improvement plan), as the exercise
/// record shows it: the owner and status now, and who changed it last, when.
public struct TrackedStatus: Sendable, Hashable {
    public var session: String
    /// The item's number in its drill's plan, from 1, in the plan's order.
    public var item: Int
    public var owner: String
    public var due: String
    /// `open` or `done`.
    public var status: String
    public var changedBy: String?
    public var changedAt: String?

    /// A tracked item.
    public init(session: String, item: Int, owner: String, due: String, status: String, changedBy: String?, changedAt: String?) {
        self.session = session
        self.item = item
        self.owner = owner
        self.due = due
        self.status = status
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}

/// What an exercise record draws on besides the drills' reports, each with where it came from, so the
/// record can say so (an auditor asks where a field's value came from).
public struct AuditRecordContext: Sendable, Hashable {
    /// The organisation's name; nil leaves a field to fill in by hand.
    public var organisation: String?
    /// Where the name came from (`--organisation`, `TABLETOP_ORGANISATION`).
    public var organisationSource: String
    /// The control references to cite.
    public var controls: ControlMapping
    /// The tracker's items of the drills; nil when the history could not be read.
    public var tracker: [TrackedStatus]?
    /// Which history the statuses came from (a path, or a PostgreSQL URL without its password).
    public var trackerSource: String
    /// When the record was made, ISO 8601 (given, not read from the clock: rendering stays deterministic).
    public var generated: String

    /// A context.
    public init(organisation: String?, organisationSource: String, controls: ControlMapping, tracker: [TrackedStatus]?,
                trackerSource: String, generated: String) {
        self.organisation = organisation
        self.organisationSource = organisationSource
        self.controls = controls
        self.tracker = tracker
        self.trackerSource = trackerSource
        self.generated = generated
    }
}

/// One drill's part of an exercise record, every field from its source of truth: the session report
/// (scenario, date, participants, steps, findings), the tracker (each improvement item's owner and
/// status now) and the organisation's control mapping.
struct AuditDrill: Sendable {
    struct Fact: Sendable { var name: String; var value: String }
    struct Objective: Sendable { var capability: String; var rating: String; var result: String }
    struct Person: Sendable { var name: String; var role: String; var part: String }
    struct Step: Sendable { var number: Int; var title: String; var capability: String; var result: String; var css: String; var done: String; var controls: String }
    struct Finding: Sendable { var kind: String; var text: String }
    struct Item: Sendable {
        var number: Int; var capability: String; var recommendation: String; var owner: String; var due: String
        var status: String; var css: String; var changed: String
    }

    var heading: String
    var anchor: String
    var facts: [Fact]
    var provisional: String?
    var objectives: [Objective]
    var people: [Person]
    var steps: [Step]
    var findings: [Finding]
    var items: [Item]
    var controls: [String]
    var controlsText = ""
    /// Whether the organisation gave a mapping: the steps' Controls column is shown only then.
    var mapped = false
    var hasFindings = false
    var hasItems = false
    var hasControls = false

    /// The record's part for `report`, the `index`th drill (from 1) of the record.
    static func build(_ report: SessionReport, index: Int, context: AuditRecordContext) -> AuditDrill {
        let card = report.scorecard
        let capabilities = card.capabilities.filter { $0.possible > 0 }
        func capability(_ phase: String) -> String { card.capabilities.first { $0.phase == phase }?.title ?? phase }
        var drill = AuditDrill(
            heading: "Drill \(index): \(report.scenario.title)", anchor: "drill-\(index)",
            facts: [
                .init(name: "Date", value: AuditDrill.date(report.started)),
                .init(name: "Scenario", value: "\(report.scenario.title) (\(report.scenario.id); \(report.scenario.family), \(report.scenario.difficulty))"),
                .init(name: "Session", value: report.session),
                .init(name: "Mode", value: report.mode.rawValue + (card.participants.count > 1 ? ", team drill" : ", one person")),
                .init(name: "Result", value: "\(card.score)/100, \(card.band), overall rating \(card.rating.rawValue)"),
                .init(name: "Versions", value: "\(report.versions.tool); runbook \(report.versions.runbook)"),
            ],
            provisional: card.provisional ? "Provisional: the drill stopped before the incident was closed, so steps it never reached count as missed." : nil,
            objectives: capabilities.map {
                .init(capability: $0.title, rating: $0.rating.rawValue, result: "\(ReportText.points($0.points)) of \(ReportText.points($0.possible)) points")
            },
            people: people(report),
            steps: card.steps.filter(\.applies).map { step in
                let references = context.controls.references(for: .step(step.number)) + context.controls.references(for: .phase(step.phase))
                return .init(number: step.number, title: step.title, capability: capability(step.phase), result: ReportText.status(of: step),
                             css: step.status.rawValue, done: ReportText.time(step.doneAt, report.localClock), controls: references.joined(separator: "; "))
            },
            findings: card.hardFails.map { .init(kind: "Hard fail", text: "\($0.kind.rawValue): \($0.reason). \($0.lesson)") }
                + card.adjustments.filter { $0.points < 0 }.map { .init(kind: "Trap (\($0.points) points)", text: $0.reason) }
                + card.areasForImprovement.map { .init(kind: "Area for improvement", text: $0.observation) },
            items: items(report, tracker: context.tracker),
            controls: context.controls.references(for: .exercise))
        drill.mapped = !context.controls.entries.isEmpty
        drill.hasFindings = !drill.findings.isEmpty
        drill.hasItems = !drill.items.isEmpty
        drill.hasControls = !drill.controls.isEmpty
        drill.controlsText = drill.controls.joined(separator: "; ")
        return drill
    }

    /// Everyone who played and their role, from the scored roster (late joiners included); solo, the
    /// trainee, who led alone.
    static func people(_ report: SessionReport) -> [Person] {
        let roster = report.scorecard.participants
        guard roster.count > 1 else { return [.init(name: ReportText.trainee(report), role: "incident commander (alone)", part: "every decision")] }
        return roster.map { .init(name: TerminalText.inline($0.name), role: $0.role, part: ReportText.contribution($0)) }
    }

    /// The improvement plan with each item's owner, due date and status from the tracker; an item the
    /// tracker lacks says so, rather than passing for open.
    static func items(_ report: SessionReport, tracker: [TrackedStatus]?) -> [Item] {
        report.improvementPlan.enumerated().map { offset, item in
            let number = offset + 1
            guard let tracked = tracker?.first(where: { $0.session == report.session && $0.item == number }) else {
                return .init(number: number, capability: item.capability, recommendation: item.recommendation, owner: item.owner, due: item.due,
                             status: tracker == nil ? "unknown (the history could not be read)" : "not tracked (the drill is not in the history)",
                             css: "untracked", changed: "")
            }
            let changed = tracked.changedBy.map { by in "\(by), \(tracked.changedAt.map(date) ?? "")" } ?? "as recorded"
            return .init(number: number, capability: item.capability, recommendation: item.recommendation, owner: tracked.owner,
                         due: tracked.due, status: tracked.status, css: tracked.status == "done" ? "done" : "open", changed: changed)
        }
    }

    /// An ISO 8601 wall time as `2026-11-02 09:00 UTC`; anything else as it is.
    static func date(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        return "\(iso.prefix(10)) \(iso.dropFirst(11).prefix(5))" + (iso.hasSuffix("Z") ? " UTC" : "")
    }
}
