extension Engine {
    /// A person who delivered the fix, asked about it with an answer written for before (no `only_if`):
    /// that it is in, since when, and how its test and rollout stand, instead of offering the plan again
    /// (blind20 #27: "We can move CI to short-lived OIDC credentials today" eleven hours after she had).
    /// Nil when the answer is not on the fix, has a condition, or the person delivered none.
    func deliveredFixAnswer(_ answer: Answer, by person: Person) -> String? {
        guard answer.when == nil, answer.topics.contains("fix"),
              let delivered = state.fired.last(where: { fired in
                  injectsByID[fired.id].map { Self.reportsFix($0) && senderID(of: fired) == person.id } ?? false
              }), let inject = injectsByID[delivered.id] else { return nil }
        // A fix of theirs done after it is the fix as it stands (blind130 #107: the first fix, which had failed its test, was
        // said to be the one tested and rolled out).
        if let current = fixUnderTest, current.since > delivered.at,
           state.tasks.contains(where: { $0.person == person.id && $0.done && !$0.blocked && $0.due == current.since && $0.line.hasPrefix("fix") }) {
            return fixStands(current, own: true)
        }
        let sentence = Self.firstSentence((writtenFix(asOf: delivered.at) ?? inject.text).trimmingWhitespaceAndNewlines())
        let lines = ["My fix is in since \(stamp(delivered.at)): \(sentence)\(".!?".contains(sentence.last ?? ".") ? "" : ".")"]
        return (lines + fixProgress(since: delivered.at)).joined(separator: " ")
    }

    /// How the fix's test and rollout stand: who tested it and when (or that nobody has), and when it
    /// was rolled out, if at or after `since`.
    func fixProgress(since: SimDuration) -> [String] {
        var lines: [String] = []
        if let tested = lastTestOfFix {
            lines.append("\(tested.by == "you" ? "You" : tested.by) tested it at \(stamp(tested.at)).")
        } else if let running = testUnderWay {
            lines.append("\(peopleByID[running.person]?.name ?? running.person) is testing it now; due back by about \(stamp(running.due)).")
        } else {
            lines.append("Nobody has tested it yet (test).")
        }
        if let rolled = rolloutTimes.last, rolled >= since {
            lines.append("It was rolled out at \(stamp(rolled)).")
        }
        return lines
    }

    /// A test handed to someone and not yet reported back: who runs it and when it is due; nil when none runs.
    var testUnderWay: DelegatedTask? {
        state.tasks.first { task in
            guard !task.done, !task.blocked, case .success(let action?) = ActionParser.parseAction(task.line) else { return false }
            return action.verb == .test
        }
    }

    /// The earliest fix on record that changes an asset: one delivered that names it, or one the
    /// commander wrote that names it; nil when none does.
    func firstFix(naming asset: Asset) -> SimDuration? {
        let delivered = state.fired.first { fired in injectsByID[fired.id].map { Self.reportsFix($0) && Self.mentions($0.text, asset) } ?? false }?.at
        let written = watch.decisions(by: .fix, in: state).first { state.decisions[$0].action.text.map { Self.mentions($0, asset) } ?? false }
            .map { state.decisions[$0].at }
        return [delivered, written].compactMap { $0 }.min()
    }

