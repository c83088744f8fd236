extension Engine {
    /// Words that ask whether an asset is in a state something done to it leaves it in ("is it blocked now?").
    static let stateWords: [String: AssetState] = [
        "blocked": .blocked, "disabled": .disabled, "locked": .disabled, "revoked": .revoked, "isolated": .isolated,
        "quarantined": .isolated, "rotated": .rotated, "preserved": .preserved, "snapshotted": .snapshotted, "imaged": .snapshotted,
        "deleted": .deleted, "cleaned": .cleaned, "rebuilt": .redeployed, "redeployed": .redeployed,
    ]

    /// What may follow a state word said of an asset ("blocked now", "isolated from the network", "revoked by Lena").
    static let afterStateWords: Set<String> = [
        "now", "yet", "already", "still", "or", "and", "at", "by", "since", "properly", "fully", "completely", "too", "as", "for", "in",
        "on", "before", "after", "from", "off", "out", "everywhere", "across", "again", "successfully", "correctly", "right", "today",
        "tonight", "yesterday", "this", "with", "all", "both", "then", "so", "is", "are", "was", "were", "the", "to", "anywhere",
    ]

    /// Asked whether an asset is in such a state ("are uploads to the personal drive actually blocked now, or is
    /// that still to do?"), a person says it from the world: yes and since when, scheduled for when, or not
    /// yet and the command that does it (blind59 #19: the DLP log's contents instead). Nil for other questions,
    /// a call for a view or a request, a question naming no asset, and someone who must not know.
    func assetStateAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // Its first sentence asks it: "is the attacker still in? … now that web-03 is isolated" is no question on web-03 (blind61 #20).
        // (Its first question: "Thanks. Is web-05 isolated now?")
        let sentences: [String] = Self.sentences(of: question.lowercased())
        var firstSentence = sentences.first { $0.hasSuffix("?") } ?? sentences.first ?? ""
        while let last = firstSentence.last, "?.!".contains(last) { firstSentence.removeLast() }
        // (Digits kept: "Is web-10 isolated now?" named no asset, and got web-10's card instead of a yes, blind134 #38.)
        let tokens = firstSentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        // "Is it blocked?", "has it been disabled?": the question's first word asks it, and the state is said in its main
        // clause ("did anyone use the backup-key before Lena rotated it?" asks about use, not the rotation).
        guard !person.mustNotKnow, let first = tokens.first, ["is", "are", "was", "were", "has", "have"].contains(first),
              let position = tokens.firstIndex(where: { Self.stateWords[$0] != nil }), let asked = Self.stateWords[tokens[position]],
              tokens[..<position].allSatisfy({ !["before", "after", "since", "when", "until", "if", "once", "because", "or", "that"].contains($0) }),
              // Said of the asset, not before a noun it describes ("are the three rebuilt servers back behind the load
              // balancer?" asks whether they serve, blind72 #135).
              tokens[safe: position + 1].map({ Self.afterStateWords.contains($0) }) ?? true,
              !Self.isRequest(question), !Self.asksForAdvice(question, words: words),
              let asset = assetSaidByID(in: firstSentence, words: Set(tokens)) ?? assetsNamed(by: Set(tokens)).first else { return nil }
        let word = Self.word(for: asked)
        if let change = state.assetChanges.last(where: { $0.asset == asset.id && $0.state == asked }) {
            // (Their own deed in the first person: "Yes: web-10 was isolated at 16:15 (Nils Berg)", said by Nils.)
            if change.by == person.name { return "Yes: I \(word) \(asset.id) at \(stamp(change.at))." }
            return "Yes: \(asset.id) was \(word) at \(stamp(change.at))\(change.by.map { " (\($0))" } ?? "")."
        }
        if let planned = pendingChange(of: asset.id) {
            return "Not yet: \(asset.id) is \(planned.phrase)."
        }
        let verb = Self.stateOfVerb.first { $0.value == asked }?.key
        let command = verb.map { " ('\($0.spelling) \(asset.id)')" } ?? ""
        return "Not yet: nobody has \(word) \(asset.id)\(command)."
    }

    /// Asked when things were done to two or more assets named by id ("when was web-10 snapshotted, and when was
    /// web-02?"), what was done to each and when, in the question's order (blind61 #75: only the first answered).
    /// Nil for other questions and for someone who must not know.
    /// Asked how two or more assets named by id stand ("did the rollout replace web-03, web-05 and web-07, or are they still
    /// the old isolated boxes?"), the same: each one's record, and whether any was replaced when that is asked (blind66 #102:
    /// the list of what is cut off).
    func assetsWhenAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let standing = !words.isDisjoint(with: ["replaced", "replace", "rebuilt", "redeployed", "state", "states", "status"])
        // ("When" that asks: "when was web-10 snapshotted?", not "when you disable kai-account, does his admin role go with it?",
        // blind136 #94: each asset's record.)
        let asksWhen = words.contains("when") && question.range(of: "(^|[,.;:?!] )when (was|were|is|are|did|will|do|does|has|have|had)\\b",
                                                               options: [.regularExpression, .caseInsensitive]) != nil
        guard !person.mustNotKnow, asksWhen || standing, !Self.asksForAdvice(question, words: words), !Self.isRequest(question) else { return nil }
        // "Did anyone use it from web-03, web-05 or web-07 to read the credentials, and if so when?" asks when that happened, not
        // how the hosts stand (blind84 #23: the three hosts' cut-offs).
        let lowered = question.lowercased()
        guard !["if so", "if yes", "if it did", "if they did", "if anyone did"].contains(where: lowered.contains) else { return nil }
        let named = knownAssetsByID(in: lowered, among: words)
        guard named.count >= 2 else { return nil }
        let lines = named.map { asset -> String in
            let done = state.assetChanges.filter { $0.asset == asset.id && Self.actionStates.contains($0.state) }
                .map { "\(Self.word(for: $0.state)) at \(stamp($0.at))\($0.by.map { " (\($0))" } ?? "")" }
            let planned = pendingChange(of: asset.id).map { ", and \($0.phrase)" } ?? ""
            return "\(asset.id): " + (done.isEmpty ? "nothing done to it yet" : Self.series(done)) + planned
        }
        let replacedAsked = !words.isDisjoint(with: ["replaced", "replace", "rebuilt", "redeployed"])
        let replaced = named.filter { asset in state.assetChanges.contains { $0.asset == asset.id && $0.state == .redeployed } }
        let lead = !replacedAsked ? "" : replaced.isEmpty ? "None of them was replaced; each is as you left it: "
            : "Replaced: \(Self.series(replaced.map(\.id))). As each stands: "
        return lead + lines.joined(separator: "; ") + "."
    }

    /// Asked whether a change scheduled for later is set ("are you set to cut Kai's account at 10:00 sharp?"), a person
    /// says it is, and for when (blind62 #102: "I don't know that", ten minutes before the cut she had offered). Nil when
    /// the question names no asset with a change waiting, or asks for a view.
    func scheduledAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: ["set", "ready", "scheduled", "planned", "arranged", "plan", "lined", "prepared", "track"]),
              !Self.asksForAdvice(question, words: words) else { return nil }
        // "Is the cut-off arranged?": every change waiting on the suspect's ways in (blind71 #108).
        let cutOffAsked = ["cut-off", "cutoff", "cut off"].contains(where: question.lowercased().contains)
        let suspects = cutOffAsked ? scenario.truth.insider.map(knownAssets(heldBy:)) ?? [] : []
        let asked = (assetSaidByID(in: question, words: words).map { [$0] } ?? []) + assetsNamed(by: words)
            + (suspectAccount(askedOf: words).map { [$0] } ?? []) + suspects
        // Asked of their own part ("Is everything lined up for 10:00 tomorrow?", blind116 #99: "I don't know that" from the one
        // holding the cut at 10:00), the assets of the moves handed to them for later.
        // Not when it asks of the suspect's access as a whole ("is the cut of all of Kai's access still set?"): what is not cut is said too.
        let suspect = scenario.truth.insider.flatMap { peopleByID[$0] }.map { words.contains(Self.firstName($0).lowercased()) } ?? false
        // (Asked of them or of a time: "are we on track with the retailer notice?" asks of something else.)
        let ofTheirs = !words.isDisjoint(with: ["you", "your", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday"])
            || question.contains(where: \.isNumber)
        let named = asked.isEmpty && !suspect && !words.contains("access") && ofTheirs ? assetsOfLaterTasks(handedTo: person) : asked
        var seen = Set<String>()
        let pending = named.filter { seen.insert($0.id).inserted }.compactMap { asset in pendingChange(of: asset.id).map { (asset, $0) } }
        guard let (asset, change) = pending.first else { return nil }
        // Asked about all of it ("account, token and workstation all in the same minute?"), every move waiting is said
        // (blind65 #126: only the workstation).
        // Arranged by someone in the scenario rather than typed, a change has no line of its own: each is said as arranged.
        // (Only the lines on what is asked about: "Are you all set for 10:00, account and token?" is not the statement set to go
        // out at 10:15, blind111 #109.)
        let pendingIDs = Set(pending.map(\.0.id))
        let typed = scheduledActions.filter { action in
            action.line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\"" }).contains { pendingIDs.contains(String($0)) }
        }.map { "'\(Self.withoutTime($0.line))' at \(localClock.dayAndTime(at: $0.at))" }
        if pending.count > 1 || !words.isDisjoint(with: ["everything", "all", "each", "every"]) {
            let waiting = typed.isEmpty ? pending.map { "\($0.0.id) \($0.1.phrase)" } : typed
            return "Yes, all set: \(Self.series(waiting)). Until then \(waiting.count == 1 ? "it" : "each") still works."
        }
        return "Yes: \(asset.id) is \(change.phrase), and it happens in that minute; until then it still works."
    }

    /// The assets of the moves the person holds for a later time (`delegate dana disable kai-account at Fri 10:00`), in order.
    func assetsOfLaterTasks(handedTo person: Person) -> [Asset] {
        // Handed over with a time ("go ahead and disable his account at Fri 10:00": a task of theirs), or typed for later.
        let work = openWork(of: person)
        let lines = work.tasks.filter { $0.due > state.clock }.map { $0.line.lowercased() } + work.typed.map { $0.line.lowercased() }
        let ids = lines.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\"" }).map(String.init) }
        return knownAssets.filter { ids.contains($0.id) }
    }
}

