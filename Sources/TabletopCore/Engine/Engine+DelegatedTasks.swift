import Foundation

extension Engine {
    /// `delegate <person> <command…>`: the task runs on the person's time (after they answer, if
    /// they were not working on the incident yet) and they report back when it is done or blocked.
    mutating func delegate(_ person: Person?, task typed: String) -> String? {
        guard let person else { return nil }
        guard person.reachable else { return "\(person.name) cannot be reached; nobody takes the task." }
        guard let line = delegatedLine(typed, to: person) else {
            return "\(person.name) asks what to fix: say what should change, as in delegate \(person.id) fix \"…\"."
        }
        let parsed = ActionParser.parseAction(line)
        guard case .success(let action?) = parsed, action.verb.isDelegable else {
            // A task they can do, mistyped: say what is wrong with it rather than that the verb is
            // (blind play: 'delegate hannah preserve the extortion email' was told preserve is no task).
            if case .failure(let error) = parsed, let first = line.split(separator: " ").first,
               Vocabulary.verbs.contains(where: { $0.isDelegable && $0.spelling == first }) {
                return "\(person.name) asks what exactly to do: \(error.message)"
            }
            let verbs = Vocabulary.verbs.filter(\.isDelegable).prefix(8).map(\.spelling).joined(separator: ", ")
            return "\(person.name) asks what exactly to do: '\(line.prefix(60))' is not a task they can take on. Give a command, such as \(verbs) …"
        }
        // The fix standing now was tested already: they say so, with the result, instead of testing it again; unless the world
        // has changed what a test finds since (blind84 #95: a way in found after a test that said so, then "the fix held" given
        // as that test's result and no retest).
        // (Whole: a report of what got through runs past the 200 characters a first sentence is cut at.)
        let lastFound = (state.deeds ?? []).last { $0.text.hasPrefix(Self.testedPrefix) }.map { $0.text.trimmingWhitespaceAndNewlines() }
        if action.verb == .test, let last = lastTestOfFix, let result = testResult(), lastFound.map({ $0 == result.trimmingWhitespaceAndNewlines() }) ?? true {
            let who = last.by == person.name ? "I" : last.by
            return "\(person.name): \(who) finished testing this fix at \(stamp(last.at)), and nothing in it has changed since. \(result)"
        }
        let start = isEngaged(person.id) ? SimDuration.zero : person.responseTime
        add(.contacted, to: person.id)
        inform([person.id], contact: "You handed me a task")
        var due = state.clock + (Verb.delegate.defaultCost ?? .zero) + start + cost(of: action)
        // A task given a time (`delegate dana disable kai-account at Fri 10:00`) is done then, not before.
        var timed = false
        if let until = action.until, case .success(let at) = localClock.offset(of: until, after: state.clock), at > due { (due, timed) = (at, true) }
        var given = DelegatedTask(person: person.id, line: line, decision: state.decisions.count - 1, due: due)
        if line != typed { given.asked = "\(typed), what to change being my call" }
        state.tasks.append(given)
        // A task set for a moment is done first at that moment, as a line typed for it is: the exit meeting at 10:00 sees the
        // cut-off Dana was given for 10:00 (blind88 #118: "Nobody had arranged the cut-off", then her cut ran).
        schedule(.task(state.tasks.count - 1), at: due, aheadOfWorld: timed && configuration.realClock)
        if timed { return "\(person.name) takes it on: \(Self.withoutTime(line)), at \(localClock.stamp(at: due)), and will report back then." }
        // A bare fix is theirs to judge: what they change is told when it is done, not before.
        let task = line == typed ? line : "\(typed) (what to change is their call)"
        return "\(person.name) takes it on: \(task). They will report back in about \(SimDuration(seconds: due.seconds - state.clock.seconds))."
    }

