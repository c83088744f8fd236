extension Engine {
    /// Records the scenario's step criteria that hold now; a step whose criteria all hold is done.
    /// Returns whether anything changed (a done step can trigger contingency injects and outcomes).
    mutating func recordCriteria(into outputs: inout [Output]) -> Bool {
        // Only what may have changed is read (`ConditionWatch.checkCriterion`), so what was appended is taken in first.
        watch.sync(state, index: world.index)
        recordIdealPath()
        var changed = false
        for (position, override) in scenario.scoring.enumerated() where !override.criteria.isEmpty && !watch.done(override.step, in: state) {
            var newlyMet: [String] = []
            let start = world.index.criterionStart[position]
            for (index, criterion) in override.criteria.enumerated()
            where !state.criteriaMet.contains(where: { $0.step == override.step && $0.criterion == index })
                && watch.checkCriterion(start + index, index: world.index) && holdsForTrainee(criterion.when) {
                state.criteriaMet.append(CriterionMet(step: override.step, criterion: index, at: state.clock, decision: creditedMove))
                newlyMet.append(criterion.name)
            }
            let met = state.criteriaMet.count { $0.step == override.step }
            guard met == override.criteria.count else {
                // Part of a step done is news too, as the debrief counts it (blind29: snapshots of two of the three
                // hosts never showed a tick, then the debrief called step 11 ticked at that time).
                if !newlyMet.isEmpty, configuration.mode == .practice, configuration.realClock, let title = runbook.step(override.step)?.title {
                    outputs.append(.evidence(step: override.step, title: "\(title), in part: \(newlyMet.joined(separator: "; ")) (\(met) of \(override.criteria.count))"))
                }
                continue
            }
            state.evidence.append(StepEvidence(step: override.step, at: state.clock, decision: creditedMove ?? state.decisions.count - 1))
            // The step done is read by the criteria after it in this pass, as when every criterion was read.
            watch.sync(state, index: world.index)
            if let title = runbook.step(override.step)?.title, configuration.mode == .practice {
                outputs.append(.evidence(step: override.step, title: title))
            }
            changed = true
        }
        return changed
    }

    /// Records the moves of the scenario's ideal path that hold now, for the debrief's side-by-side.
    /// They score nothing: the steps' criteria do.
    mutating func recordIdealPath() {
        for (index, move) in scenario.debrief.ideal.enumerated()
        where !state.idealMet.contains(where: { $0.index == index }) && watch.checkCriterion(index, index: world.index) && holdsForTrainee(move.when) {
            state.idealMet.append(IdealMet(index: index, at: state.clock, decision: creditedMove))
        }
    }

    /// The decision what holds now is credited to: the one the event being processed is credited to
    /// (`credit(of:)`), else the last decision (the move that did it, or the one time passed after);
    /// nil before any.
    var creditedMove: Int? {
        creditedDecision ?? (state.decisions.isEmpty ? nil : state.decisions.count - 1)
    }

    /// The decision an event's consequences are credited to when it is not the last one typed: a
    /// delegated task's to its `delegate`, a change arranged for later to the move that arranged it,
    /// a long command's findings to that command. Nil for the others (the last decision).
    func credit(of event: ScheduledEvent.Kind) -> Int? {
        switch event {
        case .task(let index): state.tasks[safe: index]?.decision
        case .change(let asset, let target, _):
            state.decisions.firstIndex { decision in
                [decision.action, decision.countsAs].contains { action in
                    action.map { assetID(of: $0) == asset && Self.stateOfVerb[$0.verb] == target } ?? false
                }
            }
        case .findings(let decision, _): decision
        case .inject, .arrival, .questionTimeout, .scheduled: nil
        }
    }
}

/// A step criterion of the scenario that came to hold, and when.
public struct CriterionMet: Sendable, Hashable, Codable {
    /// The step number.
    public var step: Int
    /// The criterion's position in the step's list.
    public var criterion: Int
    /// When it first held.
    public var at: SimDuration
    /// The last decision before it held (nil when none had been taken); the move that did it, or the
    /// one time passed after.
    public var decision: Int?
}
