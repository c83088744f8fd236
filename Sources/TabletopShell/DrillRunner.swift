import Foundation
import TabletopCore
import TabletopStore

/// Runs a drill: reads lines, logs each before its outcome is shown, feeds the engine, prints what it says.
public final class DrillRunner {
    /// The engine playing the drill.
    public private(set) var engine: Engine
    private let writer: SessionLogWriter
    private let input: any LineInput
    private let renderer: Renderer
    private let print: (String) -> Void
    private let now: () -> String

    /// How a run of the loop ended.
    public enum Exit: Equatable {
        /// The drill reached its end.
        case ended(DrillEnd)
        /// The trainee left (quit, Ctrl-D or the end of the script); the drill can be resumed.
        case left
    }

    /// Creates a runner; `now` gives the wall-clock time (ISO 8601) for the log.
    public init(engine: Engine, writer: SessionLogWriter, input: any LineInput, renderer: Renderer,
                print: @escaping (String) -> Void, now: @escaping () -> String) {
        self.engine = engine
        self.writer = writer
        self.input = input
        self.renderer = renderer
        self.print = print
        self.now = now
    }

    /// Shows outputs after logging them (they can be rebuilt from the inputs, so no fsync is needed).
    public func show(_ outputs: [Output]) throws {
        for output in outputs {
            try writer.append(.output(output), sync: false)
            print(renderer.render(output))
        }
    }

    /// Reads and handles lines until the drill ends or the trainee leaves.
    public func run() throws -> Exit {
        while true {
            if case .ended(let end) = engine.awaiting { return .ended(end) }
            guard let line = input.readLine(prompt: Prompt.text(for: engine)) else {
                try writer.append(.note(SessionNote(kind: "left", text: "end of input", wall: now())), sync: true)
                return .left
            }
            if input.echoesInput, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                print(Prompt.text(for: engine) + line)
            }
            if case .success(let parsed?) = ActionParser.parse(line), parsed.action.verb == "quit" {
                try writer.append(.note(SessionNote(kind: "left", text: "quit", wall: now())), sync: true)
                return .left
            }
            // The line is on disk before anything it causes is shown: a crash now loses nothing shown.
            try writer.append(.input(SessionInput(at: engine.state.clock, wall: now(), text: line)), sync: true)
            try show(engine.handle(line))
        }
    }

    /// Moves the simulated clock on (live mode), logging the move before showing what falls due.
    public func advance(to time: SimDuration) throws {
        guard time > engine.state.clock, engine.state.end == nil else { return }
        try writer.append(.advance(SessionAdvance(to: time, wall: now())), sync: true)
        try show(engine.advance(to: time))
    }
}
