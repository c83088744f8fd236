import ArgumentParser
import Foundation
import TabletopCore
import TabletopReports
import TabletopStore
import TabletopDrill

/// `tabletop report`: one session or a cohort, as Markdown, HTML, JSON or CSV.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on one session, on several as a cohort (grouped by scenario), or make an exercise record for auditors.",
        discussion: "With one session: the full report, the transcript as an appendix. With several: a headline (drills, people, median score, share provisional, hard fails, the three biggest gaps), each drill's hard fails and traps, step × trainee heat maps by latest and best attempt, score and step trends, the steps most often missed or late grouped by phase, and median key times. Provisional drills are marked and left out of medians and gaps unless --include-provisional. With --format record: the exercise record for auditors (HTML, prints to PDF), one section per drill: date, scenario and the capabilities it exercised, participants and roles, the runbook steps tested with their result, findings, the improvement plan with each item's owner, due date and status now from the history's tracker (--db), control references from --controls, and sign-off fields.")

    @Argument(help: ArgumentHelp("Session ids or .jsonl paths.", valueName: "session"), completion: .custom(Completion.sessions)) var sessions: [String] = []
    @Flag(name: .customLong("from-history"), help: "Report on the exercises in the history database that match the filters.") var fromHistory = false
    @OptionGroup var filters: HistoryFilterOptions
    @Option(help: ArgumentHelp("The history database, for --from-history and for the record's statuses: a file or a postgres:// URL (default: TABLETOP_DATABASE_URL, else the data folder's).", valueName: "file-or-url"), completion: .file()) var db: String?
    @Option(help: ArgumentHelp("md, html, json, csv, or record (the exercise record for auditors, HTML).", valueName: "format")) var format: ReportFormat = .md
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"), completion: .file()) var output: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are kept.", valueName: "dir"), completion: .directory) var dataDirectory: String?
    @OptionGroup var scenarios: ScenarioOptions
    @Flag(help: "Report even though a scenario or runbook file changed since the drill.") var force = false
    @Flag(name: .customLong("include-provisional"), help: "Cohorts: count provisional drills (stopped before the close) in medians, best attempts and gaps; they are always listed and marked.") var includeProvisional = false
    @Flag(name: .customLong("no-transcript"), help: "One session's HTML and Markdown: leave out the transcript appendix.") var noTranscript = false
    @Option(help: ArgumentHelp("With --format record: the organisation's name (default: TABLETOP_ORGANISATION, else a blank to fill in).", valueName: "name")) var organisation: String?
    @Option(help: ArgumentHelp("With --format record: the organisation's control mapping file, lines 'exercise|phase:<id>|step:<n> = REFERENCE' (see README).", valueName: "file"), completion: .file()) var controls: String?
    @Flag(help: "Facilitator's report: the seed's variant picks in the header, and with JSON each step's criteria and rubric (the answer key).") var facilitator = false

    func validate() throws {
        guard !sessions.isEmpty || fromHistory else { throw ValidationError("Give at least one session, or --from-history.") }
        guard sessions.isEmpty || !fromHistory else { throw ValidationError("Give sessions or --from-history, not both.") }
        guard format == .record || (organisation == nil && controls == nil) else { throw ValidationError("--organisation and --controls go with --format record.") }
    }

    func run() throws {
        let setup = Workspace.commandLine(scenariosDirectory: scenarios.directory, dataDirectory: dataDirectory)
        let paths = fromHistory ? try setup.recordedLogPaths(matching: filters.filter, database: db) : sessions
        let rendered: String
        // A cohort in JSON from the figures the history recorded of each drill, when it holds them all: the
        // same figures as replaying every log (issue 21: 1,000 sessions in 2 s), without the replays.
        if format == .json, paths.count > 1, let entries = setup.recordedCohortEntries(for: paths, database: db) {
            rendered = try Output.json(CohortReport.build(entries: entries, includeProvisional: includeProvisional))
        } else if paths.count > 1, [.md, .html, .json].contains(format) {
            // A cohort reads each drill's cohort entry, not its whole report: no transcript, no outputs
            // decoded, the drills replayed over every core (issue 21); the same figures, the same text.
            rendered = try renderCohort(CohortReport.build(entries: setup.cohortEntries(paths, force: force), includeProvisional: includeProvisional))
        } else {
            // The trainee's report names what a step lacked by kind and count, never the key itself.
            let reports = try paths.map { try setup.report($0, force: force) }.map { facilitator ? $0 : $0.traineeSafe() }
            rendered = try render(reports, setup: setup)
        }
        // Logs can be imported from anywhere: what they hold is shown, never executed (JSON escapes it itself).
        let text = format == .json ? rendered : TerminalText.block(rendered)
        if let output {
            do {
                // A new file is as private as the session logs it is made from (0600); an existing one
                // (or a device, a fifo) is written in place, never replaced.
                try PrivateFile.write(text, toNamed: output)
            } catch {
                throw CommandFailure("\(output): error: cannot write the report: \(Output.describe(error))")
            }
            Output.printLine("Report written: \(output)")
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// One session's report, or a cohort's, in the chosen format.
    private func render(_ reports: [SessionReport], setup: Workspace) throws -> String {
        if reports.count == 1, let report = reports.first {
            return switch format {
            case .md: MarkdownReport.render(report, transcript: !noTranscript)
            case .html: HTMLReport.render(report, transcript: !noTranscript)
            case .json: try Output.json(report)
            case .csv: CSVReport.render(reports)
            case .record: try record(reports, setup: setup)
            }
        }
        let cohort = CohortReport.build(reports, includeProvisional: includeProvisional)
        return switch format {
        case .md, .html, .json: try renderCohort(cohort)
        case .csv: CSVReport.render(reports, cohort: cohort)
        case .record: try record(reports, setup: setup)
        }
    }

    /// A cohort as Markdown, HTML or JSON (the formats made from the cohort alone).
    private func renderCohort(_ cohort: CohortReport) throws -> String {
        switch format {
        case .md: CohortMarkdown.render(cohort)
        case .html: CohortHTML.render(cohort)
        default: try Output.json(cohort)
        }
    }
}

/// The report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json, csv, record
}
