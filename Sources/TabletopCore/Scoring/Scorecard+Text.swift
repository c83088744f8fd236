extension StepResult {
    /// What the step's criteria and rubric still lacked, in words, for every report format.
    public var shortfalls: [String] {
        let unmet = criteria.filter { $0.metAt == nil }.map(\.name)
        let missed = rubric?.missed ?? []
        let gaps = (unmet.isEmpty ? [] : ["not done: " + unmet.joined(separator: ", ")])
            + (missed.isEmpty ? [] : ["the text lacked " + missed.joined(separator: ", ")])
        // Partly done with nothing of its own missing: it is worth what the step it needs is worth.
        return status == .partial && gaps.isEmpty ? ["no better than the step it needs"] : gaps
    }
}

extension JudgementResult {
    /// One line per question: what was asked, what was chosen, and how good a choice it was.
    public var lines: [String] {
        questions.map { question in
            guard let chosen = question.chosen else { return "\(question.question) Not answered." }
            return "\(question.question) Chose \"\(chosen)\": \(Int((question.quality * 100).rounded()))% of the best answer."
        }
    }
}

extension Scorecard {
    /// Why the score is provisional, or nil when it is final.
    public var provisionalNote: String? {
        provisional ? "provisional: the drill stopped before the incident was closed" : nil
    }
}
