extension Engine {
    /// Words that ask about a time after something ("since the rollout", "today", "any more").
    static let sinceWords: Set<String> = ["since", "today", "again", "anymore", "more", "after", "lately", "recently", "tonight"]

    /// Words for something the adversary or the suspect might have done.
    static let activityWords: Set<String> = [
        "tried", "try", "used", "use", "pushed", "cloned", "clone", "clones", "synced", "sync", "syncs", "opened", "read", "accessed",
        "logged", "copied", "downloaded", "uploaded", "called", "connected", "beaconed", "touched", "attempted", "moved",
        "queries", "query", "queried", "activity", "logins", "login", "call", "calls", "requests", "connections", "traffic", "attempts",
        // "Has Kai done anything new since yesterday afternoon?" (blind41 #109: the token's card).
        "done", "new",
        // "Since the rollout, has DLP seen any further uploads or bulk copies?" (blind44 #136: Tuesday's alert).
        "upload", "uploads", "copy", "copies", "download", "downloads",
        // "Is anything still reading the bucket?" (blind60 #82).
        "reading", "calling", "using", "accessing", "syncing", "uploading", "downloading", "connecting", "beaconing", "querying", "copying",
    ]

    /// Words for whoever did it, besides the suspect by name.
    static let actorWords: Set<String> = [
        "attacker", "attackers", "intruder", "adversary", "hacker", "hackers", "anyone", "anybody", "someone", "unusual", "suspicious",
        // "Since we revoked the key, has anything new tried to use it?" (blind42 #93: the bucket's card).
        "anything", "something",
    ]

