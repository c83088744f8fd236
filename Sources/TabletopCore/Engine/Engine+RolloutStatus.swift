extension Engine {
    /// Asked how the rollout went ("Rollout done - is every pipeline on the new credentials now, and did anything break during the
    /// switch?"), the one who built the fix or rolled it out says when it went out and that nothing has been reported broken since,
    /// and where a failure would show (blind151 #54: "I don't know that" from the one who had rolled it out ten minutes before).
    /// Nil before any rollout, for other questions, and for anyone else.
    func rolloutStatusAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !Self.isRequest(question), let rolled = rolloutTimes.last, let fix = fixUnderTest, rolled >= fix.since,
              !words.isDisjoint(with: ["rollout", "rolled", "switch", "switched", "switchover", "cutover", "migration", "migrated", "new"]),
              !words.isDisjoint(with: ["break", "broke", "broken", "fail", "failed", "failing", "failures", "errors", "working", "healthy",
                                       "every", "all", "everything", "smoothly", "problems", "issues"]) else { return nil }
        let rolledOutByThem = state.tasks.contains { $0.person == person.id && $0.done && !$0.blocked && $0.line.hasPrefix("rollout") }
        let builtByThem = fixesDelivered(by: person).contains { $0.at == fix.since }
            || state.tasks.contains { $0.person == person.id && $0.done && !$0.blocked && $0.due == fix.since && $0.line.hasPrefix("fix") }
        guard rolledOutByThem || builtByThem else { return nil }
        let text = Self.excerpt(fix.text.trimmingWhitespaceAndNewlines(), limit: 120)
        return "It went out at \(stamp(rolled)): '\(text)' is what runs now, everywhere the fix reaches. Nothing has been reported broken "
            + "since; a failure would show in production first (monitor <duration> watches it)."
    }
}
