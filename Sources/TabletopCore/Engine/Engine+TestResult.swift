import Foundation

extension Engine {
    /// `test` as it starts: who tests (a person of the cast, or you) which fix, or that no fix exists
    /// yet. The result comes when the work is done (`testOutcome`).
    func testReply() -> String {
        guard configuration.realClock else { return "The fix is tested, and security tries to get around it." }
        guard let what = fixUnderTest?.text else { return "There is no fix to test yet: nobody has built one." }
        guard let tester else { return "You test the fix (\(what)) yourself and try to get around it." }
        return "\(tester.name) (\(tester.role)) tests the fix (\(what)) and tries to get around it; the result comes when the test is done."
    }

    /// The person the scenario set up to test fixes (who answers about `test`), if any.
    var tester: Person? {
        scenario.cast.first { person in
            person.reachable && !person.mustNotKnow && person.answers.contains { $0.topics.contains("test") }
        }
    }

    /// The fix a test is about: what was delivered (the scenario's "ready for testing" message) or
    /// else what the trainee asked for, and since when it stands; nil when there is none.
    var fixUnderTest: (text: String, since: SimDuration)? {
        let readiness = state.fired.reversed().lazy.compactMap { fired in self.injectsByID[fired.id].map { (fired, $0) } }
            .first { Self.reportsFix($0.1) }
        let built = state.decisions.last { $0.action.verb == .fix }
        let delivered = readiness.map { (Self.firstSentence($0.1.text.trimmingWhitespaceAndNewlines()), $0.0.at) }
        let typed = built.flatMap { decision in decision.action.text.map { ($0, decision.at) } }
        // A fix handed to someone counts from when they reported it done.
        let handed = state.tasks.last { task in
            guard task.done, !task.blocked, case .success(let action?) = ActionParser.parseAction(task.line) else { return false }
            return action.verb == .fix && action.text != nil
        }.flatMap { task -> (String, SimDuration)? in
            guard case .success(let action?) = ActionParser.parseAction(task.line), let text = action.text else { return nil }
            return (text, task.due)
        }
        // Ready since the newest of them: a fix written after the one delivered is the one tested (blind15 #26, blind16 #22).
        guard let (delivery, since) = [delivered, typed, handed].compactMap({ $0 }).max(by: { $0.1 < $1.1 }) else { return nil }
        // Named by the commander's own words where there are some: the scenario's report that it is in reads the
        // same whatever was written (blind41 #88: "You test the fix (Your change is in, and offboarding …)").
        let text = [typed, handed].compactMap({ $0 }).max(by: { $0.1 < $1.1 })?.0 ?? delivery
        return (text.hasSuffix(".") ? String(text.dropLast()) : text, since)
    }

    /// The tester's report when the test work is done, decided by the world: the fix holds only when
    /// its text covers what the scenario's fix step asks for (its rubric) and no way in is left open;
    /// otherwise it says how they got around it. In the tester's own voice, and remembered by them.
    mutating func testOutcome(by person: Person? = nil) -> Output? {
        guard configuration.realClock, let result = testResult() else { return nil }
        guard let who = person ?? tester else { return .response("Your test: \(Self.secondPerson(result))") }
        record(result, for: [who.id])
        return .answer(person: who.id, name: who.name, text: result)
    }

    /// The result in words, or nil when there is no fix. Every fix written or handed over counts
    /// together, as the debrief reads them (a role narrowed by one person, an image rebuilt by another).
    /// The scenario's own report that a fix is in is not read: its words are the same whatever fix was
    /// written, and the scorer does not read them (blind41: the tester said the fix covered four points,
    /// counting Dana's "DLP alerts going to a restricted channel"; the debrief gave 3 of 4).
    func testResult() -> String? {
        guard fixUnderTest != nil else { return nil }
        let (missed, covered) = fixCoverage()
        // A way in still open is no flaw of the fix, but the fix does not end the incident while it is.
        // In the tester's voice: no list of the game's commands (blind16 #16).
        // Only a way in the commander knows of: a test of the fix cannot find one nobody has found (blind126 #87: "a way in is
        // still open that nobody has found", hours before the hidden host showed itself, gave the scenario's answer away).
        let open = state.attackerPresent && !openWaysIn.isEmpty ? waysInText(hint: false) : nil
        guard missed.isEmpty else {
            // What they did that got through, where the scenario says (blind125 #66, #67: "the fix does not cover this: least
            // privilege for the CI account", and asked how, the same words again); else the rubric's names for what is missing,
            // as a list, not as a sentence ("does not cover standing admin rights removed").
            let probes = fixRubric?.concepts.filter { missed.contains($0.name) }.compactMap(\.probe) ?? []
            let named = missed.filter { name in fixRubric?.concepts.first { $0.name == name }?.probe == nil }
            let gaps = probes.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .")) }
                + (named.isEmpty ? [] : ["the fix does not cover this: \(named.joined(separator: "; nor this: "))"]) + [open].compactMap { $0 }
            return "Tested: I got around it: \(gaps.joined(separator: "; ")). It is not done until that is closed."
        }
        let what = covered.isEmpty ? "" : " It covers \(covered.joined(separator: ", "))."
        guard let open else { return "Tested: the fix held. I tried to get around it and could not.\(what)" }
        return "Tested: the fix held against what I tried, but it does not end this: \(open).\(what)"
    }

