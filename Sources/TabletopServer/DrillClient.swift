import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A participant's side of a team drill: one connection to the server, messages handed to a callback.
///
/// `onMessage` and `onClose` run on the client's own event-loop thread; the caller makes them thread-safe.
public final class DrillClient: Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let channel: any NIOCore.Channel
    private let counter: OutputCounter

    /// How many `output` messages this connection has received (what a rejoin reports as `seen`).
    public var outputsReceived: Int { counter.count.withLockedValue { $0 } }
    /// The server run this connection was welcomed by (what a rejoin reports as `instance`).
    public var instance: String? { counter.instance.withLockedValue { $0 } }

    /// Connects to `host:port` and says hello; `seen` is how many outputs an earlier connection received.
    /// With `fingerprint` the connection is TLS and the server must present the key of that fingerprint.
    /// `sendHello: false` is for tests of how the server treats a client that never says hello.
    public init(host: String, port: Int, hello: ClientMessage, fingerprint: String? = nil,
                onMessage: @escaping @Sendable (ServerMessage) -> Void,
                onClose: @escaping @Sendable () -> Void, sendHello: Bool = true) throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let counter = OutputCounter(start: hello.seen ?? 0)
        self.counter = counter
        let tls: NIOSSLContext?
        do {
            tls = try fingerprint.map { _ in
                // The pinned key is the whole check: there is no host name to match in a drill's self-signed certificate.
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = .noHostnameVerification
                return try NIOSSLContext(configuration: configuration)
            }
        } catch {
            try? group.syncShutdownGracefully()
            throw ServerError("cannot set up TLS: \(error)")
        }
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.seconds(5))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls, let fingerprint {
                        try channel.pipeline.syncOperations.addHandler(Self.pinningHandler(tls, fingerprint: fingerprint, counter: counter))
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(LineFrameDecoder(maximumLength: WireProtocol.maximumMessageBytes)))
                    try channel.pipeline.syncOperations.addHandler(
                        ServerMessageHandler(counter: counter, encrypted: tls != nil, onMessage: onMessage, onClose: onClose))
                }
            }
        do {
            channel = try bootstrap.connect(host: host, port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw ServerError("cannot reach a tabletop server at \(host):\(port): \(Self.explain(error))")
        }
        if sendHello { send(hello) }
    }

    /// A TLS handler that accepts the server only if its public key has `fingerprint`.
    private static func pinningHandler(_ context: NIOSSLContext, fingerprint: String, counter: OutputCounter) throws -> NIOSSLClientHandler {
        try NIOSSLClientHandler(context: context, serverHostname: nil) { certificates, promise in
            let presented = (try? certificates.first?.extractPublicKey().toSPKIBytes()).map(DrillIdentity.fingerprint(subjectPublicKeyInfo:))
            if presented == fingerprint {
                promise.succeed(.certificateVerified)
            } else {
                counter.failure.withLockedValue {
                    $0 = "the server's key (\(presented ?? "none")) does not match --fingerprint \(fingerprint); check the join command "
                        + "the facilitator gave you: someone may be intercepting the connection"
                }
                promise.succeed(.failed)
            }
        }
    }

    /// Sends a message to the server.
    public func send(_ message: ClientMessage) {
        let bytes = WireProtocol.line(message)
        channel.writeAndFlush(channel.allocator.buffer(bytes: bytes), promise: nil)
    }

    /// Sends raw bytes, for tests of how the server treats a misbehaving client.
    public func sendRaw(_ bytes: [UInt8]) {
        channel.writeAndFlush(channel.allocator.buffer(bytes: bytes), promise: nil)
    }

    /// Says bye and closes the connection.
    public func close() {
        send(.bye)
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Drops the connection without a bye, as a crashed client or a lost network would.
    public func drop() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    static func explain(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("refused") { return "connection refused (is 'tabletop host' running, and is the port right?)" }
        if text.contains("connectTimeout") || text.contains("timed out") { return "no answer within 5 seconds" }
        return text
    }
}

/// Counts outputs under a lock: written on the event loop, read by the caller.
final class OutputCounter: Sendable {
    let count: NIOLockedValueBox<Int>
    let instance = NIOLockedValueBox<String?>(nil)
    /// Why the connection could not be trusted, when the TLS check failed.
    let failure = NIOLockedValueBox<String?>(nil)
    init(start: Int) { count = NIOLockedValueBox(start) }
}

/// Decodes the server's lines into messages for the client's callback.
final class ServerMessageHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let counter: OutputCounter
    private let encrypted: Bool
    private let onMessage: @Sendable (ServerMessage) -> Void
    private let onClose: @Sendable () -> Void
    /// Whether anything came from the server, or a reason was already given for the end.
    private var heard = false

    init(counter: OutputCounter, encrypted: Bool, onMessage: @escaping @Sendable (ServerMessage) -> Void,
         onClose: @escaping @Sendable () -> Void) {
        self.counter = counter
        self.encrypted = encrypted
        self.onMessage = onMessage
        self.onClose = onClose
    }

    static let encryptedHint = "if the facilitator's join command has --fingerprint, the drill is encrypted: add it"

    /// Ends the connection with a reason the participant can act on.
    private func fail(_ text: String, context: ChannelHandlerContext) {
        heard = true
        var complaint = ServerMessage(type: "error")
        complaint.message = text
        complaint.fatal = true
        onMessage(complaint)
        context.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        guard let message = try? JSONDecoder().decode(ServerMessage.self, from: Data(frame.readableBytesView)) else {
            fail("the server sent something that is not a tabletop message; is this the right port?", context: context)
            return
        }
        heard = true
        if message.type == "output" { counter.count.withLockedValue { $0 += 1 } }
        if message.type == "welcome" { counter.instance.withLockedValue { $0 = message.instance } }
        onMessage(message)
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !heard, !encrypted {
            // A TLS server drops a client that speaks plain text, at most with a TLS alert.
            fail("the server closed the connection without answering; \(Self.encryptedHint)", context: context)
        }
        onClose()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard !heard else {
            context.close(promise: nil)
            return
        }
        if let failure = counter.failure.withLockedValue({ $0 }) {
            fail(failure, context: context)
        } else if error is LineFrameDecoder.UnexpectedTLS {
            fail("the server answered in TLS; \(Self.encryptedHint)", context: context)
        } else if error is NIOSSLError || error is BoringSSLError {
            fail("the TLS handshake with the server failed (\(error)); if the facilitator's join command has no "
                 + "--fingerprint, the drill is not encrypted: leave it out", context: context)
        } else {
            context.close(promise: nil)
        }
    }
}
