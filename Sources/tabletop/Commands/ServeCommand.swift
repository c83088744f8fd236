import ArgumentParser
import Foundation
import TabletopDrill
import TabletopReports
import TabletopServe
import TabletopServer
import TabletopStore

/// `tabletop serve`: the manager's web dashboard over the exercise history.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a web dashboard over the exercise history: exercises, reports, cohort, trends, improvement plan.",
        discussion: "Server-rendered HTML, no script, nothing loaded from the network. Pages: / (exercises, filtered by trainee, scenario, from/to date, band and provisional as query parameters), /sessions/<id> (a drill's report), /cohort (the cohort report of the filtered drills), /trends (scores across attempts) and /plan (every improvement item: owner, due date, status). Read-only unless a token is given (--token-file, or TABLETOP_SERVE_TOKEN); then managers can mark items done or reassign them, and the history records who and when. Listens on 127.0.0.1 unless --host says otherwise.")

    @OptionGroup var history: HistoryOptions
    @Option(help: ArgumentHelp("Address to listen on (0.0.0.0 for every interface).", valueName: "address")) var host = "127.0.0.1"
    @Option(help: ArgumentHelp("TCP port to listen on (0 picks a free one).", valueName: "port")) var port = 7420
    @Option(name: .customLong("token-file"), help: ArgumentHelp("A file whose first line is the token that changes need (default: TABLETOP_SERVE_TOKEN; neither: read-only).", valueName: "file"), completion: .file())
    var tokenFile: String?
    @Flag(inversion: .prefixedNo, help: ArgumentHelp("Encrypt connections with TLS (a self-signed certificate; the printed fingerprint identifies it). On by default when --host is not a loopback address."))
    var tls: Bool?
    @OptionGroup var scenarios: ScenarioOptions
    @Flag(help: "Rebuild reports even though a scenario or runbook file changed since the drill.") var force = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
    }

    func run() throws {
        let token = try readToken()
        let store = try history.open()
        let setup = Workspace.commandLine(scenariosDirectory: scenarios.directory, dataDirectory: history.dataDirectory)
        let force = force
        // Drills recorded before the history kept cohort figures (schema v6) get them from their logs once,
        // here, so the cohort page never replays a thousand logs on a request.
        let (filled, failed) = try setup.backfillCohortEntries(store, force: force)
        if filled > 0 { Output.error("history: cohort figures of \(filled) earlier drill\(filled == 1 ? "" : "s") filled in from their logs") }
        if !failed.isEmpty {
            Output.error("warning: \(failed.count) drill\(failed.count == 1 ? "'s" : "s'") log\(failed.count == 1 ? "" : "s") could not be replayed (\(failed.prefix(3).joined(separator: ", "))\(failed.count > 3 ? ", …" : "")); the cohort page names them")
        }
        let dashboard = Dashboard(history: store, token: token, now: { Output.now() }) { record in
            try setup.report(record.logPath, force: force).traineeSafe()
        }
        // Before listening: the first cohort page is then as quick as the next (issue 18's 200 ms bar).
        try dashboard.loadCohortEntries()
        let encrypted = tls ?? !HostCommand.isLoopback(host)
        let identity = try encrypted ? dashboardIdentity(setup) : nil
        let scheme = encrypted ? "https" : "http"
        let host = host
        let application = try dashboard.application(host: host, port: port, tls: identity?.serverConfiguration) { port in
            Output.printLine("Dashboard: \(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (history: \(store.location); \(token == nil ? "read-only" : "changes need the token")); Ctrl-C stops it")
            if let identity { Output.printLine("TLS certificate fingerprint (self-signed): \(identity.fingerprint)") }
        }
        if !encrypted, !HostCommand.isLoopback(host) {
            Output.error("warning: the dashboard is not encrypted (--no-tls): pages and the token cross the network in clear")
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await application.runService() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw CommandFailure("error: the dashboard stopped: \(error)") }
    }

    /// The dashboard's TLS identity: a key kept in the data folder (`dashboard.key.pem`, owner-only), so
    /// a restart keeps the fingerprint people checked.
    private func dashboardIdentity(_ setup: Workspace) throws -> DrillIdentity {
        do {
            try setup.data.prepare()
            return try DrillIdentity.saved(beside: setup.data.root.appendingPathComponent("dashboard").path)
        } catch {
            throw CommandFailure("error: cannot set up TLS for the dashboard: \(error)")
        }
    }

    /// The token from --token-file (its first line), else TABLETOP_SERVE_TOKEN; nil for neither (read-only).
    func readToken() throws -> String? {
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw CommandFailure("\(tokenFile): error: cannot read the token file")
            }
            let token = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            guard !token.isEmpty else { throw CommandFailure("\(tokenFile):1:1: error: the token file is empty") }
            return token
        }
        return ProcessInfo.processInfo.environment["TABLETOP_SERVE_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// An error handed from the server's task to the waiting command.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
