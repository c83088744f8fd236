import ArgumentParser
import Foundation
import TabletopCore
import TabletopDrill

/// `tabletop list`: the scenarios found, one line each.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios found (id, family, difficulty, duration, title).")

    @OptionGroup var scenarios: ScenarioOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    /// One scenario as `list --json` prints it.
    struct Entry: Codable {
        var id: String
        var title: String
        var family: String
        var difficulty: String
        var duration: String
        var path: String
    }

    /// What `list --json` prints (format 1, `Docs/list.schema.json`).
    struct Listing: Encodable {
        let format = 1
        var scenarios: [Entry]
    }

    func run() throws {
        let locator = scenarios.locator
        try locator.checkScenariosDirectory()
        let runbook = try locator.runbook()
        var entries: [Entry] = []
        var broken: [String] = []
        for path in locator.scenarioFiles() {
            // (Without the lint-only warning checks, a seventh of its time: `list` shows no warnings, issue 21.)
            let result = ScenarioLoader.load(path: path, bytes: try Workspace.read(path), runbook: runbook, warnings: false)
            guard let scenario = result.value else {
                broken.append(path)
                continue
            }
            entries.append(Entry(id: scenario.id, title: scenario.title, family: scenario.family,
                                 difficulty: scenario.difficulty.rawValue, duration: scenario.estimatedDuration.description, path: path))
        }
        entries.sort { $0.id < $1.id }
        if json {
            print(try Output.json(Listing(scenarios: entries)))
        } else if entries.isEmpty {
            print("No scenarios in \(locator.relative(locator.scenariosDirectory)).")
        } else {
            print(table(entries))
        }
        for path in broken {
            Output.error("\(path): warning: skipped, it has errors (see 'tabletop lint \(path)')")
        }
    }

    private func table(_ entries: [Entry]) -> String {
        let rows = [["ID", "FAMILY", "DIFFICULTY", "DURATION", "TITLE"]]
            + entries.map { [$0.id, $0.family, $0.difficulty, $0.duration, $0.title] }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[4]
        }.joined(separator: "\n")
    }
}
