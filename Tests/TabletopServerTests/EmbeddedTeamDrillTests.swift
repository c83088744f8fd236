import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// Protocol, routing and timing of a team drill on an embedded event loop: no sockets, no threads, time
/// moved by the test (`advanceTime`), so what the real-socket tests check by waiting is checked exactly.
@Suite struct EmbeddedTeamDrillTests {
    /// A host on an embedded loop whose wall clock the test moves.
    final class Drill {
        let loop = EmbeddedEventLoop()
        let host: DrillHost
        let wall = NIOLockedValueBox(ContinuousClock.now)
        let console = NIOLockedValueBox<[String]>([])

        init(liveSpeed: Double? = nil, roster: String = TeamDrillHarness.roster, parallel: Bool = false, scoring: Bool = false,
             startPaused: Bool = false, debrief: (@Sendable (Scorecard, Scenario) -> String)? = nil) throws {
            let (engine, writer, opening) = try TeamDrillHarness.freshDrill(roster: roster, parallel: parallel)
            let scorer = scoring ? try TeamDrillHarness.scorer(for: engine) : nil
            let wall = self.wall, console = self.console
            host = DrillHost(engine: engine, writer: writer, token: TeamDrillHarness.token, eventLoop: loop,
                             now: { "2026-11-29T10:00:00Z" },
                             console: { output, actor in console.withLockedValue { $0.append("[\(actor ?? "")] \(output.plainText)") } },
                             liveSpeed: liveSpeed, wallClock: { wall.withLockedValue { $0 } }, scorer: scorer,
                             startPaused: startPaused, debrief: debrief)
            host.publishStart(opening)
        }

