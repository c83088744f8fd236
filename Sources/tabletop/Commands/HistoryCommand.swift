import ArgumentParser
import Foundation
import TabletopCore
import TabletopStore
import TabletopDrill

/// `tabletop history`: the exercises recorded in the history database.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List recorded exercises, or import session logs into the history.",
        discussion: "The history is history.sqlite in the data folder, or an organisation's PostgreSQL database named by --db postgres://user@host:5432/db?sslmode=require or TABLETOP_DATABASE_URL. The password comes from PGPASSWORD, a password file (PGPASSFILE, ~/.pgpass) or TABLETOP_DATABASE_URL, never from --db.",
        subcommands: [HistoryListCommand.self, HistoryImportCommand.self, HistoryExportCommand.self], defaultSubcommand: HistoryListCommand.self)
}

/// Where the history database is: `--db` (a file or a postgres:// URL), else `TABLETOP_DATABASE_URL`,
/// else `history.sqlite` in the data folder.
struct HistoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The history database: a file, or postgres://user@host:5432/db?sslmode=... (default: TABLETOP_DATABASE_URL, else history.sqlite in the data folder).", valueName: "file-or-url"), completion: .file()) var db: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The data folder.", valueName: "dir"), completion: .directory) var dataDirectory: String?

    var setup: Workspace { Workspace.commandLine(scenariosDirectory: nil, dataDirectory: dataDirectory) }

    /// Which backend, and where.
    func location() throws -> HistoryLocation {
        do {
            return try HistoryLocation.resolve(db, defaultPath: setup.data.historyDatabase.path)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// The history; `readOnly` opens an existing one without writing, so a read-only data folder can be listed.
    func open(readOnly: Bool = false) throws -> any HistoryBackend {
        let location = try location()
        do {
            if case .sqlite = location, db == nil, !readOnly { try setup.data.prepare() }
            return try location.open(readOnly: readOnly)
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
    }
}

/// Filters shared by `history` and `report --from-history`.
struct HistoryFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this trainee's exercises.", valueName: "name")) var trainee: String?
    @Option(help: ArgumentHelp("Only this scenario's exercises.", valueName: "id")) var scenario: String?
    @Option(help: ArgumentHelp("Only exercises started on or after this date (YYYY-MM-DD).", valueName: "date")) var since: String?

    func validate() throws {
        if let since, !Self.isDate(since) { throw ValidationError("--since takes a date such as 2026-11-01, not '\(since)'") }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.prefix(10).split(separator: "-")
        return text.count >= 10 && parts.count == 3 && parts.allSatisfy { Int($0) != nil } && parts[0].count == 4
    }

    var filter: HistoryFilter { HistoryFilter(trainee: trainee, scenario: scenario, since: since) }
}

struct HistoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List recorded exercises (the default).")

    @OptionGroup var filters: HistoryFilterOptions
    @OptionGroup var options: HistoryOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let exercises: [ExerciseRecord]
        do {
            // Listing writes nothing: no database yet means no exercises yet.
            exercises = try options.location().mayHoldRecords
                ? try options.open(readOnly: true).exercises(matching: filters.filter, withSteps: json) : []
        } catch let error as StoreError {
            throw CommandFailure("error: \(error.description)")
        }
        if json {
            try Self.printJSON(exercises)
            // The process ends here: freeing 10,000 records string by string was a twentieth of the command.
            _ = Unmanaged.passRetained(ExercisesKeptUntilExit(exercises))
            return
        }
        guard !exercises.isEmpty else {
            print("No exercises recorded\(filters.trainee == nil && filters.scenario == nil && filters.since == nil ? "" : " that match").")
            return
        }
        let rows = [["STARTED", "SCENARIO", "TRAINEE", "OUTCOME", "SCORE", "RATING", "SEED", "SESSION"]] + exercises.map {
            // Names come from session logs, which may have been imported from anywhere: one line each, inert.
            [String($0.started.prefix(16)).replacingOccurrences(of: "T", with: " "), $0.scenario, $0.trainee, $0.outcome, String($0.score), $0.rating, Self.seed($0), $0.session]
                .map(TerminalText.inline)
        }
        let widths = (0..<7).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            print((0..<7).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[7])
        }
    }

    /// Prints `history --json`, written straight from the records in chunks (issue 21: `JSONEncoder` took
    /// seconds over 10,000 exercises), the same bytes as `Output.json` of `HistoryJSON`, which is still
    /// used for a record the writer cannot write (a number that is not finite, which it refuses).
    static func printJSON(_ exercises: [ExerciseRecord]) throws {
        guard HistoryJSONWriter.canWrite(exercises) else {
            print(try Output.json(HistoryJSON(exercises: exercises)))
            return
        }
        // Straight to the file descriptor: nothing went through `print`'s buffer before.
        var writer = HistoryJSONWriter { try FileHandle.standardOutput.write(contentsOf: Data($0)) }
        try writer.write(exercises)
    }

    /// The seed and the variant it picked (`7 caller=vpn-exit`), for whoever plans the next drill; a
    /// dash for a record made before the history kept them.
    static func seed(_ record: ExerciseRecord) -> String {
        guard let seed = record.seed else { return "—" }
        return ([String(seed)] + (record.variants ?? [])).joined(separator: " ")
    }
}

