import Foundation

extension Engine {
    /// `tell <person> "…"`: a direct message; the person is up to date and knows what it says.
    mutating func tell(_ person: Person?, _ text: String) -> String? {
        guard let person else { return nil }
        guard person.reachable else { return "Your message to \(person.name) goes unanswered; they cannot be reached right now." }
        add(.contacted, to: person.id)
        inform([person.id], message: text)
        if let audience = countsAs(Action(verb: .tell, object: person.id)).flatMap({ $0.object.flatMap(Audience.init(rawValue:)) }),
           !state.notified.contains(audience) {
            state.notified.append(audience)
        }
        return "\(person.name) reads your message: \"\(text)\". They are now up to date with what you know."
    }

    /// `delegate <person> <command…>`: the task runs on the person's time (after they answer, if
    /// they were not working on the incident yet) and they report back when it is done or blocked.
    mutating func delegate(_ person: Person?, task typed: String) -> String? {
        guard let person else { return nil }
        let line = delegatedLine(typed, to: person)
        guard person.reachable else { return "\(person.name) cannot be reached; nobody takes the task." }
        guard case .success(let action?) = ActionParser.parseAction(line), action.verb.isDelegable else {
            let verbs = Vocabulary.verbs.filter(\.isDelegable).prefix(8).map(\.spelling).joined(separator: ", ")
            return "\(person.name) asks what exactly to do: '\(line.prefix(60))' is not a task they can take on. Give a command, such as \(verbs) …"
        }
        let start = isEngaged(person.id) ? SimDuration.zero : person.responseTime
        add(.contacted, to: person.id)
        inform([person.id])
        let due = state.clock + (Verb.delegate.defaultCost ?? .zero) + start + cost(of: action)
        state.tasks.append(DelegatedTask(person: person.id, line: line, decision: state.decisions.count - 1, due: due))
        schedule(.task(state.tasks.count - 1), at: due)
        return "\(person.name) takes it on: \(line). They will report back in about \(SimDuration(seconds: due.seconds - state.clock.seconds))."
    }

    /// The task as the person takes it on: a bare `fix` leaves what to change to them (the owner or
    /// engineer knows), where the trainee's own `fix` must say what. Older sessions replay as played.
    func delegatedLine(_ typed: String, to person: Person) -> String {
        configuration.realClock && typed.trimmingCharacters(in: .whitespaces).lowercased() == "fix"
            ? "fix \"what \(person.name) judges the cause\"" : typed
    }

    /// A delegated task falls due: the person does it, with its real effect on the world and the
    /// runbook, and reports the result, or says what blocks it.
    mutating func runDelegatedTask(_ index: Int, into outputs: inout [Output]) {
        guard let task = state.tasks[safe: index], !task.done, let person = peopleByID[task.person],
              let decision = state.decisions[safe: task.decision],
              case .success(let action?) = ActionParser.parseAction(task.line) else { return }
        state.tasks[index].done = true
        let actor = Player(name: decision.actor, role: decision.role)
        if let blocked = problem(with: action, player: actor) {
            state.tasks[index].blocked = true
            outputs.append(.answer(person: person.id, name: person.name, text: "I'm blocked on '\(task.line)': \(blocked)."))
            return
        }
        springTraps(for: action, decision: task.decision)
        let factsBefore = state.facts.count, changesBefore = state.assetChanges.count
        var produced: [Output] = []
        perform(action, actor: actor, into: &produced)
        // What they changed is theirs: the record names them, not the commander who asked.
        for change in state.assetChanges.indices.dropFirst(changesBefore) where state.assetChanges[change].by == nil {
            state.assetChanges[change].by = person.name
        }
        learn(person.id, Array(state.facts[factsBefore...]))
        let said = produced.compactMap { output -> String? in
            if case .response(let text) = output { return text }
            return nil
        }
        outputs.append(.answer(person: person.id, name: person.name, text: "Done: \(task.line). \(said.joined(separator: " "))"))
        record("I did what you asked (\(task.line)): \(said.first.map { Self.firstSentence($0) } ?? "done").", for: [person.id])
        outputs += produced.filter { output in
            if case .response = output { return false }
            return true
        }
        for step in evidenceSteps(for: action) where !state.evidence.contains(where: { $0.step == step && $0.decision == task.decision }) {
            state.evidence.append(StepEvidence(step: step, at: state.clock, decision: task.decision))
            if !state.decisions[task.decision].steps.contains(step) { state.decisions[task.decision].steps.append(step) }
        }
        state.decisions[task.decision].countsAs = action
        watch.recount(action, index: world.index)
        scheduleFollowers(of: action, at: state.clock)
    }