        /// A connection through the real pipeline; says hello as `name` when given.
        func connect(_ name: String? = nil, role: String = "", helloDeadline: TimeAmount = .seconds(10)) throws -> EmbeddedChannel {
            let channel = EmbeddedChannel(loop: loop)
            try DrillServer.addParticipantHandlers(to: channel, host: host, helloDeadline: helloDeadline)
            try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 7411)).wait()
            if let name { try send(.hello(token: TeamDrillHarness.token, name: name, role: role), on: channel) }
            return channel
        }

        func send(_ message: ClientMessage, on channel: EmbeddedChannel) throws {
            try send(WireProtocol.line(message), on: channel)
        }

        func send(_ bytes: [UInt8], on channel: EmbeddedChannel) throws {
            try channel.writeInbound(channel.allocator.buffer(bytes: bytes))
            loop.run()
        }

        /// Moves the wall clock and the loop's time on together.
        func pass(_ seconds: Int64) {
            wall.withLockedValue { $0 += .seconds(seconds) }
            loop.advanceTime(by: .seconds(seconds))
        }
    }

    /// Everything the server sent on `channel` since last asked, decoded.
    func received(_ channel: EmbeddedChannel) throws -> [ServerMessage] {
        var bytes: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { bytes += buffer.readableBytesView }
        return try bytes.split(separator: 0x0A).map { try JSONDecoder().decode(ServerMessage.self, from: Data($0)) }
    }

    func texts(_ messages: [ServerMessage]) -> [String] {
        messages.compactMap { $0.output?.plainText }
    }

    @Test func aClientThatNeverSaysHelloIsCutOffAtTheDeadlineAndNotBefore() throws {
        let drill = try Drill()
        let channel = try drill.connect(helloDeadline: .seconds(10))
        drill.loop.advanceTime(by: .milliseconds(9_999))
        #expect(channel.isActive)
        #expect(try received(channel).isEmpty)
        drill.loop.advanceTime(by: .milliseconds(1))
        #expect(try received(channel).map(\.message) == ["no hello within 10 seconds"])
        #expect(!channel.isActive)
    }

    @Test func aHelloStopsTheDeadline() throws {
        let drill = try Drill()
        let channel = try drill.connect("ana", role: "ic", helloDeadline: .seconds(10))
        drill.loop.advanceTime(by: .seconds(60))
        #expect(channel.isActive)
        #expect(try received(channel).first?.type == "welcome")
    }

    @Test func framingRefusesAnOverlongMessageAndTLSBytes() throws {
        let drill = try Drill()
        let long = try drill.connect()
        try? drill.send([UInt8](repeating: UInt8(ascii: "a"), count: WireProtocol.maximumMessageBytes + 1), on: long)
        drill.loop.run()
        #expect(try received(long).map(\.message) == ["message longer than \(WireProtocol.maximumMessageBytes) bytes"])
        #expect(!long.isActive)
        let tls = try drill.connect()
        try? drill.send([0x16, 0x03, 0x01, 0x00], on: tls)
        drill.loop.run()
        #expect(try received(tls).map(\.message) == ["this drill is not encrypted; join without --fingerprint"])
    }

    @Test func aMessageSplitAcrossReadsIsReadWhole() throws {
        let drill = try Drill()
        let channel = try drill.connect()
        let hello = WireProtocol.line(ClientMessage.hello(token: TeamDrillHarness.token, name: "ana", role: "ic"))
        try drill.send(Array(hello.prefix(7)), on: channel)
        #expect(try received(channel).isEmpty)
        try drill.send(Array(hello.dropFirst(7)), on: channel)
        #expect(try received(channel).first?.type == "welcome")
    }

    @Test func anInjectReachesOnlyTheRolesItIsAddressedTo() throws {
        let drill = try Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal"), cy = try drill.connect("cy", role: "comms")
        _ = try (received(ana), received(bo), received(cy))
        #expect(drill.host.facilitate("inject extortion-email").isEmpty)
        drill.loop.run()
        func gotIt(_ channel: EmbeddedChannel) throws -> Bool {
            try received(channel).contains { if case .inject(let message)? = $0.output { message.id == "extortion-email" } else { false } }
        }
        #expect(try gotIt(ana))
        #expect(try gotIt(bo))
        #expect(try !gotIt(cy))
    }

    @Test func aLookupIsPrivateAndADecisionIsAnnouncedToTheOthers() throws {
        let drill = try Drill()
        let ana = try drill.connect("ana", role: "ic"), bo = try drill.connect("bo", role: "legal")
        _ = try (received(ana), received(bo))
        try drill.send(.line("status"), on: ana)
        #expect(texts(try received(ana)).contains { $0.hasPrefix("Team: ana (ic) connected, bo (legal) connected") })
        #expect(texts(try received(bo)).isEmpty)
        #expect(!drill.console.withLockedValue { $0 }.contains { $0.hasPrefix("[ana] Team:") })
        try drill.send(.line("ack"), on: ana)
        #expect(texts(try received(bo)).contains("ana (ic): ack"))
        #expect(!texts(try received(ana)).contains("ana (ic): ack"))
    }

    @Test func aFloodIsCutOffAndTheAllowanceRefillsWithTime() throws {
        let drill = try Drill()
        let ana = try drill.connect("ana", role: "ic")
        let burst = Int(DrillHost.lineBurst)
        for _ in 0..<burst { try drill.send(.line("status"), on: ana) }
        #expect(ana.isActive)
        drill.pass(1)
        // A second's worth of lines is allowed again, and no more.
        for _ in 0..<Int(DrillHost.linesPerSecond) { try drill.send(.line("status"), on: ana) }
        #expect(ana.isActive)
        try drill.send(.line("status"), on: ana)
        #expect(try received(ana).last?.message?.hasPrefix("too many lines too fast") == true)
        #expect(!ana.isActive)
    }

    @Test func theLiveClockMovesWithTheWallClockAndStopsWhilePaused() throws {
        let drill = try Drill(liveSpeed: 60)
        let ana = try drill.connect("ana", role: "ic")
        drill.host.startLiveClock()
        drill.pass(30)
        #expect(drill.host.consoleClock == "Tue 10:10 (T+00:30)")
        #expect(try received(ana).contains { $0.type == "prompt" && $0.prompt?.contains("(T+00:30)") == true })
        #expect(drill.host.facilitate("pause") == ["Paused. Participants' lines are refused until 'resume'."])
        #expect(drill.host.engine.state.clock == SimDuration(seconds: 30 * 60))
        drill.pass(600)
        #expect(drill.host.engine.state.clock == SimDuration(seconds: 30 * 60))
        #expect(drill.host.consoleClock == "Tue 10:10 (T+00:30) paused")
    }
}
