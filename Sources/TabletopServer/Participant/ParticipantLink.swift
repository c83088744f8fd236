import Foundation
import TabletopCore
import TabletopDrill

/// A participant's connection to the server, kept alive: after a network failure or a host restart it
/// rejoins in the background every 2 seconds for a minute, resuming after the last message received,
/// while the shell stays usable (lines typed meanwhile are refused, not queued).
public final class ParticipantLink: @unchecked Sendable {
    /// Opens a connection and waits for the welcome; throws `CommandFailure` for a refusal.
    public typealias Connect = @Sendable (_ seen: Int, _ instance: String?) throws -> DrillClient

    static let attempts = 30
    static let pause: Double = 2

    /// Guards everything below; wakes the waits whenever it changes.
    private let lock = SignalledLock()
    private let connect: Connect
    private let session: ParticipantSession
    private let display: PendingDisplay
    private let address: String
    private var client: DrillClient?
    private var reconnecting = false
    private var cancelled = false
    private var gaveUp: String?

    /// A link over the first connection; `connect` opens the next ones.
    public init(first client: DrillClient, address: String, session: ParticipantSession, display: PendingDisplay, connect: @escaping Connect) {
        self.client = client
        self.address = address
        self.session = session
        self.display = display
        self.connect = connect
    }

    /// The client to send through, if connected now.
    public var connected: DrillClient? {
        locked { reconnecting || gaveUp != nil ? nil : client }
    }

    /// Why the shell should stop.
    public enum Stop: Equatable, Sendable {
        /// The drill ended.
        case ended
        /// A refusal, or no server for a minute: the line to print on stderr.
        case failed(String)
    }

    /// Whether the shell should stop, and why.
    public var stop: Stop? {
        if let gaveUp = locked({ gaveUp }) { return .failed(gaveUp) }
        guard session.isFinished, !session.connectionLost else { return nil }
        return session.failure.map { .failed("error: \($0)") } ?? .ended
    }

    /// Starts rejoining in the background if the connection was lost and nobody is rejoining yet.
    public func keepAlive() {
        guard session.connectionLost else { return }
        let old: DrillClient? = locked {
            guard !reconnecting, !cancelled, gaveUp == nil else { return nil }
            reconnecting = true
            return client
        }
        guard let old else { return }
        Thread.detachNewThread { [self] in rejoin(after: old) }
    }

    /// Waits while a rejoin is in progress (a script's next line is sent once it is back, as a person would).
    public func waitWhileReconnecting() {
        lock.wait(seconds: nil) { !reconnecting }
    }

    /// Leaves: stops any rejoin and closes the connection politely.
    public func leave() {
        let current: DrillClient? = locked {
            cancelled = true
            return reconnecting ? nil : client
        }
        current?.close()
    }

    private func rejoin(after old: DrillClient) {
        let seen = old.outputsReceived, instance = old.instance
        old.drop()
        for attempt in 1...Self.attempts {
            if locked({ cancelled }) { return }
            display.push("The connection to the server was lost; reconnecting (attempt \(attempt) of \(Self.attempts)); lines typed meanwhile are not sent…")
            if pauseUnlessCancelled() { return }
            session.reset()
            do {
                let client = try connect(seen, instance)
                locked {
                    self.client = client
                    reconnecting = false
                }
                display.push("Reconnected; you have every message you missed.")
                return
            } catch let refusal as CommandFailure where session.isFinished && !session.connectionLost {
                finish(refusal.description)
                return
            } catch {
                continue
            }
        }
        finish("error: could not reach the server at \(address) for a minute; run the same command to rejoin")
    }

    private func finish(_ errorLine: String) {
        locked {
            gaveUp = errorLine
            reconnecting = false
        }
    }

    /// Waits the pause between attempts; returns at once, true, when the participant leaves meanwhile.
    private func pauseUnlessCancelled() -> Bool {
        lock.wait(seconds: Self.pause) { cancelled }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.locked(body)
    }

    /// Joins the drill at `host:port` (`address` as the participant wrote it, for messages) and keeps the
    /// connection alive; a refusal, or no server, throws `CommandFailure` with the line to print.
    public static func join(host: String, port: Int, address: String, token: String, name: String, role: String,
                            fingerprint: String?, session: ParticipantSession, display: PendingDisplay,
                            render: @escaping @Sendable (Output) -> String) throws -> ParticipantLink {
        let connect = connector(host: host, port: port, token: token, name: name, role: role, fingerprint: fingerprint,
                                session: session, display: display, render: render)
        do {
            return ParticipantLink(first: try connect(0, nil), address: address, session: session, display: display, connect: connect)
        } catch let error as ServerError {
            throw CommandFailure("error: \(error.description)")
        }
    }

    /// What opens a participant's connections: the hello with what was `seen` of the run `instance`,
    /// messages handed to `session` (outputs shown through `display`, made text by `render`), and a wait
    /// for the welcome; a refusal throws `CommandFailure` with the server's reason.
    public static func connector(host: String, port: Int, token: String, name: String, role: String, fingerprint: String?,
                                 session: ParticipantSession, display: PendingDisplay,
                                 render: @escaping @Sendable (Output) -> String) -> Connect {
        { seen, instance in
            let client = try DrillClient(host: host, port: port,
                                         hello: .hello(token: token, name: name, role: role, seen: seen, instance: instance),
                                         fingerprint: fingerprint,
                                         onMessage: { session.receive($0, display: display, render: render) },
                                         onClose: { session.connectionClosed() })
            guard session.waitForWelcome() else {
                client.drop()
                throw CommandFailure("error: \(session.finishReason ?? "the server did not answer the hello within 10 seconds")")
            }
            return client
        }
    }
}
