import Foundation
import TabletopCore

/// The team-drill wire protocol, version 1: newline-delimited JSON, one message per line, each at most
/// `WireProtocol.maximumMessageBytes` long. Every message carries `"v": 1` and a `"type"`.
public enum WireProtocol {
    /// The protocol version this build speaks.
    public static let version = 1
    /// Longer messages are refused and the connection closed.
    public static let maximumMessageBytes = 16 * 1024

    /// Encodes a message as one line, newline included.
    public static func line<Message: Encodable>(_ message: Message) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8]((try? encoder.encode(message)) ?? Data("{}".utf8)) + [0x0A]
    }
}

/// What a participant's client sends.
public struct ClientMessage: Sendable, Hashable, Codable {
    /// `hello` (first, once), `line` (a command typed), `bye` (leaving).
    public var type: String
    public var v: Int
    public var token: String?
    public var name: String?
    public var role: String?
    public var text: String?
    /// In a hello: how many `output` messages this client already has, so a rejoin resumes after them.
    public var seen: Int?
    /// In a rejoining hello: the `instance` of the welcome this client had; it counts `seen` against that
    /// server run and lets the client take over a connection the server still believes alive.
    public var instance: String?

    /// The first message: who joins, with the drill's token.
    public static func hello(token: String, name: String, role: String, seen: Int = 0, instance: String? = nil) -> ClientMessage {
        ClientMessage(type: "hello", v: WireProtocol.version, token: token, name: name, role: role, text: nil, seen: seen, instance: instance)
    }

    /// A line the participant typed.
    public static func line(_ text: String) -> ClientMessage {
        ClientMessage(type: "line", v: WireProtocol.version, token: nil, name: nil, role: nil, text: text, seen: nil, instance: nil)
    }

    /// Leaving the drill.
    public static let bye = ClientMessage(type: "bye", v: WireProtocol.version, token: nil, name: nil, role: nil, text: nil, seen: nil, instance: nil)
}

/// What the server sends to a participant.
public struct ServerMessage: Sendable, Hashable, Codable {
    /// `welcome` (after a good hello), `output` (something the engine said that this participant may
    /// see), `prompt` (the prompt and what completion may offer), `error` (a refusal; the connection
    /// closes after one that ends in `fatal`), `ended` (the drill is over).
    public var type: String
    public var v: Int
    public var session: String?
    /// In a welcome: this server run's id (a restarted server has a new one).
    public var instance: String?
    public var title: String?
    public var name: String?
    public var role: String?
    public var output: Output?
    public var prompt: String?
    public var people: [String]?
    public var assets: [String]?
    public var channels: [String]?
    public var choices: Int?
    /// On a prompt: how many of the receiving participant's lines the server has handled so far, so a
    /// scripted client can tell the answer to its own line from a prompt caused by someone else's.
    public var answered: Int?
    public var message: String?
    public var fatal: Bool?

    init(type: String) {
        self.type = type
        v = WireProtocol.version
    }

    /// Something the engine said.
    static func output(_ output: Output) -> ServerMessage {
        var message = ServerMessage(type: "output")
        message.output = output
        return message
    }

    /// A refusal; `fatal` ones close the connection.
    static func error(_ text: String, fatal: Bool) -> ServerMessage {
        var message = ServerMessage(type: "error")
        message.message = text
        message.fatal = fatal
        return message
    }
}
