import Foundation

extension Engine {
    /// `tell <person> "…"`: a direct message; the person is up to date and knows what it says.
    mutating func tell(_ person: Person?, _ text: String) -> String? {
        guard let person else { return nil }
        guard person.reachable else { return "Your message to \(person.name) goes unanswered; they cannot be reached right now." }
        let answered = questionAnswered(by: text, of: person)
        add(.contacted, to: person.id)
        inform([person.id], facts: factsNamed(in: text), message: text)
        if let audience = countsAs(Action(verb: .tell, object: person.id, text: text)).flatMap({ $0.object.flatMap(Audience.init(rawValue:)) }),
           !state.notified.contains(audience) {
            state.notified.append(audience)
        }
        // A message that settles their question and asks one of its own gets both: the thanks, then the answer
        // (blind54 #47: "Did you get my earlier message?" was swallowed by the thanks).
        let thanks = answered.map { "Thanks, that answers what I asked (\(Self.excerpt($0, limit: 90))). I'll go on with it." }
        // A message that settles their open question ("My plan is … Are you comfortable with that?") is answered by the option's
        // outcome; "I don't know that" beside their agreement is no answer (blind87 #41).
        // (What the commander says they want done is read as the order it is, `wantedAsOrders`.)
        let ordered = Self.wantedAsOrders(text)
        let asked = Self.questionInMessage(ordered).flatMap { answerToMessage(asToldNow(person), question: $0) }
            .flatMap { answeringQuestion && $0.hasPrefix("I don't know") ? nil : $0 }
        // A go-ahead for a task they take on (`goAheadTask`): they are on it, and the hand-over follows.
        // An answer to their question that reaches them after they stopped waiting is too late, and they say so.
        let reply = answeringQuestion ? lateAnswerReply(person, text) ?? replyInTime(person, ordered, thanks: thanks, asked: asked)
            : replyInTime(person, ordered, thanks: thanks, asked: asked)
        if let reply { rememberPromise(reply, by: person, request: text) }
        rememberOffer(reply, by: person)
        // A message that ends a sentence of its own needs no second full stop after its closing quote.
        let end = text.last.map { ".!?…".contains($0) } == true ? "" : "."
        return "\(person.name) reads your message: \"\(text)\"\(end)" + (reply.map { " \(Self.firstName(person).capitalized): \"\($0)\"" } ?? "")
    }

    /// The reply to a message read in time: "On it." for a go-ahead taken, a task called off, the thanks for an answer with
    /// the answer to what it asks, or the reaction to it.
    private mutating func replyInTime(_ person: Person, _ text: String, thanks: String?, asked: String?) -> String? {
        // A question beside the go-ahead is answered too (blind124 #39: "Has he used the admin role …?" was dropped, or the
        // order was); not with an offer of the move just handed over, nor with "I don't know".
        // Only a question of its own sentence, asking for no report ("Can you tell me when it is done?" asks for the report back).
        // ("Can you do that now?" asks about the go-ahead itself.)
        let sentences: [String] = Self.sentences(of: text)
        let ownQuestion = sentences.count >= 2 && sentences.last.map { question in
            let lowered = question.lowercased()
            let words = Set(lowered.split(whereSeparator: { !$0.isLetter }).map(String.init))
            return lowered.hasSuffix("?") && !Self.reportBackPhrases.contains(where: lowered.contains) && words.isDisjoint(with: ["that", "it", "both", "them", "those"])
        } == true
        let besides = asked.flatMap { answer -> String? in
            guard ownQuestion, !["I don't know", "Say the word", "I can. Give it to me", "Will do"].contains(where: answer.hasPrefix) else { return nil }
            let offer = [" Say the word and it is done", " Give it to me as a task"].compactMap { answer.range(of: $0)?.lowerBound }.min()
            return " " + (offer.map { String(answer[..<$0]) } ?? answer)
        } ?? ""
        if goAheadAlreadyOn.count == 1 { return stillOn(goAheadAlreadyOn[0]) + besides }
        if !goAheadAlreadyOn.isEmpty {
            let each = goAheadAlreadyOn.map { task in
                "'\(Self.excerpt(task.line, limit: 80))' (given at \(state.decisions[safe: task.decision].map { stamp($0.at) } ?? "?"), back at about \(stamp(task.due)))"
            }
            return "I'm already on all of it: \(Self.series(each)); nothing to report before then." + besides
        }
        // An invitation is answered as one before any question read into what to bring to it (blind133 #117: "… please come. … bring
        // a list of who else had full checkout rights on the repo." got "On optimiser-repo: nothing has been done to it yet.").
        let invited = Self.invitations.contains(where: text.lowercased().replacing("’", with: "'").contains)
        return goAheadTaken != nil ? "On it." + heldOrdersNote(person) + besides : callOffTask(of: person, text)
            ?? (invited ? tellReaction(asToldNow(person), text) : nil)
            ?? thanks.map { thanks in asked.map { "\(thanks) \($0)" } ?? thanks }
            ?? asked.map { answer in requestBesideQuestion(person, text).map { "\($0) \(answer)" } ?? answer } ?? tellReaction(asToldNow(person), text)
    }

