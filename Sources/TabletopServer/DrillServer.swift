import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import TabletopCore

/// The network side of a team drill: accepts participants on a TCP port and hands them to the host.
public final class DrillServer: Sendable {
    public let host: DrillHost
    private let group: MultiThreadedEventLoopGroup
    private let channel: any NIOCore.Channel
    private let stopped = NIOLockedValueBox(false)

    /// The address the server listens on.
    public var address: String {
        guard let local = channel.localAddress else { return "?" }
        return "\(local.ipAddress ?? "?"):\(local.port ?? 0)"
    }

    /// The port the server listens on.
    public var port: Int { channel.localAddress?.port ?? 0 }

    /// Whether connections are encrypted, and the fingerprint participants pin if they are.
    public let identity: DrillIdentity?

    /// Listens on `bind:port` (port 0 picks a free one), over TLS with `identity`. `makeHost` is given the event
    /// loop the host and every connection run on: one thread, so the drill's events are totally ordered without locks.
    public init(bind: String, port: Int, identity: DrillIdentity? = nil, helloDeadline: TimeAmount = .seconds(10),
                makeHost: (any EventLoop) -> DrillHost) throws {
        self.identity = identity
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let host = makeHost(group.next())
        self.host = host
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.writeBufferWaterMark, value: .init(low: 64 * 1024, high: 1024 * 1024))
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let identity {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: identity.context))
                    }
                    try Self.addParticipantHandlers(to: channel, host: host, helloDeadline: helloDeadline)
                }
            }
        do {
            channel = try bootstrap.bind(host: bind, port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw ServerError(Self.explain(error, bind: bind, port: port))
        }
    }

    /// Stops listening and closes every connection.
    public func stop() {
        guard !stopped.withLockedValue({ was in defer { was = true }; return was }) else { return }
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Sets up a participant's connection, on its event loop: newline framing with the size limit, then the
    /// protocol (hello, lines, refusals, the flood limit). The fuzzer drives the same pipeline.
    public static func addParticipantHandlers(to channel: any NIOCore.Channel, host: DrillHost, helloDeadline: TimeAmount) throws {
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(LineFrameDecoder(maximumLength: WireProtocol.maximumMessageBytes)))
        try channel.pipeline.syncOperations.addHandler(ParticipantHandler(host: host, helloDeadline: helloDeadline))
    }

    static func explain(_ error: any Error, bind: String, port: Int) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") || text.contains("EADDRINUSE") {
            return "port \(port) on \(bind) is already in use; choose another with --port"
        }
        if text.contains("Cannot assign requested address") || text.contains("EADDRNOTAVAIL") {
            return "cannot listen on \(bind): this machine has no such address"
        }
        return "cannot listen on \(bind):\(port): \(text)"
    }
}

/// A server failure, with a message written for a person.
public struct ServerError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
