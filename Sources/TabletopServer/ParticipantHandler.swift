import Foundation
import NIOCore

/// Reads one participant's messages: the hello, then lines; refuses garbage, floods and silence.
///
/// It runs on the drill host's own event loop (the server has one thread), so it calls the host directly.
final class ParticipantHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// A client that has not said hello within this long is cut off (10 s unless a test says otherwise).
    private let helloDeadline: TimeAmount

    private let host: DrillHost
    private var connection: ChannelConnection?
    private var name: String?
    private var helloTimer: Scheduled<Void>?
    /// Set once the client is refused: what it sent after that is not looked at.
    private var refused = false

    init(host: DrillHost, helloDeadline: TimeAmount) {
        self.host = host
        self.helloDeadline = helloDeadline
    }

    func channelActive(context: ChannelHandlerContext) {
        connection = ChannelConnection(channel: context.channel)
        let connection = self.connection
        let seconds = Double(helloDeadline.nanoseconds) / 1e9
        helloTimer = context.eventLoop.scheduleTask(in: helloDeadline) {
            connection?.send(.error(String(format: "no hello within %g seconds", seconds), fatal: true))
            connection?.close()
        }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        guard let connection, !refused else { return }
        guard let message = try? JSONDecoder().decode(ClientMessage.self, from: Data(frame.readableBytesView)) else {
            refuse("that is not a message of the tabletop protocol (newline-delimited JSON)", context: context)
            return
        }
        switch message.type {
        case "hello" where name == nil:
            helloTimer?.cancel()
            // Joined at once, not later on the loop: a client may send its first line in the same packet as
            // its hello, and that line must find the name already set.
            if let refusal = host.join(connection, hello: message) {
                host.refusedJoin(message, reason: refusal, from: context.channel.remoteAddress.map { "\($0)" })
                refuse(refusal, context: context)
            } else {
                name = message.name
            }
        case "line" where name != nil:
            guard host.admitLine(from: name ?? "") else {
                refuse("too many lines too fast (more than \(Int(DrillHost.linesPerSecond)) a second); rejoin and slow down", context: context)
                return
            }
            host.line(message.text ?? "", from: name ?? "")
        case "bye":
            context.close(promise: nil)
        default:
            refuse("unexpected '\(message.type.prefix(20))' message\(name == nil ? "; say hello first" : "")", context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        helloTimer?.cancel()
        if let name, let connection { host.disconnected(name, connection: connection) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is LineFrameDecoder.FrameTooLong {
            refuse("message longer than \(WireProtocol.maximumMessageBytes) bytes", context: context)
        } else if error is LineFrameDecoder.UnexpectedTLS {
            refuse("this drill is not encrypted; join without --fingerprint", context: context)
        } else {
            context.close(promise: nil)
        }
    }

    /// Tells the client why and closes; the close is queued after the message so the client reads it.
    ///
    /// Only our side is closed at first: a full close while the client's lines are still arriving (a flood) answers them with a
    /// reset, which can throw away the refusal before the client reads it (a test once waited 120 s for it). What arrives after
    /// is read and ignored (`refused`) until the client closes, or for `refusalLinger` at most.
    private func refuse(_ text: String, context: ChannelHandlerContext) {
        refused = true
        guard let connection else {
            context.close(promise: nil)
            return
        }
        connection.send(.error(text, fatal: true))
        let channel = context.channel
        channel.eventLoop.execute {
            let halfClosed = channel.eventLoop.makePromise(of: Void.self)
            halfClosed.futureResult.whenFailure { _ in channel.close(promise: nil) }
            channel.close(mode: .output, promise: halfClosed)
            channel.eventLoop.scheduleTask(in: Self.refusalLinger) { channel.close(promise: nil) }
        }
    }

    /// How long a refused client's connection stays open for reading after the refusal, at most.
    private static let refusalLinger = TimeAmount.seconds(2)
}