    /// What a person says to the request of a message whose last sentence asks them something else ("… please look it over for
    /// tone and then pass it to Hannah. Is the line about payment data safe to say?", blind148 #35: only the question was answered,
    /// the review dropped): the move or task it asks for; nil when the sentences before ask for nothing they take on.
    private func requestBesideQuestion(_ person: Person, _ text: String) -> String? {
        let sentences: [String] = Self.sentences(of: text)
        guard sentences.count >= 2, sentences.last?.hasSuffix("?") == true else { return nil }
        let before = sentences.dropLast().joined(separator: " ")
        guard Self.isRequest(before), let reaction = tellReaction(asToldNow(person), before),
              ["Say the word", "Will do", "I can"].contains(where: reaction.hasPrefix) else { return nil }
        return reaction
    }

    /// What the reader says of the orders of a message they hold (`goAheadHeld`): a cut until they are given its minute, a move that
    /// destroys until the image is done; empty when they hold none.
    func heldOrdersNote(_ person: Person) -> String {
        let destroying = goAheadHeld.filter { Self.verbOfTask($0).map(Self.destroyingVerbs.contains) == true }
        let cuts = goAheadHeld.filter { !destroying.contains($0) }
        let quoted = { (tasks: [String]) in Self.series(tasks.map { "'\($0)'" }) }
        return (cuts.isEmpty ? "" : " I hold \(quoted(cuts)) until you give me the minute: say it as 'delegate \(person.id) \(cuts[0]) at <day> <hh:mm>'. Nothing happens before.")
            + (destroying.isEmpty ? "" : " I hold \(quoted(destroying)) until what it acts on is imaged or held: what it destroys would be gone for good. Give it to me then.")
    }

    /// Words of a question that asks for the report back on a task, not for something known now.
    static let reportBackPhrases = ["tell me when", "let me know when", "let me know once", "tell me once", "when it is done", "when it's done",
                                    "when you are done", "when you're done", "report back", "keep me posted", "ping me", "update me"]

