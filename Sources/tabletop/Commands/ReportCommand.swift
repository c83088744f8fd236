import ArgumentParser
import Foundation
import TabletopCore
import TabletopReports

/// `tabletop report`: one session or a cohort, as Markdown, HTML, JSON or CSV.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on one session, or on several as a cohort (grouped by scenario).",
        discussion: "With one session: the full report. With several: a step × trainee heat map, each trainee's scores across attempts, the steps most often missed or late, and median key times.")

    @Argument(help: ArgumentHelp("Session ids or .jsonl paths.", valueName: "session")) var sessions: [String]
    @Option(help: ArgumentHelp("md, html, json or csv.", valueName: "format")) var format: ReportFormat = .md
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are kept.", valueName: "dir")) var dataDirectory: String?
    @OptionGroup var scenarios: ScenarioOptions
    @Flag(help: "Report even though a scenario or runbook file changed since the drill.") var force = false

    func validate() throws {
        guard !sessions.isEmpty else { throw ValidationError("Give at least one session.") }
    }

    func run() throws {
        let setup = DrillSetup(scenariosDirectory: scenarios.directory, dataDirectory: dataDirectory)
        let reports = try sessions.map { try setup.report($0, force: force) }
        let text: String
        if reports.count == 1, let report = reports.first {
            text = switch format {
            case .md: MarkdownReport.render(report)
            case .html: HTMLReport.render(report)
            case .json: try Output.json(report)
            case .csv: CSVReport.render(reports)
            }
        } else {
            let cohort = CohortReport.build(reports)
            text = switch format {
            case .md: CohortMarkdown.render(cohort)
            case .html: CohortHTML.render(cohort)
            case .json: try Output.json(cohort)
            case .csv: CSVReport.render(reports)
            }
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("\(output): error: cannot write the report: \(error.localizedDescription)")
            }
            DrillSetup.printLine("Report written: \(output)")
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}

/// The report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json, csv
}
