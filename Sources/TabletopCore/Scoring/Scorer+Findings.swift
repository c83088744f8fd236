extension Scorer {
    /// When the drill was acknowledged, command was taken (as `status` says it), the attacker first
    /// cut off and the incident closed.
    func keyTimes(_ state: EngineState, evidence: [Int: [Decision]]) -> KeyTimes {
        func first(_ verb: Verb) -> SimDuration? { state.decisions.first { $0.action.verb == verb }?.at }
        // Which steps mark acknowledgement and containment is the policy's to say (`key_times`).
        func firstEvidence(_ slug: String) -> SimDuration? { runbook.steps.first { $0.slug == slug }.flatMap { evidence[$0.number]?.first?.at } }
        // With an adversary in the story, contained is when they last lost access, never while they still have it
        // (blind39 S3: "contained T+04:15" while a forgotten host beaconed until T+15:44).
        let contained = scenario.truth.attackerPresent
            ? (state.attackerPresent ? nil : state.attackerOutAt ?? firstEvidence(policy.containmentStep))
            : firstEvidence(policy.containmentStep)
        return KeyTimes(acknowledge: first(.ack) ?? firstEvidence(policy.acknowledgeStep), commander: state.commandTaken?.at,
                        containment: contained, close: closedAt(state))
    }

    /// When the incident was closed: the first `close` that was not a hard fail (closing with the
    /// adversary in ends the response, not the incident), so the key times agree with step 18's row.
    func closedAt(_ state: EngineState) -> SimDuration? {
        let voided = Set(runbook.steps.flatMap { hardFailedMoves(for: $0.number, in: state).map(\.index) })
        return state.decisions.first { $0.action.verb == .close && !voided.contains($0.index) }?.at
    }

    /// For a step whose moves were typed but whose text carried none of what it asks for (`doc update
    /// timeline "…"` without times or impact): that it was done without it, so the finding agrees with
    /// the table's "0 of 2 points" instead of saying "never done" (blind8; blind51: three follow-ups filed,
    /// none kept as evidence, as a text carrying nothing is none). Nil when nothing was typed.
    func emptyText(_ step: StepResult, state: EngineState) -> String? {
        guard let rubric = step.rubric, !rubric.missed.isEmpty else { return nil }
        guard let move = step.evidence.first else {
            guard let runbookStep = runbook.step(step.number),
                  let typed = state.decisions.first(where: { runbookStep.isEvidence(Self.judgedAction($0, in: state), people: peopleByID) }),
                  let words = Self.judgedAction(typed, in: state).text else { return nil }
            let text = words.count > 60 ? String(words.prefix(59)) + "…" : words
            return "was typed (“\(text)” at T+\(typed.at.clock)) but does not count: its text carries none of the \(rubric.missed.count) points a complete one makes"
        }
        let text = move.text.count > 60 ? String(move.text.prefix(59)) + "…" : move.text
        return "was typed (“\(text)” at T+\(move.at.clock)) but does not count: its text carries none of what the step asks for (\(rubric.missed.joined(separator: ", ")))"
    }

    /// Whether the scenario's lesson for a step speaks to what the trainee did: not when it warns of missing an
    /// asset the trainee did act on (blind51: "scoping only the key in the paste misses the warehouse key", beside a
    /// revoked warehouse key and a partial impact text); then the runbook's own lesson says why the step matters.
    func lessonFits(_ step: StepResult, state: EngineState) -> Bool {
        let words = Engine.topicWords(step.lesson)
        guard !words.isDisjoint(with: ["miss", "misses", "missed", "overlooks", "overlooked", "forgets", "forgot"]) else { return true }
        let handled = Set(state.assetChanges.filter { $0.by == nil && $0.state != .inspected }.map(\.asset))
        return !scenario.assets.contains { asset in
            handled.contains(asset.id) && (words.contains(asset.id) || Engine.nameOverlap(words, asset.name) >= 2)
        }
    }

    /// The decisions whose generic hard-fail trap is charged to the step, in order.
    func hardFailedMoves(for step: Int, in state: EngineState) -> [Decision] {
        state.traps.compactMap { sprung in
            guard let index = sprung.decision, GenericTrap.voidedStep(by: sprung.id, in: runbook) == step else { return nil }
            return state.decisions[safe: index]
        }
    }

    func strengths(steps: [StepResult], state: EngineState, clocks: [ClockResult], severity: SeverityJudgment) -> [String] {
        // A step whose own clock ran out is no strength "on time", though the runbook's looser deadline was kept (blind87:
        // "Loop in leadership on time at T+03:14" beside "-5 the EXEC clock ran out at T+03:14").
        let lapsed = Set(clocks.filter { $0.status == "expired" }.compactMap { result in scenario.clocks.first { $0.id == result.id }?.step })
        var strengths = steps.filter { $0.status == .onTime && !lapsed.contains($0.number) }.sorted { ($0.possible, -$0.number) > ($1.possible, -$1.number) }.prefix(5)
            .map(strength)
        // Only traps whose situation arose count as avoided (see `trapsFaced`).
        let faced = trapsFaced(state)
        if state.traps.isEmpty, !faced.isEmpty {
            strengths.append(faced.count == 1 ? "Avoided the one trap the drill set" : "Avoided all \(faced.count) traps the drill set")
        }
        strengths += clocks.filter { $0.status == "met" }.map { "Met the \($0.label) clock at T+\($0.metAt?.clock ?? "")" }
        if let plan = state.unreached {
            let lines = plan.lines.map { "'\($0.line)' at T+\($0.at.clock)" }.joined(separator: ", ")
            strengths += clocks.filter { plan.clocks.contains($0.id) }
                .map { "Planned to meet the \($0.label) clock (\(lines)); the drill ended before it ran" }
        }
        // One source with the severity penalties: a right first level later left standing when the facts
        // raised it is not a strength, and every level declared is named.
        if !severity.declarations.isEmpty, severity.findings.isEmpty {
            let levels = severity.declarations.map { "\($0.level) at T+\($0.at.clock)" }
            strengths.append(levels.count == 1 ? "Declared the right severity (\(levels[0]))"
                             : "Kept the severity right as the facts changed (\(levels.joined(separator: ", then ")))")
        }
        return strengths
    }

    /// A step done on time, from the drill's own evidence: when, how far ahead of its deadline, and what did it.
    func strength(_ step: StepResult) -> String {
        let done = step.doneAt.map { "T+\($0.clock)" } ?? "the end"
        var margin = ""
        if let doneAt = step.doneAt, let deadline = step.deadline, deadline.seconds > doneAt.seconds {
            margin = ", \(SimDuration(seconds: deadline.seconds - doneAt.seconds)) before its deadline"
        }
        let move = step.evidence.first.map { item in
            let text = item.text.count > 70 ? String(item.text.prefix(69)) + "…" : item.text
            return ", by “\(text)”"
        } ?? ""
        return "\(step.title) (step \(step.number)) on time at \(done)\(margin)\(move)"
    }

    /// What to practise for a step: the scenario's own ideal moves for it where its debrief has them,
    /// else the kinds of move the runbook accepts as evidence (never a bare list of one word).
    func practice(_ step: RunbookStep) -> String {
        // The moves are sentences of their own; their final stops are dropped so the list reads as one.
        let moves = scenario.debrief.ideal.filter { $0.step == step.number }.map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
        if !moves.isEmpty {
            return "Practise \(Self.inRunningText(step.title)) in this scenario: " + moves.joined(separator: "; ") + "."
        }
        let kinds = step.evidence.map(\.description)
        return "Practise \(Self.inRunningText(step.title)) in a retake" + (kinds.count > 1 ? " (the runbook counts \(kinds.joined(separator: ", ")))." : ".")
    }

    /// A step's title inside a sentence: its words in lower case, acronyms kept ("loop in legal and PR").
    static func inRunningText(_ title: String) -> String {
        title.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.count >= 2 && word.allSatisfy(\.isUppercase) ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }

    func findings(steps: [StepResult], adjustments: [Adjustment], severity: SeverityJudgment, clocks: [ClockResult],
                  hardFails: [HardFailResult], state: EngineState) -> [ImprovementArea] {
        var findings = hardFails.map { ImprovementArea(step: nil, observation: "Hard fail (\($0.kind.rawValue)): \($0.reason)", lesson: $0.lesson) }
        for step in steps {
            switch step.status {
            case .missed:
                // A move the step's own hard fail voided was made, not missing: say which, so the debrief does not contradict itself.
                let voided = hardFailedMoves(for: step.number, in: state).first.map { "'\($0.raw)' at T+\($0.at.clock) does not count: it was a hard fail" }
                findings.append(ImprovementArea(step: step.number, observation: "\(step.title) (step \(step.number)) \(voided ?? emptyText(step, state: state) ?? "was never done")", lesson: step.lesson))
            case .late:
                // Done right but late: why the step matters, not the scenario's lesson on doing it wrong (blind43: "scoping
                // only web-03 misses…" beside a sweep that covered the fleet, an hour late).
                findings.append(ImprovementArea(step: step.number, observation: "\(step.title) (step \(step.number)) was done at T+\(step.doneAt?.clock ?? ""), after its deadline of T+\(step.deadline?.clock ?? "")", lesson: runbook.step(step.number)?.lesson ?? step.lesson))
            case .outOfOrder, .lateAndOutOfOrder:
                let before = step.missingPrerequisites.compactMap { runbook.step($0) }.map { "step \($0.number) (\($0.title))" }.joined(separator: " and ")
                findings.append(ImprovementArea(step: step.number, observation: "\(step.title) (step \(step.number)) was done before \(before), which should come first\(step.status == .lateAndOutOfOrder ? ", and late" : "")", lesson: step.lesson))
            case .partial:
                // Listed when it lost points of its own or for timing; one that is only worth what the step it
                // needs is worth is explained by that step's own finding.
                let shortfalls = step.debriefShortfalls.filter { $0 != "no better than the step it needs" }
                guard !shortfalls.isEmpty else { break }
                let kept = step.possible > 0 ? " (\(Int((step.points / step.possible * 100).rounded()))% of its points)" : ""
                findings.append(ImprovementArea(step: step.number, observation: "\(step.title) (step \(step.number)) was only partly done\(kept): \(shortfalls.joined(separator: "; "))",
                                                lesson: lessonFits(step, state: state) ? step.lesson : runbook.step(step.number)?.lesson ?? step.lesson))
            default:
                break
            }
        }
        for adjustment in adjustments where adjustment.points < 0 && adjustment.kind != "severity" {
            findings.append(ImprovementArea(step: adjustment.step, observation: "\(adjustment.reason) (\(adjustment.points) points)",
                                            lesson: adjustment.lesson ?? ""))
        }
        for fired in state.fired {
            guard let inject = scenario.injects.first(where: { $0.id == fired.id }), let question = inject.decision,
                  !state.choices.contains(where: { $0.decision == fired.id }) else { continue }
            if let timeout = state.timedOut.first(where: { $0.decision == fired.id }) {
                let asker = inject.from.flatMap { id in scenario.cast.first { $0.id == id }?.name } ?? inject.sender ?? "The asker"
                // What they did, not the option's words to the IC: the outcome the author wrote for it.
                let taken = timeout.option != nil ? question.onTimeout.map { ": \($0.outcome)" } ?? "" : ""
                findings.append(ImprovementArea(step: nil, observation: "Nobody answered \"\(question.question)\" (T+\(fired.at.clock)) within \(scenario.timeout(of: question)), so \(asker) acted alone at T+\(timeout.at.clock)\(taken)",
                                                lesson: "An open question from a responder is a decision too; unanswered, they act without you."))
                continue
            }
            findings.append(ImprovementArea(step: nil, observation: "The question \"\(question.question)\" (T+\(fired.at.clock)) was never answered",
                                            lesson: "An open question from a responder is a decision too; leaving it unanswered leaves them to decide alone."))
        }
        findings += severity.findings.map { ImprovementArea(step: runbook.steps.first { $0.slug == "set-priority" }?.number, observation: $0,
                                                    lesson: "Rate against the matrix, re-rate when facts change, and when unsure take the higher level.") }
        return findings
    }

    func plan(_ findings: [ImprovementArea]) -> [PlanItem] {
        findings.map { finding in
            let phase = finding.step.flatMap { runbook.step($0) }.flatMap { step in runbook.phases.first { $0.id == step.phase } }
            let practice = finding.step.flatMap { runbook.step($0) }.map(practice)
            let recommendation = [finding.lesson, practice ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            return PlanItem(capability: phase?.title ?? "Incident command", step: finding.step, observation: finding.observation,
                            recommendation: recommendation.isEmpty ? "Review this moment in the debrief." : recommendation)
        }
    }

    func participants(_ state: EngineState, players: [Player], steps: [StepResult]) -> [ParticipantResult] {
        players.map { player in
            ParticipantResult(
                name: player.name, role: player.role,
                decisions: state.decisions.count { $0.actor == player.name },
                steps: steps.filter { $0.evidence.first?.actor == player.name && $0.applies }.map(\.number),
                traps: state.traps.filter { $0.decision.flatMap { state.decisions[safe: $0]?.actor } == player.name }.map(\.id))
        }
    }
}
