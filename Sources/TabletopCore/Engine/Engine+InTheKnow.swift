extension Engine {
    /// Someone who had to be kept out of it (the suspect's manager), once the suspect's own account
    /// is cut off and the commander has told them something since: they know now, and answer as
    /// anyone would (blind21 #25, #26: "Is this about Kai?" two minutes after being told everything).
    /// The suspect, and anyone not yet told, as they are.
    func asToldNow(_ person: Person) -> Person {
        guard person.mustNotKnow, let suspect = scenario.truth.insider, suspect != person.id,
              let cut = scenario.assets.first(where: { $0.owner == suspect && $0.kind == .account }).flatMap({ cutOff($0) }),
              watch.decisions(on: person.id, in: state).contains(where: { state.decisions[$0].action.verb == .tell && state.decisions[$0].at >= cut.at })
        else { return person }
        var told = person
        told.mustNotKnow = false
        return told
    }
}
