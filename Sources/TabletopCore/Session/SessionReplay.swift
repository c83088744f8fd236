/// Rebuilds a drill from its log by feeding the recorded inputs to a fresh engine.
public enum SessionReplay {
    /// The engine after every recorded input, and the outputs it produced on the way.
    public static func rebuild(_ log: SessionLog, scenario: Scenario, runbook: Runbook) -> (engine: Engine, outputs: [Output]) {
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: log.header.configuration)
        var outputs = engine.start()
        for record in log.records {
            switch record {
            case .input(let input): outputs += engine.handle(input.text)
            case .advance(let advance): outputs += engine.advance(to: advance.to)
            case .facilitator(let input):
                if case .success(let command?) = FacilitatorCommand.parse(input.text) { outputs += engine.facilitate(command) }
            case .note(let note) where note.kind == Engine.addedNoteKind:
                // A late joiner: their lines after this note act as them.
                if let player = Engine.addedPlayer(noteText: note.text) { engine.addPlayer(player) }
            default: break
            }
        }
        return (engine, outputs)
    }

    /// Where replayed outputs first differ from the recorded ones, or nil when they are identical.
    public static func firstDifference(recorded: [Output], replayed: [Output]) -> String? {
        for (index, pair) in zip(recorded, replayed).enumerated() where pair.0 != pair.1 {
            return "output \(index + 1) differs: recorded \(pair.0), replayed \(pair.1)"
        }
        if recorded.count != replayed.count {
            return "recorded \(recorded.count) outputs, replayed \(replayed.count)"
        }
        return nil
    }
}

extension SessionReplay {
    /// The outputs a replay produced beyond those recorded, when the recorded ones are exactly the
    /// replay's beginning: what an input caused but a kill kept from being written. Nil when the
    /// recording differs from the replay anywhere (then nothing can be completed safely).
    public static func unrecordedOutputs(recorded: [Output], replayed: [Output]) -> [Output]? {
        guard recorded.count <= replayed.count, replayed.starts(with: recorded) else { return nil }
        return Array(replayed[recorded.count...])
    }
}
