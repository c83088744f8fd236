extension Scorer {
    /// The answers to the scenario's questions, as one bounded part of the total: each question that
    /// reached the trainee earns its share by where the chosen option sits between the worst and the
    /// best (by the options' points); an unanswered question earns nothing, and one answered after the policy's
    /// `answer_within` earns the late share. With no question at all the
    /// part is earned at the rate the steps were, so it neither rewards nor punishes a quiet drill.
    func judgementResult(_ state: EngineState, steps: [StepResult]) -> JudgementResult {
        let possible = Double(policy.judgementWeight)
        let questions = state.fired.compactMap { fired -> QuestionResult? in
            guard let inject = scenario.injects.first(where: { $0.id == fired.id }), let decision = inject.decision else { return nil }
            let choice = state.choices.first { $0.decision == inject.id }
            let option = choice.flatMap { decision.options[safe: $0.option - 1] }
            let points = decision.options.map(\.points)
            let (worst, best) = (points.min() ?? 0, points.max() ?? 0)
            let late = choice.map { $0.at.seconds - fired.at.seconds > policy.answerWithin.seconds } ?? false
            let quality = (option.map { best == worst ? 1 : Double($0.points - worst) / Double(best - worst) } ?? 0)
                * (late ? policy.lateCredit : 1)
            return QuestionResult(decision: inject.id, question: decision.question, chosen: option?.text, quality: (quality * 1000).rounded() / 1000)
        }
        let share: Double
        if questions.isEmpty {
            let stepPossible = steps.reduce(0) { $0 + $1.possible }
            share = stepPossible > 0 ? steps.reduce(0) { $0 + $1.points } / stepPossible : 0
        } else {
            share = questions.reduce(0) { $0 + $1.quality } / Double(questions.count)
        }
        return JudgementResult(points: (possible * share * 100).rounded() / 100, possible: possible, questions: questions)
    }
}
