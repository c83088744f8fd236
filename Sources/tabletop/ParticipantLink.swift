import Foundation
import TabletopServer
import TabletopDrill

/// A participant's connection to the server, kept alive: after a network failure or a host restart it
/// rejoins in the background every 2 seconds for a minute, resuming after the last message received,
/// while the shell stays usable (lines typed meanwhile are refused, not queued).
final class ParticipantLink: @unchecked Sendable {
    /// Opens a connection and waits for the welcome; throws `CommandFailure` for a refusal.
    typealias Connect = @Sendable (_ seen: Int, _ instance: String?) throws -> DrillClient

    static let attempts = 30
    static let pause: UInt32 = 2

    private let lock = NSLock()
    private let connect: Connect
    private let session: ParticipantSession
    private let display: PendingDisplay
    private let address: String
    private var client: DrillClient?
    private var reconnecting = false
    private var cancelled = false
    private var gaveUp: String?

    init(first client: DrillClient, address: String, session: ParticipantSession, display: PendingDisplay, connect: @escaping Connect) {
        self.client = client
        self.address = address
        self.session = session
        self.display = display
        self.connect = connect
    }

    /// The client to send through, if connected now.
    var connected: DrillClient? {
        locked { reconnecting || gaveUp != nil ? nil : client }
    }

    /// Why the shell should stop.
    enum Stop: Equatable {
        /// The drill ended.
        case ended
        /// A refusal, or no server for a minute: the line to print on stderr.
        case failed(String)
    }

    /// Whether the shell should stop, and why.
    var stop: Stop? {
        if let gaveUp = locked({ gaveUp }) { return .failed(gaveUp) }
        guard session.isFinished, !session.connectionLost else { return nil }
        return session.failure.map { .failed("error: \($0)") } ?? .ended
    }

    /// Starts rejoining in the background if the connection was lost and nobody is rejoining yet.
    func keepAlive() {
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
    func waitWhileReconnecting() {
        while locked({ reconnecting }) { usleep(50_000) }
    }

    /// Leaves: stops any rejoin and closes the connection politely.
    func leave() {
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
            sleep(Self.pause)
            if locked({ cancelled }) { return }
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

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
