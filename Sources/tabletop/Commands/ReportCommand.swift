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
        abstract: "Report on one session, or on several as a cohort (grouped by scenario).",
        discussion: "With one session: the full report. With several: a step × trainee heat map, each trainee's scores across attempts, the steps most often missed or late, and median key times.")

    @Argument(help: ArgumentHelp("Session ids or .jsonl paths.", valueName: "session"), completion: .custom(Completion.sessions)) var sessions: [String] = []
    @Flag(name: .customLong("from-history"), help: "Report on the exercises in the history database that match the filters.") var fromHistory = false
    @OptionGroup var filters: HistoryFilterOptions
    @Option(help: ArgumentHelp("The history database, with --from-history.", valueName: "file"), completion: .file()) var db: String?
    @Option(help: ArgumentHelp("md, html, json or csv.", valueName: "format")) var format: ReportFormat = .md
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"), completion: .file()) var output: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are kept.", valueName: "dir"), completion: .directory) var dataDirectory: String?
    @OptionGroup var scenarios: ScenarioOptions
    @Flag(help: "Report even though a scenario or runbook file changed since the drill.") var force = false

    func validate() throws {
        guard !sessions.isEmpty || fromHistory else { throw ValidationError("Give at least one session, or --from-history.") }
        guard sessions.isEmpty || !fromHistory else { throw ValidationError("Give sessions or --from-history, not both.") }
    }

    func run() throws {
        let setup = Workspace.commandLine(scenariosDirectory: scenarios.directory, dataDirectory: dataDirectory)
        var paths = sessions
        if fromHistory {
            do {
                try setup.data.prepare()
                paths = try HistoryStore(path: db ?? setup.data.historyDatabase.path, readOnly: true).exercises(matching: filters.filter).map(\.logPath)
            } catch let error as StoreError {
                throw CommandFailure("error: \(error.description)")
            }
            guard !paths.isEmpty else { throw CommandFailure("error: no recorded exercise matches those filters") }
        }
        let reports = try paths.map { try setup.report($0, force: force) }
        let rendered: String
        if reports.count == 1, let report = reports.first {
            rendered = switch format {
            case .md: MarkdownReport.render(report)
            case .html: HTMLReport.render(report)
            case .json: try Output.json(report)
            case .csv: CSVReport.render(reports)
            }
        } else {
            let cohort = CohortReport.build(reports)
            rendered = switch format {
            case .md: CohortMarkdown.render(cohort)
            case .html: CohortHTML.render(cohort)
            case .json: try Output.json(cohort)
            case .csv: CSVReport.render(reports)
            }
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
}

/// The report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json, csv
}
