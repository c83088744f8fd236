extension Engine {
    /// Asked whether something happened ("did anyone use the instance role to read the database
    /// credentials?", "did report-01 ever query the customer database?"), a person answers from the
    /// trail that would show it: what it showed when it was read; else what they know of what it holds,
    /// or that nothing they have seen shows it either way, with the command that reads it and who keeps it. Nil for other questions, for questions about the person's own
    /// deeds ("did you read…") or their own people's, and when no known trail is named after the
    /// deed asked about.
    ///
    /// Blind39 B3 and B9: the owner of the trail gave another asset's card and sent the commander to
    /// someone else, and the database administrator asked about queries recited a host's card.
    func happenedAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.activityWords), Self.asksWhetherItHappened(question),
              !Self.asksAboutOwnSide(question, of: person), let trail = deedTrail(in: question, askedOf: person) else { return nil }
        // What else the question names by id that the words do not (report-01, asked whether it queried the database).
        func absent(from shown: String, _ lead: String) -> String {
            let absent = knownAssets.filter { words.contains($0.id) && $0.id != trail.id && !Self.mentions(shown, $0) }.map(Self.spoken)
            return absent.isEmpty ? "" : " \(lead) \(absent.joined(separator: " or "))."
        }
        let log = "the log of \(Self.spoken(trail))"
        if let read = lastRead(of: trail) {
            let shown = trail.logs.map { $0.text.trimmingWhitespaceAndNewlines() } ?? "nothing unusual."
            return "\(Self.capitalisedFirst(log)) would show it, and it was read at \(stamp(read)): \(shown)\(absent(from: shown, "It says nothing of"))"
        }
        // A read of it under way is said as such (blind57 #21: "nobody has read it yet" to the one reading it).
        if let reading = state.tasks.first(where: { !$0.done && $0.line == "logs \(trail.id)" }), let reader = peopleByID[reading.person] {
            let who = reader.id == person.id ? "I am reading it now" : "\(reader.name) is reading it now"
            return "\(Self.capitalisedFirst(log)) would show it, and \(who): back by \(stamp(reading.due)). I'll say whether it shows that."
        }
        // Never the suspect, whose own mailbox it may be: nobody asks him for it (blind59 #47: "Kai Lindgren keeps it").
        let keeper = trail.owner.flatMap { peopleByID[$0] }.flatMap { $0.mustNotKnow ? nil : $0 }
        let whose = keeper.map { $0.id == person.id ? " It is mine to pull." : " \($0.name) keeps it." } ?? ""
        // What they know that the log also holds (an administrator's reading of the query log, or what the role can reach).
        let known = Set(factsKnown(by: person.id))
        let found = (trail.logs?.reveals ?? []).filter(known.contains).compactMap(told(fact:))
        if !found.isEmpty {
            let shown = found.joined(separator: " ")
            return "What I know that bears on it: \(shown)\(absent(from: shown, "Nothing of it names")) \(Self.capitalisedFirst(log)) would say for sure: "
                + "logs \(trail.id).\(whose)"
        }
        return "Nothing I have seen shows it either way. \(Self.capitalisedFirst(log)) would, and nobody has read it yet: logs \(trail.id).\(whose)"
    }

    /// An asset as a sentence names it: by its id when its name begins with it ("web-03"), else by its
    /// name, with "the" before a name of plain words ("the customer database").
    static func spoken(_ asset: Asset) -> String {
        let name = asset.name
        if name.lowercased().hasPrefix(asset.id.lowercased()) { return asset.id }
        guard name.contains(" "), let first = name.split(separator: " ").first, first.first?.isLowercase == true,
              !first.hasSuffix("'s"), first != "the" else { return name }
        return "the " + name
    }

    /// The text with its first letter in capitals.
    static func capitalisedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Whether a question asks about the person's own people ("has anyone on the helpdesk touched it?",
    /// asked of the helpdesk lead): their own deeds, which they answer from what they did and said.
    static func asksAboutOwnSide(_ question: String, of person: Person) -> Bool {
        let lowered = question.lowercased()
        let own = topicWords(person.role + " " + person.team).filter { $0.count >= 4 && !commonWords.contains($0) }
        return own.contains { word in ["on the ", "in the ", "your ", "of the "].contains { lowered.contains($0 + word) } }
    }

    /// Whether a question asks if something happened: it opens with "did", "has", "have", "had", "was",
    /// "were", "do", "does", "is there" or "are there", or says "ever" or "whether"; not when it asks the
    /// person about their own deeds ("did you…").
    static func asksWhetherItHappened(_ question: String) -> Bool {
        // Any sentence of it may ask: "You mentioned a second key. Has anyone used that one from outside?" (blind51 #25).
        var sentences: [String] = []
        var current = ""
        for character in question.lowercased() {
            current.append(character)
            if "?!".contains(character) || (character == "." && current.count > 3) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        // A clause may lead it: "besides the rows six days ago, did web-10 query the database again?" (blind55 #62).
        let clauses = sentences.flatMap { sentence in
            [sentence] + sentence.components(separatedBy: ", ").dropFirst().map { String($0) }
        }
        return clauses.contains(where: sentenceAsksWhetherItHappened)
    }

    private static func sentenceAsksWhetherItHappened(_ sentence: String) -> Bool {
        // "Priya, did anyone use …": the name called first is not the question's first word (blind51 #26).
        var lowered = sentence.trimmingCharacters(in: .whitespaces)
        if let comma = lowered.firstIndex(of: ","), !lowered[..<comma].contains(" ") { lowered = String(lowered[lowered.index(after: comma)...]) }
        let words = lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard let first = words.first else { return false }
        // "Does this change your view on the timing?" asks for a view (blind56: Grace quoted a laptop log).
        if ["your view", "your mind", "your advice", "your plan", "your thinking"].contains(where: lowered.contains) { return false }
        if ["did", "has", "have", "had", "was", "were", "do", "does"].contains(first) {
            // "Have you seen any unusual connections …?" asks what happened, as they would have seen it (blind43 #39).
            if words.count > 2, words[1] == "you", ["seen", "see", "noticed", "notice", "spotted", "observed", "detected"].contains(words[2]) { return true }
            return words.count < 2 || !["you", "your"].contains(words[1])
        }
        // "Is there any sign the billing key was used?" (blind40 #122), after a clause or not (blind52 #20: "in the eleven
        // days since, is there any sign the attacker touched the role?").
        if ["is", "are"].contains(first), words.count > 1, words[1] == "there" { return true }
        // "Is anything still reading the bucket from outside?" (blind60 #82: the bucket's card).
        if ["is", "are"].contains(first), words.count > 2, ["anything", "anyone", "anybody", "someone", "something", "they"].contains(words[1]),
           words.contains("still") { return true }
        if ["any sign", "any evidence", "any trace", "any indication"].contains(where: lowered.contains) { return true }
        return words.contains("ever") || words.contains("whether")
    }

    /// The asset with a log of its own that the question names first after its first word of a deed ("use
    /// the instance role", "query the customer database"), else the nearest before it ("the billing-export key
    /// was used"): the trail that records that deed. Only an asset
    /// the commander knows of, or one the person asked keeps; never one deleted or rebuilt since.
    func deedTrail(in question: String, askedOf person: Person) -> Asset? {
        let lowered = question.lowercased()
        let deedAt = Self.activityWords.compactMap { word in Self.wordPosition(of: word, in: lowered) }.min()
        guard let deedAt else { return nil }
        // One the commander names by two words of its name or more counts too: they said it (blind52 #20: "the instance role").
        let said = Self.topicWords(lowered)
        let trails = scenario.assets.filter { asset in
            asset.logs != nil && (asset.owner == person.id || knows(asset: asset) || Self.nameOverlap(said, asset.name) >= 2)
                && !state.asset(asset.id, is: .deleted) && !state.asset(asset.id, is: .redeployed)
        }
        let names = trails.map { asset in [asset.id.lowercased()] + Self.topicWords(asset.name).filter { $0.count >= 4 && !Self.commonWords.contains($0) } }
        // "Use web-03's instance role": what is owned is the thing used, not its owner named first (blind52 #23).
        // (Typed without its apostrophe too: "web-03s instance role", blind97 #18: the host's log was named, not the role's.)
        let possessive = { (at: Int, name: String) in
            let next = lowered.dropFirst(at + name.count)
            return next.hasPrefix("'s ") || next.hasPrefix("’s ") || next.hasPrefix("s ") && name.last?.isNumber == true
        }
        let after = trails.indices.compactMap { index -> (asset: Asset, at: Int, order: Int)? in
            names[index].compactMap { name in
                Self.wordPosition(of: name, in: lowered, from: deedAt).map { possessive($0, name) ? $0 + 1_000_000 : $0 }
            }.min().map { (trails[index], $0, index) }
        }
        // "Whether the warehouse key was used": said in the passive, what did it stands before the deed (blind51 #57:
        // "… the logs now say it was used" named the audit logs after it).
        let passive = ["was", "were", "been", "being", "is", "are", "get", "got"].contains { lowered.prefix(deedAt).hasSuffix(" \($0) ") }
        if !passive, let first = after.min(by: { $0.at != $1.at ? $0.at < $1.at : $0.order < $1.order }) { return first.asset }
        // Else what did it, named before the deed ("the billing-export key was used", blind40 #122): the nearest.
        let before = trails.indices.compactMap { index -> (asset: Asset, at: Int, order: Int)? in
            names[index].compactMap { Self.wordPosition(of: $0, in: lowered) }.filter { $0 < deedAt }.max().map { (trails[index], $0, index) }
        }
        return before.max { $0.at != $1.at ? $0.at < $1.at : $0.order > $1.order }?.asset
            ?? after.min(by: { $0.at != $1.at ? $0.at < $1.at : $0.order < $1.order })?.asset
    }

    /// Where a whole word first stands in a lowered text, at or after `start` (an offset in characters).
    static func wordPosition(of word: String, in text: String, from start: Int = 0) -> Int? {
        guard start <= text.count else { return nil }
        var searchFrom = text.index(text.startIndex, offsetBy: start)
        while let found = text.range(of: word, range: searchFrom..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let bounded: (Character?) -> Bool = { $0.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true }
            if bounded(before), bounded(after) || after == "s" { return text.distance(from: text.startIndex, to: found.lowerBound) }
            searchFrom = found.upperBound
        }
        return nil
    }

    /// When the asset's log was last read, by the commander or by someone they handed it to.
    func lastRead(of asset: Asset) -> SimDuration? {
        let own = watch.decisions(on: asset.id, verb: .logs, in: state).last.map { state.decisions[$0].at }
        // A read handed over happened when it was done, not when it was handed over (blind82 #73: a read reported after the
        // revocation was "last read before that, so it cannot say").
        let handed = state.tasks.filter { task in task.done && !task.blocked && (task.line == "logs \(asset.id)" || task.line.hasPrefix("logs \(asset.id) ")) }
            .map(\.due).max()
        return [own, handed].compactMap { $0 }.max()
    }
}

extension Engine {
    /// The openings of an answer that finds nothing: not knowing, not having heard, no trail read yet.
    static let emptyHandedOpenings = ["I don't know that", "No, that is news to me", "Nothing I have seen shows it either way"]

    /// Whether the answers among these outputs all came back empty-handed: each opens as not knowing, or
    /// is the person's default answer. False when there is no answer (a page not yet answered, a refusal).
    func answersFoundNothing(_ outputs: ArraySlice<Output>) -> Bool {
        let answers = outputs.compactMap { output -> (person: String, text: String)? in
            if case .answer(let person, _, let text) = output { return (person, text) }
            return nil
        }
        return !answers.isEmpty && answers.allSatisfy { answer in
            Self.emptyHandedOpenings.contains(where: answer.text.hasPrefix)
                || answer.text == peopleByID[answer.person]?.defaultAnswer.trimmingWhitespaceAndNewlines()
        }
    }
}
