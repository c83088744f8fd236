extension Engine {
    /// Asked why a clock started when it did ("why 10:41? what made us aware at 10:41?"), a person says what
    /// happened at that minute: the message that came in, else the move made, and, for a clock that waits for
    /// the regulator, that awareness rather than full confirmation starts it (blind60 #32: "I don't know that
    /// about the audit logs"). Nil for other questions and for someone who must not know.
    func clockReasonAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, lowered.contains("why") || lowered.contains("what made") || lowered.contains("what started") else { return nil }
        let running = scenario.clocks.compactMap { clock in state.clocks[clock.id].map { (clock, $0) } }
        // The clock the question names, or the one whose start time it says.
        guard let (clock, status) = running.first(where: { clock, status in
            words.contains(clock.id) || words.contains(clock.label.lowercased()) || lowered.contains(localClock.stamp(at: status.startedAt).split(separator: " ").dropFirst().first.map(String.init) ?? "\u{0}")
        }) else { return nil }
        let at = status.startedAt
        let cause: String
        if let fired = state.fired.last(where: { $0.at == at }), let inject = injectsByID[fired.id], !inject.reveals.isEmpty {
            cause = "that is when this came in: \"\(Self.excerpt(inject.text.trimmingWhitespaceAndNewlines(), limit: 140))\""
        } else if let by = Self.timeStart(of: clock.starts), at >= by {
            // Started by time alone: the author's "by then a responder reading the logs knows, found or not".
            cause = "\(by) in, a responder reading what we had could have known, found or not, so the clock runs from then"
        } else if let decision = state.decisions.last(where: { $0.at <= at }) {
            cause = "that is when the record shows we knew, with '\(decision.raw)' at \(stamp(decision.at))"
        } else {
            cause = "that is when what we knew first met its condition"
        }
        let awareness = Self.awaitsRegulator(clock.stops)
            ? " The 72 hours run from when we became aware it was likely, not from full confirmation; what we confirmed later goes into the filing." : ""
        return "The \(clock.label) clock started at \(stamp(at)): \(cause).\(awareness)"
    }

    /// The time a start condition counts from by itself (`… or time >= 1h`), if it has one.
    static func timeStart(of condition: Condition) -> SimDuration? {
        switch condition {
        case .time(let comparison, let duration) where comparison == .greaterOrEqual || comparison == .greater: duration
        case .any(let parts): parts.lazy.compactMap(timeStart(of:)).first
        default: nil
        }
    }
}