    /// Asked whether the adversary or the suspect did something since a point ("since the rollout, has
    /// Kai tried any more syncs?"), a person gives the newest thing they have seen that speaks of it,
    /// with its time, or that nothing they have seen shows it, and the trail that would (blind21 #8,
    /// #9, #21; blind20 #17: the morning's finding, or the suspect's card, instead). Nil for other
    /// questions and for someone who must not know.
    /// With `question`, a question whether something happened that names a trail is left to `happenedAnswer`
    /// rather than answered with the best fact they know (blind52 #20: "since the upload, is there any sign the
    /// attacker used it to touch the instance role?" got the webshell's report).
    func sinceAnswer(_ person: Person, words: Set<String>, question: String? = nil) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.sinceWords), !words.isDisjoint(with: Self.activityWords) else { return nil }
        // "Was that more of the same files?" compares, it asks for nothing after a point (blind59 #18).
        if words.intersection(Self.sinceWords) == ["more"], let question, question.lowercased().contains("more of ") { return nil }
        // What a statement before the question says came after a move is no question about since then ("EDR just caught
        // 10.4.9.17 beaconing after the rollout … Do you know what that box is?", blind109 #97: "nothing I have seen shows that").
        if let question, Self.questionSentences(question, withLeadIns: true).allSatisfy({ Self.topicWords($0).isDisjoint(with: Self.sinceWords) }) { return nil }
        let suspect = scenario.truth.insider.flatMap { id in scenario.cast.first { $0.id == id } }
        let namesSuspect = suspect.map { Self.names(words, $0.id, $0.name) } ?? false
        // Since a move of the commander's ("since the rollout, any further uploads?"), whoever did it (blind44 #136).
        guard namesSuspect || !words.isDisjoint(with: Self.actorWords) || (words.contains("since") && referenceMove(in: words) != nil) else { return nil }
        // Since a move of the commander's ("since the rollout"): what came in after it, as they know it (blind29 #124:
        // the beacon caught after the rollout was missed, and the trail offered was a host deleted the day before).
        // "Since yesterday afternoon" counts from then, whatever move the question names besides ("any blocked upload
        // attempts?", blind124 #78: counted from the block, and the uploads before it quoted as news).
        let frame = question.flatMap(Self.sinceFrame).map { localClock.offset(daysBefore: $0.daysBefore, hour: $0.hour, from: state.clock) }
        if frame == nil, let reference = referenceMove(in: words) {
            let known = Set(factsKnown(by: person.id))
            // Only what speaks of what the question asks about: a root cause learnt after the move is no
            // deed since it (blind40 #76: "committed four months ago" as the attacker's calls since the revocation).
            let about = Self.distinctiveQuestionWords(words).subtracting(Self.sinceWords).subtracting(Self.activityWords)
                .subtracting(Self.actorWords).subtracting(Self.referenceMoves.flatMap(\.words))
            let after = state.fired.filter { $0.at.seconds >= reference.at.seconds }.flatMap { fired in
                (injectsByID[fired.id]?.reveals ?? []).filter(known.contains).compactMap { world.factsByID[$0] }.map { (at: fired.at, fact: $0) }
            }.filter { about.isEmpty || !Self.topicWords($0.fact.text).isDisjoint(with: about) }
            // (A long line is named by its opening: a fix handed over in full is no reference point to read out.)
            let since = "Since '\(Self.excerpt(reference.raw, limit: 60))' at \(stamp(reference.at))"
            if let latest = after.last { return "\(since): \(told(latest.fact)) (in at \(stamp(latest.at)))" }
            // What they reported themselves since, on it, is what they have seen (blind67 #81: "nothing I have seen shows that"
            // ten minutes after posting "No calls with either old key since").
            if let own = state.fired.last(where: { fired in
                fired.at.seconds >= reference.at.seconds && injectsByID[fired.id].map { inject in
                    // (On a deed, not only on the same thing: "I can terminate web-03" says nothing of the attacker since.)
                    // Or their report on the move itself ("Rolled out. No calls with either old key since.", blind77 #72).
                    senderID(of: fired) == person.id && !Self.topicWords(inject.text).isDisjoint(with: Self.activityWords)
                        && ((!about.isEmpty && !Self.topicWords(inject.text).isDisjoint(with: about)) || reportsOn(inject, words: words))
                } == true
            }), let inject = injectsByID[own.id] {
                return "\(since): as I reported at \(stamp(own.at)), \"\(Self.excerpt(inject.text.trimmingWhitespaceAndNewlines(), limit: 160))\""
            }
            // Or the read of its trail they reported since ("Done: logs warehouse-key. Since it was revoked …, it has not been used
            // successfully", blind82 #73: then "last read before that, so it cannot say").
            let trail = sinceTrail(person, words: words)
            let readDone = trail.map { "I did what you asked (logs \($0.id)): " } ?? "\u{0}"
            if let read = (state.deeds ?? []).last(where: { deed in
                deed.person == person.id && deed.at.seconds >= reference.at.seconds && deed.text.hasPrefix(readDone)
            }) {
                let report = read.text.dropFirst(readDone.count).trimmingWhitespaceAndNewlines()
                return "\(since): as I reported at \(stamp(read.at)) from its trail, \"\(Self.excerpt(report, limit: 160))\" Nothing newer has reached me."
            }
            return "\(since), nothing I have seen shows that." + trailLine(trail, since: reference.at)
        }
        // The suspect asked after with no move to count from ("since yesterday afternoon"): the newest thing
        // seen of them, with when it came in (blind41 #109: a token made nine days before, as what was new).
        // Asked what they did of a kind ("pushed or cloned anything?"), what was seen of that comes first.
        if namesSuspect, !words.isDisjoint(with: ["new", "done"]), let suspect, let newest = newestKnown(by: person, of: suspect) {
            let name = suspect.name.split(separator: " ").first.map(String.init) ?? suspect.name
            // From a point inside the drill, only what came in since then is new (a stretch that began before the drill holds all of it).
            if let frame, frame > .zero {
                let known = Set(factsKnown(by: person.id))
                let since = state.fired.filter { $0.at >= frame }.flatMap { fired in
                    (injectsByID[fired.id]?.reveals ?? []).filter(known.contains).compactMap { world.factsByID[$0] }.map { (at: fired.at, fact: $0) }
                }.last { Self.names(Self.topicWords($0.fact.text), suspect.id, suspect.name) || !Self.topicWords($0.fact.text).isDisjoint(with: Self.deedWords) }
                if let since { return "Since \(stamp(frame)): \(told(since.fact)) (in at \(stamp(since.at)))" }
                return "Nothing new on \(name) has reached me since \(stamp(frame))." + trailLine(sinceTrail(person, words: words), since: frame)
            }
            return "The newest I have on \(name)\(newest.at.map { " came in at \(stamp($0))" } ?? ""): \(told(newest.fact)) Nothing newer has reached me."
        }
        if let question, Self.asksWhetherItHappened(question), deedTrail(in: question, askedOf: person) != nil { return nil }
        let asked = Self.distinctiveQuestionWords(words)
        if let best = bestKnown(by: person, sharing: asked, naming: words), best.overlap >= 2 {
            return "\(best.told) Nothing newer than that has reached me."
        }
        return "Nothing I have seen shows that." + trailLine(sinceTrail(person, words: words))
    }

    /// The start of a stretch a question counts from, as days before today and an hour ("since yesterday afternoon": one
    /// day before, 12:00; "since this morning": today, 06:00); nil when it names none.
    static func sinceFrame(_ question: String) -> (daysBefore: Int, hour: Int)? {
        let lowered = question.lowercased()
        let frames: [(String, Int, Int)] = [
            ("since yesterday morning", 1, 6), ("since yesterday afternoon", 1, 12), ("since yesterday evening", 1, 18),
            ("since last night", 1, 18), ("since yesterday", 1, 0), ("overnight", 1, 18), ("since this morning", 0, 6),
            ("since this afternoon", 0, 12), ("since lunch", 0, 12),
        ]
        return frames.first { lowered.contains($0.0) }.map { ($0.1, $0.2) }
    }

    /// Words of a deed a suspect does with data or access ("a second sync at 02:10" is his, unnamed).
    static let deedWords: Set<String> = ["sync", "synced", "syncs", "upload", "uploads", "uploaded", "clone", "cloned", "clones", "copied",
                                         "copies", "download", "downloaded", "downloads", "pushed", "exported", "forwarded"]

    /// The newest fact the person knows that names the suspect or tells of a deed of theirs unnamed (the drill's
    /// facts come to light in order; blind59 #109: the first night's alert as "the newest on Kai", with the second
    /// sync known for two days), and when the inject that revealed it came in, when one did.
    private func newestKnown(by person: Person, of suspect: Person) -> (fact: Fact, at: SimDuration?)? {
        guard let fact = factsKnown(by: person.id).reversed().lazy.compactMap({ self.world.factsByID[$0] }).first(where: { fact in
            let words = Self.topicWords(fact.text)
            return Self.names(words, suspect.id, suspect.name) || !words.isDisjoint(with: Self.deedWords)
        }) else { return nil }
        return (fact, state.fired.last { injectsByID[$0.id]?.reveals.contains(fact.id) == true }?.at)
    }

    /// The trail that would show it, as a sentence: to be read, or read already and when (blind41 #95: "Its trail
    /// would: logs chat", ten minutes after the commander read it).
    private func trailLine(_ trail: Asset?, since: SimDuration? = nil) -> String {
        guard let trail else { return "" }
        guard let read = lastRead(of: trail) else { return " Its trail would show it: logs \(trail.id)." }
        // Read before the point asked about, it cannot say what came after (blind61 #85).
        if let since, read < since {
            return " Its trail was last read at \(stamp(read)), before that, so it cannot say: read it again, logs \(trail.id)."
        }
        return " Its trail, read at \(stamp(read)), showed nothing of it; read it again for anything newer: logs \(trail.id)."
    }

    /// The trail that would show it: one the question names, else one the person keeps, else one of the
    /// suspect's own assets, else a compromised one; never one deleted or rebuilt since.
    func sinceTrail(_ person: Person, words: Set<String>) -> Asset? {
        let suspect = scenario.truth.insider.flatMap { id in scenario.cast.first { $0.id == id } }
        let trails = knownAssets.filter { $0.logs != nil && !state.asset($0.id, is: .deleted) && !state.asset($0.id, is: .redeployed) }
        // The suspect's name names no trail ("has Kai tried any more syncs?" is not about Kai's mailbox, blind47 #60).
        let suspectWords = suspect.map { Set([$0.id] + Self.topicWords($0.name)) } ?? []
        // Nor do the parts of an id the question names ("drive" of personal-drive is not Kai's mailbox and drive).
        let idParts = words.filter { $0.contains("-") }.flatMap { $0.split(separator: "-").map(String.init) }
        let naming = words.subtracting(suspectWords).subtracting(idParts)
        return trails.first { naming.contains($0.id) || Self.names(naming, $0.id, $0.name) }
            ?? trails.first { $0.owner == person.id }
            ?? trails.first { asset in suspect.map { asset.owner == $0.id } ?? false }
            ?? trails.first { state.asset($0.id, is: .compromised) }
    }

    /// The words that name a move of the commander's as a point in time ("since the rollout").
    static let referenceMoves: [(words: Set<String>, verb: Verb)] = [
        (["rollout", "rolled"], .rollout), (["rotation", "rotated", "rotate"], .rotate), (["revoked", "revocation", "revoke"], .revoke),
        (["isolated", "isolation", "isolate"], .isolate), (["blocked", "block"], .block), (["fix", "patch", "patched"], .fix),
        (["rebuild", "rebuilt", "redeploy", "redeployed"], .redeploy), (["disabled", "cutoff", "cut-off"], .disable), (["test", "tested"], .test),
    ]

    /// Whether an inject is the scenario's report after the kind of move the question counts from ("since the rollout").
    func reportsOn(_ inject: Inject, words: Set<String>) -> Bool {
        guard case .afterAction(let pattern, _) = inject.trigger else { return false }
        return Self.referenceMoves.contains { names, verb in verb == pattern.verb && !words.isDisjoint(with: names) }
    }

    /// The last move of the commander's that a "since …" question names, with what was typed and when.
    func referenceMove(in words: Set<String>) -> (raw: String, at: SimDuration)? {
        guard words.contains("since") || words.contains("after") else { return nil }
        for (names, verb) in Self.referenceMoves where !words.isDisjoint(with: names) {
            // Made by the commander, or handed over and done (blind61 #85: "since the rotation at 19:04" was Olu's,
            // delegated): a handed move counts from when the asset took its state.
            var made: [(raw: String, at: SimDuration, object: String?)] = watch.decisions(by: verb, in: state).map { index in
                let decision = state.decisions[index]
                return (decision.raw, decision.at, decision.action.object)
            }
            for index in watch.decisions(by: .delegate, in: state) {
                let decision = state.decisions[index]
                guard let handed = decision.countsAs, handed.verb == verb else { continue }
                let done = Self.stateOfVerb[verb].flatMap { target in
                    state.assetChanges.last { $0.asset == handed.object && $0.state == target && $0.at >= decision.at }?.at
                }
                made.append((decision.raw, done ?? decision.at, handed.object))
            }
            // Or brought about by an answer to a question ("block it at egress", chosen: blind61 #91).
            if made.isEmpty, let target = Self.stateOfVerb[verb] {
                made = state.assetChanges.filter { $0.state == target }.map { ("\($0.asset) \(Self.word(for: target))", $0.at, $0.asset) }
            }
            made.sort { $0.at < $1.at }
            // The one on what the question names ("since I revoked the ci-deployer key", not the later revoke of the
            // backup key, blind54 #67), else the latest.
            let named = made.last { move in
                move.object.flatMap { assetsByID[$0] }.map { asset in
                    words.contains(asset.id) || Self.nameOverlap(words, asset.name) >= 1 && Self.names(words, asset.id, asset.name)
                } ?? false
            }
            if let chosen = named ?? made.last { return (chosen.raw, chosen.at) }
        }
        return nil
    }
}
