import NIOCore
import TabletopCore

/// One participant's network connection, as the drill host sees it.
public protocol ParticipantConnection: AnyObject, Sendable {
    /// Sends a message; a connection that cannot keep up is closed (the participant can rejoin).
    func send(_ message: ServerMessage)
    /// Closes the connection.
    func close()
}

/// A participant connection over a NIO channel.
final class ChannelConnection: ParticipantConnection {
    let channel: any NIOCore.Channel

    init(channel: any NIOCore.Channel) {
        self.channel = channel
    }

    func send(_ message: ServerMessage) {
        let bytes = WireProtocol.line(message)
        let channel = self.channel
        channel.eventLoop.execute {
            // A client that stops reading fills its buffer past the high-water mark: cut it off rather than
            // let it hold the whole drill's memory. It can rejoin and get what it missed.
            guard channel.isActive else { return }
            if !channel.isWritable {
                channel.close(promise: nil)
                return
            }
            channel.writeAndFlush(channel.allocator.buffer(bytes: bytes), promise: nil)
        }
    }

    func close() {
        let channel = self.channel
        channel.eventLoop.execute { channel.close(promise: nil) }
    }
}
