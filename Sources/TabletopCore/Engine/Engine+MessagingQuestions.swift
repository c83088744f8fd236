extension Engine {
    /// How a question asks what to tell people, or when ("what should we tell the retailers and the public,
    /// and when?", "how do we word it for customers?").
    static let messagingAsks = [
        "what should we tell", "what do we tell", "what should we say", "what do we say", "what to tell", "what to say",
        "what should i tell", "what do i tell", "what should i say", "what do i say", "how should we tell", "how do we tell",
        "when should we tell", "when do we tell", "when should we go public", "when do we go public", "how should we word",
        "how do we word", "what should we communicate", "what do we communicate", "how should we communicate",
        "what's the message", "what is the message", "what should the message", "what should our message",
        // "When should this go out to the hospitals: now, or after Friday's exit meeting?" (blind44 #66).
        "when should this go out", "when should it go out", "when should we send", "when do we send", "when should we notify",
        "when do we notify", "when can this go out", "when can it go out", "when can we tell", "when can we notify",
        // "Do we tell them before the regulator filing or at the same time?" (blind70 #31: "Marco would know").
        "do we tell them before", "do we tell them after", "should we tell them before", "should we tell them after", "tell them first",
        "before the regulator", "before the filing", "at the same time as the",
    ]

    /// Asked what to tell people and when, communications or legal answer from the world: where the public
    /// statement stands and what clears it, the deadlines on telling that still run, and whether the audience
    /// the question names has been told (blind40 #65: Sofia's view on 'notify customers' instead, citing a move
    /// never typed). Nil for anyone else, for someone who must not know, and for other questions.
    func messagingAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let standpoint = Standpoint(role: person.role, team: person.team)
        guard !person.mustNotKnow, [.legal, .comms].contains(standpoint) else { return nil }
        if let review = draftReviewAnswer(person, words: words) { return review }
        let lowered = question.lowercased().replacing("’", with: "'")
        guard Self.messagingAsks.contains(where: lowered.contains) else { return nil }
        var parts: [String] = []
        let published = watch.decisions(by: .statementPublish, in: state).last.map { state.decisions[$0] }
        if let published {
            parts.append("What the statement we published at \(stamp(published.at)) says, word for word, and nothing it does not")
        } else if let draft = state.statementDraft {
            let excerpt = "\"\(Self.excerpt(draft, limit: 100))\""
            if let reviewer = state.statementReviewedBy.flatMap({ peopleByID[$0] }) {
                parts.append("The draft \(reviewer.id == person.id ? "I" : reviewer.name) cleared, \(excerpt): it goes out when you say 'statement publish'")
            } else {
                parts.append("Your draft, \(excerpt), once it is cleared: nothing goes out before legal or communications has read it ('statement review \(person.id)')")
            }
        } else {
            parts.append("Nothing is drafted yet. Say what we know, what we are doing about it and where to ask, and nothing we have not confirmed:"
                + " draft it ('statement draft \"…\"') and I review it ('statement review \(person.id)') before it goes out")
        }
        // When: before the deadlines on telling that still run.
        let deadlines = scenario.clocks.compactMap { clock -> String? in
            guard let status = state.clocks[clock.id], status.isRunning else { return nil }
            let onTelling = Self.leaves(of: clock.stops).contains { leaf in
                // Telling the outside world: briefing HR or counsel is no deadline on what we say (blind44 #66: "before
                // the EXIT deadline", the exit meeting the statement must wait for).
                if case .did(let pattern) = leaf {
                    return pattern.verb == .statementPublish || (pattern.verb == .notify && [Audience.customers.rawValue, Audience.regulator.rawValue].contains(pattern.object ?? ""))
                }
                return false
            }
            return onTelling ? "the \(clock.label) deadline at \(stamp(status.deadline))" : nil
        }
        // Not while the suspect is still inside: what goes public reaches them too.
        if published == nil, let wait = suspectStillIn(before: Action(verb: .statementPublish)) {
            parts.append(wait.replacingOccurrences(of: "I would hold off on 'statement publish': ", with: "Not yet: "))
        }
        if !deadlines.isEmpty { parts.append("When: before \(Self.series(deadlines))") }
        // Whom: the audience the question names, told already or not, and whether telling them now would spring anything.
        if let action = proposedAction(in: question, words: words), action.verb == .notify {
            let command = Self.commandLine(of: action)
            if let told = action.object.flatMap(Audience.init(rawValue:)).flatMap(firstNotification(of:)) {
                parts.append("They were told at \(stamp(told.at)) ('\(told.raw)')")
            } else {
                let view = view(on: action, person: person)
                let holdOff = view.hasPrefix("No, not now") || view.hasPrefix("I would hold off")
                parts.append(holdOff ? view : "Tell the \(action.object ?? "people") directly ('\(command)')\(published == nil ? " once the words are cleared" : ""), before they read it elsewhere")
            }
        }
        return parts.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
}

extension Engine {
    /// Asked whether the draft may go out ("are you comfortable with it going out at Fri 10:30?"), its
    /// reviewer says when they cleared it and that it goes out once what is scheduled has run, or now; anyone
    /// else from legal or communications asks to read it first (blind41 #74: counsel, asked about the draft he
    /// cleared ten minutes earlier, said nothing he had seen covered it). Nil for other questions.
    func draftReviewAnswer(_ person: Person, words: Set<String>) -> String? {
        guard let draft = state.statementDraft, watch.decisions(by: .statementPublish, in: state).isEmpty,
              !words.isDisjoint(with: ["draft", "statement"]),
              !words.isDisjoint(with: ["comfortable", "ok", "okay", "fine", "ready", "happy", "publish", "out", "release", "clear", "cleared"]),
              // "Should this go to the hospitals directly rather than as a public statement?" weighs the way it goes out (blind47 #88).
              words.isDisjoint(with: ["rather", "instead", "directly"]),
              // A draft of something else ("is the Q&A draft for the account managers ready yet?", blind145 #56: "I cleared it …").
              words.contains("statement") || words.isDisjoint(with: Self.otherDocuments) else { return nil }
        guard state.statementReviewedBy == person.id else {
            return "I have not cleared that draft (\"\(Self.excerpt(draft, limit: 80))\"). Send it to me first: statement review \(person.id)."
        }
        let reviewed = state.decisions.last { $0.action.verb == .statementReview }.map { " at \(stamp($0.at))" } ?? ""
        let ahead = scheduledActions.filter { $0.at > state.clock }.map { "'\(Self.withoutTime($0.line))' (\(localClock.dayAndTime(at: $0.at)))" }
        guard ahead.isEmpty else {
            return "I cleared it\(reviewed) as true once what you have scheduled has run: \(Self.series(ahead)). After that it can go out, not before: statement publish at <time>."
        }
        return "Yes: I cleared it\(reviewed), and it goes out when you say 'statement publish'."
    }

    /// Documents other than the public statement that a draft can be of ("the Q&A draft", "a draft e-mail").
    static let otherDocuments: Set<String> = [
        "q", "faq", "faqs", "email", "e-mail", "mail", "letter", "memo", "script", "slides", "deck", "points", "report", "notes",
        "ticket", "runbook", "playbook", "checklist", "timeline", "postmortem", "filing", "notification", "briefing",
    ]
}
