import Foundation

extension Engine {
    /// Words of a question too plain to make it a different question ("give", "still", "since").
    static let plainAskingWords: Set<String> = [
        "give", "gives", "read", "used", "tell", "like", "need", "want", "okay", "please", "think", "still", "right",
        "sure", "since", "after", "before", "already", "again", "long", "take", "takes", "happen", "happened", "seen",
        "look", "looked", "find", "found", "other", "else", "thing", "things", "yet", "even", "every", "each", "them",
        "those", "these", "whether", "might", "must", "able", "can't", "don't", "didn't", "isn't", "it's", "there's",
        "we're", "you're", "they're", "what's", "who's", "said", "says", "mean", "means", "sorry", "thanks", "quick",
        "question", "now", "any", "anyone", "someone", "something", "nothing", "everything", "really", "exactly",
        "today", "yesterday", "morning", "evening", "night", "actually", "ever",
    ]

    /// The words a question asks that an authored answer does not speak of, when they are at least half of
    /// what it asks: a different question that shares a topic with an answer given before is not a repeat
    /// (blind16: Ingrid's "As I said: That's a webshell" to a question on the instance role's reach,
    /// Olu's SELECTs to "what breaks if we rotate"). Nil when the answer covers the question.
    static func beyond(_ answer: Answer, words: Set<String>) -> Set<String>? {
        let asked = distinctiveQuestionWords(words)
        let covered = topicWords(answer.text).union(answer.topics)
        let new = asked.filter { word in
            !covered.contains(word) && !covered.contains(word + "s") && !(word.hasSuffix("s") && covered.contains(String(word.dropLast())))
        }
        return new.count >= 2 && new.count * 2 >= asked.count ? new : nil
    }

    /// The words of a question that say what it is about, each counted once: not plain words, not a
    /// plural's added singular, not the parts of a hyphenated id beside the id itself.
    static func distinctiveQuestionWords(_ words: Set<String>) -> Set<String> {
        let plain = words.filter { word in
            word.count >= 4 && !commonWords.contains(word) && !plainAskingWords.contains(word) && !word.allSatisfy(\.isNumber)
        }
        let compounds = plain.filter { $0.contains("-") }.map { Set($0.split(separator: "-").map(String.init)) }
        return plain.filter { word in
            !plain.contains(word + "s") && !compounds.contains { $0.contains(word) }
        }
    }

    /// Whether the person already gave this authored answer, asked or of their own accord.
    func hasSaid(_ answer: Answer, by person: Person) -> Bool {
        saidAt(answer, by: person) != nil
    }

    /// When the person first gave this authored answer, asked or of their own accord; nil if never.
    func saidAt(_ answer: Answer, by person: Person) -> SimDuration? {
        (state.said ?? []).first { $0.person == person.id && $0.text == answer.text }?.at ?? raisedBefore(answer, by: person)?.at
    }

