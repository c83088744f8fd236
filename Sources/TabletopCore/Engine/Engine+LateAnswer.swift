extension Engine {
    /// What the reader says to a message that answers their open question but reaches them only after they stopped
    /// waiting: when they stopped and what they did alone, instead of a thanks for an answer they can no longer use
    /// (blind114 #19: Theo read "do not curl it from production", said "Got it, thanks", and curled it a minute before).
    /// Nil when the message arrives in time, or the person asked nothing.
    func lateAnswerReply(_ person: Person, _ text: String) -> String? {
        let arrives = state.clock + cost(of: Action(verb: .tell, object: person.id, text: text))
        guard let (id, due) = state.queue.sorted.lazy.compactMap({ event -> (String, SimDuration)? in
            guard case .questionTimeout(let id) = event.kind, event.at <= arrives, state.pendingDecisions.contains(id),
                  self.injectsByID[id]?.from == person.id else { return nil }
            return (id, event.at)
        }).first, let decision = injectsByID[id]?.decision else { return nil }
        // What they did is told next, by the world; the reply only says it came first.
        let alone = decision.onTimeout == nil ? "decided alone" : "went ahead without you"
        return "Too late, sorry: with no answer by \(stamp(due)) I stopped waiting and \(alone)."
    }
}
