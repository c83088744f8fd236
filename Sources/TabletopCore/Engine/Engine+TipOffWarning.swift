extension Engine {
    /// The verbs that reach a person, and so can tip off whoever they talk to.
    static let contactVerbs: Set<Verb> = [.page, .invite, .ask, .ic, .tell, .delegate, .statementReview]

    /// The first time the trainee reaches for someone who must not know but is not the suspect (the
    /// suspect's manager, a close colleague): a warning that it may reach the suspect, and nothing
    /// else happens and no time passes. The same move again goes ahead, with its consequences. The
    /// suspect themselves gets no warning: contacting them is the plain mistake the drill teaches.
    /// The warning is kept in the state, which replays from the log like everything else.
    /// It is the world's answer to the move (a colleague's word of caution), so it is a response.
    mutating func tipOffWarning(for action: Action) -> Output? {
        guard Self.contactVerbs.contains(action.verb), let id = action.object, let person = peopleByID[id], person.mustNotKnow,
              let suspect = scenario.truth.insider.flatMap({ peopleByID[$0] }), suspect.id != id,
              !(state.warned ?? []).contains(id) else { return nil }
        state.warned = (state.warned ?? []) + [id]
        let first = Self.firstName(person).capitalized, suspectFirst = Self.firstName(suspect).capitalized
        return .response("Careful: \(person.name) is \(person.role), close to \(suspect.name). Whatever you ask or tell \(first) "
            + "may reach \(suspectFirst) and tip off the suspect before the evidence is safe. Nothing was sent; type the same command again to go ahead.")
    }
}