struct HistoryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Record sessions played elsewhere, or rebuild a lost history.")

    @Argument(help: ArgumentHelp("Session ids or .jsonl paths.", valueName: "session"), completion: .custom(Completion.sessions)) var sessions: [String] = []
    @Option(name: .customLong("from-export"), help: ArgumentHelp("Import a whole history that 'tabletop history export' wrote (to move it between databases).", valueName: "file"), completion: .file())
    var fromExport: String?
    @OptionGroup var options: HistoryOptions
    @Flag(help: "Import even though a scenario or runbook file changed since the drill, or the log is shorter than the history's record of it (recorded).")
    var force = false

    func validate() throws {
        guard !sessions.isEmpty || fromExport != nil else { throw ValidationError("Give at least one session, or --from-export.") }
        guard sessions.isEmpty || fromExport == nil else { throw ValidationError("Give sessions or --from-export, not both.") }
    }

    func run() throws {
        let setup = options.setup
        let store = try options.open()
        if let fromExport {
            try HistoryExportCommand.importExport(fromExport, into: store)
            return
        }
        var batch = ImportBatch(store: store)
        try ImportPreparation.each(of: sessions, setup: setup, force: force) { prepared in
            do {
                let (log, path) = try prepared.read.get()
                // A session already waiting in the batch is written first, so its anchor is checked against it.
                if batch.holds(log.header.session) { batch.commit() }
                switch prepared.outcome {
                case .notLoaded(let error)?: throw error
                case .notScored(let error)?:
                    _ = try shorterThanRecorded(log, path: path, store: store)
                    throw error
                case .scored(let record, let done)?:
                    let forced = try shorterThanRecorded(log, path: path, store: store)
                    batch.add(HistoryWrite(record, anchor: log.anchor, forced: forced), done: done)
                case nil: break
                }
            } catch let failure as CommandFailure {
                batch.failures += 1
                Output.error(failure.description)
            } catch let error as StoreError {
                batch.failures += 1
                Output.error("error: \(error.description)")
            }
        }
        batch.commit()
        if batch.failures > 0 { throw ExitCodeFailure.invalidInput }
    }

    /// Refuses a log that is shorter than (or cut from) the one the history recorded for its session,
    /// unless forced; then returns why, for the history to keep.
    private func shorterThanRecorded(_ log: SessionLog, path: String, store: any HistoryBackend) throws -> String? {
        guard let anchor = try store.anchor(of: log.header.session), let bytes = FileManager.default.contents(atPath: path),
              let problem = Workspace.describe(log.check(anchor, bytes: [UInt8](bytes))) else { return nil }
        guard force else {
            throw CommandFailure("error: \(path): \(problem); importing it would replace the longer record (--force replaces it anyway, and the history keeps why)")
        }
        return "imported with --force: " + problem
    }
}

/// Records left to the end of the process rather than freed one string at a time (`history --json`).
private final class ExercisesKeptUntilExit {
    let exercises: [ExerciseRecord]
    init(_ exercises: [ExerciseRecord]) { self.exercises = exercises }
}
