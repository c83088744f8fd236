import Foundation
import NIOCore
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// The server's per-connection pipeline on an embedded event loop: exact control over how bytes arrive.
@Suite struct ParticipantPipelineTests {
    /// A host on an embedded loop and one connection through the real pipeline.
    func connect() throws -> (DrillHost, EmbeddedChannel) {
        let (engine, writer, _) = try TeamDrillHarness.freshDrill()
        let loop = EmbeddedEventLoop()
        let host = DrillHost(engine: engine, writer: writer, token: TeamDrillHarness.token, eventLoop: loop,
                             now: { "2026-11-29T10:00:00Z" }, console: { _, _ in })
        let channel = EmbeddedChannel(loop: loop)
        try DrillServer.addParticipantHandlers(to: channel, host: host, helloDeadline: .seconds(10))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 7411)).wait()
        return (host, channel)
    }

    /// Everything the server sent on `channel` so far, decoded.
    func sent(_ channel: EmbeddedChannel) throws -> [ServerMessage] {
        var bytes: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { bytes += buffer.readableBytesView }
        return try bytes.split(separator: 0x0A).map { try JSONDecoder().decode(ServerMessage.self, from: Data($0)) }
    }

    func lines(_ messages: ClientMessage...) -> [UInt8] {
        messages.flatMap { WireProtocol.line($0) }
    }

    // Found by the wire fuzzer: the join used to complete later on the loop, so a line in the same packet
    // as the hello was refused with "say hello first".
    @Test func aLineInTheSamePacketAsTheHelloIsAccepted() throws {
        let (host, channel) = try connect()
        try channel.writeInbound(channel.allocator.buffer(bytes: lines(.hello(token: TeamDrillHarness.token, name: "ana", role: "ic"), .line("ack"))))
        (channel.eventLoop as! EmbeddedEventLoop).run()
        let messages = try sent(channel)
        #expect(messages.first?.type == "welcome")
        #expect(!messages.contains { $0.type == "error" }, "\(messages.compactMap(\.message))")
        #expect(host.engine.state.decisions.map(\.raw) == ["ack"])
        #expect(channel.isActive)
    }

    @Test func afterARefusalNothingElseTheClientSentIsLookedAt() throws {
        let (host, channel) = try connect()
        try channel.writeInbound(channel.allocator.buffer(bytes: lines(.hello(token: "wrong", name: "ana", role: "ic"), .line("ack"), .line("ack"))))
        (channel.eventLoop as! EmbeddedEventLoop).run()
        let errors = try sent(channel).filter { $0.type == "error" }
        #expect(errors.map(\.message) == ["wrong join token"])
        #expect(host.engine.state.decisions.isEmpty)
        #expect(!channel.isActive)
    }

    @Test func aClientThatStopsReadingIsCutOffAndGetsEverythingWhenItRejoins() throws {
        let (host, channel) = try connect()
        let loop = channel.eventLoop as! EmbeddedEventLoop
        try channel.writeInbound(channel.allocator.buffer(bytes: lines(.hello(token: TeamDrillHarness.token, name: "bo", role: "legal"))))
        loop.run()
        let before = try sent(channel).filter { $0.type == "output" }.count
        // The client stopped reading: its socket buffer passed the high-water mark.
        channel.isWritable = false
        #expect(host.facilitate("inject ceo-hears").isEmpty)
        loop.run()
        #expect(!channel.isActive)
        #expect(host.connectionSummary().contains("bo (legal) not connected"))

        let rejoined = EmbeddedChannel(loop: loop)
        try DrillServer.addParticipantHandlers(to: rejoined, host: host, helloDeadline: .seconds(10))
        try rejoined.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 7411)).wait()
        try rejoined.writeInbound(rejoined.allocator.buffer(bytes: lines(.hello(token: TeamDrillHarness.token, name: "bo", role: "legal", seen: before))))
        loop.run()
        let missed = try sent(rejoined).compactMap(\.output)
        #expect(missed.contains { if case .inject(let message) = $0 { message.id == "ceo-hears" } else { false } })
    }
}
