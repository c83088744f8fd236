extension Engine {
    /// Asked why they did something ("why did you terminate web-03?") after acting alone on a question
    /// nobody answered in time, a person says so: what they asked, when they stopped waiting and what
    /// they did (blind29 #10: Nils gave web-03's card). Nil for other questions, and when they never acted alone.
    func whyAloneAnswer(_ person: Person, question: String) -> String? {
        let lowered = question.lowercased().replacingOccurrences(of: "’", with: "'")
        guard ["why did you ", "why have you ", "why'd you ", "why would you ", "how come you "].contains(where: lowered.contains) else { return nil }
        for timeout in state.timedOut.reversed() {
            guard let inject = injectsByID[timeout.decision], inject.from == person.id, let decision = inject.decision else { continue }
            let asked = state.fired.first { $0.id == inject.id }.map { " at \(stamp($0.at))" } ?? ""
            let did = decision.onTimeout?.outcome.trimmingWhitespaceAndNewlines() ?? "I stopped asking."
            return "Nobody answered what I asked\(asked) (\"\(inject.text.trimmingWhitespaceAndNewlines())\"), so at \(stamp(timeout.at)) I went ahead alone: \(did)"
        }
        return nil
    }
}
