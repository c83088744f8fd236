import Foundation

extension Engine {
    /// Asked by counsel or comms whether the draft should go out now or wait ("should it go out tonight, or would you
    /// rather we wait until the patch is rolled out?", "is there any legal reason to hold the statement back, or do you
    /// want it published now?"), their view on publishing it, whatever else the question names (blind72 #68, #69: a
    /// fix's status, then chain of custody). Nil without a draft, for a request, and for anyone else.
    func publishTimingAnswer(_ person: Person, question: String) -> String? {
        let standpoint = Standpoint(role: person.role, team: person.team)
        guard !person.mustNotKnow, state.statementDraft != nil, [.legal, .comms].contains(standpoint), !Self.isRequest(question) else { return nil }
        let spelled = Self.publishingSpelledOut(question).lowercased()
        guard spelled.contains("?"), spelled.contains("publish") || spelled.contains("release"),
              ["tonight", "now", "wait", "hold", "yet", "today", "tomorrow", "when", "before", "after"].contains(where: spelled.contains)
        else { return nil }
        let action = Action(verb: .statementPublish)
        if let done = alreadyDone(action) { return done }
        let view = view(on: action, person: person)
        // Waiting for the fix is no legal need: a statement must be accurate, not the end of the story.
        guard standpoint == .legal, spelled.contains("wait") || spelled.contains("hold"), !view.hasPrefix("No") else { return view }
        return view + " Nothing on the legal side needs it to wait for the fix: it has to be accurate, not complete, and we update it when the facts change."
    }
}
