extension StepResult {
    /// What the step's criteria and rubric still lacked, in an evaluator's words, for every report
    /// format the trainee reads: the kind of task left undone and how much of a good text was missing,
    /// never the criteria or concepts themselves (copied into a retake, they would be the answer key;
    /// the facilitator reads them in `criteria` and `rubric`).
    public var debriefShortfalls: [String] {
        if let shortfalls { return shortfalls }
        let unmet = criteria.filter { $0.metAt == nil }
        var kinds: [String] = []
        for kind in unmet.map(\.kind) where !kinds.contains(kind) { kinds.append(kind.isEmpty ? "a critical task not done" : kind) }
        let missed = rubric?.missed.count ?? 0, carried = rubric?.hit.count ?? 0
        let gaps = (unmet.isEmpty ? [] : ["\(unmet.count) of \(criteria.count) critical tasks not done (\(kinds.joined(separator: "; ")))"])
            + (missed == 0 ? [] : ["the text carried \(carried) of \(carried + missed) points a complete one makes"])
        // Partly done with nothing of its own missing: it is worth what the step it needs is worth.
        let own = status == .partial && gaps.isEmpty ? ["no better than the step it needs"] : gaps
        // A partly done step keeps only part of its points for lateness and order too; say so, or
        // "3 of 4 points" reads as 75 % where the step earned 37 % (blind41: steps 10, 12, 13).
        return status == .partial ? own + timingShortfalls : own
    }

    /// Whether it was done after its deadline.
    public var wasLate: Bool {
        guard let doneAt, let deadline else { return false }
        return doneAt > deadline
    }

    /// Lateness and order as shortfalls: "done after its deadline of T+06:00", "done before step 9".
    var timingShortfalls: [String] {
        (wasLate ? ["done after its deadline of T+\(deadline?.clock ?? "")"] : [])
            + (missingPrerequisites.isEmpty ? [] : ["done before step \(missingPrerequisites.map(String.init).joined(separator: ", "))"])
    }
}

extension Scorecard {
    /// The scorecard a trainee may keep: each step's criteria and rubric (the names and concepts a
    /// retake could copy) replaced by its shortfalls by kind of task and count, as every debrief
    /// format words them. The full key stays behind `--facilitator`.
    public func traineeSafe() -> Scorecard {
        var card = self
        card.steps = steps.map { step in
            var step = step
            step.shortfalls = step.debriefShortfalls
            step.criteria = []
            step.rubric = nil
            return step
        }
        return card
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

extension PathComparison {
    /// What the trainee did about this move, in words: the move that made it hold and when (in the
    /// scenario's local time where the drill has one), or that it never did. A step ticked by less
    /// than the move asks says so, so the path never seems to contradict the runbook table.
    public func yours(on clock: LocalClock? = nil) -> String {
        func stamp(_ at: SimDuration) -> String { clock?.stamp(at: at) ?? "T+\(at.clock)" }
        guard let doneAt else {
            if let trap = standingTrap { return "not done: the trap \(trap) stands against it" }
            if let planned { return "planned: '\(planned.line)' scheduled for \(stamp(planned.at)); the drill ended before it ran" }
            if let neverAsked { return "not called for: the question it answers (\"\(neverAsked)\") never came in this drill" }
            let still = (missing.map { "; still missing: " + $0.joined(separator: ", ") } ?? "")
                + (ruledOut.map { "; but " + $0.joined(separator: "; ") } ?? "")
            guard let stepDoneAt else { return "not done" + still }
            return "not done; step \(step) itself was ticked at \(stamp(stepDoneAt)), for less than this move asks" + still
        }
        let done = stamp(doneAt) + (did.map { " after '\($0)'" } ?? " (already so at the start)")
        let yours = done + (textShort.map { "; but the text for step \(step) carried only \($0.carried) of \($0.of) points a complete one makes" } ?? "")
        // The table rates the whole step: a move done early beside a step done later, or not at all, says so.
        guard let status = stepStatus, status != .notApplicable else { return yours }
        guard let stepDoneAt else { return yours + "; step \(step) itself is not done: it asks for more than this move" }
        guard stepDoneAt > doneAt else { return yours }
        let word = status == .onTime ? "on time" : status.rawValue.replacingOccurrences(of: "-", with: " ")
        return yours + "; step \(step) as a whole: \(stamp(stepDoneAt)), \(word), as the runbook table rates it"
    }
}

extension Scorecard {
    /// The penalties that count against a capability (adjustments tied to one of its steps), so that a
    /// phase rated low while every step in it was done says why: a trap on one of its steps.
    public func penalties(in capability: CapabilityResult) -> [Adjustment] {
        let numbers = Set(steps.filter { $0.phase == capability.phase }.map(\.number))
        return adjustments.filter { $0.points < 0 && $0.step.map(numbers.contains) == true }
    }
}