    /// The task as the person takes it on: a bare `fix` leaves what to change to them (the owner or
    /// engineer knows), where the trainee's own `fix` must say what. The fix is the one the scenario
    /// says this person makes (`personsFix`), so that it is reported and scored on what was done;
    /// nil when the scenario gives them none, and they ask what to fix.
    func delegatedLine(_ typed: String, to person: Person) -> String? {
        guard configuration.realClock, typed.trimmingCharacters(in: .whitespaces).lowercased() == "fix" else { return typed }
        return personsFix(person).map { "fix \"\($0.replacingOccurrences(of: "\"", with: "'"))\"" }
    }

    /// The fix a person of the cast makes in this scenario (and this seed's variant): what they report
    /// once a `fix` is done (an inject of theirs after `fix`). Someone who only talks about the fix
    /// (the tester waiting for it) has none of their own.
    func personsFix(_ person: Person) -> String? {
        ownReport(of: person, after: .fix)?.text
    }

    /// A delegated task falls due: the person does it, with its real effect on the world and the
    /// runbook, and reports the result, or says what blocks it.
    mutating func runDelegatedTask(_ index: Int, into outputs: inout [Output]) {
        guard let task = state.tasks[safe: index], !task.done, let person = peopleByID[task.person],
              let decision = state.decisions[safe: task.decision],
              case .success(let action?) = ActionParser.parseAction(task.line) else { return }
        state.tasks[index].done = true
        let actor = Player(name: decision.actor, role: decision.role)
        if let failed = interruptedTask(action, line: task.line) {
            state.tasks[index].blocked = true
            outputs.append(.answer(person: person.id, name: person.name, text: failed))
            record(failed, for: [person.id])
            return
        }
        if let blocked = problem(with: action, player: actor) {
            state.tasks[index].blocked = true
            outputs.append(.answer(person: person.id, name: person.name, text: "I'm blocked on '\(task.line)': \(blocked)."))
            return
        }
        let madeGood = trapsMadeGood(by: action)
        springTraps(for: action, decision: task.decision)
        let factsBefore = state.facts.count, changesBefore = state.assetChanges.count
        var produced: [Output] = []
        perform(action, actor: actor, into: &produced)
        // A fix by a credential's owner that narrows it (a role cut to what the app needs) narrows it in the world
        // too, as `rotate` does (blind32: Sara's delivered fix left the role reading every secret, and the
        // database password rotated after it sprang the trap for rotating before the role).
        if configuration.realClock, action.verb == .fix, let narrowed = narrowedCredential(by: action.text ?? "", owner: person) {
            perform(Action(verb: .rotate, object: narrowed.id), actor: actor, into: &produced)
        }
        state.traps.removeAll { madeGood.contains($0.id) }
        // What they changed is theirs: the record names them, not the commander who asked.
        for change in state.assetChanges.indices.dropFirst(changesBefore) where state.assetChanges[change].by == nil {
            state.assetChanges[change].by = person.name
        }
        learn(person.id, Array(state.facts[factsBefore...]))
        var said = produced.compactMap { output -> String? in
            if case .response(let text) = output { return text }
            return nil
        }
        // A test's report is its result, in the tester's voice, not the line that started it.
        if action.verb == .test, let result = testResult() { said = [result] }
        let posted = ownReport(of: person, after: action.verb).flatMap { $0.text == action.text ? $0.channel : nil }
        outputs.append(.answer(person: person.id, name: person.name, text: Self.doneReport(action, line: task.line, said: said, postedIn: posted)))
        // Their own message right after says what changed: the deed points to it rather than quoting it again.
        // (A sweep's list is said in short: "Sweep of web-fleet (12 assets):." was all that was left of it, blind140 #75.)
        let result = posted != nil ? "what changed is in my report"
            : action.verb == .sweep ? Self.sweepSummary(said) : (action.verb == .fix ? action.text : said.first).map { Self.firstSentence($0) }
        // A fix left to them is their own: what they changed, said once, is not the commander's order.
        // A fix is told once, as theirs when it was left to them; it is not the commander's order.
        // A test handed over is recorded as its result, as the tester's own test is (blind89 #151, blind87 #82: "nobody has tested
        // it yet" from the tester who had).
        let deed = action.verb == .test ? said.first.flatMap { $0.hasPrefix(Self.testedPrefix) ? $0 : nil } ?? "I did what you asked (test): done"
            : action.verb != .fix ? "I did what you asked (\(task.line)): \(result ?? "done")"
            : "I made the fix \(task.asked == nil ? "you asked for" : "you left to me"): \(result ?? "done")"
        record(deed + (deed.last.map { ".!?…".contains($0) } == true ? "" : "."), for: [person.id])
        outputs += produced.filter { output in
            if case .response = output { return false }
            return true
        }
        let findings = !StepJudge.asksOnlyForStatus(action) || state.facts.count > factsBefore
        for step in evidenceSteps(for: action) where findings && !state.evidence.contains(where: { $0.step == step && $0.decision == task.decision }) {
            // The first evidence for a step is ticked here: no later move of the trainee's ticks it.
            if !watch.done(step, in: state), let tick = tick(for: step, decision: task.decision, wasDone: false) { outputs.append(tick) }
            state.evidence.append(StepEvidence(step: step, at: state.clock, decision: task.decision))
            if !state.decisions[task.decision].steps.contains(step) { state.decisions[task.decision].steps.append(step) }
        }
        state.decisions[task.decision].countsAs = action
        watch.recount(action, index: world.index)
        scheduleFollowers(of: action, at: state.clock)
    }

    /// The scenario's message from the person that follows an action with this verb (Lena's "CI now
    /// gets short-lived credentials…" after `fix`), if any.
    func ownReport(of person: Person, after verb: Verb) -> Inject? {
        scenario.injects.first { inject in
            guard inject.from == person.id, case .afterAction(let pattern, _) = inject.trigger else { return false }
            return pattern.verb == verb
        }
    }

    /// A person's report of a finished task, in the order things happened: a fix is reported as made,
    /// with what they changed (the trainee's own `fix` only starts the work, and says so); any other
    /// task says it is done, then what came of it.
    /// When their own message about it follows at once (`postedIn`), the report points to it rather
    /// than saying it twice.
    static func doneReport(_ action: Action, line: String, said: [String], postedIn channel: String? = nil) -> String {
        if action.verb == .fix, let channel {
            // An inject's channel may be a call or an e-mail, not a chat channel (blind play: "my message in phone").
            let place = channel.hasPrefix("#") ? "my message in \(channel)" : channel == "phone" ? "what I told you on the phone" : "my \(channel)"
            return "Done: the fix is in; what changed is in \(place)."
        }
        if action.verb == .fix, let text = action.text { return "Done: the fix is in: \(text)\(".!?".contains(text.last ?? ".") ? "" : ".")" }
        return (["Done: \(line)."] + said).joined(separator: " ")
    }

    /// `statement review <person>`: the draft is read before it goes out; only legal or
    /// communications can clear it.
    mutating func reviewStatement(_ person: Person?) -> String? {
        guard let person else { return nil }
        guard let draft = state.statementDraft else { return "There is no draft to review yet; write one with statement draft \"…\"." }
        add(.contacted, to: person.id)
        inform([person.id], contact: "You sent me the draft statement")
        guard StepJudge.reviewerTeams.contains(person.team.lowercased()) else {
            return "\(person.name) reads the draft, but as \(person.role) cannot clear it; legal or communications should review it."
        }
        // A list of terms is no statement: counsel sends it back rather than clear it.
        if RubricConcept.isWordList(draft) {
            return "\(person.name) reads the draft and sends it back: \"This is a list of terms, not a statement. Tell people what happened, what it means for them and what we are doing, in sentences.\" It is not cleared."
        }
        // What the team knows contradicts it, or it names the suspect while he is still in: counsel will not clear
        // it (game37: a cleared "our systems were not breached" after the loss was confirmed).
        if dataTakenKnown, let denial = Self.impactDenial(in: draft) {
            return "\(person.name) reads the draft and sends it back: \"'\(Self.excerpt(denial, limit: 100))' is not true: we know data left. "
                + "I can't put my name to that; say what happened, however bad.\" It is not cleared."
        }
        if suspectStillUnaware, let suspect = scenario.cast.first(where: { $0.mustNotKnow && Self.names(draft, $0) }) {
            return "\(person.name) reads the draft and sends it back: \"It names \(suspect.name), who still has access: it tells them what we know, "
                + "and naming anyone in public is a legal risk of its own. Leave names out.\" It is not cleared."
        }
        state.statementReviewedBy = person.id
        return "\(person.name) reviews the draft and clears it for publishing: \"\(Self.excerpt(draft, limit: 160))\""
    }

    /// The text whole when short, else cut at the last word boundary within `limit` with an ellipsis:
    /// an echo never ends mid-word.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        let cut = head.lastIndex(where: \.isWhitespace).map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) + "…"
    }

    /// `inspect` or `logs` on an asset the scenario wrote nothing for: what it is, its state, what
    /// was done to it, and who would know more.
    func plainFinding(_ asset: Asset, verb: Verb) -> String {
        let opening = switch verb {
        case .logs where Self.loglessKinds.contains(asset.kind):
            "\(asset.name) keeps no logs of its own; its use shows in the logs of the systems it reaches."
        case .logs where state.assetStates[asset.id]?.contains(.compromised) == true:
            "The logs of \(asset.name) show activity that does not fit its normal use: it is compromised."
        case .logs where !knownAbout(asset).isEmpty: "The logs of \(asset.name) bear out what is known of it."
        case .logs: "The logs of \(asset.name) show nothing you can act on."
        case _ where state.assetStates[asset.id]?.contains(.compromised) == true:
            "\(asset.name) shows signs of compromise: processes and connections that do not belong."
        case _ where !knownAbout(asset).isEmpty: "On \(asset.name), what stands out is what is already known of it."
        default: "Nothing unusual stands out on \(asset.name)."
        }
        // The card says when it went quiet once something is known of it; otherwise say it here.
        let quiet = knownAbout(asset).isEmpty ? quietSince(asset).map { " " + $0 } ?? "" : ""
        return "\(opening) \(describe(asset, owner: true))\(quiet)"
    }
}