    /// The groups of the assets the trainee knows of, in the scenario's order, for `sweep` and completion.
    public var sweepGroups: [String] {
        knownAssets.flatMap(\.groups).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// `sweep <group>`: every asset of the group is examined at once; members the trainee did not
    /// know of are found by it.
    mutating func sweep(_ group: String?, into outputs: inout [Output]) -> String? {
        let (name, members) = sweepTarget(group)
        if let refusal = sweepProblem(group) { return refusal.prefix(1).uppercased() + refusal.dropFirst() + "." }
        // One line per asset, each its own output, so that a terminal that reflows text keeps them apart.
        outputs.append(.response("Sweep of \(name) (\(members.count) assets):"))
        for asset in members {
            if !knows(asset: asset), let fact = asset.revealedBy { reveal([fact], into: &outputs) }
            add(.inspected, to: asset.id)
            // As `inspect` does: a member cut off since leads with that, and the finding is what was seen before.
            let text = asset.inspect?.text ?? "nothing unusual."
            // A member rebuilt or cleaned since is clean now: what was found on it is history.
            if configuration.realClock, let clean = state.assetChanges.last(where: { $0.asset == asset.id && [.redeployed, .cleaned].contains($0.state) }) {
                let how = clean.state == .redeployed ? "rebuilt from a clean image" : "cleaned"
                outputs.append(.response("\(asset.name): \(how) at \(stamp(clean.at))\(clean.by.map { " (\($0))" } ?? ""); clean now. Before that: \(Self.firstSentence(text))"))
            } else if let cut = cutOff(asset), let quiet = quietSince(asset) {
                outputs.append(.response("\(asset.name): \(quiet) Before it was \(cut.word) at \(stamp(cut.at)): \(text)"))
            } else {
                outputs.append(.response("\(asset.name): \(text)\(blockedSince(in: text).map { " " + $0 } ?? "")"))
            }
            reveal(asset.inspect?.reveals ?? [], into: &outputs)
        }
        return nil
    }

    /// The group a `sweep` names (the only one when it names none), and its members.
    func sweepTarget(_ group: String?) -> (name: String, members: [Asset]) {
        let groups = sweepGroups
        let name = group?.lowercased() ?? (groups.count == 1 ? groups[0] : "")
        return (name, scenario.assets.filter { $0.groups.contains(name) })
    }

    /// Why a `sweep` cannot be done (no fleet, or no such group), or nil: a refusal costs no time.
    func sweepProblem(_ group: String?) -> String? {
        let (name, members) = sweepTarget(group)
        guard members.isEmpty else { return nil }
        let groups = sweepGroups
        return groups.isEmpty
            ? "there is no fleet to sweep here; examine assets one by one with inspect <asset>"
            : "there is no group '\(name.prefix(30))' to sweep; the groups are: \(groups.joined(separator: ", "))"
    }

    /// `statement review <person>`: the draft is read before it goes out; only legal or
    /// communications can clear it.
    mutating func reviewStatement(_ person: Person?) -> String? {
        guard let person else { return nil }
        guard let draft = state.statementDraft else { return "There is no draft to review yet; write one with statement draft \"…\"." }
        add(.contacted, to: person.id)
        inform([person.id])
        guard StepJudge.reviewerTeams.contains(person.team.lowercased()) else {
            return "\(person.name) reads the draft, but as \(person.role) cannot clear it; legal or communications should review it."
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
