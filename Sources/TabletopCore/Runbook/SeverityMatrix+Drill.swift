extension SeverityMatrix {
    /// The correct level for what the engine recorded at one moment: the matrix's level for the signals,
    /// raised to the floor.
    public func level(for inputs: SeverityInputs) -> Severity {
        let level = level(for: Set(inputs.signals))
        return inputs.floor.map { max($0, level) } ?? level
    }

    /// The correct level over a drill, each time it changed. A state with nothing recorded (never started)
    /// is rated on the ground truth alone, from the start.
    public func correctLevels(_ state: EngineState, truth: GroundTruth) -> [SeverityChange] {
        let inputs = state.severityInputs.isEmpty
            ? [SeverityInputs(at: .zero, declarationsBefore: 0, signals: truth.signals.sorted(), floor: nil)]
            : state.severityInputs
        var changes: [SeverityChange] = []
        for entry in inputs {
            let level = level(for: entry)
            if changes.last?.level != level { changes.append(SeverityChange(at: entry.at, level: level)) }
        }
        return changes
    }

    /// The correct level when the `index`th severity declaration was made: what was recorded before it.
    public func correctLevel(atDeclaration index: Int, _ state: EngineState, truth: GroundTruth) -> Severity {
        let entry = state.severityInputs.last { $0.declarationsBefore <= index }
        return entry.map { level(for: $0) } ?? level(for: truth.signals)
    }
}
