extension Engine {
    /// Where something the whole response shares stands, from the world: a deadline, whether the
    /// incident can be closed, the fix asked for, what the adversary did since, a fleet (answered as one, not through a member the
    /// question also names). Nil for other questions.
    func statusAnswer(_ person: Person, words: Set<String>, question: String = "") -> String? {
        if let status = clockAnswer(person, words: words) ?? closingAnswer(person, words: words, question: question) ?? fixQuestionAnswer(person, words: words, question: question)
            ?? sinceAnswer(person, words: words) {
            return status
        }
        return person.mustNotKnow ? nil : groupNamed(by: words).flatMap { groupAnswer($0, by: person) }
    }

    /// Words that ask where a deadline stands ("has the GDPR notification been filed yet?").
    static let deadlineWords: Set<String> = [
        "yet", "filed", "file", "sent", "done", "made", "met", "deadline", "due", "left", "notified", "submitted",
        "clock", "running", "expired", "missed", "late", "lodged", "reported",
    ]

    /// Words that name the regulator, whose notification stops a legal clock.
    static let regulatorWords: Set<String> = ["regulator", "authority", "gdpr", "notification", "dpa", "ico"]

    /// Asked where a deadline stands (the clock named by its label or id, or a legal clock by the
    /// regulator), a person says it from the world: not started, met when, missed when, or running
    /// until when and what still has to happen for it (blind21 #13: Grace, asked whether the GDPR
    /// notification was filed, gave a finding on chat admin rights). Nil for other questions and for
    /// someone who must not know.
    func clockAnswer(_ person: Person, words: Set<String>) -> String? {
        // Advice ("should I file now or wait?") or what changes a filing ("does the supplement change
        // anything?") is no question of where the clock stands (blind23 #4, #31).
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.deadlineWords),
              words.isDisjoint(with: Self.hypotheticalWords.union(["change", "changes", "supplement", "amend", "update", "or", "first"])) else { return nil }
        let clock = scenario.clocks.first { words.contains($0.id) || words.contains($0.label.lowercased()) }
            ?? scenario.clocks.first { Self.awaitsRegulator($0.stops) && !words.isDisjoint(with: Self.regulatorWords) }
        guard let clock else { return nil }
        guard let status = state.clocks[clock.id] else { return "The \(clock.label) clock is not running yet: nothing so far has started it." }
        if let met = status.metAt { return "Yes: the \(clock.label) clock was met at \(stamp(met)), before its deadline of \(stamp(status.deadline))." }
        if status.expired { return "No: the \(clock.label) deadline passed at \(stamp(status.deadline)) without it." }
        let left = SimDuration(seconds: max(0, status.deadline.seconds - state.clock.seconds))
        let open = Self.openParts(of: clock.stops, holding: { holds($0) })
        let needs = open.isEmpty ? "" : " Still to happen for it: \(Self.series(open))."
        return "Not yet: the \(clock.label) clock runs until \(stamp(status.deadline)) (\(left) left).\(needs)"
    }

    /// Words that ask when a clock began, or until when it runs.
    static let clockTimingWords: Set<String> = [
        "start", "starts", "started", "starting", "when", "from", "since", "until", "begin", "began", "begins", "long", "trigger", "triggers", "triggered",
    ]

    /// Asked when a clock the question names started, or how long it runs ("does that start a GDPR
    /// 72-hour clock, and from when?"), a person gives its start and end from the world, whatever else the
    /// question names (blind41 #26: counsel answered whether to tell the hospital staff). Nil for other
    /// questions and for someone who must not know.
    func clockTimingAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "Should we file now, or hold it until after the exit meeting? The deadline falls…" asks for advice (blind41 #55).
        guard !person.mustNotKnow, !Self.asksForAdvice(question, words: words) else { return nil }
        // A clock named with "clock" ("does that start a GDPR clock?"), or a legal clock by its notification and a
        // word that asks when or where it stands (blind42 #52: "where does the GDPR notification stand, when do
        // we have to file?" got counsel's opening "tell me the moment you know", three hours after being told).
        let timing = !words.isDisjoint(with: Self.clockTimingWords)
        let named = { (clock: Clock) in words.contains(clock.id) || words.contains(clock.label.lowercased()) }
        let clock: Clock?
        if words.contains("clock"), timing {
            // "That 72-hour clock", to counsel: the legal one; else the one clock running (blind94 #46: "I don't know that").
            let running = scenario.clocks.filter { state.clocks[$0.id]?.isRunning == true }
            clock = scenario.clocks.first(where: named)
                ?? (person.team.lowercased() == "legal" ? scenario.clocks.first { Self.awaitsRegulator($0.stops) && state.clocks[$0.id] != nil } : nil)
                ?? (running.count == 1 ? running.first : nil)
        } else if timing || !words.isDisjoint(with: ["stand", "stands", "deadline", "due"]) {
            // Its label alone ("GDPR") is not enough: the question names its notification too.
            // To counsel, "when exactly is the filing due?" is the legal clock's, its label unsaid (blind103 #48).
            let counselsFiling = person.team.lowercased() == "legal" && !words.isDisjoint(with: ["filing", "file", "notification"])
            clock = scenario.clocks.first { clock in
                Self.awaitsRegulator(clock.stops) && (named(clock) || counselsFiling && state.clocks[clock.id] != nil)
                    && (counselsFiling || !words.isDisjoint(with: Self.regulatorWords.subtracting([clock.label.lowercased(), clock.id])))
            }
        } else {
            clock = nil
        }
        guard let clock else { return nil }
        guard let status = state.clocks[clock.id] else { return "The \(clock.label) clock is not running yet: nothing so far has started it." }
        let started = "The \(clock.label) clock started at \(stamp(status.startedAt))"
        if let met = status.metAt { return "\(started) and was met at \(stamp(met)), before its deadline of \(stamp(status.deadline))." }
        if status.expired { return "\(started); its deadline passed at \(stamp(status.deadline)) without it." }
        let left = SimDuration(seconds: max(0, status.deadline.seconds - state.clock.seconds))
        let open = Self.openParts(of: clock.stops, holding: { holds($0) })
        return "\(started) and runs until \(stamp(status.deadline)) (\(left) left)." + (open.isEmpty ? "" : " Still to happen for it: \(Self.series(open)).")
    }

    /// Asked whether a notification has gone out ("has the email to the affected individuals gone out yet?"),
    /// a person says whether and when it was made, from the record (blind45 #109: communications gave a stock
    /// line on the press statement). Nil for other questions and for someone who must not know.
    /// Words of telling someone.
    static let tellingWords: Set<String> = ["notified", "notify", "told", "tell", "informed", "inform", "emailed", "email", "emails", "notice",
                                            "letter", "letters", "contacted", "sent", "gone", "filed", "reported", "notification", "warned", "heard"]

    /// Whether a line asks if something is done already ("… or is that done?").
    static func doneAsked(_ lowered: String) -> Bool {
        ["is that done", "is it done", "already done", "been done"].contains(where: lowered.contains)
    }

    func notificationStatusAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        if let who = notifiedSoFarAnswer(person, words: words) { return who }
        // ("Do I still need to notify law enforcement formally, or is that done?", blind70 #105: the regulator's filing.)
        // ("Does that cover the direct notice to the consignees, or does your email still need to go?", blind106 #71.)
        guard !person.mustNotKnow, !words.isDisjoint(with: ["sent", "gone", "yet", "already", "done", "cover", "covers", "covered"]) || lowered.contains(" been "),
              // A sentence of the question asks it ("The statement went out at 10:30. Have the hospitals' DPOs been told?", blind44 #134).
              lowered.split(whereSeparator: { ".?!".contains($0) }).contains(where: { sentence in
                  // ("Is the Article 34 email drafted yet?", blind98 #104; after a lead-in, "Sorry, to be plain: has the notice …
                  // gone out yet?", blind106 #72.)
                  sentence.components(separatedBy: ": ").contains { part in
                      part.split(separator: " ").first.map { ["has", "have", "did", "was", "were", "is", "are", "does"].contains($0) } ?? false
                  }
              }) || Self.doneAsked(lowered),
              !Self.asksForAdvice(question, words: words) || Self.doneAsked(lowered),
              // A telling is asked about, not anything done to something of theirs ("have the customer DB credentials
              // been used since?", blind49 #32: "nobody has notified the people affected").
              !words.isDisjoint(with: Self.tellingWords),
              let audience = Self.audienceWords.first(where: { !$0.words.isDisjoint(with: words) })?.audience,
              // A legal clock answers for the regulator, with its deadline (`clockAnswer`).
              audience == .customers || audience == .lawEnforcement || (audience == .regulator && !scenario.clocks.contains { Self.awaitsRegulator($0.stops) })
        else { return nil }
        let name = audience == .customers ? "the people affected" : audience == .regulator ? "the regulator" : "the police"
        if let made = firstNotification(of: audience) {
            return "Yes: \(name) \(audience == .regulator ? "was" : "were") notified at \(stamp(made.at)) ('notify \(audience.rawValue)')."
        }
        // An answer of theirs written for a moment that has come, on that audience, tells what the record of `notify` cannot:
        // the police were handed the email on the commander's answer to a question (blind98 #86: "nobody has notified the
        // police" after "Hannah takes the email to the police's cybercrime unit").
        let audienceWords = Self.audienceWords.filter { $0.audience == audience }.flatMap(\.words)
        // (Written for an answer to a question, `chose(…)`, that has come: not one written for what is known, blind101 #109.)
        let forAnAnswer = { (condition: Condition) in Self.leaves(of: condition).contains { if case .chose = $0 { true } else { false } } }
        if let written = person.answers.first(where: { answer in
            answer.when.map(forAnAnswer) == true && !answer.topics.filter(audienceWords.contains).isEmpty && fits(answer, person)
        }) {
            return written.text
        }
        return "Not yet: nobody has notified \(name) ('notify \(audience.rawValue)')."
    }

    /// Counsel asked who has been notified ("who has been notified and who has not?"): every notification made,
    /// with when and by whom, and those still owed (blind92 #93, blind93 #99: "I can't tell you that", though
    /// counsel had filed with the regulator). Nil for other questions and people.
    func notifiedSoFarAnswer(_ person: Person, words: Set<String>) -> String? {
        guard person.team.lowercased() == "legal", !person.mustNotKnow, words.contains("who"),
              !words.isDisjoint(with: ["notified", "told", "informed", "contacted"]) else { return nil }
        let side = legalSide(asked: words.union(["who", "notified"]), by: person)
        guard !side.done.isEmpty else {
            return "Nobody has been notified yet" + (side.open.isEmpty ? "." : ": \(Self.series(side.open)).")
        }
        return "So far \(Self.series(side.done))" + (side.open.isEmpty ? "; nobody else is owed a notice that I know of." : "; not yet: \(Self.series(side.open)).")
    }

    /// The parts of a clock's stop condition that do not hold yet, in words a commander types:
    /// `'notify regulator'`, `kai-account disabled`; with `asCommands`, an asset's state as the command
    /// that brings it about (`'preserve kai-mailbox'`). Parts that say neither are left out.
    static func openParts(of condition: Condition, holding: (Condition) -> Bool, asCommands: Bool = false) -> [String] {
        switch condition {
        case .all(let parts): return parts.flatMap { openParts(of: $0, holding: holding, asCommands: asCommands) }
        case .any(let parts):
            guard !parts.contains(where: holding) else { return [] }
            let each = parts.flatMap { openParts(of: $0, holding: holding, asCommands: asCommands) }
            return each.isEmpty ? [] : [each.joined(separator: " or ")]
        case .did(let pattern): return holding(condition) ? [] : ["'\(pattern)'"]
        case .asset(let id, let assetState):
            guard !holding(condition) else { return [] }
            guard asCommands else { return ["\(id) \(word(for: assetState))"] }
            return verbOfState[assetState].map { ["'\($0.spelling) \(id)'"] } ?? []
        default: return []
        }
    }

    /// Words that ask what is still open ("is anything still running on the legal side?", corpus 704).
    static let stillOpenWords: Set<String> = ["open", "outstanding", "left", "pending", "running", "unresolved", "unfinished"]

    /// Words that ask whether the incident can be closed ("do you agree we can close now?").
    static let closingWords: Set<String> = ["close", "closing", "closure", "closed"]

    /// Asked whether the incident can be closed, a person says what is still open as far as the
    /// commander knows (a way in not cut off, a deadline still running, work still under way), or
    /// that nothing is, or when it was closed (blind21 #28, #29: Rita gave Kai's card, counsel said
    /// "I don't know that about Kai"). Nil for other questions and for someone who must not know.
    func closingAnswer(_ person: Person, words: Set<String>, question: String = "") -> String? {
        // "A close watch", "a close look", "close to": no closing (blind93 #80: "can you keep a close watch on him?").
        let lowered = question.lowercased()
        if words.contains("close"), words.isDisjoint(with: Self.closingWords.subtracting(["close"])),
           ["close watch", "close eye", "close look", "close to ", "close attention", "closely"].contains(where: lowered.contains) { return nil }
        // "Before I close, is there anything you need from me?" asks what they need, not whether to close (blind23 #28).
        // Counsel asked what is still open on the legal side is asked the same (blind47 #111: Tuesday's advice on waiting).
        let legalOpen = person.team.lowercased() == "legal" && words.contains("legal") && !words.isDisjoint(with: Self.stillOpenWords)
        // "Can I brief you now … before I close the incident?" offers a briefing (blind98 #105: the CEO read the cut-offs back).
        // "Any way in left we haven't closed?" asks about ways in, not about closing the incident (blind147 #61: "Not yet: Dana is
        // still on 'rollout'", with every way in cut).
        let waysClosed = words.isDisjoint(with: ["close", "closing", "closure", "incident"]) && words.contains("closed")
            && !words.isDisjoint(with: ["way", "ways", "access", "cut", "door", "doors", "hole", "holes"])
        // "Before I close: can you confirm that 185.220.101.7 is blocked at our edge?" asks its own question, the closing only its
        // moment (blind148 #62: the can-we-close answer again, word for word); "Before I close, is anything still open?" still asks.
        let momentOnly = ["before i close", "before we close", "before closing"].contains { phrase in
            guard let range = lowered.range(of: phrase) else { return false }
            let rest = Self.topicWords(String(lowered[range.upperBound...]))
            return rest.isDisjoint(with: Self.closingWords) && rest.isDisjoint(with: Self.stillOpenWords.union(["objection", "objections", "anything", "ready"]))
        }
        guard !person.mustNotKnow, !waysClosed, !momentOnly, !Self.briefingOffers.contains(where: lowered.contains), !words.isDisjoint(with: Self.closingWords) || legalOpen,
              // "Anything that would stop us closing?" (blind46 #120: "I don't know that about report-01").
              !words.isDisjoint(with: ["can", "ready", "agree", "okay", "safe", "open", "outstanding", "left", "running", "comfortable", "happy", "fine", "objection",
                                       "objections", "stop", "block", "prevent",
                                       // "Any legal reason not to close the incident tonight?" (blind144 #50: "I don't know that").
                                       "reason", "reasons", "cannot", "against", "problem", "problems"]),
              // (Asked what is open on the legal side and whether they need something, the open items come first, blind54 #90.)
              !words.contains("need") || legalOpen
        else { return nil }
        // (Counsel asked what is still open on the legal side after the close answers for the legal side, blind149 #67: "It is closed".)
        if let closedAt = watch.decisions(by: .close, in: state).last.map({ state.decisions[$0].at }), closed, !legalOpen {
            return "It is closed: you closed the incident at \(stamp(closedAt))."
        }
        var open: [String] = []
        // A way in nobody has found is no one's to know: said only when one is known, or a test found one (blind69 #70:
        // counsel knew of it before any test had run).
        let foundByTest = (state.deeds ?? []).contains { $0.text.hasPrefix(Self.testedPrefix) && $0.text.contains("still has a way in") }
        if state.attackerPresent, !openWaysIn.isEmpty || foundByTest { open.append(waysInText(hint: false)) }
        for clock in scenario.clocks {
            guard let status = state.clocks[clock.id], status.isRunning else { continue }
            let parts = Self.openParts(of: clock.stops, holding: { holds($0) })
            open.append("the \(clock.label) clock still runs until \(stamp(status.deadline))" + (parts.isEmpty ? "" : " (still to happen: \(Self.series(parts)))"))
        }
        // Their own in the first person (blind125 #76: "Hannah Weiss is still on …", said by Hannah).
        let working = state.tasks.filter { !$0.done }.compactMap { task in
            peopleByID[task.person].map { "\($0.id == person.id ? "I am" : "\($0.name) is") still on '\(Self.excerpt(task.asked ?? task.line, limit: 80))'" }
        }
        open += working
        // Follow-ups filed for them are theirs to see through (blind48 #113: "nothing is still open on the legal side",
        // with a follow-up filed for counsel an hour before), after the incident: they never keep it open (blind58 #105,
        // blind59 #118: "Not yet: the follow-up you filed for me").
        let followUps = watch.decisions(by: .followup, in: state).compactMap { position -> String? in
            let action = state.decisions[position].action
            guard action.owner?.lowercased() == person.id, let text = action.text else { return nil }
            return "'\(Self.excerpt(text, limit: 80))'"
        }
        let after = followUps.isEmpty ? "" : " After we close, I see through the follow-up\(followUps.count == 1 ? "" : "s") you filed for me: \(Self.series(followUps))."
        // Counsel answers for the legal side: who was notified, and who with personal data involved was not
        // (blind42 #100: "anything still open on the legal side, like notifying the individuals?" got the cut-offs).
        let side = person.team.lowercased() == "legal" ? legalSide(asked: words, by: person) : nil
        open += side?.open ?? []
        let sideDone = (side?.done).flatMap { $0.isEmpty ? nil : " On the legal side, \(Self.series($0))." } ?? ""
        // Asked whether to close, "not yet"; asked what is open, what is.
        let lead = words.isDisjoint(with: Self.closingWords) ? "Still open, as far as I know" : "Not yet, as far as I know"
        guard open.isEmpty else { return "\(lead): \(open.joined(separator: "; "))." + sideDone + after }
        if let done = side?.done, !done.isEmpty {
            return "Nothing is still open on the legal side that I know of: \(Self.series(done)). No deadline is still running." + after
        }
        // A way in still open is open, whatever else is done (blind83 #85: "Nothing is still open …; still open: kai-workstation").
        let containment = containmentLine()
        let opening = containment.contains("; still open: ") || containment.contains("still has a way in") ? "\(lead):" : "Nothing is still open that I know of:"
        return "\(opening) \(containment) No deadline is still running and nobody is still working on a task." + after
    }

    /// The first notification of the audience, if any: when it was made, the line that made it, and who made it
    /// (nil: the commander). One handed to someone counts from when they made it (blind92 #93: counsel, who filed
    /// with the regulator on a go-ahead, listed only the customers as notified).
    func firstNotification(of audience: Audience) -> (at: SimDuration, raw: String, by: String?)? {
        let own = watch.decisions(by: .notify, in: state).lazy.map { state.decisions[$0] }.first { $0.action.object == audience.rawValue }
            .map { (at: $0.at, raw: $0.raw, by: String?.none) }
        let handed = state.decisions.indices.compactMap { index -> (at: SimDuration, raw: String, by: String?)? in
            let decision = state.decisions[index]
            guard decision.action.verb != .notify, let also = decision.countsAs, also.verb == .notify, also.object == audience.rawValue else { return nil }
            // A task's notification is made when the task is done; a message that is one, when it is sent.
            guard let task = state.tasks.first(where: { $0.decision == index }) else { return (decision.at, decision.raw, nil) }
            return (task.due, decision.raw, task.person)
        }
        return ([own].compactMap { $0 } + handed).min { $0.at < $1.at }
    }

    /// The notifications counsel answers for: those made, with when, and those still owed that the
    /// question names (the people whose data it was, where personal data is involved).
    func legalSide(asked words: Set<String>, by speaker: Person? = nil) -> (done: [String], open: [String]) {
        let notified = firstNotification(of:)
        let names: [(Audience, String)] = [(.regulator, "the regulator was"), (.customers, "the customers were"), (.lawEnforcement, "the police were")]
        let done = names.compactMap { audience, name in
            notified(audience).map { made in
                "\(name) notified at \(stamp(made.at))" + (made.by.map { $0 == speaker?.id ? " (by me)" : " (by \(peopleByID[$0]?.name ?? $0))" } ?? "")
            }
        }
        // ("Who has been notified and who not?" asks after everyone owed a notice, blind68 #74.)
        let asksPeople = !words.isDisjoint(with: ["individuals", "individual", "customers", "customer", "people", "subjects", "users", "affected", "hospitals"])
            || words.contains("who") && !words.isDisjoint(with: ["notified", "told", "informed"])
        // Owed only once what they were told shows personal data left (not from the ground truth at T+0).
        let personal = factsKnown(by: speaker?.id ?? "").compactMap { world.factsByID[$0] }.contains { fact in
            fact.shows.contains(.personalData) || !Self.topicWords(fact.text).isDisjoint(with: Standpoint.personalWords)
        }
        let open = scenario.truth.personalData && (speaker == nil || personal) && asksPeople && notified(.customers) == nil
            ? ["the people whose data it was have not been told ('notify customers')"] : []
        return (done, open)
    }
}
