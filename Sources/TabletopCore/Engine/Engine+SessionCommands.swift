extension Engine {
    /// Commands that ask about the drill rather than change it; only `wait` lets time pass.
    mutating func sessionCommand(_ action: Action) -> [Output] {
        switch action.verb {
        case .wait:
            return wait(action)
        case .status: return [.info(statusText)]
        case .cancel: return cancel(action.text)
        case .timeline: return [.info(timelineText)]
        case .who: return [.info(whoText)]
        case .assets: return [.info(assetsText)]
        case .brief: return [.briefing(title: scenario.title, text: scenario.briefing)]
        case .help: return [.info(helpText(action.text))]
        case .hint: return hint()
        case .runbook: return runbookView()
        case .save: return [.notice("Everything so far is saved.")]
        default: return []
        }
    }

    /// What `status` answers right now, as `handle("status")` would, without recording anything.
    public func status() -> [Output] {
        refusal.map { [$0] } ?? [.info(statusText)]
    }

    private var statusText: String {
        var lines = ["Time: \(stamp(state.clock)) of at most \(scenario.end.timeLimit)",
                     "Severity: \(state.declaredSeverity?.rawValue ?? "not declared")",
                     "Commander: \(commanderText ?? "nobody yet")"]
        let channels = state.channels.map { channel -> String in
            let kind = channel.outOfBand ? "out-of-band" : channel.isPrivate ? "private" : "public"
            let members = membersShown(in: channel).joined(separator: ", ")
            // A declared channel says what it is and how many read it: the incident's people in it are only
            // some of its readers (blind37: four names listed for a forty-member channel).
            if let purpose = declaredPurpose(of: channel) {
                return "\(channel.id) (\(kind); \(purpose)\(members.isEmpty ? "" : "; among them \(members)"))"
            }
            return "\(channel.id) (\(kind)\(members.isEmpty ? "" : ": \(members)"))"
        }
        // Channels the scenario only posts in (no members on record) still show who posted there (blind16 #8:
        // Ingrid's #security-team post was missing).
        let known = Set(state.channels.map(\.id))
        var posted: [(channel: String, people: [String])] = []
        let injects = scenario.injects
        for fired in state.fired where world.injectsPostAsPeople {
            // By position, reading the two fields rather than copying the inject.
            guard let position = world.injectPositions[fired.id], case let channel = injects[position].channel, channel.hasPrefix("#"),
                  !known.contains(channel), let from = injects[position].from, let person = peopleByID[from] else { continue }
            if let index = posted.firstIndex(where: { $0.channel == channel }) {
                if !posted[index].people.contains(person.id) { posted[index].people.append(person.id) }
            } else {
                posted.append((channel, [person.id]))
            }
        }
        let all = channels + posted.map { "\($0.channel) (posted in by: \($0.people.joined(separator: ", ")))" }
        lines.append("Channels: " + (all.isEmpty ? "none" : all.joined(separator: "; ")))
        let involved = scenario.cast.filter(tookPart).map(\.id)
        lines.append("Involved: " + (involved.isEmpty ? "nobody yet" : involved.joined(separator: ", ")))
        // A leadership briefing informs leadership as `notify leadership` does (blind15: two briefings, never listed).
        let briefed = !state.notified.contains(.leadership) && !watch.decisions(by: .briefLeadership, in: state).isEmpty
        if !state.notified.isEmpty || briefed {
            lines.append("Notified: " + (state.notified.map(notifiedEntry) + (briefed ? ["leadership (brief leadership)"] : [])).joined(separator: ", "))
        }
        let clocks = scenario.clocks.compactMap { clock -> String? in
            guard let status = state.clocks[clock.id] else { return nil }
            if status.expired { return "\(clock.label) expired" }
            if status.metAt != nil { return "\(clock.label) met" }
            return "\(clock.label) \(SimDuration(seconds: status.deadline.seconds - state.clock.seconds).clock) left" + (configuration.realClock ? " (due \(localClock.dayAndTime(at: status.deadline)))" : "")
        }
        if !clocks.isEmpty { lines.append("Clocks: " + clocks.joined(separator: ", ")) }
        lines += scheduledLines
        // Work handed to people and not yet reported (blind play: status did not show delegated tasks).
        let underWay = state.tasks.filter { !$0.done }.map { task in
            "  \(peopleByID[task.person]?.name ?? task.person): \(task.line) (report due \(localClock.stamp(at: task.due)))"
        }
        if !underWay.isEmpty { lines += ["Tasks under way:"] + underWay }
        if let pending = state.pendingDecisions.first, let inject = injectsByID[pending], let decision = inject.decision {
            lines.append("Open question: \(decision.question)")
            for (index, option) in displayedOptions(of: inject).enumerated() { lines.append("  \(index + 1). \(option.text)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Who leads the response: the one named with `ic`; else whoever took the report on (`ack`) or
    /// declared the severity, which the runbook counts as the commander's step, and since when.
    var commanderText: String? {
        if let named = state.commander { return peopleByID[named]?.name ?? named }
        guard let first = commandTaken else { return nil }
        return "\(first.actor) (since \(first.action.verb == .ack ? "taking the report on" : "declaring the severity") at \(stamp(first.at)))"
    }

    private var timelineText: String {
        var entries: [(at: SimDuration, order: Int, text: String)] = []
        for (order, fired) in state.fired.enumerated() {
            let inject = injectsByID[fired.id]
            let sender = senderID(of: fired).flatMap { peopleByID[$0]?.name } ?? inject?.sender ?? "?"
            entries.append((fired.at, order, "← \(sender) via \(inject?.channel ?? "?")"))
        }
        for decision in state.decisions {
            entries.append((decision.at, state.fired.count + decision.index, "→ \(decision.actor): \(decision.raw)"))
        }
        for (order, timeout) in state.timedOut.enumerated() {
            let inject = injectsByID[timeout.decision]
            let asker = inject?.from.flatMap { peopleByID[$0]?.name } ?? inject?.sender ?? "?"
            entries.append((timeout.at, state.fired.count + state.decisions.count + order, "⌛ no answer; \(asker) acted alone"))
        }
        guard !entries.isEmpty else { return "Nothing has happened yet." }
        return entries.sorted { ($0.at, $0.order) < ($1.at, $1.order) }
            .map { "\(stamp($0.at))  \($0.text)" }.joined(separator: "\n")
    }

    private var whoText: String {
        knownPeople.map { person in
            let states = (state.personStates[person.id] ?? []).map(\.rawValue).joined(separator: ", ")
            return "\(person.id): \(person.name), \(person.role)\(person.team.isEmpty ? "" : " (\(person.team))")\(states.isEmpty ? "" : " [\(states)]")"
        }.joined(separator: "\n")
    }

    private var assetsText: String {
        let lines = knownAssets.map { asset in
            // A change arranged for later is not a state yet: it reads as what it will be, and when.
            let arranged = pendingChange(of: asset.id).map { [$0.phrase] } ?? []
            let states = (visibleStates(of: asset).map(\.rawValue) + arranged).joined(separator: ", ")
            let owner = asset.owner.flatMap { peopleByID[$0] }.map { ", \(asset.isAdversarys ? "looked up by" : "owner") \($0.id)" } ?? ""
            return "\(asset.id): \(asset.name) (\(asset.kind.rawValue), \(asset.criticality.rawValue)\(owner))\(states.isEmpty ? "" : " [\(states)]")"
        }
        return lines.isEmpty ? "You know of no assets yet." : lines.joined(separator: "\n")
    }

    private func helpText(_ topic: String?) -> String {
        if let topic, !topic.isEmpty {
            let words = topic.lowercased().split(separator: " ")
            guard let (verb, _) = Vocabulary.match(words) else {
                // A first word of several commands (`doc`, `statement`, `postmortem`) explains each of them.
                let family = words.count == 1 ? Vocabulary.family(String(words[0])) : []
                guard family.isEmpty else { return family.map(helpEntry).joined(separator: "\n") }
                return "No command '\(topic.prefix(30))'\(Suggestion.didYouMean(topic.lowercased(), among: Vocabulary.suggestable)). Type 'help' for the list."
            }
            return helpEntry(verb)
        }
        var lines: [String] = []
        for area in Verb.Area.allCases {
            let verbs = Vocabulary.verbs.filter { $0.area == area }
            guard !verbs.isEmpty else { continue }
            lines.append("\(area.rawValue): " + verbs.map(\.spelling).joined(separator: ", "))
        }
        lines.append("Type 'help <command>' for details. Prefix a line with @name to act as another player.")
        return lines.joined(separator: "\n")
    }

    /// What `help <command>` says about one verb.
    private func helpEntry(_ verb: Verb) -> String {
        let aliases = verb.aliases.isEmpty ? "" : "\n  also: \(verb.aliases.joined(separator: ", "))"
        return "\(Usage.line(for: verb))\n  \(verb.summary)\n  example: \(helpExample(for: verb))\n  costs \(Usage.cost(of: verb))\(aliases)"
    }

    private mutating func hint() -> [Output] {
        guard configuration.mode == .practice else { return [.warning("hints are off in assessment mode")] }
        state.hints.append(state.clock)
        let (next, waysIn) = hintStep()
        guard let step = next else {
            return [.info("Hint (costs points): \(waysIn ?? "every step has evidence; think about what is still open.")")]
        }
        let actions = step.evidence.map(\.description).joined(separator: ", ")
        return [.info("Hint (costs points): step \(step.number), \(step.title). \(step.summary) Try: \(actions).\(waysIn.map { " " + $0 } ?? "")")]
    }

    /// The step a hint points at: one an inject expects, else the first not done; never the closing
    /// step while the adversary still has a way in (closing then is a hard fail), and then what is
    /// still open instead.
    func hintStep() -> (step: RunbookStep?, waysIn: String?) {
        let expected = state.fired.compactMap { injectsByID[$0.id] }.flatMap(\.expects)
        let closing = { (step: RunbookStep) in state.attackerPresent && step.evidence.contains { $0.verb == .close } }
        let pick = { (allowed: (RunbookStep) -> Bool) in
            runbook.steps.first { expected.contains($0.number) && allowed($0) } ?? runbook.steps.first(where: allowed)
        }
        let notDone = { (step: RunbookStep) in !watch.done(step.number, in: state) }
        // Only where closing would have been the hint does it say what is still open.
        let waysIn = pick(notDone).map(closing) == true ? openAccessPaths() : nil
        return (pick { notDone($0) && !closing($0) }, waysIn)
    }

    /// For a hint while the adversary still has a way in: the compromised assets the trainee knows of
    /// that nothing has cut off or rebuilt, or that the way in is not found yet.
    func openAccessPaths() -> String {
        let ended: Set<AssetState> = Self.cutOffStates.union([.redeployed, .cleaned])
        let open = knownAssets.filter { asset in
            state.asset(asset.id, is: .compromised) && !(state.assetStates[asset.id] ?? []).contains(where: ended.contains)
        }.map(\.id)
        guard !open.isEmpty else {
            return "The adversary still has a way in that you have not found: look further (logs, inspect, sweep, ask) before you close."
        }
        return "The adversary still has a way in: \(open.joined(separator: ", ")) \(open.count == 1 ? "is" : "are") not cut off yet. Close only after that."
    }

    private mutating func runbookView() -> [Output] {
        guard configuration.mode == .practice else { return [.warning("the runbook is closed in assessment mode")] }
        state.runbookViews.append(state.clock)
        let lines = runbook.steps.map { step in
            "\(watch.done(step.number, in: state) ? "✓" : " ") \(step.number). \(step.title): \(step.evidence.map(\.description).joined(separator: ", "))"
        }
        return [.info(lines.joined(separator: "\n"))]
    }
}
