extension Scorer {
    /// What happened in the drill that a move rules out (its `not …` parts that came to hold), in words: an answer taken
    /// ("Theo's question went to 1, 'Let him curl it', when nobody answered in time"), a state an asset came to, a move
    /// made; nil when none did. blind114 #158: "Block the C2 domain at egress instead of querying it from production"
    /// was "not done" beside a block typed at 15:21, and nothing said it was the query from production that undid it.
    func ruledOut(by condition: Condition, in state: EngineState) -> [String]? {
        let parts = ruledOutParts(of: condition, in: state)
        return parts.isEmpty ? nil : parts
    }

    private func ruledOutParts(of condition: Condition, in state: EngineState) -> [String] {
        switch condition {
        case .all(let parts), .any(let parts): parts.flatMap { ruledOutParts(of: $0, in: state) }
        case .not(let inner): happened(inner, in: state).map { [$0] } ?? []
        default: []
        }
    }

    /// A part that came to hold, said as what happened; nil when it did not, or is no kind this can say. Holding is read as
    /// `holdsAtEnd` reads it, but for an answer, which counts when it was taken at a timeout as well.
    private func happened(_ condition: Condition, in state: EngineState) -> String? {
        switch condition {
        case .chose(let decision, let option):
            guard let asked = scenario.injects.first(where: { $0.id == decision })?.decision else { return nil }
            let chosen = state.choices.contains { $0.decision == decision && $0.option == option }
            let timedOut = state.timedOut.contains { $0.decision == decision && $0.option == option }
            guard chosen || timedOut, let text = asked.options[safe: option - 1]?.text else { return nil }
            return "\"\(asked.question)\" went to option \(option), \"\(text)\"" + (timedOut && !chosen ? ", when nobody answered in time" : "")
        case .asset(let id, let assetState):
            return Self.holdsAtEnd(condition, in: state) ? "\(id) was \(Engine.word(for: assetState))" : nil
        case .did(let pattern):
            return Self.holdsAtEnd(condition, in: state) ? "'\(pattern)' was done" : nil
        default:
            return nil
        }
    }
}