    /// Asked about a fix they delivered in its own words ("the secret scanning you turned on"), with nothing
    /// else to say on it: that it is in, since when, and how its test and rollout stand, not "I don't know that"
    /// (blind51 #117). Of the fixes they built (a task handed to them, or a delivery of theirs), the one sharing
    /// the most words, two at least; nil when none does.
    func ownFixAnswer(_ person: Person, words: Set<String>) -> String? {
        // (Short terms of the trade count too: "is anything in CI still running on a static key?" shares "static" and "key"
        // with "delete every static key", blind107 #96: the newest thing she knew instead.)
        let asked = Self.distinctiveQuestionWords(words).union(words.intersection(Self.shortTerms))
        var built: [(text: String, at: SimDuration)] = state.tasks.compactMap { task in
            guard task.person == person.id, task.done, !task.blocked, case .success(let action?) = ActionParser.parseAction(task.line),
                  action.verb == .fix, let text = action.text else { return nil }
            return (text, task.due)
        }
        built += fixesDelivered(by: person)
        // Compared by their first five letters: "is the narrowed policy live?" is about "narrow ci-deployer's policy" (blind70 #77).
        // (And without a plural's s: "a static key" is about "the static keys".)
        let stem = { (word: String) in String((word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word).prefix(5)) }
        let askedStems = Set(asked.map(stem))
        let shared = { (fix: (text: String, at: SimDuration)) in
            Set(Self.topicWords(fix.text).filter { $0.count >= 4 || Self.shortTerms.contains($0) }.map(stem)).intersection(askedStems).count
        }
        // Of equal matches the newest: a revision is the fix as it stands.
        guard let fix = built.sorted(by: { $0.at < $1.at }).reduce(nil, { (best: (text: String, at: SimDuration)?, fix) in
            best.map { shared(fix) >= shared($0) ? fix : $0 } ?? fix
        }), shared(fix) >= 2 else { return nil }
        let lines = ["My fix is in since \(stamp(fix.at)): '\(Self.excerpt(fix.text.trimmingWhitespaceAndNewlines(), limit: 160))'."]
        return (lines + fixProgress(since: fix.at) + ["Beyond what it says, I would have to look."]).joined(separator: " ")
    }

    /// Words of three letters or fewer that name a thing of the trade, not a plain word.
    static let shortTerms: Set<String> = ["key", "ssh", "vpn", "sso", "mfa", "api", "dlp", "iam", "ci", "sql", "dns", "waf", "edr"]

    /// Words that ask whether a change is in place and working.
    static let inPlaceWords: Set<String> = ["now", "working", "works", "live", "ready", "done", "enabled", "wired", "wire", "place",
                                            "running", "active", "alerting", "finished", "deployed", "turned", "fix", "fixed"]

    /// The fixes a person reported in, in the words the commander saw: the commander's own fix as written
    /// when they had written one by then ("Your change is in, as you wrote it"), else the report's, and
    /// every fix the commander wrote after it, which they count as in as well (blind59 #54, #60: asked
    /// whether the watch list alerts, she did not know the change she had just reported in).
    func fixesDelivered(by person: Person) -> [(text: String, at: SimDuration)] {
        let reports = state.fired.filter { fired in injectsByID[fired.id].map { Self.reportsFix($0) && senderID(of: fired) == person.id } ?? false }
        guard let first = reports.first else { return [] }
        let typed = watch.decisions(by: .fix, in: state).compactMap { position -> (text: String, at: SimDuration)? in
            state.decisions[position].action.text.map { ($0, state.decisions[position].at) }
        }
        var fixes = reports.compactMap { fired -> (text: String, at: SimDuration)? in
            guard let inject = injectsByID[fired.id] else { return nil }
            return (writtenFix(asOf: fired.at) ?? typed.last { $0.at <= fired.at }?.text ?? inject.text, fired.at)
        }
        fixes += typed.filter { $0.at > first.at }
        return fixes
    }