extension Engine {
    /// Asked whether the machines rebuilt are back ("are the three rebuilt servers back behind the load balancer and
    /// serving, and is the fleet back to full capacity?"), a person says which were rebuilt, when and by whom, that a
    /// rebuilt machine serves again, and what is still out (isolated or deleted, not rebuilt) when the fleet is asked
    /// about (blind72 #135: "nobody has redeployed instance-role"). Nil when nothing was rebuilt, for a request or a
    /// call for a view, and for someone who must not know.
    func rebuiltAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: ["rebuilt", "redeployed", "rebuild", "redeploy", "rebuilds", "redeploys"]),
              !words.isDisjoint(with: Self.fleetMemberWords.union(["them", "they"])),
              !words.isDisjoint(with: ["back", "serving", "service", "traffic", "balancer", "up", "running", "live", "capacity", "healthy"]),
              !Self.isRequest(question), !Self.asksForAdvice(question, words: words) else { return nil }
        let rebuilt = state.assetChanges.filter { $0.state == .redeployed }
        guard !rebuilt.isEmpty else { return nil }
        let each = rebuilt.map { change in
            "\(change.asset) at \(stamp(change.at))" + (change.by.map { $0.contains(person.name) ? " (by me)" : " (\($0))" } ?? "")
        }
        var answer = "Yes: \(Self.series(each)) \(rebuilt.count == 1 ? "was" : "were") rebuilt from a clean image"
            + " and \(rebuilt.count == 1 ? "is" : "are") back in service."
        if !words.isDisjoint(with: ["fleet", "capacity", "full", "all", "everything"]) {
            // Out of service: cut off or deleted since, and not rebuilt after.
            let out = knownAssets.compactMap { asset -> String? in
                guard [.host, .service].contains(asset.kind),
                      let cut = state.assetChanges.last(where: { $0.asset == asset.id && [.isolated, .deleted].contains($0.state) }),
                      !rebuilt.contains(where: { $0.asset == asset.id && $0.at >= cut.at }) else { return nil }
                return "\(asset.id) (\(Self.word(for: cut.state)))"
            }
            answer += out.isEmpty ? " Nothing else is out of service." : " Still out of service: \(Self.series(out))."
        }
        return answer
    }
}
