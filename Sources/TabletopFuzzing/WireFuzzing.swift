import Foundation
import NIOCore
import NIOEmbedded
import TabletopCore
import TabletopServer
import TabletopStore

/// The `wire` target: bytes from a participant's socket, through the server's real pipeline (framing,
/// the protocol handler, the drill host) on an embedded event loop.
///
/// Beyond "never crash", it checks the promises of a team drill after every input: everything the server
/// sent is one well-formed protocol line within the size limit, and the session log replays to exactly the
/// host's state (no accepted decision is lost, nothing is recorded that did not happen).
enum WireFuzzing {
    static let token = "fuzz-token"
    /// Session logs go to memory-backed storage when there is some: the host fsyncs every line.
    static let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()

    static func run(_ bytes: [UInt8]) {
        let world = FuzzWorld.shared
        let path = "\(folder)/tabletop-fuzz-wire-\(getpid()).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = SessionHeader(tool: "tabletop-fuzz", session: "fuzz", scenario: world.scenario.id, scenarioPath: "breach.yaml",
                                   scenarioHash: "-", runbookHash: "-", configuration: world.engine.configuration, trainee: nil,
                                   started: "2026-11-29T10:00:00Z")
        guard let writer = try? SessionLogWriter(creating: path, header: header) else { fatalError("cannot create \(path)") }
        let loop = EmbeddedEventLoop()
        let host = DrillHost(engine: world.engine, writer: writer, token: token, eventLoop: loop,
                             now: { "2026-11-29T10:00:00Z" }, console: { _, _ in })
        let channel = EmbeddedChannel(loop: loop)
        do {
            try DrillServer.addParticipantHandlers(to: channel, host: host, helloDeadline: .seconds(10))
            try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 7411)).wait()
        } catch {
            fatalError("cannot set up the embedded connection: \(error)")
        }
        // The first byte chooses how the stream is cut into reads, so partial frames are exercised too.
        let chunk = 1 + Int(bytes.first ?? 0) % 97
        var offset = bytes.isEmpty ? 0 : 1
        while offset < bytes.count, channel.isActive {
            let end = min(bytes.count, offset + chunk)
            do {
                try channel.writeInbound(channel.allocator.buffer(bytes: bytes[offset..<end]))
            } catch {
                break  // the server closed the connection, as it does for a refused client
            }
            loop.run()
            offset = end
        }
        loop.run()
        checkOutbound(channel)
        checkLogReplays(path, host: host, world: world)
        _ = try? channel.finish()
    }

    /// Every byte the server sent is a sequence of protocol lines within the size limit.
    private static func checkOutbound(_ channel: EmbeddedChannel) {
        var sent: [UInt8] = []
        while let buffer = try? channel.readOutbound(as: ByteBuffer.self) { sent += buffer.readableBytesView }
        guard !sent.isEmpty else { return }
        guard sent.last == 0x0A else { fatalError("the server sent a partial line") }
        for line in sent.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            guard line.count <= WireProtocol.maximumMessageBytes else { fatalError("the server sent a line of \(line.count) bytes") }
            guard let message = try? JSONDecoder().decode(ServerMessage.self, from: Data(line)), message.v == WireProtocol.version else {
                fatalError("the server sent something that is not a protocol message: \(String(decoding: line.prefix(200), as: UTF8.self))")
            }
        }
    }

    /// The log alone rebuilds the host's engine exactly.
    private static func checkLogReplays(_ path: String, host: DrillHost, world: FuzzWorld) {
        guard let log = try? SessionLogWriter.read(path) else { fatalError("the server wrote a session log it cannot read") }
        let (replayed, _) = SessionReplay.rebuild(log, scenario: world.scenario, runbook: world.runbook)
        guard replayed.state == host.engine.state else {
            fatalError("the session log does not replay to the host's state (\(replayed.state.decisions.count) decisions vs \(host.engine.state.decisions.count))")
        }
    }
}