    /// A question that goes beyond what the person already answered on its topic: what they know of
    /// the asset, fleet or address its new part names by id; else what they have seen that shares its
    /// words most; else what it names by a word; else that they cannot say more than they did, and who
    /// has spoken of it. Never "As I said" to a question they were not asked before.
    func newQuestionAnswer(_ person: Person, question: String, words: Set<String>, new: Set<String>, earlier answer: Answer) -> String {
        let byID = knownAssets.contains { new.contains($0.id) } || knownAssets.flatMap(\.groups).contains(where: new.contains)
            || new.contains { $0.contains(".") && $0.contains(where: \.isNumber) }
        if byID, let named = namedAnswer(person, words: new) { return named }
        if let access = accessAnswer(person, question: question, words: words) { return access }
        // The parts of an id count for what a fact says ("#ir-insider-private" is about a private channel).
        let parts = new.filter { $0.contains("-") }.flatMap { $0.split(separator: "-").map(String.init) }.filter { $0.count >= 4 }
        let best = bestKnown(by: person, sharing: new.union(parts), naming: words)
        // A long question needs three shared words, as in `worldAnswer` (blind42 #109).
        if let best, best.overlap >= (Self.distinctiveQuestionWords(words).count >= 6 ? 3 : 2) { return best.told }
        if let status = statusAnswer(person, words: words, question: question) { return status }
        if let own = ownWordsAnswer(person, words: words) { return own }
        // A specific question about something it names is not a call for that thing's card (blind21 #8).
        if let beyond = beyondTheCard(person, question: question, words: words) { return beyond }
        if let named = namedAnswer(person, words: new) { return named }
        if let best, best.overlap >= 2 { return best.told }
        // What the whole question names (the deploy key of "did the build server pick up the new deploy key?").
        if let named = namedAnswer(person, words: words) { return named }
        let earlier = (state.said ?? []).first { $0.person == person.id && $0.text == answer.text } ?? raisedBefore(answer, by: person)
        // What they did themselves since then is more than they said then (blind43 #140: "as I said at 23:28" after three rebuilds).
        let done = state.assetChanges.filter { $0.at > (earlier?.at ?? SimDuration(seconds: 0)) && $0.state != .inspected && isOwn($0, by: person) }
        if let earlier, !done.isEmpty {
            return "Since I said that at \(stamp(earlier.at)), I have done this: \(Self.series(done.suffix(4).map { "\($0.asset) \(Self.word(for: $0.state)) at \(stamp($0.at))" }))."
        }
        let stands = earlier.map { "I can't tell you more on that than I did at \(stamp($0.at)): \(Self.firstSentence($0.text))" }
            ?? "I have nothing on that myself."
        return [stands, whoWouldKnow(besides: person, words: new)].compactMap { $0 }.joined(separator: " ")
    }

    /// A specific question (four or more distinctive words) that nothing the person knows speaks to:
    /// they say so, and who would know, instead of the nearest finding by one shared word (blind20 #6:
    /// counsel asked about controller and processor named the second key).
    func unknownAnswer(_ person: Person, words: Set<String>, outright: Bool = false) -> String? {
        guard !person.mustNotKnow, Self.distinctiveQuestionWords(words).count >= (outright ? 2 : Self.specificQuestionWords) else { return nil }
        let lead = Self.unknownLead
        // Where the incident stands is known to all: closed, and when.
        let closedAt = watch.decisions(by: .close, in: state).last.map { stamp(state.decisions[$0].at) }
        // Asked about the closure itself, that is the answer ("do you know the incident is closed?"); "now
        // that we've closed, what would you raise?" asks something else (blind23 #32).
        if let closedAt, !words.isDisjoint(with: ["closed", "close", "closure", "closing"]), words.isDisjoint(with: ["what", "which", "how", "who", "why"]) {
            return "Yes: you closed the incident at \(closedAt). Anything beyond that, nothing I have seen or been told covers."
        }
        let closed = closedAt.map { "What I do know: you closed the incident at \($0)." }
        let pointer = ownTrail(of: person, words: words) ?? whoWouldKnow(besides: person, words: Self.distinctiveQuestionWords(words))
        return [lead, closed, pointer].compactMap { $0 }.joined(separator: " ")
    }

    /// How someone says they don't know what is asked.
    static let unknownLead = "I don't know that: nothing I have seen or been told covers it."

