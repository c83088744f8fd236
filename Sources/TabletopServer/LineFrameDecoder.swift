import NIOCore

/// Splits the byte stream into newline-terminated frames, refusing any longer than the limit.
struct LineFrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    let maximumLength: Int

    /// A frame longer than the limit.
    struct FrameTooLong: Error {}
    /// The stream starts with a TLS record (a handshake, 22, or an alert, 21), but this end does not speak TLS.
    struct UnexpectedTLS: Error {}
    private var started = false

    init(maximumLength: Int) {
        self.maximumLength = maximumLength
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if !started, let first = buffer.readableBytesView.first {
            started = true
            // Said at once: waiting for a newline a TLS client never sends would hold it until the hello deadline.
            if first == 0x16 || first == 0x15 { throw UnexpectedTLS() }
        }
        guard let newline = buffer.readableBytesView.firstIndex(of: 0x0A) else {
            if buffer.readableBytes > maximumLength { throw FrameTooLong() }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        guard length <= maximumLength, let frame = buffer.readSlice(length: length) else { throw FrameTooLong() }
        buffer.moveReaderIndex(forwardBy: 1)
        context.fireChannelRead(wrapInboundOut(frame))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A client that vanishes mid-message leaves a partial frame: it is dropped, never half-read.
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}
