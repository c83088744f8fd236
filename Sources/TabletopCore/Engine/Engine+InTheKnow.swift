extension Engine {
    /// Someone who had to be kept out of it (the suspect's manager), once the suspect's own account
    /// is cut off and the commander has told them something since, or asked them something that speaks
    /// of the suspect: they know now, and answer as anyone would (blind21 #25, #26: "Is this about Kai?"
    /// two minutes after being told everything; blind47 #102: after "Kai's access was cut this afternoon").
    /// The suspect, and anyone not yet told, as they are.
    func asToldNow(_ person: Person) -> Person {
        guard person.mustNotKnow, let suspect = scenario.truth.insider, suspect != person.id, let suspectPerson = peopleByID[suspect],
              let cut = scenario.assets.first(where: { $0.owner == suspect && $0.kind == .account }).flatMap({ cutOff($0) }),
              watch.decisions(on: person.id, in: state).contains(where: { index in
                  let decision = state.decisions[index]
                  guard decision.at >= cut.at else { return false }
                  return decision.action.verb == .tell
                      || (decision.action.verb == .ask && Self.names(Self.topicWords(decision.action.text ?? ""), suspect, suspectPerson.name))
              })
        else { return person }
        var told = person
        told.mustNotKnow = false
        // Their usual line ("Is this about Kai?") is no longer theirs to say.
        told.defaultAnswer = told.briefedAnswer ?? "I know what this is about now. Tell me what you need from me."
        return told
    }
}
