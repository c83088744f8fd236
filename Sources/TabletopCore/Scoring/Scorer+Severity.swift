extension Scorer {
    /// How soon after new facts raise the correct level a re-rating still counts as keeping up with them.
    static let rerateWithin = SimDuration.minutes(60)

    /// How soon the facts may catch up with a level declared ahead of them: a higher level taken minutes before
    /// the finding that calls for it is the advice "when unsure, take the higher level", not an over-rating
    /// (blind45: sev1 at 10:24, correct from 10:25, cost a point).
    static let overRatingGrace = SimDuration.minutes(15)

    /// Severity declared against the matrix: the correct level at each moment is the matrix's rating of the
    /// scenario's ground truth and of what the known facts show (raised by any floor). Under-rating costs more
    /// than over-rating, and new facts call for a re-rating.
    func severityJudgment(_ state: EngineState) -> (judgment: SeverityJudgment, adjustments: [Adjustment]) {
        var findings: [String] = []
        var adjustments: [Adjustment] = []
        let priority = runbook.steps.first { $0.slug == "set-priority" }?.number
        let correct = matrix.correctLevels(state, truth: scenario.truth)
        let declarations = state.severityLog.enumerated().map { index, declaration in
            var judged = declaration
            judged.correct = matrix.correctLevel(atDeclaration: index, state, truth: scenario.truth)
            return judged
        }
        for declaration in declarations {
            let right = declaration.correct ?? declaration.level
            let gap = declaration.level.number - right.number
            guard gap != 0 else { continue }
            if gap < 0, correct.contains(where: { $0.level >= declaration.level && $0.at >= declaration.at
                && $0.at.seconds - declaration.at.seconds <= Self.overRatingGrace.seconds }) { continue }
            let text = "declared \(declaration.level) at T+\(declaration.at.clock) when the matrix gave \(right): "
                + "\(gap > 0 ? "under" : "over")-rated by \(abs(gap)) level\(abs(gap) == 1 ? "" : "s")"
            findings.append(text)
            let points = gap > 0 ? -gap * policy.underRatingPenalty : gap * policy.overRatingPenalty
            adjustments.append(Adjustment(kind: "severity", points: points, reason: text, step: priority, at: declaration.at))
        }
        if declarations.isEmpty, !state.decisions.isEmpty {
            let text = "no severity was ever declared; the matrix gave \(correct.map(\.level).max() ?? .sev4)"
            findings.append(text)
            adjustments.append(Adjustment(kind: "severity", points: -2 * policy.underRatingPenalty, reason: text, step: priority, at: nil))
        }
        for change in correct.dropFirst() {
            let before = declarations.last { $0.at <= change.at }
            guard let before, before.level < change.level else { continue }
            let rerated = declarations.first { $0.at >= change.at && $0.level >= change.level }
            // Re-rated, but long after the facts called for it: the incident ran under-rated meanwhile, and that is
            // no strength (blind39 S2: sev1 due at T+03:00, declared at T+05:06, praised as "kept right").
            if let rerated, rerated.at.seconds - change.at.seconds > Self.rerateWithin.seconds {
                let lag = SimDuration(seconds: rerated.at.seconds - change.at.seconds)
                let text = "new facts at T+\(change.at.clock) raised the correct level to \(change.level), and the incident was re-rated only \(lag) later"
                findings.append(text)
                adjustments.append(Adjustment(kind: "severity", points: -(policy.noReratePenalty + 1) / 2, reason: text,
                                              step: runbook.steps.first { $0.slug == "verify-impact" }?.number, at: change.at))
            }
            if rerated == nil {
                let text = "new facts at T+\(change.at.clock) raised the correct level to \(change.level), and the incident stayed at \(before.level)"
                findings.append(text)
                adjustments.append(Adjustment(kind: "severity", points: -policy.noReratePenalty, reason: text,
                                              step: runbook.steps.first { $0.slug == "verify-impact" }?.number, at: change.at))
            }
        }
        return (SeverityJudgment(declarations: declarations, correct: correct, findings: findings), adjustments)
    }
}
