import Foundation
import TabletopCore
import TabletopDrill
import TabletopStore

/// Solo play at the terminal: reads lines and hands them to a `DrillSession` (which logs each before
/// its outcome is shown and feeds the engine), and shows what the engine says.
public final class DrillRunner {
    /// The drill: engine and session log in step.
    private let session: DrillSession
    private let input: any LineInput
    private let renderer: Renderer
    private var live: LiveClock?
    /// A line held back once because it runs past the drill's time limit; typed again, it runs.
    private var heldBack: String?

    /// The engine playing the drill.
    public var engine: Engine { session.engine }

    /// How a run of the loop ended.
    public enum Exit: Equatable {
        /// The drill reached its end.
        case ended(DrillEnd)
        /// The trainee left (quit, Ctrl-D, a signal or the end of the script); the drill can be resumed.
        case left
    }

    /// Creates a runner; `now` gives the wall-clock time (ISO 8601) for the log; `liveSpeed` turns on live mode.
    public init(engine: Engine, writer: SessionLogWriter, input: any LineInput, renderer: Renderer,
                now: @escaping () -> String, liveSpeed: Double? = nil) {
        var clocked = renderer
        if clocked.localClock == nil { clocked.localClock = engine.scenario.localClock }
        let renderer = clocked
        // Each line is written before the engine sees it (a kill loses nothing); the fsync that guards
        // against power loss waits for a batch, a pause or the end (issue 21: it was most of a script's time).
        writer.syncEvery = Self.linesPerFlush
        session = DrillSession(engine: engine, writer: writer, now: now) { outputs in
            for output in outputs { input.display(renderer.render(output)) }
        }
        self.input = input
        self.renderer = renderer
        live = liveSpeed.map { LiveClock(speed: $0, simulated: engine.state.clock) }
    }

    /// How many recorded lines of a script may wait for one fsync (an interactive drill flushes at every prompt).
    static let linesPerFlush = 32

    /// Shows outputs after logging them (they can be rebuilt from the inputs, so no fsync is needed).
    public func show(_ outputs: [Output]) throws {
        session.publish(outputs)
        try session.stopIfLost()
    }

    /// Reads and handles lines until the drill ends or the trainee leaves.
    public func run() throws -> Exit {
        var failure: (any Error)?
        if live != nil {
            input.setIdleHandler { [unowned self] in
                do { try self.liveTick() } catch { failure = error }
            }
        }
        defer { input.setIdleHandler(nil) }
        while true {
            if let failure { throw failure }
            if case .ended(let end) = engine.awaiting {
                try session.seal("the drill ended")
                return .ended(end)
            }
            input.updateCompletions(CompletionSnapshot(engine: engine))
            // A person at the terminal is about to think and type: the time to put everything on disk,
            // while the prompt is shown rather than before it.
            if input.isInteractive { session.flushInBackground() }
            guard let line = input.readLine(prompt: prompt) else {
                try leave(input.stopReason)
                return .left
            }
            // A blank line asks for nothing, nor does a player's name alone (`@bo`): nothing is recorded.
            guard !Self.isBlank(line) else { continue }
            if input.echoesInput { input.display(prompt + TerminalText.inline(line)) }
            if let refusal = InputLine.refusal(line) {
                input.display(renderer.render(.error(refusal)))
                continue
            }
            if isQuit(line) {
                try leave("quit")
                return .left
            }
            // At the terminal only: a wait that would end the drill at its time limit is said first (scripts wait the clock out on purpose).
            if input.isInteractive, heldBack != line, let warning = engine.waitPastTheEnd(line) {
                heldBack = line
                input.display(renderer.render(.warning(warning)))
                continue
            }
            heldBack = nil
            if let live { try advance(to: live.simulated()) }
            try session.play(line)
            try session.stopIfLost()
            live?.rebase(to: engine.state.clock)
        }
    }

    /// Whether a line asks for nothing: blank, or only a player's `@name`.
    static func isBlank(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        return words.isEmpty || (words.count == 1 && words[0].hasPrefix("@"))
    }

    /// Whether the line asks to leave: `quit`, or `@name quit` from one of the drill's players (a name
    /// that is not one is the engine's to refuse, as for any other command).
    private func isQuit(_ line: String) -> Bool {
        guard case .success(let parsed?) = ActionParser.parse(line), parsed.action.verb == .quit else { return false }
        guard let actor = parsed.actor else { return true }
        return engine.configuration.players.contains { $0.name.lowercased() == actor.lowercased() }
    }

    /// Records why the trainee left, and closes this run of the log.
    private func leave(_ reason: String) throws {
        try session.note("left", reason)
        try session.seal("the trainee left")
    }

    /// The prompt; in live mode it shows the time the wall clock has reached.
    private var prompt: String {
        Prompt.text(for: engine, at: live.map { max($0.simulated(), engine.state.clock) })
    }

    /// Live mode, while the trainee types: delivers what has fallen due and keeps the prompt's clock current.
    private func liveTick() throws {
        guard let live, engine.state.end == nil else { return }
        let target = live.simulated()
        if engine.nextDue <= target {
            try advance(to: target)
        }
        input.setPrompt(prompt)
    }

    /// Moves the simulated clock on, logging the move before showing what falls due.
    public func advance(to time: SimDuration) throws {
        guard time > engine.state.clock, engine.state.end == nil else { return }
        try session.advance(to: time)
        try session.stopIfLost()
        input.updateCompletions(CompletionSnapshot(engine: engine))
    }
}