    /// How a person takes a message that answers nothing they asked: a request as a request (what they will do,
    /// or the command that does it), a call for discretion as agreed, anything else as noted (blind41: four of
    /// eight messages, one asking the chat admin to confirm each cut-off, were only read back). The suspect
    /// and someone who must not know say nothing.
    func tellReaction(_ person: Person, _ text: String) -> String? {
        guard !person.mustNotKnow else { return nil }
        // A call for discretion is agreed to as such, whatever else the message asks (blind47 #103: "Will do:
        // I'll keep this to myself and do not contact him").
        let lowered = text.lowercased().replacing("’", with: "'")
        // Asked to a meeting, they come; thanked, they take it (blind49 #146: "the postmortem is tomorrow 10:00, please come"
        // was told how to hand over a task), whatever the invitation says of it ("notes marked confidential", blind50 #121).
        // A request in a sentence of its own besides the invitation is taken on too (blind73 #121: "…please come. Can you
        // also keep the new static-key alert running through the week?" got only "Thanks, I'll be there.").
        if Self.invitations.contains(where: lowered.contains) {
            // A request joined on after the invitation is one too ("please come, and bring the timeline …", blind82 #116).
            let joined = Self.sentences(of: text).compactMap { sentence -> String? in
                let lowered = sentence.lowercased()
                // (Or after a semicolon: "I'd like you there; please bring where the police case stands", blind86 #118.)
                guard let invitation = Self.invitations.lazy.compactMap({ lowered.range(of: $0) }).first,
                      let and = lowered[invitation.upperBound...].range(of: ", and ") ?? lowered[invitation.upperBound...].range(of: "; ") else { return nil }
                var clause = sentence[sentence.index(sentence.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: and.upperBound))...]
                if clause.lowercased().hasPrefix("please ") { clause = clause.dropFirst("please ".count) }
                return Self.proposalOpening(clause) ? "Please " + clause : nil
            }
            let besides = joined + Self.sentences(of: text).filter { sentence in
                Self.isRequest(sentence) && !Self.invitations.contains(where: sentence.lowercased().contains)
            }
            let more = besides.first.flatMap { request in
                requestAnswer(person, question: request, words: Self.topicWords(request)) ?? acknowledgement(person, question: request)
            }
            return "Thanks, I'll be there." + (more.map { " " + $0 } ?? "")
        }
        if ["keep this to yourself", "keep it to yourself", "keep this confidential", "keep it confidential", "treat this as confidential",
            "strictly confidential", "confidential for now", "need-to-know", "need to know", "don't share", "do not share", "don't discuss", "do not discuss"]
            .contains(where: { phrase in lowered.ranges(of: phrase).contains { !Self.asksToKnow(lowered[$0.upperBound...]) } }) {
            return "Understood: it stays with me."
        }
        if let holding = holdBackReply(text) { return holding }
        if let goAhead = fixGoAhead(person, text) ?? moveGoAhead(person, text) { return goAhead }
        // A request for a task they can take on gets the line that hands it over, as `ask` would (blind65 #12: "yes please,
        // pull the forensic image" got "Got it, thanks"; #91: "please extend it so …" got "Noted").
        if Self.isRequest(text), let handed = requestAnswer(person, question: text, words: Self.topicWords(text)) { return handed }
        // An order said plainly that is no single task to take on ("Snapshot web-10 and web-02 now.") is a request all the same.
        if lowered.count == text.count, let start = Self.imperativeOpening(in: lowered) {
            let request = "please " + text.suffix(lowered.distance(from: start, to: lowered.endIndex))
            if let handed = moveGoAhead(person, request) ?? requestAnswer(person, question: request, words: Self.topicWords(request))
                ?? acknowledgement(person, question: request) { return handed }
        }
        // An order held back by what it says ("Disable kai-account on Friday.", "Pull the DLP logs once Peter says so.") is asked for
        // as a request would be: for the minute, or as a task to hand over (was "Got it, thanks."). One move only: the request's
        // reading of several ("Snapshot web-03, and redeploy it when the snapshot is done.") offers them all for now.
        if lowered.count == text.count, let held = Self.imperativeSentence(in: lowered, holding: false), Self.moveCount(lowered[held]) == 1 {
            let request = "please " + lowered[held]
            if let handed = requestAnswer(person, question: request, words: Self.topicWords(request)) { return handed }
        }
        if let request = acknowledgement(person, question: text) { return request }
        // "Thanks - keep an eye on DLP until Friday": thanks, then a request all the same (blind65 #115).
        // So is an instruction put plainly ("If a retailer forwards a message from them, do not reply; forward it to me",
        // blind77 #127: "Got it, thanks", and asked later what he would do, he knew of none).
        if let dropped = Self.requestAfterThanks(lowered), lowered.count == text.count,
           let request = acknowledgement(person, question: "please " + text.dropFirst(dropped)) { return request }
        if lowered.count == text.count, let instructed = instructionAcknowledged(person, text) { return instructed }
        if !Self.isRequest(text), Self.thanks.contains(where: lowered.contains) { return "Thanks, glad it helped." }
        // A request the shell has no move for ("narrow the role so CI reads only what it needs") is taken on as a
        // task to hand over, so that it is tracked, never silence (blind45 #64) nor a "Will do" that changes nothing.
        return Self.isRequest(text) ? "Noted. If you want it tracked and reported back, hand it to me as a task with 'delegate \(person.id)'." : "Got it, thanks."
    }

    /// The sentences of a message, each with its closing mark (a full stop ends one only before a space: "2.1 million").
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = [], start = text.startIndex, index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if "?!.".contains(text[index]), next == text.endIndex || text[next].isWhitespace {
                sentences.append(String(text[start..<next]).trimmingWhitespaceAndNewlines())
                start = next
            }
            index = next
        }
        sentences.append(String(text[start...]).trimmingWhitespaceAndNewlines())
        return sentences.filter { !$0.isEmpty }
    }

    /// How many characters of a message its opening thanks take when what follows starts with a verb that asks for
    /// something ("keep", "watch", "call", "let"); nil for any other message.
    static func requestAfterThanks(_ lowered: String) -> Int? {
        guard let opening = ["thanks", "thank you", "cheers", "great"].first(where: lowered.hasPrefix) else { return nil }
        let rest = lowered.dropFirst(opening.count).drop { !$0.isLetter }
        guard let first = rest.split(separator: " ").first,
              ["keep", "watch", "monitor", "call", "let", "ping", "send", "hold", "stay", "tell", "check", "pull", "make", "flag"].contains(String(first))
        else { return nil }
        return lowered.count - rest.count
    }

    /// Whether a clause opens with a verb that asks for something to be done or brought ("bring the timeline …").
    static func proposalOpening(_ clause: Substring) -> Bool {
        let first = clause.split(whereSeparator: { !$0.isLetter }).first.map { $0.lowercased() } ?? ""
        return ["bring", "send", "prepare", "share", "write", "draft", "have", "get", "put", "collect", "list", "pull", "keep", "walk", "check"].contains(first)
    }

    /// Whether what follows "need to know" asks for something to be found out ("I need to know whether the webshell was used",
    /// blind87 #17: taken for a call for discretion), not a call to keep it so ("keep it need to know for now").
    static func asksToKnow(_ after: Substring) -> Bool {
        let next = after.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return questionWords.contains(next) || ["if", "whether", "exactly"].contains(next)
    }

    /// What asks someone to a meeting.
    static let invitations = ["please come", "please join", "please attend", "can you attend", "can you join us", "can you come", "will you attend",
                              "could you attend", "could you join", "you're invited", "you are invited", "please be there",
                              // (blind51 #114: "I'd like you there" got "Got it, thanks".)
                              "i'd like you there", "i would like you there", "i'd like you to be there", "i want you there", "hope you can make it",
                              "can you make it", "join us", "want to attend", "like to attend", "want to join", "like to join",
                              // (blind67 #119: "do you want to be at the postmortem?")
                              "want to be at the", "like to be at the", "want to be there", "like to be there", "want to come", "like to come",
                              // (blind82 #114: "I'd like you at the postmortem tomorrow" got "Thanks, glad it helped"; #117: "will you be able
                              // to make the postmortem?" got "Will do: I'll be able to make …".)
                              "like you at the", "want you at the", "able to make the", "able to make it", "will you be at the", "can you be at the",
                              "could you be at the"]
    /// What thanks someone.
    static let thanks = ["thanks", "thank you", "well done", "good call", "great work", "nice work", "good job", "right instinct", "great catch"]

    /// The question the person last put to the commander, since they were last brought up to date, when
    /// the message speaks to it (shares a word of four letters or more with it); questions with options
    /// are answered with `choose`. Blind play: a message answering "Is there an incident ticket I can
    /// link them to?" was only read back.
    func questionAnswered(by text: String, of person: Person) -> String? {
        let since = state.knowledge[person.id]?.updatedAt
        guard let fired = state.fired.last(where: { fired in
            guard let inject = injectsByID[fired.id], senderID(of: fired) == person.id, inject.decision == nil else { return false }
            return since.map { fired.at >= $0 } ?? true
        }), let asked = injectsByID[fired.id]?.text else { return nil }
        return Self.question(in: asked, answeredBy: text)
    }

    /// The last question of `asked` when `text` speaks to it (shares a word of four letters or more with it).
    static func question(in asked: String, answeredBy text: String) -> String? {
        guard let mark = asked.lastIndex(of: "?") else { return nil }
        let before = asked[..<mark]
        let start = before.lastIndex(where: { ".!?:".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
        let question = String(asked[start...mark]).trimmingCharacters(in: .whitespaces)
        let words = Set(plainWords(question).filter { $0.count >= 4 && !commonWords.contains($0) })
        return words.isDisjoint(with: Set(plainWords(text))) ? nil : question
    }

    /// Lower-case words of a text, hyphenated ids kept whole.
    private static func plainWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
    }
}