    /// Asked about "the fix" when one is in ("is the revised fix in?", "did the fix get tested?"): that it
    /// is in, since when, in the words the commander saw, and how its test and rollout stand, from whoever
    /// is asked, before any answer that shares another word with the question (blind59 #60: "is the revised
    /// fix in, the admin rights part?" got the chat audit log's answer on "admin rights"). Nil for a
    /// question on what to change, a call for a view or a request, and for someone who must not know.
    func fixStatusAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "Is the leaver access review change in, and has anyone tested it?" asks after the fix too (blind71 #85).
        let lowered = question.lowercased()
        let change = !words.isDisjoint(with: ["change", "changes"])
            && (["change in", "changes in", "change live", "change done"].contains(where: lowered.contains) || !words.isDisjoint(with: ["tested", "rolled"]))
        guard !person.mustNotKnow, !words.isDisjoint(with: ["fix", "fixes", "fixed"]) || change, !Self.asksForFix(words),
              !Self.isRequest(question), !Self.asksForAdvice(question, words: words), let fix = fixUnderTest,
              // The fix is what a sentence asks about, not what one says before asking something else ("The fix is rolled
              // out. Do you sign off on bringing the API back?", blind58 #109).
              Self.questionSentences(question).contains(where: { !Self.topicWords($0).isDisjoint(with: ["fix", "fixes", "fixed", "change", "changes"]) }),
              // Nor the point a question counts from ("any activity from the attacker since the fix went in?", blind66 #81).
              !["since the fix", "after the fix", "since your fix", "after your fix", "since the fixes"].contains(where: lowered.contains),
              // Nor what the question sets aside ("Not the fix, the laptop image you took: what does it show?", blind79 #125).
              !Self.fixSetAside.contains(where: lowered.contains)
        else { return nil }
        let own = fixesDelivered(by: person).contains { $0.at == fix.since }
            || state.tasks.contains { $0.person == person.id && $0.done && !$0.blocked && $0.due == fix.since && $0.line.hasPrefix("fix") }
        return fixStands(fix, own: own)
    }

    /// That a fix is in, since when, in its words, and how its test and rollout stand; `own`: said by whoever made it.
    func fixStands(_ fix: (text: String, since: SimDuration), own: Bool) -> String {
        let text = Self.excerpt(fix.text.trimmingWhitespaceAndNewlines(), limit: 160)
        let opening = own ? "My fix is in since \(stamp(fix.since)): '\(text)'." : "The fix is in since \(stamp(fix.since)): '\(text)'."
        return ([opening] + fixProgress(since: fix.since)).joined(separator: " ")
    }

    /// How a question sets the fix aside to ask about something else.
    static let fixSetAside = ["not the fix", "not about the fix", "not your fix", "forget the fix", "other than the fix", "besides the fix",
                              "apart from the fix", "not asking about the fix"]

    /// The sentences of a line that ask (end in a question mark), or the last one when none does.
    static func questionSentences(_ line: String, withLeadIns: Bool = false) -> [String] {
        var sentences: [String] = [], current = ""
        for character in line {
            current.append(character)
            if ".!?".contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimmingWhitespaceAndNewlines().isEmpty { sentences.append(current) }
        let asking = sentences.filter { $0.hasSuffix("?") }
        let chosen = asking.isEmpty ? Array(sentences.suffix(1)) : asking
        return withLeadIns ? chosen : chosen.map(withoutLeadIn)
    }

    /// A question without the circumstances it opens with ("With the keys revoked, the fix rolled out and the regulator
    /// notified, do you see any reason to keep sev1?" asks about the level, blind107 #129: the CEO recited the fix).
    static func withoutLeadIn(_ sentence: String) -> String {
        let trimmed = sentence.trimmingWhitespaceAndNewlines()
        let lowered = trimmed.lowercased()
        guard ["with ", "now that ", "given ", "since ", "after "].contains(where: lowered.hasPrefix) else { return sentence }
        var search = lowered.startIndex
        while let comma = lowered.range(of: ", ", range: search..<lowered.endIndex) {
            let rest = lowered[comma.upperBound...]
            if questionWords.contains(String(rest.prefix { $0.isLetter })) || clauseOpeners.contains(where: rest.hasPrefix) {
                return String(trimmed[comma.upperBound...])
            }
            search = comma.upperBound
        }
        return sentence
    }

    /// When the fix was rolled out, in order: the trainee's own `rollout`s and rollouts someone did as a task
    /// (blind76 #152: Dana rolled it out as asked, and Omar then said it was not rolled out yet).
    var rolloutTimes: [SimDuration] {
        let typed = watch.decisions(by: .rollout, in: state).map { state.decisions[$0].at }
        let handed = state.tasks.filter { $0.done && !$0.blocked && $0.line.split(separator: " ").first == "rollout" }.map(\.due)
        return (typed + handed).sorted()
    }
}
