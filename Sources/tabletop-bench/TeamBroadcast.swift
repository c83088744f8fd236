import Foundation
import NIOConcurrencyHelpers
import NIOCore
import TabletopCore
import TabletopServer
import TabletopStore

/// The team figure: with `participants` clients connected over loopback, the time from a participant
/// sending a decision (`page marco`, 5 simulated minutes) to its attribution reaching every other
/// participant (the line is fsync'd to the session log, handled by the engine and routed on the way).
enum TeamBroadcast {
    /// Returns the latency of each of `rounds` lines, in seconds; `encrypted` runs every connection over TLS.
    static func measure(scenario: Scenario, runbook: Runbook, participants: Int, rounds: Int, encrypted: Bool = false) throws -> [Double] {
        let players = (0..<participants).map { Player(name: "p\($0)", role: $0 == 0 ? "ic" : "ops") }
        let configuration = EngineConfiguration(seed: 1, mode: .practice, players: players)
        let logPath = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-team-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: logPath) }
        let header = SessionHeader(tool: "tabletop-bench", session: "bench", scenario: scenario.id, scenarioPath: "breach.yaml",
                                   scenarioHash: "-", runbookHash: "-", configuration: configuration, trainee: nil, started: "-")
        let writer = try SessionLogWriter(creating: logPath, header: header)
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: configuration)
        let opening = engine.start()
        let identity = encrypted ? try DrillIdentity.generate() : nil
        let server = try DrillServer(bind: "127.0.0.1", port: 0, identity: identity) { loop in
            DrillHost(engine: engine, writer: writer, token: "bench", eventLoop: loop, now: { "-" }, console: { _, _ in })
        }
        defer { server.stop() }
        let host = server.host
        try host.eventLoop.submit { host.publishStart(opening) }.wait()

        // Each client counts the attributions it has received and when the latest arrived.
        let arrivals = (0..<participants).map { _ in NIOLockedValueBox((count: 0, at: UInt64(0))) }
        let clients = try players.enumerated().map { index, player in
            let box = arrivals[index]
            return try DrillClient(host: "127.0.0.1", port: server.port, hello: .hello(token: "bench", name: player.name, role: player.role),
                                   fingerprint: identity?.fingerprint,
                                   onMessage: { message in
                                       guard case .notice(let text)? = message.output, text.hasSuffix("): page marco") else { return }
                                       box.withLockedValue { $0 = ($0.count + 1, DispatchTime.now().uptimeNanoseconds) }
                                   }, onClose: {})
        }
        defer { clients.forEach { $0.drop() } }
        let connected = Date().addingTimeInterval(10)
        while try host.eventLoop.submit({ host.connectionSummary().contains("not connected") }).wait(), Date() < connected { usleep(2_000) }

        var expected = [Int](repeating: 0, count: participants)
        var latencies: [Double] = []
        for round in 0..<rounds {
            let actor = round % participants
            for index in 0..<participants where index != actor { expected[index] += 1 }
            let start = DispatchTime.now().uptimeNanoseconds
            clients[actor].send(.line("page marco"))
            let deadline = Date().addingTimeInterval(10)
            var last = UInt64(0)
            for index in 0..<participants where index != actor {
                while true {
                    let (count, at) = arrivals[index].withLockedValue { $0 }
                    if count >= expected[index] {
                        last = max(last, at)
                        break
                    }
                    guard Date() < deadline else { throw ServerError("round \(round): p\(index) never got the broadcast") }
                    usleep(50)
                }
            }
            latencies.append(Double(last - start) / 1e9)
        }
        return latencies
    }
}