    /// Whether a line asks a question outright and at some length: it opens with a word that asks (after a name it is said
    /// to: "Hannah, who …") or ends in a question mark, in five words or more (a shorter one leans on what was said before:
    /// "what made us aware?").
    static func asksOutright(_ question: String) -> Bool {
        var lowered = question.lowercased().trimmingCharacters(in: .whitespaces)
        guard lowered.split(separator: " ").count >= 5 else { return false }
        if lowered.hasSuffix("?") { return true }
        if let comma = lowered.firstIndex(of: ","), lowered[..<comma].split(separator: " ").count <= 2 {
            lowered = String(lowered[lowered.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
        }
        let first = String(lowered.prefix { $0.isLetter })
        return questionWords.contains(first) && !["anything", "anyone", "anybody"].contains(first)
    }

    /// The trail the person keeps that could show what is asked, and how to read it (blind24 #9: the
    /// DLP analyst asked whether Kai is still syncing said only "I don't know that"). Nil for a what-if
    /// or a call for advice, and for someone who keeps no trail the trainee knows of.
    func ownTrail(of person: Person, words: Set<String>) -> String? {
        // Not a trail deleted since (blind58 #68: the logs of the host Nils had deleted, for hand-built servers); of the
        // rest, the one whose name or logs share most words with the question.
        let trails = knownAssets.filter { $0.owner == person.id && $0.logs != nil && !state.asset($0.id, is: .deleted) }
        let overlap = { (trail: Asset) in Self.topicWords(trail.name + " " + (trail.logs?.text ?? "")).intersection(Self.distinctiveQuestionWords(words)).count }
        guard words.isDisjoint(with: Self.hypotheticalWords),
              let trail = trails.reduce(nil, { (best: Asset?, trail) in best.map { overlap(trail) > overlap($0) ? trail : $0 } ?? trail }),
              // (A trail that shares no word with the question shows nothing of it: "what is the weather like in Oslo today?" was
              // sent to the chat's log.)
              overlap(trail) > 0 || Self.distinctiveQuestionWords(words).count >= Self.specificQuestionWords
        else { return nil }
        return "I would have to look: give it to me as a task (delegate \(person.id) logs \(trail.id)), or read it yourself with logs \(trail.id)."
    }

    /// A specific question about something it names (three or more distinctive words besides the
    /// name; four of the owner's own asset): what the person has seen that shares two of those words,
    /// else that they don't know and who would (the owner: that they would have to look, and how),
    /// not the named thing's card (blind21: 15 of 28 BAD answers were a card of the asset or person
    /// the question named). Nil for a question that is mostly the name ("ask omar web-03").
    func beyondTheCard(_ person: Person, question: String, words: Set<String>) -> String? {
        // A request ("can you narrow …?") is no question to not know the answer to; "do you agree we can
        // close?" is one (blind21 #28).
        // ("Can you tell me which retailers had exports …?" asks to be told, no task: blind135 #67 got the bucket's card.)
        guard !person.mustNotKnow, !Self.isRequest(question) || Self.asksToBeTold(question) else { return nil }
        // An asset named by id first (`ci-deployer` is the account, not the key whose name holds the word).
        let named = assetsNamed(by: words).map { ($0.id, $0.name) } + knownPeople.filter { $0.id != person.id && Self.names(words, $0.id, $0.name) }.map { ($0.id, $0.name) }
        guard let first = named.first else { return nil }
        // How a thing stands now, once something was done to it, is its story, not something unknown (blind59
        // #125: "is Kai's laptop now in custody?" after it was collected and isolated got "I don't know that").
        if !words.isDisjoint(with: ["now", "currently", "still"]),
           state.assetChanges.contains(where: { $0.asset == first.0 && Self.actionStates.contains($0.state) }) { return nil }
        let nameWords = Set(named.flatMap { Self.topicWords($0.0 + " " + $0.1) })
        let rest = Self.distinctiveQuestionWords(words).subtracting(nameWords)
        // The owner's own account of their asset says what was done to it and around it: that is their
        // answer, unless the question is specific (four words besides the name).
        let owned = assetsByID[first.0].flatMap { $0.owner == person.id ? $0 : nil }
        // What was done around it (its key cut, a fix that names it) they know, and how the fix stands (blind20 #12),
        // however short the question ("is the ci-deployer policy narrowed now?", corpus 549).
        // Only when the question is on it: a fix that names chat is no answer on who opened a channel.
        let aroundOwned = owned.flatMap { owned -> String? in
            guard words.isDisjoint(with: Self.hypotheticalWords),
                  !state.assetChanges.contains(where: { $0.asset == owned.id && Self.actionStates.contains($0.state) }),
                  let around = workAroundSentence(owned, lead: "What I know of \(owned.id): "),
                  !words.isDisjoint(with: Self.fixWords) || !Self.topicWords(around).isDisjoint(with: rest) else { return nil }
            return around
        }
        if let aroundOwned { return aroundOwned }
        guard rest.count >= (owned == nil ? Self.namedQuestionWords : Self.specificQuestionWords) else { return nil }
        if let best = bestKnown(by: person, sharing: rest, naming: words), best.overlap >= 2 { return best.told }
        // Their own asset, asked something nobody has looked into: they would have to look, and say how (blind21 #1).
        // A what-if, a call for advice or a reason ("if we pull the rights, will he notice?") is no look to take.
        // Something done to it is theirs to tell: their own account says what and when ("what state is web-07 in?").
        if let owned, words.isDisjoint(with: Self.hypotheticalWords),
           !state.assetChanges.contains(where: { $0.asset == owned.id && Self.actionStates.contains($0.state) }) {
            // Where it stands now is theirs to say ("is web-03 still serving traffic right now?", blind22 #1).
            guard words.isDisjoint(with: ["still", "now", "currently", "right"]) else { return nil }
            // What their own asset can reach they know without looking, when a look finds nothing more (blind51 #58:
            // "what can that key reach?" to the key's owner got "I would have to look").
            if let card = owned.inspect, card.reveals.isEmpty, !words.isDisjoint(with: Self.reachWords) {
                return "From how it is set up: \(card.text.trimmingWhitespaceAndNewlines())"
            }
            let (verb, look) = owned.logs != nil ? ("logs", "logs \(owned.id)") : ("inspect", "inspect \(owned.id)")
            return "I don't know that offhand: nothing I have seen covers it, and I would have to look. "
                + "Give it to me as a task (delegate \(person.id) \(verb) \(owned.id)) and I report back, or read it yourself with \(look)."
        }
        if let owned { return actedOnOwnAnswer(person, owned: owned, words: words, rest: rest) }
        // Never the suspect, who must not hear of it, nor someone out of reach.
        let owner = assetsByID[first.0]?.owner.flatMap { peopleByID[$0] }
            .flatMap { $0.id == person.id || $0.mustNotKnow || !$0.reachable ? nil : $0 }
        // An asset named by one word of a longer name ("database" of the customer database credentials) is
        // likelier a word of the question than the asset: no "about" it, nor its owner (blind22 #8, #17).
        let strong = words.contains(first.0) || Self.namedStrongly(words, name: first.1)
        // A trail of their own that records the thing asked about comes before its owner: the DLP analyst asked what
        // was uploaded to the personal drive pulls his DLP records, he does not send you to the drive's admin (blind41 #12).
        let recording = assetsByID[first.0].flatMap { asset in
            knownAssets.first { $0.owner == person.id && $0.id != asset.id && ($0.logs.map { Self.mentions($0.text, asset) || Self.nameOverlap(Self.topicWords($0.text), asset.name) >= 2 } ?? false) }
        }
        if strong, let read = readTrailsAnswer(person, about: first.0) { return read }
        // Their own trail that records it, read already, is what they know of it, not a look still to take (blind116 #55: "I
        // would have to look: delegate omar logs dlp-logs", ten minutes after Omar reported that very read).
        if let recording, let read = lastRead(of: recording) {
            return readTrailsAnswer(person, about: first.0) ?? "What my \(recording.name) show, read at \(stamp(read)): "
                + (recording.logs?.text.trimmingWhitespaceAndNewlines() ?? "") + " Beyond that, I have nothing on it."
        }
        let ask = (recording != nil ? ownTrail(of: person, words: words) : nil) ?? (strong ? analystTrails(person, about: first.0) : nil)
            ?? (strong ? owner : nil).map { "\($0.name) (\($0.role)) looks after \(first.0): ask \($0.id) \(first.0)." }
            ?? ownTrail(of: person, words: words) ?? whoWouldKnow(besides: person, words: rest)
        // Of a person, what is not known is what they did, not something "about" them.
        let about = assetsByID[first.0] == nil || !strong ? "" : " about \(first.1)"
        return ["I don't know that\(about): nothing I have seen or been told covers it.", ask].compactMap { $0 }.joined(separator: " ")
    }

    /// Whether a question names a thing by its name, not by one word of a longer name: two of its
    /// distinctive words, or its only one.
    static func namedStrongly(_ words: Set<String>, name: String) -> Bool {
        let nameWords = topicWords(name).filter { $0.count >= 4 && !commonWords.contains($0) }
        // A name of only common words ("Kai's company account") is named by none of them, not by any question.
        return !nameWords.isEmpty && nameWords.intersection(words).count >= min(2, nameWords.count)
    }

    /// How many distinctive words make a question specific: one shared word with a finding is then
    /// no answer to it.
    static let specificQuestionWords = 4

    /// How many distinctive words besides what it names make a question about a named thing more
    /// than a call for its card ("has kai pushed or cloned anything on the code host today?").
    static let namedQuestionWords = 3

    /// Words that ask about a fix and how it stands.
    static let fixWords: Set<String> = ["fix", "fixed", "rollout", "rolled", "tested", "patched", "changed", "narrowed", "break", "broke", "broken"]

    /// Words that ask what something can reach or holds.
    static let reachWords: Set<String> = ["reach", "reaches", "access", "permissions", "rights", "touch", "query", "queries", "scope", "privileges"]

    /// Words of a what-if, a call for advice or a question of reasons, which the owner answers from
    /// their own account, not by going to look ("did he have a legitimate reason to take a checkout home?").
    static let hypotheticalWords: Set<String> = [
        "if", "would", "should", "recommend", "suggest", "advise", "will", "why", "reason", "legitimate", "normal", "usual", "need",
    ]

    /// What the person has seen or knows that shares the most of the given words (ties: the newest):
    /// a fact they know, their own report, or a message in a channel they are in or sent to them
    /// (Sofia asked whether TechDaily quoted us knows the 18:00 story, blind17 #24). Nil when nothing does.
    /// `naming`: the whole question's words, when `words` are only part of them, to tell which asset it names.
    func bestKnown(by person: Person, sharing words: Set<String>, naming: Set<String>? = nil) -> (told: String, overlap: Int)? {
        guard !words.isEmpty else { return nil }
        let facts = factsKnown(by: person.id).compactMap { id in
            world.factsByID[id].map { (text: $0.text, told: "What I know about that: \(factWithSince(id) ?? told($0))") }
        }
        let messages = state.fired.compactMap { fired -> (text: String, told: String)? in
            // Their own questions and complaints ("Why am I hearing this from her?") are no answer to anything later.
            guard let inject = injectsByID[fired.id], inject.decision == nil, seen(inject, by: person),
                  senderID(of: fired) != person.id || isReport(fired, from: person) else { return nil }
            let text = deliveredText(fired, inject).trimmingCharacters(in: .whitespacesAndNewlines)
            let told = senderID(of: fired) == person.id ? "I reported at \(stamp(fired.at)): \(text)"
                : "What I saw at \(stamp(fired.at))\(senderID(of: fired).flatMap { peopleByID[$0] }.map { " from \($0.name)" } ?? ""): \(text)"
            return (text, told)
        }
        // What happened in public when a met deadline passed (TechDaily's story ran, quoting the statement).
        let passings = scenario.clocks.compactMap { clock -> (text: String, told: String)? in
            guard let passes = clock.passes, let passed = state.clocks[clock.id]?.passedAt else { return nil }
            return (passes, "What I saw at \(stamp(passed)): \(passes.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        // A fact shares one word to be about it; a message, written for its moment, two.
        let candidates = facts + messages + passings
        // Asked about an asset by its id, what speaks only of another of its kind is about that one (blind52 #28: web-03's
        // webshell, asked what is known of web-10).
        let named = knownAssets.filter { (naming ?? words).contains($0.id) }
        let elsewhere = { (text: String) in
            !named.isEmpty && !named.contains { Self.mentions(text, $0) }
                && self.knownAssets.contains { other in !named.contains { $0.id == other.id } && named.contains { $0.kind == other.kind } && Self.mentions(text, other) }
        }
        return candidates.enumerated()
            .map { (index: $0.offset, told: $0.element.told, overlap: Self.topicWords($0.element.text).intersection(words).count) }
            .filter { $0.overlap >= ($0.index < facts.count ? 1 : 2) && !elsewhere(candidates[$0.index].text) }
            .max { ($0.overlap, $0.index) < ($1.overlap, $1.index) }
            .map { ($0.told, $0.overlap) }
    }

    /// Whether the person saw an inject: they sent it, or it was posted in a channel they are in.
    func seen(_ inject: Inject, by person: Person) -> Bool {
        inject.from == person.id || state.channels.contains { $0.id == inject.channel && $0.members.contains(person.id) }
    }

    /// Words that ask whether the adversary still has a way in ("is the attacker still in?", "any persistence?").
    static let stillInWords: Set<String> = ["persistence", "foothold", "backdoor", "backdoors"]

    /// The words of each sentence of a text.
    /// Whether a word for the adversary stands within two words before or after "still" in the same sentence.
    static func adversaryStill(_ question: String) -> Bool {
        let adversary: Set<String> = ["attacker", "attackers", "intruder", "adversary", "hacker", "hackers", "they", "crew"]
        return question.lowercased().split(whereSeparator: { ".?!".contains($0) }).contains { sentence in
            let tokens = sentence.split(whereSeparator: { !$0.isLetter }).map(String.init)
            return tokens.indices.contains { index in
                tokens[index] == "still" && tokens[max(0, index - 2)..<min(tokens.count, index + 3)].contains(where: adversary.contains)
            }
        }
    }

    static func sentences(of text: String) -> [Set<String>] {
        text.split(whereSeparator: { ".?!".contains($0) }).map { topicWords(String($0)) }
    }

    /// Whether a sentence of the line asks if someone is cut off ("Is Kai fully cut off now?"), not one that says
    /// so before asking something else ("Kai is cut off and has left. Will you brief Elena?", blind41 #134).
    static func asksWhetherCutOff(_ question: String) -> Bool {
        question.lowercased().split(separator: "?", omittingEmptySubsequences: false).dropLast().contains { asked in
            // The question's own sentence: what follows the last full stop or exclamation before its mark.
            let sentence = asked.split(whereSeparator: { ".!".contains($0) }).last.map(String.init) ?? ""
            // "Is it safe to cut off his access now?" asks about a move, not where things stand.
            guard !sentence.contains("to cut") && !sentence.contains("to lock") else { return false }
            return sentence.contains("cut off") || sentence.contains("locked out") || sentence.contains("anything left open")
        }
    }

    /// Asked whether the adversary still has a way in, the person gives what is cut off and what is
    /// still open as the commander knows it (blind17 #25: "What I know so far: <an old finding>").
    /// Someone who must not know hears nothing of it. Nil for other questions.
    func accessAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "What would you change so a leak can never give this much access again?" asks for the fix (blind23 #10).
        // "Anything you want from me?" after an update asks what they need (blind48 #119: the CEO read the cut-offs back).
        guard !person.mustNotKnow, !Self.asksForFix(words), !Self.asksWhatTheyNeed(question) else { return nil }
        // ("Is there any evidence web-legacy-01 was used to reach the customer database, or was it only a foothold?" asks what it
        // was used for, blind109 #118: the stock list of what is cut off.)
        let asks = (!words.isDisjoint(with: Self.stillInWords) && words.isDisjoint(with: ["evidence", "used", "reach", "reached", "touched"]))
            // An access log is no access ("the access log shows three addresses; have we blocked them anywhere?", blind22 #7).
            // "Who should still have access to it?" asks who needs it, not whether the adversary is in (blind45 #118).
            // Nor is a credential's name ("did Kai use the personal access token again?", blind65 #41).
            || (((words.contains("access") && words.isDisjoint(with: ["log", "logs", "who"])
                  && !["access token", "access key"].contains(where: question.lowercased().contains)) || words.contains("way"))
                && !words.isDisjoint(with: ["still", "anywhere", "left", "remaining", "again"]))
            // In one sentence: "The attacker is cut off. Is the statement still accurate?" asks about the statement (blind52 #104).
            // The adversary is who is still there, next to "still": "is customer-exports still holding the exports the attacker
            // copied?" asks about the bucket (blind63 #61).
            || (words.contains("still") && Self.adversaryStill(question))
            // "Anything else the five addresses could still use, any other user, role or key?" (blind125 #89: the audit logs' card).
            || (words.contains("still") && !words.isDisjoint(with: ["use", "reach", "access"]) && !words.isDisjoint(with: ["else", "other"])
                && !words.isDisjoint(with: ["addresses", "attacker", "attackers", "adversary", "they", "intruder", "key", "keys", "role", "user"]))
            // "Do you think the attacker is finally out?" (blind43 #118: "I don't know that about report-01").
            || (!words.isDisjoint(with: ["attacker", "attackers", "intruder", "adversary", "hacker", "hackers"]) && !words.isDisjoint(with: ["out", "gone", "evicted"])
                && words.isDisjoint(with: ["should", "shall", "how", "kick", "get", "keep"]))
            // "Is Kai still able to get in anywhere?": the suspect by name (blind21 #27).
            || (words.contains("still") && !words.isDisjoint(with: ["anywhere", "able"])
                && scenario.cast.contains { $0.mustNotKnow && $0.id == scenario.truth.insider && Self.names(words, $0.id, $0.name) })
            // "Is Kai fully cut off now? Anything left open?", not "should we cut him off now?" (blind41 #128: the token's card).
            || (Self.asksWhetherCutOff(question) && words.isDisjoint(with: ["should", "shall", "would", "when", "how"]))
        // "Kai still has access until Friday. Is there a legal reason not to cut him off today?" asks a view (blind53 #37).
        // "What ways in does Kai still have open, and which of them do we cut on Friday?" asks first what is open: the list
        // answers it (blind124 #51: "I don't know that" from the analyst, and "ask peter open").
        let firstPart = question.lowercased().components(separatedBy: ", and ").first ?? ""
        let asksWhatFirst = firstPart.count < question.count && !Set(firstPart.split(whereSeparator: { !$0.isLetter })).isDisjoint(with: ["what", "which"])
            && !Self.proposesMove(firstPart)
        // ("Is the attacker fully cut off now, in your view, or is there any way in we have not closed?" asks where things stand, not
        // a view on a move: blind138 #111, "I don't know that" from the analyst.)
        guard asks, asksWhatFirst || Self.asksWhetherCutOff(question)
                || !(Self.asksForAdvice(question, words: words) && Self.proposesMove(question)) else { return nil }
        return "As far as we know: \(containmentLine())"
    }
}

extension Engine {
    /// A text without the label the commander began it with, which the reply already gives
    /// ("Worst case: Kai copied …" noted as the worst case, blind17 friction 7).
    static func withoutLabel(_ text: String, _ label: String) -> String {
        // Most texts carry no label: told apart by their first bytes when those are plain ASCII, with no space before them
        // (issue 21: trimming and lowering every briefing line was 2 % of a replay).
        let head = text.utf8.prefix(label.utf8.count + 1)
        if head.count == label.utf8.count + 1, head.first.map({ $0 > 0x20 }) == true, head.allSatisfy({ $0 < 0x80 }),
           !zip(head, (label + ":").utf8).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) == $1 }) {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix(label + ":") else { return text }
        let rest = trimmed.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? text : rest.prefix(1).uppercased() + rest.dropFirst()
    }
}
