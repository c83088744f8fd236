import TabletopCore
import TabletopStore

/// One drill being played, solo or as a team: the engine and its session log, kept in step.
///
/// It owns the order every drill keeps: the input is appended (written, and flushed to disk as the
/// writer's `syncEvery` says) before the engine sees it, what the engine says is appended after it (no
/// flush: outputs can be rebuilt from the inputs), and only then is it handed to `sink` (and returned) to
/// be shown or routed. A crash of the process at any point loses nothing anyone was shown.
///
/// One error policy: an input, clock move, command or note that cannot be recorded throws (and has not
/// happened); outputs are recorded best effort. When the writer says the log was lost (deleted,
/// replaced, edited under the drill; `loss`), the drill stops: nothing more can be recorded, so
/// nothing more may happen.
public final class DrillSession {
    /// The engine playing the drill.
    public private(set) var engine: Engine
    /// The session log.
    public let writer: SessionLogWriter
    /// The wall-clock time (ISO 8601) for the log.
    public let now: () -> String
    /// Where what the engine said goes once it is logged (the solo shell shows it; the team host routes
    /// the returned outputs itself, because who sees them depends on who typed the line).
    public var sink: ([Output]) -> Void

    /// Creates a session for an engine whose log is open in `writer`.
    public init(engine: Engine, writer: SessionLogWriter, now: @escaping () -> String, sink: @escaping ([Output]) -> Void = { _ in }) {
        self.engine = engine
        self.writer = writer
        self.now = now
        self.sink = sink
    }

    /// Why the drill must stop: where the writer put what was recorded after the log changed under it.
    public var loss: String? { writer.loss }

    /// Plays a line (`@name` first for a team's player): recorded and flushed, handled, its outputs
    /// recorded and handed on. Throws when the line could not be recorded (the engine has not seen it).
    @discardableResult
    public func play(_ line: String) throws -> [Output] {
        // The line is written before anything it causes is shown: a crash of the process now loses nothing shown.
        try writer.append(.input(SessionInput(at: engine.state.clock, wall: now(), text: line)), sync: true)
        return publish(engine.handle(line))
    }

    /// Plays a team player's line: recorded as `@name line` (how the log keeps who typed it), handed to
    /// the engine as typed by `player`, so nothing is parsed back out of a string.
    @discardableResult
    public func play(_ line: String, as player: Player) throws -> [Output] {
        try writer.append(.input(SessionInput(at: engine.state.clock, wall: now(), text: "@\(player.name) \(line)")), sync: true)
        return publish(engine.handle(line, as: player))
    }

    /// Moves the simulated clock on, recording the move before showing what falls due. Nothing happens
    /// when `time` is not ahead or the drill has ended.
    @discardableResult
    public func advance(to time: SimDuration) throws -> [Output] {
        guard time > engine.state.clock, engine.state.end == nil else { return [] }
        try writer.append(.advance(SessionAdvance(to: time, wall: now())), sync: true)
        return publish(engine.advance(to: time))
    }

    /// A facilitator's command, tried on a copy first: a refused one (its only output an error) is
    /// neither recorded nor applied, and its message is returned as `.refused`.
    public func facilitate(_ command: FacilitatorCommand, line: String) throws -> Facilitated {
        var next = engine
        let outputs = next.facilitate(command)
        if outputs.count == 1, case .error(let message) = outputs[0] { return .refused(message) }
        try writer.append(.facilitator(SessionInput(at: engine.state.clock, wall: now(), text: line)), sync: true)
        engine = next
        return .applied(publish(outputs))
    }

    /// What a facilitator's command came to.
    public enum Facilitated {
        /// Recorded and applied; what the engine said.
        case applied([Output])
        /// Refused by the engine; nothing was recorded.
        case refused(String)
    }

    /// Adds a late joiner: the `added` note is on disk before the engine knows them, so a replay adds them
    /// at the same point. Throws when it could not be recorded (nobody was added).
    public func addPlayer(_ player: Player) throws {
        try note(Engine.addedNoteKind, "\(player.name) (\(player.role))")
        engine.addPlayer(player)
    }

    /// Records a note (joined, left, paused…), flushed.
    public func note(_ kind: String, _ text: String) throws {
        try writer.append(.note(SessionNote(kind: kind, text: text, wall: now())), sync: true)
    }

    /// Records outputs the engine gave outside a line (the briefing at the start), and hands them on.
    /// Recording them is best effort (they can be rebuilt from the inputs); a log lost meanwhile shows in
    /// `loss`, which the caller checks (`stopIfLost`) before anything else happens.
    @discardableResult
    public func publish(_ outputs: [Output]) -> [Output] {
        for output in outputs {
            guard (try? writer.append(.output(output), sync: false)) != nil else { break }
        }
        sink(outputs)
        return outputs
    }

    /// Flushes what was recorded to disk (fsync): recorded lines already survive a crash of the process;
    /// this makes them survive a power loss too.
    public func flush() throws {
        try writer.flush()
    }

    /// Starts the same flush on another thread without waiting for it (`SessionLogWriter.flushInBackground`).
    public func flushInBackground() {
        writer.flushInBackground()
    }

    /// Throws the writer's message when the log was lost: the drill stops there.
    public func stopIfLost() throws {
        if let loss { throw StoreError(loss) }
    }

    /// Closes this run of the log with the reason.
    public func seal(_ reason: String) throws {
        try writer.seal(reason, wall: now())
    }
}
