import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// Team drills over TLS: participants pin the host key's fingerprint; anything else is refused with a reason.
@Suite struct EncryptedTeamDrillTests {
    @Test func aParticipantWithTheFingerprintPlaysOverTLS() throws {
        let identity = try DrillIdentity.generate()
        let harness = try TeamDrillHarness(identity: identity)
        defer { harness.stop() }
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic", fingerprint: identity.fingerprint)
        #expect(ana.waitFor { $0.messages.contains { $0.type == "welcome" } }, "\(ana.messages.map { ($0.type, $0.message ?? "") })")
        ana.say("ack")
        #expect(ana.waitForText("You acknowledge the report"))
        #expect(try harness.onHost { $0.engine.state.decisions.map(\.actor) } == ["ana"])
    }

    @Test func aServerWithAnotherKeyIsRefusedBeforeTheTokenIsSent() throws {
        let harness = try TeamDrillHarness(identity: try DrillIdentity.generate())
        defer { harness.stop() }
        let impostorPin = try DrillIdentity.generate().fingerprint
        let ana = try ScriptedParticipant(harness, name: "ana", role: "ic", fingerprint: impostorPin)
        let refusal = try #require(ana.fatalError())
        #expect(refusal.hasPrefix("the server's key (SHA256:"))
        #expect(refusal.contains("does not match --fingerprint \(impostorPin)"))
        #expect(!ana.messages.contains { $0.type == "welcome" })
        #expect(try harness.onHost { $0.connectionSummary() }.hasPrefix("ana (ic) not connected"))
    }

    @Test func plainAndEncryptedEndsThatDoNotMatchSayWhatToChange() throws {
        let encrypted = try TeamDrillHarness(identity: try DrillIdentity.generate())
        defer { encrypted.stop() }
        let plainClient = try ScriptedParticipant(encrypted, name: "ana", role: "ic")
        #expect(plainClient.fatalError()?.contains("if the facilitator's join command has --fingerprint, the drill is encrypted: add it") == true)

        let plain = try TeamDrillHarness()
        defer { plain.stop() }
        let tlsClient = try ScriptedParticipant(plain, name: "ana", role: "ic", fingerprint: try DrillIdentity.generate().fingerprint)
        #expect(tlsClient.fatalError()?.contains("if the facilitator's join command has no --fingerprint, the drill is not encrypted") == true)
    }

    @Test func aSavedKeyKeepsItsFingerprintAndABrokenOneIsExplained() throws {
        let identity = try DrillIdentity.generate()
        let reloaded = try DrillIdentity(privateKeyPEM: identity.privateKeyPEM)
        #expect(reloaded.fingerprint == identity.fingerprint)
        #expect(identity.fingerprint.hasPrefix("SHA256:") && identity.fingerprint.count == 50)
        #expect(try DrillIdentity.generate().fingerprint != identity.fingerprint)
        #expect(throws: ServerError.self) { try DrillIdentity(privateKeyPEM: "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n") }
    }

    // A TLS server may answer a plain client with an alert before closing; an "unexpected message" alert
    // carries the byte 10, a newline, which used to make the client complain of a wrong port instead.
    @Test func aTLSAlertToAPlainClientIsExplained() throws {
        let received = NIOLockedValueBox<[ServerMessage]>([])
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: WireProtocol.maximumMessageBytes)))
        try channel.pipeline.syncOperations.addHandler(ServerMessageHandler(
            counter: OutputCounter(start: 0), encrypted: false,
            onMessage: { message in received.withLockedValue { $0.append(message) } }, onClose: {}))
        _ = try? channel.writeInbound(channel.allocator.buffer(bytes: [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x0A]))
        let messages = received.withLockedValue { $0 }
        #expect(messages.count == 1)
        #expect(messages.first?.fatal == true)
        #expect(messages.first?.message == "the server answered in TLS; if the facilitator's join command has --fingerprint, the drill is encrypted: add it")
    }
}
