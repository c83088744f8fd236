extension Engine {
    /// Ways of asking whether something holds a person's work up.
    /// (Not "blocked" alone: "is the C2 domain blocked?" asks about the domain.)
    static let blockerPhrases = ["blocking you", "are you blocked", "you're blocked", "you blocked on", "any blockers", "any blocker", "in your way",
                                 "holding you up", "holds you up", "stopping you", "slowing you down", "anything you are waiting on",
                                 "anything you're waiting on", "waiting on anything"]

    /// Asked whether anything blocks them ("…, and is anything blocking you?"), a person answers from their work: what of the
    /// commander's stopped and when they said so, else that nothing blocks what they are on and when they report, else that
    /// they are on nothing of the commander's (blind143 #30: "I can't tell you that" from the one building the image). Nil
    /// for other questions and for someone who must not know.
    func blockersAnswer(_ person: Person, question: String) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, Self.blockerPhrases.contains(where: lowered.contains) else { return nil }
        let mine = state.tasks.filter { $0.person == person.id }
        if let stuck = mine.last(where: { $0.done && $0.blocked }), !mine.contains(where: { !$0.done && $0.decision > stuck.decision }) {
            return "'\(Self.excerpt(stuck.line, limit: 80))' could not go on; I told you so at \(stamp(stuck.due))."
        }
        let open = mine.filter { !$0.done }.map(reportingBack)
        guard !open.isEmpty else { return "Nothing: I am not on anything of yours right now." }
        return "Nothing is blocking me: I am on \(Self.series(open))."
    }
}