    /// What the fixes written or handed over, and the changes already in place, cover of the scenario's fix
    /// rubric, and what they miss; both empty when the scenario has no rubric for its fix step.
    func fixCoverage() -> (missed: [String], covered: [String]) {
        let fixes = state.decisions.filter { $0.action.verb == .fix }.compactMap(\.action.text)
            + state.tasks.filter { $0.done && !$0.blocked }.compactMap { task -> String? in
                guard case .success(let action?) = ActionParser.parseAction(task.line), action.verb == .fix else { return nil }
                return action.text
            }
        // The tester tries the system as it stands: a role narrowed by Sara's hand is narrowed, whatever
        // the fix's words say (blind19 #9, #23).
        let rubric = fixRubric
        let reading = rubric.map { $0.read(fixes.joined(separator: "\n"), negatable: true) }
        let inPlace = rubric.map(coveredInPlace) ?? []
        let missed = (reading?.missed ?? []).filter { !inPlace.contains($0) }
        let covered = (reading?.hit ?? []) + (reading?.missed ?? []).filter(inPlace.contains)
        return (missed, covered)
    }

    /// The rubric of the runbook step that `fix` is evidence of, when the scenario gives one.
    var fixRubric: Rubric? {
        let step = runbook.steps.first { $0.evidence.contains { $0.verb == .fix } }?.number
        return step.flatMap { number in scenario.scoring.first { $0.step == number }?.rubric }
    }

    /// The rubric's concepts that the world's changes so far already carry: the outcome of an action
    /// on an asset (the trainee's own, a task they handed over, an answer they gave) that speaks of the
    /// concept and whose asset the concept names ("the role narrowed" and Sara narrowing
    /// instance-role). The asset must be named because outcome texts speak of more than they change
    /// ("the credentials are rotated, but the instance role can still read them").
    func coveredInPlace(_ rubric: Rubric) -> [String] {
        Self.coveredInPlace(rubric, in: state, scenario: scenario, assetsByID: assetsByID, injectsByID: injectsByID)
    }

    /// `coveredInPlace` over a drill's state, one reading for the engine's tester and the scorer, so the
    /// two never disagree on what the fix covers.
    static func coveredInPlace(_ rubric: Rubric, in state: EngineState, scenario: Scenario, assetsByID: [String: Asset],
                               injectsByID: [String: Inject]) -> [String] {
        let acted = state.decisions.compactMap { decision -> (text: String, assets: [String])? in
            let action = decision.countsAs ?? decision.action
            guard action.verb != .fix, let object = action.object, assetsByID[object] != nil,
                  state.assetChanges.contains(where: { $0.asset == object && $0.at >= decision.at }),
                  let text = scenario.responses.first(where: { response in
                      response.on.matches(action) && (response.when.map { heldBefore($0, decision, in: state, scenario: scenario) } ?? true)
                  })?.text
            else { return nil }
            return (text, [object])
        }
        let chosen = state.choices.compactMap { choice -> (text: String, assets: [String])? in
            guard let option = injectsByID[choice.decision]?.decision?.options[safe: choice.option - 1],
                  let text = option.outcome, !option.effects.assets.isEmpty else { return nil }
            return (text, option.effects.assets.map(\.asset))
        }
        var covered: [String] = []
        for change in acted + chosen {
            let names = Set(change.assets.flatMap { id in
                [id] + (assetsByID[id].map { [$0.name] } ?? []) }.flatMap { topicWords($0) }.filter { $0.count >= 4 && !commonWords.contains($0) })
            for concept in rubric.read(change.text).hit where !covered.contains(concept) && !topicWords(concept).isDisjoint(with: names) {
                covered.append(concept)
            }
        }
        return covered
    }

