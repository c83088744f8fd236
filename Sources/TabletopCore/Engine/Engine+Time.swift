extension Engine {
    /// Moves the clock to `target`, delivering every event and clock deadline due on the way, in order.
    /// With `stoppingAtNews`, it stops at the first new inject, task report or question that times out, and says
    /// so by returning true (`wait` in a drill with a real clock).
    @discardableResult
    mutating func advance(to target: SimDuration, into outputs: inout [Output], stoppingAtNews: Bool = false) -> Bool {
        let limit = scenario.end.timeLimit
        // A task handed over that reports back is a message too (blind40 #94: `wait until 20:50` ran through Lena's report).
        let news = { (state: EngineState) in state.fired.count + state.timedOut.count + state.tasks.count(where: \.done) }
        let newsBefore = news(state)
        while state.end == nil {
            let nextEvent = state.queue.first?.at
            let nextDeadline = earliestPendingDeadline
            let next = [nextEvent, nextDeadline, limit].compactMap { $0 }.min()!
            guard next <= target else { break }
            state.clock = max(state.clock, next)
            if let event = state.queue.first, event.at <= state.clock {
                state.queue.removeFirst()
                // What a delegated task brings about is the delegation's doing, not the running command's.
                creditedDecision = credit(of: event.kind)
                process(event, into: &outputs)
            } else if nextDeadline.map({ $0 <= state.clock }) == true {
                expireClocks(into: &outputs)
            } else {
                endDrill(DrillEnd(outcome: "time-limit", kind: .timeout, at: limit,
                                  text: timeUpText(at: limit)), into: &outputs)
                break
            }
            settle(into: &outputs)
            creditedDecision = nil
            // Everything due at this same moment is delivered before stopping, so one wait shows it all.
            if stoppingAtNews, news(state) > newsBefore, state.end == nil, nextDue > state.clock { return true }
        }
        if state.end == nil {
            state.clock = max(state.clock, min(target, limit))
            settle(into: &outputs)
        }
        return false
    }

    private mutating func process(_ event: ScheduledEvent, into outputs: inout [Output]) {
        switch event.kind {
        case .inject(let id):
            guard let inject = injectsByID[id], !isFired(id), !watch.isHeld(id, in: state), !watch.isDropped(id, in: state) else { return }
            if case .contingency(let step, _) = inject.trigger, watch.done(step, in: state) { return }
            fire(inject, into: &outputs)
        case .arrival(let id):
            announceArrival(of: id, into: &outputs)
        case .questionTimeout(let id):
            timeOut(question: id, into: &outputs)
        case .scheduled(let player, let line):
            runScheduled(line, by: player, into: &outputs)
        case .task(let index):
            runDelegatedTask(index, into: &outputs)
        case .change(let asset, let target, let response):
            carryOut(change: target, on: asset, response: response, into: &outputs)
        case .findings(_, let facts):
            reveal(facts, into: &outputs)
        }
    }

    /// Re-checks everything that depends on state until nothing changes: conditional injects, clocks,
    /// condition-only traps, facts becoming
    /// available to the severity matrix, and the end. A pass checks, in the scenario's order, only
    /// the conditional injects whose condition may have changed (`ConditionWatch`); the others are false.
    mutating func settle(into outputs: inout [Output]) {
        var changed = true
        while changed, state.end == nil {
            changed = false
            watch.beginPass(index: world.index)
            while true {
                watch.sync(state, index: world.index)
                guard let position = watch.next() else { break }
                let inject = scenario.injects[position]
                guard !isFired(inject.id), !watch.isDropped(inject.id, in: state), !watch.isHeld(inject.id, in: state),
                      case .when(let condition) = inject.trigger, holds(condition) else { continue }
                fire(inject, into: &outputs)
                changed = true
            }
            changed = recordCriteria(into: &outputs) || changed
            changed = updateClocks(into: &outputs) || changed
            for trap in scenario.traps where trap.on == nil && !state.traps.contains(where: { $0.id == trap.id }) {
                if trap.when.map({ holdsForTrainee($0) }) ?? false {
                    state.traps.append(SprungTrap(id: trap.id, at: state.clock, decision: nil))
                }
            }
            if !world.factsWithAvailability.isEmpty { recordSeverityInputs() }
            if let outcome = scenario.end.outcomes.first(where: { $0.when.map { holds($0) } ?? false }) {
                endDrill(DrillEnd(outcome: outcome.id, kind: outcome.kind == .resolved ? .resolved : .loss, at: state.clock, text: outcome.text), into: &outputs)
            }
        }
    }

    /// Delivers an inject, unless its `unless` holds (then it is dropped for good).
    mutating func fire(_ inject: Inject, into outputs: inout [Output]) {
        if let unless = inject.unless, holds(unless) {
            if !state.dropped.contains(inject.id) { state.dropped.append(inject.id) }
            return
        }
        deliver(inject, into: &outputs)
    }

    /// Delivers an inject whatever its conditions (the facilitator's `inject`, or a trigger that fired).
    mutating func deliver(_ inject: Inject, into outputs: inout [Output]) {
        let builder = fixBuilder(for: inject)
        if let from = builder ?? inject.from { answerPageEarly(from, into: &outputs) }
        state.fired.append(FiredInject(id: inject.id, at: state.clock, from: builder))
        recordTakingPart(in: inject, from: builder ?? inject.from)
        let sender = (builder ?? inject.from).flatMap { peopleByID[$0] }.map { "\($0.name), \($0.role)" } ?? inject.sender ?? "Unknown"
        // A report of what the trainee learnt already (an answer moments before, their own sweep) is a
        // confirmation, not news: it says so, so the same finding never reads as found twice.
        let confirms = inject.decision == nil && !inject.reveals.isEmpty && !inject.text.hasPrefix("Confirm")
            && inject.reveals.allSatisfy { world.factsByID[$0]?.known == false && watch.knows($0, in: state) }
        outputs.append(.inject(InjectMessage(
            id: inject.id, at: state.clock, from: sender, channel: inject.channel, to: inject.to,
            text: confirms ? "Confirms what you already know: \(inject.text)" : Self.reportsFix(inject) ? fixReadyText(inject) : inject.text,
            question: inject.decision?.question, options: displayedOptions(of: inject).map(\.text))))
        if let decision = inject.decision {
            state.pendingDecisions.append(inject.id)
            // A question that arrives while a command runs is seen when the prompt returns; it times out from then.
            let seen = max(state.clock, busyUntil ?? state.clock)
            if configuration.realClock { schedule(.questionTimeout(inject.id), at: seen + scenario.timeout(of: decision)) }
        }
        reveal(inject.reveals, into: &outputs)
        apply(inject.effects, by: asker(of: inject) ?? "as reported", into: &outputs)
        for position in world.index.followers[inject.id] ?? [] {
            let follower = scenario.injects[position]
            if case .afterInject(inject.id, let delay) = follower.trigger {
                schedule(.inject(follower.id), at: state.clock + delay)
            }
        }
    }

    /// Adds facts the trainee did not know yet, announcing each.
    mutating func reveal(_ facts: [String], into outputs: inout [Output]) {
        if var held = heldFindings {
            for id in facts where !watch.knows(id, in: state) && !held.contains(id) { held.append(id) }
            heldFindings = held
            return
        }
        var showsSomething = false
        for id in facts where !watch.knows(id, in: state) {
            state.facts.append(id)
            if let fact = world.factsByID[id] {
                outputs.append(.fact(id: id, text: told(fact)))
                showsSomething = showsSomething || !fact.shows.isEmpty
            }
        }
        if showsSomething { recordSeverityInputs() }
    }

    /// Applies the effects of an inject, answer, option or response.
    /// `by` says who brings the asset changes about ("Nils, on your answer"); nil for the trainee.
    /// `credit` (an outcome's text and how to say it: ", on your answer") credits each asset change
    /// to the person the outcome says carried it out, rather than to `actor`.
    mutating func apply(_ effects: Effects, by actor: String? = nil, credit: (outcome: String, suffix: String)? = nil, into outputs: inout [Output]) {
        if let floor = effects.severityFloor {
            state.severityFloor = max(state.severityFloor ?? floor, floor)
            recordSeverityInputs()
        }
        for change in effects.assets {
            let by = credit.flatMap { credit in doer(of: change.state, on: change.asset, in: credit.outcome).map { $0.name + credit.suffix } } ?? actor
            add(change.state, to: change.asset, by: by)
            // Someone cutting the asset off now (a timed-out question's effect) overtakes a scheduled cut-off.
            if Self.cutOffStates.contains(change.state) { overtakeSchedule(of: change.asset) }
        }
        for id in effects.compromise { add(.compromised, to: id, by: actor) }
        for id in effects.expose { add(.exposed, to: id, by: actor) }
        if let present = effects.attackerPresent {
            if present { state.attackerOutAt = nil } else if state.attackerPresent { state.attackerOutAt = state.clock }
            state.attackerPresent = present
        }
        if let end = effects.end, let outcome = scenario.end.outcomes.first(where: { $0.id == end }) {
            endDrill(DrillEnd(outcome: outcome.id, kind: outcome.kind == .resolved ? .resolved : .loss, at: state.clock, text: outcome.text), into: &outputs)
        }
    }

    /// A cut-off done now overtakes one scheduled for later: it took effect at this moment.
    mutating func overtakeSchedule(of asset: String) {
        if let at = state.scheduledAt?[asset], at > state.clock { state.scheduledAt?[asset] = state.clock }
    }

    mutating func add(_ assetState: AssetState, to asset: String, by actor: String? = nil) {
        var states = state.assetStates[asset] ?? []
        if !states.contains(assetState) {
            states.append(assetState)
            state.assetChanges.append(AssetChange(asset: asset, state: assetState, at: state.clock, by: actor))
        } else if assetState == .rotated, state.assetChanges.last(where: { $0.asset == asset && $0.state == assetState })?.at != state.clock {
            // Rotating again makes new secrets: the record keeps each time (the one after the role was fixed is the one that counts).
            state.assetChanges.append(AssetChange(asset: asset, state: assetState, at: state.clock, by: actor))
        }
        state.assetStates[asset] = states
        watch.touch(.asset(asset), index: world.index)
    }

    mutating func add(_ personState: PersonState, to person: String) {
        var states = state.personStates[person] ?? []
        if !states.contains(personState) { states.append(personState) }
        state.personStates[person] = states
        watch.touch(.person(person), index: world.index)
    }

    /// Starts clocks whose condition holds and stops those whose action came; true when any changed.
    private mutating func updateClocks(into outputs: inout [Output]) -> Bool {
        var changed = false
        for clock in scenario.clocks {
            if let status = state.clocks[clock.id] {
                guard status.isRunning, holds(clock.stops) else { continue }
                state.clocks[clock.id]?.metAt = state.clock
                outputs.append(.clock(ClockNotice(id: clock.id, label: clock.label, event: .met, deadline: status.deadline)))
                changed = true
            } else if holds(clock.starts) {
                let deadline = clock.at ?? state.clock + clock.duration
                state.clocks[clock.id] = ClockStatus(startedAt: state.clock, deadline: deadline, metAt: nil, expired: false)
                outputs.append(.clock(ClockNotice(id: clock.id, label: clock.label, event: .started, deadline: deadline, metBy: Self.moves(of: clock.stops))))
                changed = true
            }
        }
        return changed
    }

    private mutating func expireClocks(into outputs: inout [Output]) {
        for clock in scenario.clocks {
            guard let status = state.clocks[clock.id], let due = pendingDeadline(clock), due <= state.clock else { continue }
            if status.isRunning {
                state.clocks[clock.id]?.expired = true
                outputs.append(.clock(ClockNotice(id: clock.id, label: clock.label, event: .expired, deadline: status.deadline)))
            } else {
                state.clocks[clock.id]?.passedAt = state.clock
                outputs.append(.notice("The \(clock.label) deadline (\(stamp(status.deadline))) passes; you met it at \(stamp(status.metAt ?? status.deadline))."))
                // A missed deadline's consequence is an inject on `clock(id).expired`; this is the met one's.
                if let passes = clock.passes { outputs.append(.response(passes)) }
            }
        }
    }

    mutating func endDrill(_ end: DrillEnd, into outputs: inout [Output]) {
        guard state.end == nil else { return }
        state.unreached = unreachedPlan()
        state.end = end
        state.pendingDecisions = []
        outputs.append(.end(end))
    }
}

extension Engine {
    /// The moves a condition made only of `did(…)` alternatives is met by (`did(brief leadership) or
    /// did(notify leadership)`); nil for any other condition, which a list of moves would misstate.
    static func moves(of condition: Condition) -> [String]? {
        switch condition {
        case .did(let pattern): [pattern.description]
        case .any(let alternatives):
            alternatives.reduce([String]?([])) { moves, alternative in
                guard let moves, let more = Self.moves(of: alternative) else { return nil }
                return moves + more
            }
        default: nil
        }
    }
}
