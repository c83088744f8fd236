extension Engine {
    /// Why `test` or `rollout` cannot be done yet: the fix must exist in the world first. A scenario
    /// models the fix being ready with an inject that follows `fix` (`after_action: fix`, Lena's
    /// "Ready for testing"); without one, the fix exists once someone has worked on it. Nil when it
    /// can be done, and always in sessions recorded before the world reacted (`realClock` off).
    func fixProblem(_ action: Action) -> String? {
        guard configuration.realClock, action.verb == .test || action.verb == .rollout else { return nil }
        let what = action.verb == .test ? "nothing to test yet" : "nothing to roll out yet"
        let readiness = scenario.injects.filter(Self.reportsFix)
        if readiness.contains(where: { isFired($0.id) }) { return nil }
        let started = state.decisions.last { $0.action.verb == .fix }
            ?? state.tasks.last { $0.line.lowercased().hasPrefix("fix") }.flatMap { state.decisions[safe: $0.decision] }
        guard let started else {
            return "\(what): no fix has been started; have one built first with fix \"what to change\""
        }
        if readiness.isEmpty { return nil }
        let owner = readiness.first.flatMap { asker(of: $0) }
        let due = state.queue.sorted.first { event in
            if case .inject(let id) = event.kind { return readiness.contains { $0.id == id } }
            return false
        }?.at
        return "\(what): the fix started at \(stamp(started.at)) is not ready"
            + (due.map { " (expected around \(localClock.dayAndTime(at: $0)))" } ?? "")
            + "; \(owner ?? "its owner") will say when it is. Work on something else meanwhile, or wait"
    }

    /// Before a command whose time runs past an open question's limit or a running clock's deadline:
    /// who will act alone, when, and how; which deadline runs out. The command still runs (a warning, not
    /// a refusal); answering first keeps the decision.
    func outlastWarning(for action: Action, cost: SimDuration) -> Output? {
        guard configuration.realClock, action.verb != .choose, cost > .zero else { return nil }
        let done = state.clock + cost
        // Every question it outlasts, not only the first: two can run out during one long command. One
        // running out the minute it ends is lost too: events due then come before the next prompt.
        let questions = state.queue.sorted.filter { $0.at <= done }.compactMap { event -> String? in
            guard case .questionTimeout(let id) = event.kind, state.pendingDecisions.contains(id),
                  let inject = injectsByID[id], let decision = inject.decision else { return nil }
            let left = SimDuration(seconds: event.at.seconds - state.clock.seconds)
            let who = asker(of: inject) ?? "the asker"
            let then = decision.onTimeout.flatMap { decision.options[safe: $0.option - 1] }
                .map { "\(who) takes \"\($0.text)\"" } ?? "\(who) stops waiting and decides alone"
            return "past the \(left) left on \(who)'s question (\"\(decision.question)\"): at \(localClock.dayAndTime(at: event.at)) \(then) without you"
        }
        // A deadline (the press, the regulator) that runs out during it is as easily missed.
        let deadlines = scenario.clocks.compactMap { clock -> String? in
            guard let status = state.clocks[clock.id], status.isRunning, status.deadline <= done else { return nil }
            let left = SimDuration(seconds: max(0, status.deadline.seconds - state.clock.seconds))
            return "past the \(left) left on the \(clock.label) clock: it runs out at \(localClock.dayAndTime(at: status.deadline))"
        }
        let lapsing = questions + deadlines + [timeLimitLapse(until: done)].compactMap { $0 }
        guard !lapsing.isEmpty else { return nil }
        let advice = questions.isEmpty ? "" : "; 'choose' before a long command keeps the decision yours"
        return .warning("this takes \(cost), \(lapsing.joined(separator: "; and ")). It runs anyway\(advice).")
    }

    /// How long the open question has before its asker decides alone, counted from `now` (the
    /// engine's clock unless live mode is past it); nil when no question is open or it has no limit.
    public func openQuestionLeft(at now: SimDuration? = nil) -> SimDuration? {
        guard let open = state.pendingDecisions.first else { return nil }
        let due = state.queue.sorted.first { event in
            if case .questionTimeout(let id) = event.kind { return id == open }
            return false
        }?.at
        return due.map { SimDuration(seconds: max(0, $0.seconds - (now ?? state.clock).seconds)) }
    }

    /// Why `choose` finds no open question: when one went unanswered, whose it was, when its time ran
    /// out and what the asker did alone, so the trainee learns the decision was taken without them.
    var noOpenQuestion: String {
        let plain = "there is no open question to answer"
        guard let last = state.timedOut.last, let inject = injectsByID[last.decision], let decision = inject.decision else { return plain }
        let who = asker(of: inject) ?? "the asker"
        // What the asker did is the authored outcome; the option's own words are addressed to the IC.
        let did = last.option != nil ? decision.onTimeout.map { ": \($0.outcome)" } ?? "" : ""
        return "\(plain): \(who)'s question (\"\(decision.question)\") got no answer within \(scenario.timeout(of: decision)), "
            + "so at \(stamp(last.at)) \(who) decided alone, without you\(did)"
    }
}
