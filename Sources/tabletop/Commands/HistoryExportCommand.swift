import ArgumentParser
import Foundation
import TabletopStore
import TabletopDrill

/// `tabletop history export`: the whole history as one JSON document, which `history import
/// --from-export` writes into another database (SQLite to PostgreSQL, or back) without loss.
struct HistoryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole history as JSON, for 'history import --from-export' into another database.")

    @OptionGroup var options: HistoryOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"), completion: .file()) var output: String?

    func run() throws {
        let export: HistoryExport
        do {
            // Exporting writes nothing: no database yet means an empty history.
            export = try options.location().mayHoldRecords ? try HistoryExport(from: options.open(readOnly: true)) : HistoryExport(exercises: [], anchors: [])
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
        let text = try Output.json(export)
        guard let output else {
            print(text)
            return
        }
        do {
            // As private as the session logs the records come from (0600).
            try PrivateFile.write(text + "\n", toNamed: output)
        } catch {
            throw CommandFailure("\(output): error: cannot write the export: \(Output.describe(error))")
        }
        Output.printLine("exported \(export.exercises.count) exercises to \(output)")
    }

    /// Writes an export file into `store`.
    static func importExport(_ path: String, into store: any HistoryBackend) throws {
        do {
            guard let data = FileManager.default.contents(atPath: path) else { throw StoreError("cannot read \(path)") }
            let count = try HistoryExport.read(data, path: path).write(into: store)
            Output.printLine("imported \(count) exercises from \(path) into \(store.location)")
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }
}
