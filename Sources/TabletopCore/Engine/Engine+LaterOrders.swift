extension Engine {
    /// The tasks of the orders a message gives in the sentences after its first one ("Please isolate web-10 now, it is imaged
    /// already. Then snapshot web-02 and isolate it as well.", blind134 #42: only the first was taken on, the rest dropped without a
    /// word while the reader said "On it."). Each is read as a first order is, from its own sentence on, so what holds it back
    /// holds it; none said already, and none that destroys while an earlier one images or holds (the delete would finish before the
    /// image). None after a fix or a test, whose words go on over several sentences.
    func laterOrderTasks(_ person: Person, _ text: String, after earlier: [String], player: Player) -> [String] {
        guard !earlier.contains(where: { $0.hasPrefix("fix ") || $0 == "test" }) else { return [] }
        var tasks = earlier
        var rest = Self.afterFirstOrder(text)
        while let next = rest {
            // A cut in a later sentence, untimed, is taken on for now only when said for now, and with an earlier move's time only
            // when said to go with it ("Please disable kai-account at Fri 10:00. Revoke kai-token as well."); else not at all ("Please
            // preserve kai-mailbox now. Then disable kai-account." and "Please block personal-drive at Wed 09:00. Then disable
            // kai-account." cut Kai off early, the attack on stop 58's orders).
            let earlierTime = tasks.lazy.compactMap { task in task.range(of: " at ").map { String(task[$0.upperBound...]) } }.first
            let sentence = " " + (Self.sentences(of: next.lowercased()).first ?? "") + " "
            let saidNow = Self.saysNow(sentence)
            let withIt = [" as well", " too ", " too.", " also ", " same minute", " same time"].contains(where: sentence.contains)
            for found in firstOrderTasks(person, next, player: player) ?? [] {
                let verb = found.split(separator: " ").first.flatMap { Verb(rawValue: String($0)) }
                var task = found
                if !saidNow, !task.contains(" at "), let verb, mayTipOff(verb) {
                    guard let earlierTime, withIt else { continue }
                    task += " at " + earlierTime
                }
                let keeping = tasks.contains { $0.hasPrefix("snapshot ") || $0.hasPrefix("preserve ") }
                guard !tasks.contains(task), !(keeping && verb.map(Self.destroyingVerbs.contains) == true)
                else { continue }
                tasks.append(task)
            }
            rest = Self.afterFirstOrder(next)
        }
        return Array(tasks.dropFirst(earlier.count))
    }

    /// Whether a move may tip off the suspect or destroy evidence: a cut where someone must not know, or a move that destroys.
    func mayTipOff(_ verb: Verb) -> Bool {
        scenario.truth.insider != nil && Self.cutVerbs.contains(verb) || Self.destroyingVerbs.contains(verb)
    }

    /// The text after the sentence of its first order, when an order follows in it; nil otherwise.
    static func afterFirstOrder(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.count == text.count, let (opening, end) = firstOrder(in: lowered) else { return nil }
        // A go-ahead's sentence ends at the first mark after it that a space or the text's end follows.
        var stop = end ?? lowered.endIndex
        if end == nil {
            var index = opening
            while index < lowered.endIndex {
                let after = lowered.index(after: index)
                if ".!?;".contains(lowered[index]), after == lowered.endIndex || lowered[after].isWhitespace { stop = index; break }
                index = after
            }
        }
        guard stop < lowered.endIndex else { return nil }
        let rest = String(text.dropFirst(lowered.distance(from: lowered.startIndex, to: stop) + 1)).trimmingWhitespaceAndNewlines()
        return firstOrder(in: rest.lowercased()) == nil ? nil : rest
    }
}

extension Engine {
    /// Whether a sentence says a move of its own, not a hold on the order before it: a move's word used as a verb, in a sentence
    /// that opens on no word of holding, on a thing named other than `object` or said of someone's plan ("I will have Olu rotate
    /// the DB password right after you confirm.").
    func ownMoveElsewhere(_ sentence: String, than object: String?) -> Bool {
        let tokens = Self.wordTokens(sentence)
        guard let first = tokens.first, !Self.holdingOpenings.contains(first), let move = Self.movesSaid(in: tokens).first?.index else { return false }
        let named = namedIDs(in: sentence, limit: 6)
        let before = tokens[safe: move - 1] ?? ""
        let planned = ["have", "will", "ll", "to", "can", "shall", "going"].contains(before)
            || scenario.cast.contains { Self.firstName($0).lowercased() == before }
        return planned || !named.isEmpty && !named.contains { $0 == object }
    }

    /// Words that open a sentence holding back the order before it ("Not before …", "Only once …", "Wait for …").
    static let holdingOpenings: Set<String> = ["not", "don", "dont", "do", "but", "only", "wait", "hold", "until", "unless", "once", "after",
                                               "before", "actually", "never", "no", "please", "first"]
}

extension Engine {
    /// How many move words a sentence says as verbs (not "the snapshot", "after imaging").
    static func moveCount(_ sentence: Substring) -> Int { movesSaid(in: wordTokens(String(sentence))).count }

    /// A text's words, lowered, hyphenated ids kept whole, digits and marks dropped.
    static func wordTokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { $0.lowercased() }
    }

    /// Where the words of moves said as verbs stand among tokens, with the move each names.
    static func movesSaid(in tokens: [String]) -> [(index: Int, verb: Verb)] {
        tokens.indices.compactMap { index in
            guard !usedAsNoun(tokens, at: index), let verb = proposalWord(tokens[index]).flatMap({ proposalVerbs[$0] ?? nil }) else { return nil }
            return (index, verb)
        }
    }

    /// The words that say a move is for now.
    static let nowWords = ["now", "immediately", "asap", "right away", "straight away"]

    /// Whether a text says something is for now, by whole words ("now,", not "nowhere").
    static func saysNow(_ text: String) -> Bool {
        let padded = " " + wordTokens(text).joined(separator: " ") + " "
        return nowWords.contains { padded.contains(" \($0) ") }
    }
}
