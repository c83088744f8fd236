extension Engine {
    /// Handles one line as recorded in a session log or typed in solo play: a leading `@name` says
    /// which player acts (`--players`), otherwise the first player does. See `handle(_:as:)`.
    public mutating func handle(_ line: String) -> [Output] {
        if let refusal = refusal { return [refusal] }
        let parsed: ParsedLine
        switch ActionParser.parse(line) {
        case .success(nil): return []
        case .success(let value?): parsed = value
        case .failure(let error): return [.error(error.message)]
        }
        switch resolvePlayer(parsed.actor) {
        case .success(let player): return handle(parsed.action, raw: Self.withoutActor(line, parsed.actor), player: player)
        case .failure(let error): return [.error(error.message)]
        }
    }

    /// Handles one command typed by `player` (a team member, or a solo player chosen by the caller):
    /// a session command, or a decision that is recorded, answered and costs time. The line is read
    /// as typed; a word starting with `@` is not a player's name here but an unknown command.
    ///
    /// A line that is not understood, or not possible now, returns one `.error` and changes nothing.
    /// The line is measured as a session log records it (`@name line`), so that a replay of the log
    /// through `handle(_:)` answers exactly as this call did.
    public mutating func handle(_ line: String, as player: Player) -> [Output] {
        if let refusal = refusal { return [refusal] }
        if let error = LineTokenizer.tooLong(player.name.unicodeScalars.count + 2 + line.unicodeScalars.count) {
            return [.error(error.message)]
        }
        switch ActionParser.parseAction(line) {
        case .success(nil): return []
        case .success(let action?): return handle(action, raw: line.trimmingCharacters(in: .whitespaces), player: player)
        case .failure(let error): return [.error(error.message)]
        }
    }

    /// Why no line can be handled now (the drill has not started, or has ended), or nil.
    var refusal: Output? {
        guard state.started else { return .error("the drill has not started") }
        guard state.end == nil else { return .error("the drill has ended; quit to see the debrief") }
        return nil
    }

    /// A parsed action by a known player; `raw` is the command as the decision log keeps it.
    private mutating func handle(_ action: Action, raw: String, player: Player) -> [Output] {
        let action = withTagsResolved(action)
        if worksInParallel, action.verb == .wait { return finish(waitAlone(action, raw: raw, player: player)) }
        if !action.verb.isDecision {
            return finish(sessionCommand(action))
        }
        if action.verb == .why {
            return finish(attachRationale(action.text ?? ""))
        }
        if let problem = busyProblem(for: player) ?? problem(with: action, player: player) {
            return [.error(problem)]
        }
        // A message that answers the reader's open question in the words of one of its options settles it (blind78 #16,
        // #28: the question stayed open). It is the answer the reader asked for: no warning about reaching them, and no
        // tip-off for it (blind83 #8: the best option, said in words to the suspect's manager, sprang the hard fail).
        let settled = action.verb == .tell ? action.object.flatMap { peopleByID[$0] }.flatMap { optionSettled(by: action.text ?? "", of: $0) } : nil
        if settled == nil, let warning = tipOffWarning(for: action) ?? endingWarning(for: action) { return finish([warning]) }
        if action.until != nil { return finish(schedule(action, raw: raw, player: player)) }
        if let queued = queueForPageAnswer(action, raw: raw, player: player) { return finish(queued) }
        if let outputs = decideGoAhead(action, raw: raw, player: player) { return finish(outputs) }
        // The settling message is read, then that option is chosen, recorded as the `choose` it stands for.
        if let option = settled {
            answeringQuestion = true
            var outputs = decide(action, raw: raw, player: player)
            answeringQuestion = false
            let choice = Action(verb: .choose, text: option)
            if problem(with: choice, player: player) == nil, state.pendingDecisions.first.flatMap({ injectsByID[$0]?.from }) == action.object {
                outputs += decide(choice, raw: "choose \"\(option)\"", player: player)
            }
            return finish(outputs)
        }
        return finish(decide(action, raw: raw, player: player))
    }

    /// A message with a go-ahead for one task the reader can take on: read, then the task handed over, recorded as the
    /// `delegate` it stands for. Nil for any other action. Also for a message that waited for the page answer (blind86 #76:
    /// "Please test it now: …" got "Say the word" once it was delivered).
    mutating func decideGoAhead(_ action: Action, raw: String, player: Player) -> [Output]? {
        guard action.verb == .tell, let id = action.object, let person = peopleByID[id],
              var tasks = goAheadTasks(person, action.text ?? "", player: player), !tasks.isEmpty else { return nil }
        // Not what they are already on (said again: "same again please: snapshot web-05 and then isolate it"); said again whole,
        // they say they are on it, since when, and when they report back (was the same task handed over twice, or the
        // hand-overs to type).
        let open = openWork(of: person).tasks
        let fresh = tasks.filter { task in !open.contains { $0.line == task } }
        if fresh.isEmpty {
            goAheadAlreadyOn = open.filter { tasks.contains($0.line) }
            let outputs = decide(action, raw: raw, player: player)
            goAheadAlreadyOn = []
            return outputs
        }
        tasks = fresh
        goAheadTaken = tasks[0]
        goAheadHeld = heldLaterCuts(person, action.text ?? "", player: player)
        var outputs = decide(action, raw: raw, player: player)
        goAheadTaken = nil
        goAheadHeld = []
        for task in tasks {
            // (The review of the draft they offered is the review itself, recorded as if typed.)
            if task.hasPrefix("statement review "), case .success(let review?) = ActionParser.parseAction(task) {
                if problem(with: review, player: player) == nil { outputs += decide(review, raw: task, player: player) }
                continue
            }
            let delegation = Action(verb: .delegate, object: id, text: task)
            if problem(with: delegation, player: player) == nil {
                outputs += decide(delegation, raw: "delegate \(id) \(task)", player: player)
            }
        }
        return outputs
    }

    /// The command as typed, without its `@name` prefix: the decision records its actor separately.
    static func withoutActor(_ line: String, _ actor: String?) -> String {
        let trimmed = line.trimmingWhitespaces()
        guard actor != nil, trimmed.hasPrefix("@"), let space = trimmed.firstIndex(where: \.isWhitespace) else { return line }
        return String(trimmed[space...].drop(while: \.isWhitespace))
    }

    private func resolvePlayer(_ name: String?) -> Result<Player, InputError> {
        guard let name else { return .success(configuration.players[0]) }
        if let player = configuration.players.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return .success(player)
        }
        let names = configuration.players.map(\.name)
        return .failure(InputError("no player called '\(name.prefix(30))'\(Suggestion.didYouMean(name, among: names)); players: \(names.joined(separator: ", "))"))
    }

    /// Why an action cannot be taken now, in words; nil when it can.
    func problem(with action: Action, player: Player) -> String? {
        let verb = action.verb
        switch verb.argument {
        case .person:
            guard let id = action.object else { return nil }
            if verb == .ic, id == "me" { return nil }
            if let person = peopleByID[id], knows(person: person) {
                if verb == .delegate, let line = action.text, case .success(let task?) = ActionParser.parseAction(line),
                   task.verb.isDelegable, let issue = problem(with: task, player: player)
                    ?? timeProblem(task.until) {
                    return "\(person.name) cannot take that on: \(issue)"
                }
                if verb == .statementReview, configuration.realClock, state.statementDraft == nil {
                    return "there is no draft to review yet; write one with statement draft \"…\""
                }
                if verb == .invite, let channel = action.channel ?? lastOpenedChannel, !channelIDs.contains(channel) {
                    return "there is no channel \(channel); open it first with 'channel \(channel)'"
                }
                if verb == .invite, action.channel == nil, lastOpenedChannel == nil {
                    return "which channel? For example: invite \(id) #incident-private"
                }
                return nil
            }
            if verb == .lookup, let problem = lookupTargetProblem(id) { return problem }
            return unknown("no one called", id, knownPeople.map { ($0.id, $0.name) }, listedBy: "'who' lists the people you know")
        case .asset:
            guard let id = action.object else { return nil }
            if let asset = assetsByID[id], knows(asset: asset) { return goneProblem(action) ?? loglessProblem(action) }
            // An address or id read in an alert is an indicator to look up or block, not an asset of ours (blind17 #17).
            // An address that names a host we know of (web-legacy-01's 10.4.9.17) is that host (blind19 #18).
            if Self.readsLikeIndicator(id), let host = knownAssets.first(where: { $0.name.lowercased().contains(id.lowercased()) }) {
                // Said by its whole name (cdn-update-check.net for c2): what the move would meet on it, else its id
                // (blind75 #90: "cdn-update-check.net is cdn-update-check.net: try 'logs c2'", and `logs c2` was refused).
                var resolved = action
                resolved.object = host.id
                if let problem = goneProblem(resolved) ?? loglessProblem(resolved) { return problem }
                let what = host.name.lowercased() == id.lowercased() ? "\(host.id) (\(host.kind.rawValue))" : host.name
                return "\(id.prefix(40)) is \(what): try '\(verb.spelling) \(host.id)'"
            }
            if Self.readsLikeIndicator(id), id.contains(where: { $0.isLetter || $0.isNumber }), let seen = sighting(of: id.lowercased()) {
                return "\(id.prefix(40)) is not one of your assets but an indicator, seen \(seen)"
                    + (verb == .block ? "" : "; 'block \(id.prefix(40))' stops traffic from it")
            }
            return unknown("no asset called", id, knownAssets.map { ($0.id, $0.name) }, listedBy: "'assets' lists the ones you know")
        case .channel where verb == .post:
            guard let id = action.object, !channelIDs.contains(id) else { return nil }
            let suggestion = Suggestion.didYouMean(id, among: channelIDs)
            return "there is no channel \(id.prefix(40))" + (suggestion.isEmpty ? "; open it with 'channel \(id.prefix(40))'" : suggestion)
        case .channel:
            guard let id = action.object, channelIDs.contains(id) else { return nil }
            return "\(id) already exists; invite people with 'invite <person> \(id)'"
        case .choice:
            guard let pending = state.pendingDecisions.first, let inject = injectsByID[pending], inject.decision != nil else {
                return noOpenQuestion
            }
            if !mayAnswerOpenQuestion(as: player.role),
               let roles = injectsByID[pending].map({ TeamRoles.recipients(of: $0.to, in: configuration.players) }) {
                let holders = configuration.players.filter { roles.contains($0.role) }.map(\.name)
                return "that question went to \(roles.joined(separator: " and "))"
                    + (holders.isEmpty ? "" : " (\(holders.joined(separator: ", ")))") + "; only they can answer it"
            }
            if case .failure(let error) = optionNumber(for: action, of: inject) { return error.message }
            return nil
        default:
            if verb == .statementPublish, state.statementDraft == nil {
                return "there is no draft to publish; write one with statement draft \"…\""
            }
            // A refused sweep or review costs no time (sessions recorded before the real clock replay as played).
            if configuration.realClock, verb == .sweep, let problem = sweepProblem(action.text) { return problem }
            return fixProblem(action)
        }
    }

    /// "you know of no asset called 'x'; did you mean 'y'?", or where to look when nothing is close.
    /// Trainees type what they read (a hostname, a surname), so a word of a known display name counts too.
    private func unknown(_ what: String, _ name: String, _ known: [(id: String, name: String)], listedBy hint: String) -> String {
        var suggestion = Suggestion.didYouMean(name, among: known.map(\.id))
        if suggestion.isEmpty, let match = Suggestion.namedBy(name, among: known) {
            suggestion = "; did you mean '\(match.id)' (\(match.name))?"
        }
        return "you know of \(what) '\(name.prefix(30))'" + (suggestion.isEmpty ? "; \(hint)" : suggestion)
    }

    /// The channel the trainee opened last, where `invite` puts people by default.
    var lastOpenedChannel: String? {
        state.channels.last(where: { $0.openedAt != nil })?.id
    }

    /// Records the decision, springs traps, lets the world answer, notes evidence and lets its time pass.
    mutating func decide(_ action: Action, raw: String, player: Player) -> [Output] {
        var outputs: [Output] = []
        let index = state.decisions.count
        let evidenceBefore = state.evidence.count
        let cost = cost(of: action)
        var steps = evidenceSteps(for: action)
        let doneBefore = Set(steps.filter { watch.done($0, in: state) })
        state.decisions.append(Decision(
            index: index, at: state.clock, actor: player.name, role: player.role, raw: raw, action: action,
            steps: steps, rationale: nil, shownThrough: state.outputsShown, cost: cost, countsAs: countsAs(action)))
        let madeGood = trapsMadeGood(by: action)
        springTraps(for: action, decision: index)
        // A move that is a hard fail is no evidence for the step it fails, live as in the debrief (`evidenceByStep`).
        // (Sessions recorded before the real clock were shown the step, and replay as they were.)
        if configuration.realClock { steps.removeAll(where: failedByHardFail(decision: index).contains) }
        let outputsBefore = outputs.count
        let found = performHoldingFindings(action, actor: player, cost: cost, into: &outputs)
        callOffScheduledCopies(of: action, into: &outputs)
        // Asking for someone's status is evidence only when the answer carried findings (issue 15).
        if StepJudge.asksOnlyForStatus(action), !found { steps = [] }
        // A question that found nothing is no analysis (blind39 S8: "I don't know that" counted for step 5).
        // (Sessions recorded before the real clock were shown the step, and replay as they were.)
        if configuration.realClock, action.verb == .ask, !found, answersFoundNothing(outputs[outputsBefore...]) {
            steps = []
            state.decisions[index].foundNothing = true
        }
        state.traps.removeAll { madeGood.contains($0.id) }
        // Only this decision's own evidence can name `index`, and it is all after `evidenceBefore`.
        for step in steps where !state.evidence[evidenceBefore...].contains(where: { $0.step == step && $0.decision == index }) {
            state.evidence.append(StepEvidence(step: step, at: state.clock, decision: index))
            if let tick = tick(for: step, decision: index, wasDone: doneBefore.contains(step)) { outputs.append(tick) }
        }
        state.decisions[index].steps = steps
        scheduleFollowers(of: action, at: state.clock + cost)
        if let also = state.decisions[index].countsAs { scheduleFollowers(of: also, at: state.clock + cost) }
        // `monitor` is watching, not busy elsewhere: like `wait`, it stops at what comes in, which is
        // seen at once (with a real clock; older sessions replay as played).
        let watching = action.verb == .monitor && configuration.realClock
        busyUntil = watching ? nil : state.clock + cost
        defer { busyUntil = nil }
        settle(into: &outputs)
        // Judged once the move has had its effect, and shown first: a briefing that meets the EXEC clock
        // does not warn that it runs past it (blind play: "past the 5m left on the EXEC clock", then "met").
        if let warning = outlastWarning(for: action, cost: cost) { outputs.insert(warning, at: 0) }
        if worksInParallel {
            // The actor is busy; the team's clock waits for the facilitator or for everyone to be busy.
            markBusy(player, until: state.clock + cost, raw: raw)
            if action.verb == .test, let result = testOutcome() { outputs.append(result) }
            // A teammate's snapshot under way fails if this destroyed its asset.
            failInterruptedWork(into: &outputs)
            return outputs
        }
        let start = state.clock, target = state.clock + cost
        let stopped = advance(to: target, into: &outputs, stoppingAtNews: watching)
        failIfTargetWentDuring(decision: index, into: &outputs)
        // The tester reports when the test work is done, on the world as it is then.
        if action.verb == .test, state.end == nil, let result = testOutcome() { outputs.append(result) }
        if stopped, state.end == nil, target > state.clock {
            let left = SimDuration(seconds: target.seconds - state.clock.seconds)
            state.decisions[index].cost = SimDuration(seconds: state.clock.seconds - start.seconds)
            outputs.append(.notice("Stopped monitoring at \(localClock.stamp(at: state.clock)) for what just came in; \(left) of it was left ('monitor \(left)' to go on)."))
        }
        return outputs
    }

    /// What a decision also counts as in the world: telling someone of legal, communications,
    /// leadership or HR directly is notifying that group.
    func countsAs(_ action: Action) -> Action? {
        // Bringing legal or HR into the incident's channel tells them as surely as a notice does: the
        // score follows who knows, not which verb was typed (sessions before the real clock keep theirs).
        let reaches = action.verb == .tell || (action.verb == .invite && configuration.realClock)
        guard reaches, let audience = StepJudge.audience(ofTeam: action.object.flatMap { peopleByID[$0] }?.team) else { return nil }
        // A message to a leader that tells them nothing found ("I am briefing you in the next few minutes") is no briefing
        // (blind63 #33: it met the executive deadline and was credited as the leadership step); a heads-up to legal or
        // communications still brings them in.
        if action.verb == .tell, audience == .leadership, configuration.realClock, let text = action.text, factsNamed(in: text).isEmpty { return nil }
        return Action(verb: .notify, object: audience.rawValue)
    }

    /// Springs the scenario's and the generic traps the action walks into, on the decision's account.
    mutating func springTraps(for action: Action, decision index: Int) {
        for trap in scenario.traps where !state.traps.contains(where: { $0.id == trap.id }) {
            guard let pattern = trap.on, pattern.matches(action),
                  trap.when.map({ holdsForTrainee($0) }) ?? true else { continue }
            state.traps.append(SprungTrap(id: trap.id, at: state.clock, decision: index))
        }
        for id in genericTraps(for: action) {
            state.traps.append(SprungTrap(id: id, at: state.clock, decision: index))
        }
    }

    /// Schedules the injects that follow the action (`after_action`), counted from when it is done.
    mutating func scheduleFollowers(of action: Action, at done: SimDuration) {
        // The trigger and id read in place: copying every `after_action` inject of the verb cost more than the checks.
        let injects = scenario.injects
        for position in world.index.afterAction[action.verb] ?? [] {
            guard case .afterAction(let pattern, let delay) = injects[position].trigger, pattern.matches(action) else { continue }
            let id = injects[position].id
            guard !isFired(id), !state.queue.containsInject(id) else { continue }
            schedule(.inject(id), at: done + delay)
        }
    }

    /// Runbook steps whose evidence the action matches.
    func evidenceSteps(for action: Action) -> [Int] {
        // The steps done, worked out first: a closure reading `watch` and `state` copied the whole engine (issue 21).
        var done = watch.stepsDone
        for evidence in state.evidence[min(watch.evidenceSeen, state.evidence.count)...] { done.insert(evidence.step) }
        return world.judge.steps(for: action) { done.contains($0) }
    }

    /// What an action costs: nothing when it asks for what already holds, else a response's cost, else the asset's, else the scenario's, else the default.
    func cost(of action: Action) -> SimDuration {
        if configuration.realClock, repeatedChange(action) != nil || mootByHolder(action) != nil { return .zero }
        if let response = matchingResponse(for: action), let cost = response.cost { return cost }
        if let object = action.object, let asset = assetsByID[object],
           let cost = asset.costs.first(where: { $0.verb == action.verb })?.cost { return cost }
        if let cost = scenario.costs.first(where: { $0.verb == action.verb })?.cost { return cost }
        return action.verb.defaultCost ?? action.duration ?? .zero
    }

    /// The first scenario response whose action matches and whose condition holds; one that arranges
    /// the change for later is passed over when the action is to be done now (`cutsNow`), unless its time
    /// has come (`comesDue`).
    func matchingResponse(for action: Action) -> Response? {
        // A post that keeps details out and asks others to ("please do not share key ids here") has
        // none of the consequences of airing the incident that a scenario writes for posts (blind7 #3).
        if action.verb == .post, let text = action.text, withholdsDetails(text) { return nil }
        return scenario.responses.first { response in
            response.on.matches(action) && (response.when.map { holds($0) } ?? true) && (response.scheduled == nil || !cutsNow(action) || comesDue(response))
        }
    }

    private mutating func attachRationale(_ text: String) -> [Output] {
        // A note is not a decision to explain: `why` after `doc note` explains the decision before it;
        // nor is a lookup (`ask nils update`, `inspect web-03`), with a real clock. Older sessions replay as played.
        let skipped: Set<Verb> = configuration.realClock ? Verb.lookups.union([.docNote]) : [.docNote]
        guard let last = state.decisions.indices.last(where: { !skipped.contains(state.decisions[$0].action.verb) }) else {
            return [.error("there is no decision yet to explain")]
        }
        state.decisions[last].rationale = text
        let decision = state.decisions[last]
        guard configuration.realClock else { return [.notice("Noted why: \(decision.raw)")] }
        return [.notice("Noted why, on your decision '\(decision.raw)' at \(stamp(decision.at)): \(Self.excerpt(text, limit: 80))")]
    }
}

extension Collection {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Index) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
