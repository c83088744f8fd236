extension Engine {
    /// The tasks of the orders a message gives in the sentences after its first one ("Please isolate web-10 now, it is imaged
    /// already. Then snapshot web-02 and isolate it as well.", blind134 #42: only the first was taken on, the rest dropped without a
    /// word while the reader said "On it."). Each is read as a first order is, from its own sentence on, so what holds it back
    /// holds it; none said already, and none that destroys while an earlier one images or holds (the delete would finish before the
    /// image). None after a fix or a test, whose words go on over several sentences.
    func laterOrderTasks(_ person: Person, _ text: String, after earlier: [String], player: Player) -> [String] {
        laterOrders(person, text, after: earlier, player: player).taken
    }

    /// The cuts a message's later sentences order that are held, not taken on (`laterOrderTasks`): the reader says so, with
    /// how to set them for a minute, or, for a move that destroys after an image, to give it once the image is done (the attack
    /// on stop 58's orders: "Please preserve kai-mailbox now. Then disable kai-account." got "On it." and the cut was dropped
    /// without a word).
    func heldLaterCuts(_ person: Person, _ said: String, player: Player) -> [String] {
        let text = Self.orderText(said, to: person)
        // (A fix's words are the change to build, no moves: "… delete every static access key …, and add secret scanning to
        // ci-config" held 'delete ci-config', blind138 #59.)
        guard let first = firstOrderTasks(person, text, player: player), !first.contains(where: { $0.hasPrefix("fix ") || $0 == "test" }) else { return [] }
        let later = laterOrders(person, text, after: first, player: player)
        // (And the moves that destroy what is not imaged yet, held by `destroyingUnimaged`.)
        let lowered = text.lowercased()
        let unimaged = Self.firstOrder(in: lowered).flatMap { pluralGoAheadTasks(person, text, after: $0.opening) }
            .map { destroyingUnimaged($0, said: lowered[...]) } ?? []
        let held = heldDestroyingMoves(text, taken: first + later.taken).filter { !later.held.contains($0) } + later.held
        return held + unimaged.filter { !held.contains($0) }
    }

    /// The moves of a message's first order that are not taken on with the rest, so held: one that destroys beside an image or a
    /// hold it hands over ("Snapshot web-03 and then redeploy it."), and a cut or a move that destroys said to follow the others
    /// ("Block personal-drive now, then disable kai-account."), each on what its words name, else on what the move before acts on.
    private func heldDestroyingMoves(_ text: String, taken: [String]) -> [String] {
        let objects = Self.objectsOfTasks(taken)
        let kept = taken.filter { $0.hasPrefix("snapshot ") || $0.hasPrefix("preserve ") }
        guard let lastObject = taken.last.flatMap(Self.objectOfTask), let (opening, end) = Self.firstOrder(in: text.lowercased()) else { return [] }
        let lowered = text.lowercased()
        let sentence = Self.goAheadClause(String(lowered[opening..<(end ?? lowered.endIndex)]))
        let tokens = Self.wordTokens(sentence)
        let moves = Self.movesSaid(in: tokens)
        let following = Self.movesSaidToFollow(sentence, verbs: moves.map(\.verb))
            .union(Self.movesHeldByOwnWords(sentence, verbs: moves.map(\.verb)))
        return moves.enumerated().flatMap { position, move -> [String] in
            guard !kept.isEmpty && Self.destroyingVerbs.contains(move.verb) || following.contains(move.verb) && mayTipOff(move.verb) else { return [] }
            // (Up to the next move, or a task of another kind: "… and coordinate the kai-account disable with Grace", attack60 n06.)
            let coordinating = tokens.indices.first { $0 > move.index && Self.coordinatingWords.contains(tokens[$0]) }
            let stop = [moves[safe: position + 1]?.index, coordinating].compactMap { $0 }.min() ?? tokens.count
            let said = tokens[move.index..<stop]
            // ("…, then redeploy them": each thing the moves before act on.)
            let plural = !Set(said).isDisjoint(with: ["them", "both", "those", "these", "all"])
            let named = namedIDs(in: said.joined(separator: " "), limit: 6)
            let targets = !named.isEmpty ? named : plural ? objects : [lastObject]
            return targets.map { "\(move.verb.spelling) \($0)" }.filter { task in !taken.contains(where: { $0.hasPrefix(task) }) }
        }
    }

    /// The later orders taken on, and the cuts among them held for want of a time.
    private func laterOrders(_ person: Person, _ text: String, after earlier: [String], player: Player) -> (taken: [String], held: [String]) {
        guard !earlier.contains(where: { $0.hasPrefix("fix ") || $0 == "test" }) else { return ([], []) }
        var tasks = earlier, held: [String] = []
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
            // "It" in a sentence that names nothing is what the order before it acts on ("Snapshot web-03 now. Then isolate it.": the
            // isolate was dropped without a word).
            let object = tasks.last.flatMap(Self.objectOfTask)
            // ("Them", what all the orders before act on: "Snapshot web-05 and web-07 now. Then isolate them.")
            let objects = Self.objectsOfTasks(tasks)
            let read = object.map { object in
                // (Named in the move's own clause: "Also revoke it right away too - I do not want to wait for the log read." names the
                // log only after the dash, blind148 #20.)
                namedIDs(in: Self.goAheadClause(Self.sentences(of: next).first ?? next)).isEmpty ? next.replacingOccurrences(of: "\\bit\\b", with: object, options: [.regularExpression, .caseInsensitive])
                    .replacingOccurrences(of: "\\b(them|both)\\b", with: objects.joined(separator: " and "), options: [.regularExpression, .caseInsensitive]) : next
            } ?? next
            let found = firstOrderTasks(person, read, player: player)
            // (One said to follow or for later, "Then disable kai-account.", "… on his last day.", is held by those words already.)
            if found == nil, let cut = heldCut(in: read), !held.contains(cut) { held.append(cut) }
            for found in found ?? [] {
                let verb = Self.verbOfTask(found)
                var task = found
                if !saidNow, !task.contains(" at "), let verb, mayTipOff(verb) {
                    guard let earlierTime, withIt else {
                        if !held.contains(task) { held.append(task) }
                        continue
                    }
                    task += " at " + earlierTime
                }
                let keeping = tasks.contains { $0.hasPrefix("snapshot ") || $0.hasPrefix("preserve ") }
                guard !tasks.contains(task) else { continue }
                if keeping, verb.map(Self.destroyingVerbs.contains) == true {
                    if !held.contains(task) { held.append(task) }
                    continue
                }
                tasks.append(task)
            }
            rest = Self.afterFirstOrder(next)
        }
        return (Array(tasks.dropFirst(earlier.count)), held)
    }

    /// The cut a sentence orders, read whatever holds it back, when it may tip someone off or destroy and says no clock time: the
    /// task it would be ("disable kai-account"); nil otherwise.
    func heldCut(in sentence: String) -> String? {
        let lowered = (Self.sentences(of: sentence).first ?? sentence).lowercased()
        guard Self.timeSaid(in: lowered) == nil, let order = Self.imperativeSentence(in: lowered, holding: false) else { return nil }
        let clause = Self.plainMove(Self.goAheadClause(String(lowered[order])))
        guard let action = proposedAction(in: clause, words: Self.topicWords(clause)), mayTipOff(action.verb), Self.cutVerbs.contains(action.verb),
              action.object != nil, action.text == nil, alreadyDone(action) == nil else { return nil }
        return Self.commandLine(of: action)
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
        // (An order held by what it says is read too, to be said held: "Snapshot customer-exports now. Then delete it tomorrow." dropped
        // the delete without a word, the attack on stop 59's orders.)
        return firstOrder(in: rest.lowercased()) == nil && imperativeSentence(in: rest.lowercased(), holding: false) == nil ? nil : rest
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