    /// A response's condition as it stood when the decision was made: assets by their starting states and
    /// the changes before it, moves by those made before it; facts, choices and the truth as the drill has them.
    /// (Read at the end instead, "rotated while the role could still read it" would become the other answer.)
    private static func heldBefore(_ condition: Condition, _ decision: Decision, in state: EngineState, scenario: Scenario) -> Bool {
        let held = { (inner: Condition) in heldBefore(inner, decision, in: state, scenario: scenario) }
        switch condition {
        case .constant(let value): return value
        case .not(let inner): return !held(inner)
        case .all(let parts): return parts.allSatisfy(held)
        case .any(let parts): return parts.contains(where: held)
        case .asset(let id, let wanted):
            return (scenario.assets.first { $0.id == id }?.initialStates.contains(wanted) ?? false)
                || state.assetChanges.contains { $0.asset == id && $0.state == wanted && $0.at < decision.at }
        case .did(let pattern): return state.decisions.prefix(decision.index).contains { $0.matches(pattern) }
        case .revealed(let fact): return state.facts.contains(fact)
        case .chose(let point, let option): return state.choices.contains { $0.decision == point && $0.option == option }
        case .truth(let flag): return scenario.truth.flag(flag)
        case .attackerPresent: return state.attackerPresent
        default: return false
        }
    }

    /// When the fix now standing was last tested, and by whom: a `test` or a delegated test done
    /// since the fix was delivered; nil when it has not been.
    var lastTestOfFix: (at: SimDuration, by: String)? {
        guard let since = fixUnderTest?.since else { return nil }
        let own = state.decisions.last { $0.action.verb == .test && $0.at >= since }.map { ($0.at + $0.cost, tester?.name ?? "you") }
        let delegated = state.tasks.last { $0.done && !$0.blocked && $0.line.lowercased() == "test" && $0.due >= since }
            .map { ($0.due, peopleByID[$0.person]?.name ?? $0.person) }
        return [own, delegated].compactMap { $0 }.max { $0.0 < $1.0 }
    }

    /// A tester's first-person result as the commander's own test: "you got around it".
    static func secondPerson(_ result: String) -> String {
        result.replacingOccurrences(of: "Tested: I got around it", with: "you got around it")
            .replacingOccurrences(of: "Tested: the fix held. I tried", with: "the fix held. You tried")
            .replacingOccurrences(of: "Tested: the fix held against what I tried", with: "the fix held against what you tried")
    }

    /// What a fix's "ready for testing" message says: the scenario's words when the fix is the person's own
    /// (a bare `delegate lena fix`), else that the commander's change is in as written, never a fix nobody
    /// wrote (blind48 #81: "every static key is deleted from ci-config and its history", for a fix that only
    /// narrowed a role, and the test then found exactly that missing). Sessions before the real clock as played.
    /// `asOf`: the moment it was delivered, for saying it again later as it was said then (blind98 #72: an update
    /// quoted the scenario's own fix, handed over an hour after the message, as said at the message's time).
    func fixReadyText(_ inject: Inject, asOf moment: SimDuration? = nil) -> String {
        guard let written = writtenFix(asOf: moment), written != inject.text.replacingOccurrences(of: "\"", with: "'") else { return inject.text }
        return "Your change is in, as you wrote it: \"\(Self.excerpt(written, limit: 140))\". Ready for testing."
    }

    /// The newest fix in the commander's words at a moment (typed, or handed over and done), whose report says it
    /// is in as written; nil when there is none, and in sessions before the real clock.
    func writtenFix(asOf moment: SimDuration? = nil) -> String? {
        let before = { (at: SimDuration) in moment.map { at <= $0 } ?? true }
        let typed = state.decisions.last { $0.action.verb == .fix && $0.action.text != nil && before($0.at) }.map { ($0.at, $0.action.text ?? "") }
        let handed = state.tasks.last { $0.done && !$0.blocked && $0.line.hasPrefix("fix") && before($0.due) }.flatMap { task -> (SimDuration, String)? in
            guard case .success(let action?) = ActionParser.parseAction(task.line), let text = action.text else { return nil }
            return (task.due, text)
        }
        guard configuration.realClock else { return nil }
        return [typed, handed].compactMap({ $0 }).max(by: { $0.0 < $1.0 })?.1
    }

    /// A fired inject's words as they were delivered: a fix's "ready for testing" message as the fix then stood.
    func deliveredText(_ fired: FiredInject, _ inject: Inject) -> String {
        Self.reportsFix(inject) ? fixReadyText(inject, asOf: fired.at) : inject.text
    }

    /// Whether the inject is a fix's "ready for testing" message (it follows `fix`).
    static func reportsFix(_ inject: Inject) -> Bool {
        if case .afterAction(let pattern, _) = inject.trigger { return pattern.verb == .fix }
        return false
    }
}
