import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TabletopCore
import TabletopDrill
import TabletopStore

/// `tabletop serve` over 1,000 recorded sessions (issue 18): each dashboard page fetched over loopback
/// from a real server process. Cold: the first fetch of each page from a freshly started server (the
/// median over `runs` restarts); warm: the median of the next `runs` fetches from one server. The records
/// carry their cohort entries, as `play` and `history import` write them, so no page replays a log
/// except a single drill's report. Bar: every page under 200 ms.
enum Serving {
    static let pages = ["/", "/?scenario=bench-a&provisional=no", "/sessions/<first>", "/cohort", "/cohort?trainee=trainee-7", "/trends",
                        "/plan", "/plan?trainee=trainee-7&status=open"]

    static func measure(tabletop: URL, root: URL, runbook: Runbook, runs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try recordSessions(root: root, runbook: runbook, folder: folder)
        let data = ["--data-dir", folder.path]
        var cold: [String: [Double]] = [:]
        for _ in 0..<runs {
            try withServer(tabletop, arguments: data) { base, session in
                for page in pages { cold[page, default: []].append(try fetch(base + path(page, session)).seconds) }
            }
        }
        var slowest = 0.0, slowestCold = 0.0
        try withServer(tabletop, arguments: data) { base, session in
            for page in pages {
                let warm = median(try (0..<runs).map { _ in try fetch(base + path(page, session)).seconds })
                let first = median(cold[page] ?? [])
                slowest = max(slowest, warm)
                slowestCold = max(slowestCold, first)
                print("serve, 1,000 sessions: GET \(page): warm \(format(warm)), cold \(format(first)) (medians of \(runs); cold = first fetch after a start); bar 200 ms: \(verdict(max(warm, first) < 0.2))")
            }
        }
        print("serve, 1,000 sessions: slowest page warm \(format(slowest)), cold \(format(slowestCold)); bar 200 ms: \(verdict(max(slowest, slowestCold) < 0.2))")
    }

    /// 1,000 real logs behind records written in process, each with ten improvement items and the cohort
    /// entry its log replays to: `history import` of 1,000 logs is measured by the cohorts group.
    static func recordSessions(root: URL, runbook: Runbook, folder: URL) throws {
        let logs = try HistoryBackends.cohortLogs(count: 1_000, root: root, runbook: runbook, into: folder.appendingPathComponent("logs"))
        let history = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        let workspace = Workspace(scenariosDirectory: root.appendingPathComponent("Scenarios").path, dataDirectory: folder.path,
                                  now: { "2026-12-01T09:00:00Z" }, report: { _ in })
        for (index, log) in logs.enumerated() {
            var record = HistoryBackends.exercise(index, prefix: "s")
            record.logPath = log
            record.outcome = index % 10 == 0 ? "abandoned" : "finished"
            record.plan = (1...10).map {
                PlanRow(item: $0, step: $0, capability: "Capability \($0 % 4)", observation: "Step \($0) was late in drill \(index)",
                        recommendation: "Practise step \($0)", owner: record.trainee, due: "2026-\(String(format: "%02d", index % 12 + 1))-28")
            }
            record.cohortEntry = try workspace.cohortEntry(logPath: log).json()
            try history.record(record, anchor: nil, forced: nil)
        }
    }

    /// `/sessions/<first>` with the first listed session put in.
    static func path(_ page: String, _ session: String) -> String {
        page.replacingOccurrences(of: "<first>", with: session)
    }

    /// Runs `tabletop serve` on a free loopback port for `body`, given its address and the newest session
    /// (the first the exercises page links).
    static func withServer(_ tabletop: URL, arguments: [String], _ body: (String, String) throws -> Void) throws {
        let server = Process()
        server.executableURL = tabletop
        server.arguments = ["serve", "--port", "0"] + arguments
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        guard let base = try address(from: output.fileHandleForReading) else { throw BenchError("serve printed no address") }
        // Read from the history, not the list page: fetching a page first would warm the server.
        let history = try HistoryStore(path: URL(fileURLWithPath: arguments[1]).appendingPathComponent("history.sqlite").path, readOnly: true)
        guard let session = try history.exercises(matching: HistoryFilter(), withSteps: false).last?.session else {
            throw BenchError("the history holds no session")
        }
        try body(base, session)
    }

    /// The `http://host:port` that `serve` prints once it listens.
    static func address(from handle: FileHandle) throws -> String? {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) { return String(text[range]) }
        }
        return nil
    }

    /// One GET: the page's text and how long it took, refusing anything but 200.
    static func fetch(_ url: String) throws -> (body: String, seconds: Double) {
        let done = DispatchSemaphore(value: 0)
        let result = FetchResult()
        let start = ContinuousClock.now
        URLSession.shared.dataTask(with: URL(string: url)!) { data, response, error in
            result.set(data: data, status: (response as? HTTPURLResponse)?.statusCode, error: error)
            done.signal()
        }.resume()
        done.wait()
        let elapsed = seconds(ContinuousClock.now - start)
        guard let status = result.status, status == 200, let data = result.data else {
            throw BenchError("GET \(url): \(result.status.map { "status \($0)" } ?? "\(result.error.map { "\($0)" } ?? "no answer")")")
        }
        return (String(decoding: data, as: UTF8.self), elapsed)
    }
}

/// A response handed from URLSession's queue to the waiting bench.
private final class FetchResult: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (data: Data?, status: Int?, error: (any Error)?) = (nil, nil, nil)
    var data: Data? { lock.withLock { stored.data } }
    var status: Int? { lock.withLock { stored.status } }
    var error: (any Error)? { lock.withLock { stored.error } }
    func set(data: Data?, status: Int?, error: (any Error)?) { lock.withLock { stored = (data, status, error) } }
}
