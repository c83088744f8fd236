import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TabletopCore
import TabletopStore

/// `tabletop serve` over 1,000 recorded sessions (issue 18): each dashboard page fetched over loopback
/// from a real server process; the first fetch (cold: the cohort page replays every log once) apart from
/// the median of the next `runs`. Bar: every page under 200 ms once warm.
enum Serving {
    static func measure(tabletop: URL, root: URL, runbook: Runbook, runs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Real logs (the report and cohort pages replay them) behind records written in process, each with
        // ten improvement items: `history import` of 1,000 logs is measured by the cohorts group.
        let logs = try HistoryBackends.cohortLogs(count: 1_000, root: root, runbook: runbook, into: folder.appendingPathComponent("logs"))
        let history = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        for (index, log) in logs.enumerated() {
            var record = HistoryBackends.exercise(index, prefix: "s")
            record.logPath = log
            record.outcome = index % 10 == 0 ? "abandoned" : "finished"
            record.plan = (1...10).map {
                PlanRow(item: $0, step: $0, capability: "Capability \($0 % 4)", observation: "Step \($0) was late in drill \(index)",
                        recommendation: "Practise step \($0)", owner: record.trainee, due: "2026-\(String(format: "%02d", index % 12 + 1))-28")
            }
            try history.record(record, anchor: nil, forced: nil)
        }
        let data = ["--data-dir", folder.path]

        let server = Process()
        server.executableURL = tabletop
        server.arguments = ["serve", "--port", "0"] + data
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        guard let base = try address(from: output.fileHandleForReading) else { throw BenchError("serve printed no address") }
        let home = try fetch(base + "/").body
        guard let session = home.range(of: #"href="/sessions/([^"]+)""#, options: .regularExpression).map({ String(home[$0].dropFirst(16).dropLast()) }) else {
            throw BenchError("the exercises page links no session")
        }
        var slowest = 0.0
        for page in ["/", "/?scenario=bench-a&provisional=no", "/sessions/\(session)", "/cohort", "/cohort?trainee=trainee-7", "/trends", "/plan",
                     "/plan?trainee=trainee-7&status=open"] {
            let cold = try fetch(base + page).seconds
            let warm = median(try (0..<runs).map { _ in try fetch(base + page).seconds })
            slowest = max(slowest, warm)
            print("serve, 1,000 sessions: GET \(page): \(format(warm)) (median of \(runs); first fetch \(format(cold)))")
        }
        print("serve, 1,000 sessions: slowest page once warm \(format(slowest)); bar 200 ms: \(verdict(slowest < 0.2))")
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
