extension Engine {
    /// A person who delivered the fix, asked about it with an answer written for before (no `only_if`):
    /// that it is in, since when, and how its test and rollout stand, instead of offering the plan again
    /// (blind20 #27: "We can move CI to short-lived OIDC credentials today" eleven hours after she had).
    /// Nil when the answer is not on the fix, has a condition, or the person delivered none.
    func deliveredFixAnswer(_ answer: Answer, by person: Person) -> String? {
        guard answer.when == nil, answer.topics.contains("fix"),
              let delivered = state.fired.last(where: { fired in
                  injectsByID[fired.id].map { Self.reportsFix($0) && $0.from == person.id } ?? false
              }), let inject = injectsByID[delivered.id] else { return nil }
        let lines = ["My fix is in since \(stamp(delivered.at)): \(Self.firstSentence(inject.text.trimmingWhitespaceAndNewlines()))"]
        return (lines + fixProgress(since: delivered.at)).joined(separator: " ")
    }

    /// How the fix's test and rollout stand: who tested it and when (or that nobody has), and when it
    /// was rolled out, if at or after `since`.
    func fixProgress(since: SimDuration) -> [String] {
        var lines: [String] = []
        if let tested = lastTestOfFix {
            lines.append("\(tested.by == "you" ? "You" : tested.by) tested it at \(stamp(tested.at)).")
        } else {
            lines.append("Nobody has tested it yet (test).")
        }
        if let rolled = watch.decisions(by: .rollout, in: state).last.map({ state.decisions[$0].at }), rolled >= since {
            lines.append("It was rolled out at \(stamp(rolled)).")
        }
        return lines
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
        let asked = Self.distinctiveQuestionWords(words)
        var built: [(text: String, at: SimDuration)] = state.tasks.compactMap { task in
            guard task.person == person.id, task.done, !task.blocked, case .success(let action?) = ActionParser.parseAction(task.line),
                  action.verb == .fix, let text = action.text else { return nil }
            return (text, task.due)
        }
        for fired in state.fired {
            if let inject = injectsByID[fired.id], Self.reportsFix(inject), inject.from == person.id { built.append((inject.text, fired.at)) }
        }
        let shared = { (fix: (text: String, at: SimDuration)) in Self.topicWords(fix.text).intersection(asked).count }
        guard let fix = built.max(by: { shared($0) < shared($1) }), shared(fix) >= 2 else { return nil }
        let lines = ["My fix is in since \(stamp(fix.at)): '\(Self.excerpt(fix.text.trimmingWhitespaceAndNewlines(), limit: 160))'."]
        return (lines + fixProgress(since: fix.at) + ["Beyond what it says, I would have to look."]).joined(separator: " ")
    }
}
