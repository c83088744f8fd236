extension Engine {
    /// The verbs that reach a person, and so can tip off whoever they talk to.
    static let contactVerbs: Set<Verb> = [.page, .invite, .ask, .ic, .tell, .delegate, .statementReview]

    /// Every time the trainee reaches for someone who must not know but is not the suspect (the
    /// suspect's manager, a close colleague), by any verb that reaches a person: a warning that it may
    /// reach the suspect, and nothing else happens and no time passes. The same move typed again at
    /// once goes ahead, with its consequences; any other move to that person, or the same one after
    /// other decisions, is warned about afresh, because a go-ahead for one question is no go-ahead
    /// for a message a day later. Once the person has been tipped off there is nothing left to warn
    /// about. The suspect themselves gets no warning: contacting them is the plain mistake the drill
    /// teaches. The armed move is kept in the state, which replays from the log like everything else.
    /// It is the world's answer to the move (a colleague's word of caution), so it is a response.
    mutating func tipOffWarning(for action: Action) -> Output? {
        guard Self.contactVerbs.contains(action.verb), let id = action.object, let person = peopleByID[id], person.mustNotKnow,
              let suspect = scenario.truth.insider.flatMap({ peopleByID[$0] }), suspect.id != id, suspectStillUnaware,
              !state.traps.contains(where: { $0.id == GenericTrap.tippedOff.id(id) }) else { return nil }
        let move = warnedMove(action)
        guard state.warned?.last != move else {
            state.warned = []   // the go-ahead is spent on this move
            return nil
        }
        state.warned = [move]
        let first = Self.firstName(person).capitalized, suspectFirst = Self.firstName(suspect).capitalized
        return .response("Careful: \(person.name) is \(person.role), close to \(suspect.name). Whatever you ask or tell \(first) "
            + "may reach \(suspectFirst) and tip off the suspect before the evidence is safe. Nothing was sent; type the same command again to go ahead.")
    }

    /// The move a warning is for: the decision it would be, its verb, person and words, so a warning
    /// for `ask elena` lets neither `tell elena "…"` through nor the same ask after other decisions.
    private func warnedMove(_ action: Action) -> String {
        "\(state.decisions.count) \(action.verb.id) \(action.object ?? "") \(action.text ?? "")"
    }
}
