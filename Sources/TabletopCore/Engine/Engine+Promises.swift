extension Engine {
    /// Words that ask whether something was done.
    /// ("When will you file the supplement?" of "I'll file the supplement", blind70 #116.)
    static let doneQuestionWords: Set<String> = ["done", "did", "was", "were", "has", "have", "yet", "still", "collected", "sorted", "happened", "status",
                                                 "when", "far", "track", "progress", "along"]

    /// Keeps what a person said they would do ("Will do: …"), so that asked later whether it was done they
    /// remember it (blind47 #136: the helpdesk lead asked whether the workstation was collected, an hour after
    /// saying he would have it collected, said nothing he had seen covered it).
    /// The commander's words it answers are kept with it (`request`).
    mutating func rememberPromise(_ reply: String, by person: Person, request: String) {
        // The promise may follow a word on something else ("Thanks, I'll be there. Will do: I'll bring the timeline …",
        // blind121 #132: forgotten, so asked later she quoted a fix report instead).
        guard let opening = reply.range(of: Self.promiseOpening),
              opening.lowerBound == reply.startIndex || reply[..<opening.lowerBound].hasSuffix(". ") else { return }
        let promise = String(reply[opening.lowerBound...])
        state.said = (state.said ?? []) + [SaidAnswer(person: person.id, text: promise, at: state.clock, facts: state.facts.count, request: request)]
    }

    /// What a watch someone said they would keep ("Will do: I'll keep a close watch on the audit logs overnight …") has seen:
    /// what they posted since they took it on, else that nothing has come up. Nil for any other promise.
    func watchReport(_ promise: SaidAnswer, by person: Person) -> String? {
        guard Self.isWatch(promise) else { return nil }
        let watching = Self.keepsWatch(promise)
        let since = watching ? "Since I took the watch on at \(stamp(promise.at))" : "Since you asked me at \(stamp(promise.at))"
        // Only what speaks to what was watched (a word of the promise or of what was asked in common).
        let watched = Self.distinctiveQuestionWords(Self.topicWords(promise.text + " " + (promise.request ?? "")))
        // What they posted, or saw come in where they are (the EDR's hash match on web-05 and web-07 in #alerts, to the one watching
        // the fleet for the webshell: "nothing has come up", attack60 w14, w15).
        let posted = state.fired.filter { $0.at >= promise.at }.compactMap { fired -> String? in
            guard let inject = injectsByID[fired.id], !Self.topicWords(inject.text).isDisjoint(with: watched) else { return nil }
            let own = senderID(of: fired) == person.id
            guard own || seen(inject, by: person) else { return nil }
            let quoted = "\"\(Self.excerpt(inject.text, limit: 140))\""
            return own ? "I reported at \(stamp(fired.at)): \(quoted)" : "at \(stamp(fired.at)) this came in: \(quoted)"
        }
        guard let last = posted.last else { return "\(since), nothing has come up; I \(watching ? "page" : "tell") you the moment something does." }
        // (The quote's own full stop ends the sentence.)
        let end = last.hasSuffix(".\"") ? "" : "."
        return "\(since), \(last)\(end) Nothing new since."
    }

    /// Asked about what a watch they keep covers, however it is put ("So to be clear: nothing from any of them overnight on the
    /// watchlist?", blind135 #116: "I don't know that" from the one keeping that watch): what it has seen. The question shares two
    /// words with the watch (what they said or were asked), or one with "watch" in it. Nil otherwise, and for a request.
    func watchAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !Self.isRequest(question) else { return nil }
        let stem = { (word: String) in String(word.prefix(6)) }
        let asked = Set(Self.distinctiveQuestionWords(words).map(stem))
        let watching = words.contains { $0.hasPrefix("watch") }
        // A promise to pass things on answers what came up, not what they did or will do ("did you forward the messages from
        // Kai?", "what will you do if a retailer forwards you one?"): that is the promise's own answer.
        let padded = " " + question.lowercased() + " "
        let onTheirDeeds = [" did you ", " have you ", " will you ", " would you ", " what will ", " what would "].contains(where: padded.contains)
        // Asked whether something came up ("Did the Tor address come back?", "Has Kai asked the helpdesk for anything?", attack60 w06,
        // w09: "I don't know that", Kai's card), one word of the watch in a short question is enough.
        let happened = ["come back", "came back", "show up", "shown up", "showed up", "turn up", "turned up", " again", "any sign",
                        "anything new", "reappear"].contains(where: padded.contains)
        let watches = (state.said ?? []).filter { said in
            said.person == person.id && said.text.hasPrefix(Self.promiseOpening) && Self.isWatch(said) && (Self.keepsWatch(said) || !onTheirDeeds)
        }
        // "Anything on the watch?" of the one watch they keep (attack60 w03, w15e: an update instead).
        let onlyWatch = watching && watches.count == 1
        let watch = watches.last { said in
            let shared = Set(Self.topicWords(said.text + " " + (said.request ?? "")).map(stem)).intersection(asked).count
            return onlyWatch || shared >= (watching || happened || asked.count <= 2 ? 1 : 2) && (watching || shared * 2 >= asked.count)
        }
        return watch.flatMap { watchReport($0, by: person) }
    }

    /// Whether a promise says in so many words that they keep a watch.
    static func keepsWatch(_ promise: SaidAnswer) -> Bool {
        ["watch", "keep an eye", "monitor", "keep eyes"].contains(where: promise.text.lowercased().contains)
    }

    /// Whether a promise is to keep a watch, which stays open until the commander calls it off: in those words, or a promise
    /// to pass on whatever comes up ("I'll escalate to you any retailer that reports phishing emails", blind138 #99, #100:
    /// "Yes, it is done" of it, then "I don't know that" from the one keeping it).
    static func isWatch(_ promise: SaidAnswer) -> Bool {
        let lowered = promise.text.lowercased()
        if keepsWatch(promise) { return true }
        let passing = ["escalate", "page you", "flag", "alert you", "let you know", "tell you", "ping you", "call you", "send you", "pass on", "forward"]
        let whatever = [" any ", " anything ", " anyone ", " whenever ", " the moment ", " as soon as ", " if ", " every "]
        return passing.contains(where: lowered.contains) && whatever.contains(where: lowered.contains)
    }

    /// What a person said they would do that is still to be done, in their words with when they said it: a watch they keep,
    /// a promise for a moment still ahead, or one made within the hour (later, people have done what they said, as
    /// `promiseAnswer` tells it). blind123 #149: "Nothing you gave me is still open" twenty minutes after taking on a watch.
    func openPromises(of person: Person) -> [String] {
        (state.said ?? []).filter { $0.person == person.id && $0.text.hasPrefix(Self.promiseOpening) }.compactMap { promise in
            let said = promise.text.dropFirst(Self.promiseOpening.count).trimmingCharacters(in: .whitespaces)
            let bare = said.hasSuffix(".") ? String(said.dropLast()) : said
            guard Self.isWatch(promise) || momentAhead(in: bare, madeAt: promise.at) != nil
                    || state.clock.seconds - promise.at.seconds < 3600 else { return nil }
            return "\"\(Self.excerpt(bare, limit: 100))\" (said at \(stamp(promise.at)))"
        }
    }

    /// Whether a question points back at something asked of them or said by them before ("as I asked earlier",
    /// "you said you would …"): then one word in common with a promise is enough (blind73 #127, #128).
    static func pointsBackAtPromise(_ lowered: String) -> Bool {
        ["as i asked", "i asked you", "you said you", "you promised", "as promised", "you were going to", "your watch", "the watch you", "the overnight watch", "the watch on",
         "watch you took", "watch you agreed",
         "you offered to", "you'd said", "you had said", "did you get", "did you manage", "did you ever", "like we said", "as we said",
         "as agreed", "we agreed", "as i told you", "i told you", "i asked for", "i asked you for", "as i mentioned"].contains { lowered.contains($0) }
    }

    /// Asked whether something they said they would do was done: what they said and when. The world does
    /// not track such a promise to its end, so within the hour they say it stands; later, that it was done.
    /// A new request ("can you break the copied objects down per retailer?") asks nothing of an earlier promise.
    /// Of several promises, the one sharing the most words, the latest of those.
    func promiseAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        if let watched = watchAnswer(person, question: question, words: words) { return watched }
        // ("What will you do if a retailer forwards you their message, as I told you?" asks what they said they would, blind77 #129.)
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.doneQuestionWords) || Self.pointsBackAtPromise(question.lowercased()), !Self.isRequest(question),
              // Asked of them ("did you …", "is it done yet?"), not of someone else ("did the attacker do anything on web-07?",
              // blind69 #55: "Yes, it is done: I said I'll attach the snapshot hashes").
              // A question that points back at what was asked of them needs no "you" ("how is the breakdown I asked for coming
              // along?", blind86 #126: "I don't know that" from the one who had said "Will do").
              !words.isDisjoint(with: ["you", "your", "done", "finished", "ready", "yet", "complete", "completed", "collected", "sorted"])
                || Self.pointsBackAtPromise(question.lowercased())
        else { return nil }
        // Compared by their first six letters: "was it collected?" is about "I'll collect it".
        let stem = { (word: String) in String(word.prefix(6)) }
        // Words that only point back ("we agreed", "you promised") say nothing of which promise (blind98 #87: "Agreed." in the
        // request of an unrelated one).
        let pointing: Set<String> = ["agreed", "agree", "promised", "promise", "asked", "said", "told", "mentioned", "offered", "surprises", "surprised"]
        let asked = Set(Self.distinctiveQuestionWords(words).subtracting(pointing).map(stem))
        var best: (promise: SaidAnswer, shared: Int)?
        // A long question that points back needs two words in common too (blind98 #87: "at 14:05 we agreed you would take the
        // email to the police cybercrime unit and brief the board" was "I'll draft the Article 34 email" by "email").
        let needed = Self.pointsBackAtPromise(question.lowercased()) && asked.count <= 5 ? 1 : 2
        let lowered = question.lowercased()
        // A promise not to do something answers only a question on whether they did it ("you never ran curl against it, did
        // you?"), never one on other work that shares its words (blind87 #126: "It is done: … I said 'I won't terminate web-03'"
        // to "is web-03 back in the load balancer yet?").
        let onRefraining = ["never", "not", "n't", "refrain", "hold off", "held off", "stay away", "stayed away"].contains(where: lowered.contains)
        for said in state.said ?? [] where said.person == person.id && said.text.hasPrefix(Self.promiseOpening)
            && (onRefraining || Self.pointsBackAtPromise(lowered) || Self.refrainingVerb(said.text) == nil) {
            // What was asked of them counts with what they said ("I'll add that" of "please add the backup-key finding").
            let spoken = said.text + " " + (said.request ?? "")
            // Two words said as one count ("the breakdown by retailer" is "break the exports down by retailer", blind67 #113),
            // a verb and its particle up to four words apart.
            let tokens = spoken.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            let joined = tokens.indices.flatMap { start in tokens[(start + 1)..<min(tokens.count, start + 5)].map { tokens[start] + $0 } }
            let shared = Set((Array(Self.topicWords(spoken)) + joined).map(stem)).intersection(asked).count
            // One long word in common is enough ("supplement": "when will you file the supplement?" of "I'll include that
            // in the supplement", blind70 #116).
            let long = Self.distinctiveQuestionWords(words).contains { $0.count >= 9 && spoken.lowercased().contains($0) }
            if shared >= needed || long, shared >= best?.shared ?? 0 { best = (said, shared) }
        }
        guard let promise = best?.promise, Self.asksWhetherDone(lowered, words: words) else { return nil }
        let promised = promise.text.dropFirst(Self.promiseOpening.count).trimmingCharacters(in: .whitespaces)
        // Kept by not doing it: "No", unless something they did since says otherwise (then their deeds answer).
        // (What they did is compared by what it does, by the first five letters: a deed on the same host is no breach of it.)
        if let refrained = Self.refrainingVerb(promise.text) {
            // Asked what they will do, as they were told: what they said stands.
            guard onRefraining else { return "At \(stamp(promise.at)) I said: \"\(promised)\" That stands." }
            let stem = { (word: String) in String(word.prefix(5)) }
            let acts = Set((Self.distinctiveQuestionWords(words).filter { assetsByID[$0] == nil && !$0.contains(where: \.isNumber) } + [refrained]).map(stem))
            let done = (state.deeds ?? []).filter { $0.person == person.id && $0.at >= promise.at }
            guard !done.contains(where: { !Set(Self.topicWords($0.text).map(stem)).isDisjoint(with: acts) }) else { return nil }
            let said = promised.hasSuffix(".") ? String(promised.dropLast()) : promised
            return "No: at \(stamp(promise.at)) I said \"\(said)\", and I have kept to it."
        }
        // A watch they took on is answered with what it saw (blind115 #109, blind118 #139: "I can't tell you that" of the
        // watch agreed on the night before).
        if Self.keepsWatch(promise), let watched = watchReport(promise, by: person) { return watched }
        // A promise for a moment still ahead is not kept yet (blind93 #94: "Yes, it is done" on Thursday of "I'll brief Elena
        // right after the exit meeting", which is on Friday).
        let said = promised.hasSuffix(".") ? String(promised.dropLast()) : promised
        if let later = momentAhead(in: said, madeAt: promise.at) {
            let clauses = said.components(separatedBy: ", and ")
            let rest = clauses.count > 1 && state.clock.seconds - promise.at.seconds >= 3600 ? " The rest of it is done, and nothing came up to stop it." : ""
            return "Not yet: at \(stamp(promise.at)) I said \"\(said)\"; that waits for \(later).\(rest)"
        }
        // A promise that is a move of the shell is kept only by that move: not made, it is not done, however long ago it was
        // said (blind101 #109: "Yes, it is done" of "I'll tell the hospital data protection officers", never notified).
        let act = ["I'll ", "I will ", "I’ll "].first(where: said.hasPrefix).map { String(said.dropFirst($0.count)) } ?? said
        if let move = proposedAction(in: act, words: Self.topicWords(act)), move.verb != .tell, alreadyDone(move) == nil {
            return "Not yet: at \(stamp(promise.at)) I said \"\(said)\", but that is yours to make: '\(Self.commandLine(of: move))'."
        }
        // Hours later a promise of theirs is kept, not still standing (blind60 #103: "That stands" at 23:40 for a comment due
        // before 18:00): nothing in the world stopped it, and people do what they said they would.
        if state.clock.seconds - promise.at.seconds >= 3600 {
            // ("When will you …?" is answered with when, not a yes.)
            let done = "\(words.contains("when") ? "It is done" : "Yes, it is done"): at \(stamp(promise.at)) I said \"\(said)\""
            // A promise to find something out is done with what it found, never a bare "done" (blind79 #50, #112: "Yes, it is
            // done" and no list, no scan result): the ways in as known, or that it turned up nothing new.
            guard let verb = Self.promisedVerb(said), Self.findingOutVerbs.contains(verb) else { return done + ", and nothing came up to stop it." }
            let lowered = said.lowercased()
            if ["way in", "ways in", "access", "accesses"].contains(where: lowered.contains) { return done + ". As we know them: \(containmentLine())" }
            return done + ". It turned up nothing you have not already heard from me."
        }
        return "At \(stamp(promise.at)) I said: \"\(promised)\" That stands; nothing has come up to stop it, and I'll tell you if it does."
    }

    /// The moment a promise made at `made` waits for, when it is still ahead: a clock it names after "after", "at" or
    /// "once" ("right after the exit meeting" is the EXIT clock's time), or a local time it gives ("at Fri 10:00"); in
    /// words, with when. Nil when it names none, or that moment has come.
    func momentAhead(in promise: String, madeAt made: SimDuration) -> String? {
        let lowered = promise.lowercased()
        for clock in scenario.clocks {
            guard let status = state.clocks[clock.id], status.deadline > state.clock else { continue }
            for name in Set([clock.id, clock.label.lowercased()]) where name.count >= 3 {
                for lead in ["after the ", "at the ", "once the "] {
                    guard let range = lowered.range(of: lead + name) else { continue }
                    // "the exit meeting": the clock's name and the word after it.
                    let next = lowered[range.upperBound...].split(separator: " ").first.map { String($0).trimmingCharacters(in: .punctuationCharacters) }
                    return "the \(name)\(next.map { " \($0)" } ?? "") (\(stamp(status.deadline)))"
                }
            }
        }
        guard let time = Self.timeSaid(in: promise).flatMap(LocalTime.init(parsing:)),
              case .success(let at) = localClock.offset(of: time, after: made), at > state.clock else { return nil }
        return stamp(at)
    }

    static let promiseOpening = "Will do:"

    /// What a promise not to do something says they won't do ("I won't terminate web-03 yet" is "terminate"); nil for a promise
    /// to do something.
    static func refrainingVerb(_ promise: String) -> String? {
        let words = promise.lowercased().split(separator: " ").map(String.init)
        guard let not = words.firstIndex(where: { ["won't", "won’t", "never"].contains($0) }) ?? words.indices.first(where: { index in
            ["will", "i'll"].contains(words[index]) && words[safe: index + 1] == "not"
        }).map({ $0 + 1 }) else { return nil }
        return words[safe: not + 1]
    }

    /// The verb of what a promise says they will do ("I'll list every way in …" is "list"), lowered.
    static func promisedVerb(_ promised: String) -> String? {
        let words = promised.lowercased().split(separator: " ").map(String.init)
        guard let will = words.firstIndex(where: { $0 == "i'll" || $0 == "will" }), let verb = words[safe: will + 1] else { return nil }
        return verb == "also" ? words[safe: will + 2] : verb
    }

    /// Verbs of finding something out, whose promise is kept with a finding.
    static let findingOutVerbs: Set<String> = ["list", "check", "scan", "look", "review", "find", "work", "dig", "search", "confirm", "see",
                                               "figure", "compile", "gather", "verify", "go", "run", "audit", "trace", "pull"]

    /// Whether a question asks whether something was done or when it will be ("did you get …", "was it collected yet?",
    /// "when will you file …?"), not something else that only shares its words ("is the attacker still in anywhere as far as
    /// you can tell?", blind75 #63, #129: "Yes, it is done: … I'll attach the snapshot hashes").
    static func asksWhetherDone(_ lowered: String, words: Set<String>) -> Bool {
        if !words.isDisjoint(with: ["yet", "already", "done", "finished", "complete", "completed", "collected", "sorted"]) { return true }
        // Whole words: "did your rotation kill it?" asks what the rotation did, not whether they did something (blind130 #110:
        // "Yes, it is done: … I'll bring the CloudTrail extract").
        let padded = " " + String(lowered.map { $0.isLetter || $0 == "'" ? $0 : " " }) + " "
        return pointsBackAtPromise(lowered) || [
            "did you", "have you", "had you", "were you able", "has it", "has that", "have they", "was it", "was that", "were they", "is it in",
            "is that in", "did it", "did that", "did they", "when will you", "will you have", "are you done", "got it", "get it",
            // How far it has got ("how far are you with the per-retailer breakdown? Still on track for noon?", blind148 #65: "I don't
            // know that" from the one who had said "Will do").
            "how far", "on track", "coming along", "how is it going", "how's it going", "where are you with", "any progress", "progress on",
            "getting on with",
        ].contains { padded.contains(" \($0) ") }
    }
}
