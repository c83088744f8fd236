extension Engine {
    /// The scenario's simulated wall clock.
    public var localClock: LocalClock { world.localClock }

    /// How answers the engine records name a moment: `Tue 09:40 (T+00:00)`, or `T+00:00` in a session
    /// recorded before the real clock, so that it replays to the same bytes.
    func stamp(_ offset: SimDuration) -> String {
        configuration.realClock ? localClock.stamp(at: offset) : "T+\(offset.clock)"
    }

    /// `wait 30m` or `wait until 18:00`: lets time pass, stopping early at a new inject or a question
    /// that times out (with a real clock), and says what time it is and how much of the wait is left.
    mutating func wait(_ action: Action) -> [Output] {
        let target: SimDuration
        switch waitTarget(of: action) {
        case .success(let offset): target = offset
        case .failure(let error): return [.error(error.message)]
        }
        var outputs: [Output] = []
        let decisionsBefore = state.decisions.count
        let stopped = advance(to: target, into: &outputs, stoppingAtNews: configuration.realClock)
        guard state.end == nil else { return outputs }
        // A move typed for a time takes its own time when it runs: a wait that it carried past its end
        // says so (blind24: 'wait until Fri 10:05' ended at 10:15 without a word why).
        if configuration.realClock, state.clock > target,
           // The move that ran longest, not the last to run (blind98 #69: a 10-minute question named for an hour's test).
           let ran = state.decisions[min(decisionsBefore, state.decisions.count)...].max(by: { $0.at + $0.cost < $1.at + $1.cost }), ran.cost > .zero {
            outputs.append(.notice("It is now \(stamp(state.clock)), past the \(localClock.dayAndTime(at: target)) you waited for: "
                + "'\(Self.withoutTime(ran.raw))', scheduled for \(localClock.dayAndTime(at: ran.at)), took \(ran.cost)."))
            return outputs
        }
        if stopped, target > state.clock {
            let left = SimDuration(seconds: target.seconds - state.clock.seconds)
            let resume = action.until.map { "wait until \($0)" } ?? "wait \(left)"
            outputs.append(.notice("Stopped waiting at \(localClock.stamp(at: state.clock)) for what just came in; \(left) of your wait was left ('\(resume)' to go on)."))
        } else {
            outputs.append(.notice("It is now \(stamp(state.clock))."))
        }
        return outputs
    }

    /// When a `wait` or `monitor` would end: its `until` time, or its duration from now; an error for a time
    /// that is not later than now. One reading for the wait itself and for the warning before it.
    func waitTarget(of action: Action) -> Result<SimDuration, InputError> {
        guard let until = action.until else { return .success(state.clock + (action.duration ?? .zero)) }
        switch localClock.offset(of: until, after: state.clock) {
        case .success(let offset) where offset > state.clock: return .success(offset)
        case .success: return .failure(InputError("it is \(localClock.dayAndTime(at: state.clock)) already; wait until a later time"))
        case .failure(let error): return .failure(error)
        }
    }

    /// The asker of an open question stops waiting and acts alone: the scenario's `on_timeout`, or
    /// they simply stop asking.
    mutating func timeOut(question id: String, into outputs: inout [Output]) {
        guard let position = state.pendingDecisions.firstIndex(of: id), let inject = injectsByID[id],
              let decision = inject.decision else { return }
        state.pendingDecisions.remove(at: position)
        let asker = inject.from.flatMap { peopleByID[$0]?.name } ?? inject.sender ?? "The asker"
        let waited = scenario.timeout(of: decision)
        state.timedOut.append(TimedOutQuestion(decision: id, option: decision.onTimeout?.option, at: state.clock))
        guard let onTimeout = decision.onTimeout else {
            outputs.append(.notice("No answer for \(waited) to \"\(decision.question)\": \(asker) stops waiting and decides alone."))
            return
        }
        // The option's words are addressed to the IC ("Tell her what the alert shows"); what the asker
        // does is the outcome that follows, so the line names no option (blind5).
        outputs.append(.notice("No answer for \(waited): \(asker) acts alone."))
        let outcome = outcomeAsItComes(onTimeout.outcome, effects: onTimeout.effects)
        outputs.append(.response(outcome.told))
        recordDeeds(outcome.deed, asker: inject.from)
        apply(onTimeout.effects, by: "\(asker), when nobody answered", credit: (onTimeout.outcome, ", when nobody answered"), into: &outputs)
    }
}
