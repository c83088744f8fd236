extension Engine {
    /// What the trainee has learnt that concerns the asset, newest first: facts its inspection or logs
    /// reveal, the fact that revealed it, facts and injects whose text names its id or its name.
    func knownAbout(_ asset: Asset, limit: Int = 2) -> [String] {
        var texts = factTexts(about: asset)
        // Failing facts, the latest inject that named it (an alert repeats what its fact says), with
        // when it came: an alert's "in the last 20 minutes" is true of its moment, not of now.
        let row = texts.isEmpty ? tablePosition(of: asset) : nil
        let known = row.flatMap { world.injectMentions.row($0) }
        for n in state.fired.indices.reversed() where texts.isEmpty {
            let fired = state.fired[n]
            guard let position = watch.firedPosition(n, in: state, index: world.index),
                  injectTextMentions(position, asset, row: row, known: known) else { continue }
            let text = scenario.injects[position].text.trimmingWhitespaceAndNewlines()
            texts.append(fired.at < state.clock ? "At \(stamp(fired.at)): \(text)" : text)
        }
        return Array(texts.prefix(limit))
    }

    /// The texts of the facts learnt that concern the asset, newest first, without repeats: those its
    /// inspection, logs or discovery reveal, and those naming it. `besides` leaves facts out, and
    /// `newOnly` those everyone knew from the start.
    func factTexts(about asset: Asset, besides: [String] = [], newOnly: Bool = false) -> [String] {
        let own = Set((asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) + (asset.revealedBy.map { [$0] } ?? []))
        var texts: [String] = []
        let row = tablePosition(of: asset)
        let known = row.flatMap { world.factMentions.row($0) }
        for factID in state.facts.reversed() where !besides.contains(factID) {
            guard let position = world.factPositions[factID], !(newOnly && scenario.facts[position].known),
                  own.contains(factID) || factTextMentions(position, asset, row: row, known: known) else { continue }
            let text = told(scenario.facts[position])
            if !texts.contains(text) { texts.append(text) }
        }
        return texts
    }

    /// For `inspect` and `logs`: what was learnt of the asset elsewhere that its finding, written for the
    /// start, cannot say (a colleague's answer, an alert, another asset's finding), newest first, at most
    /// two; nil when nothing. What its own findings reveal is left out once the trainee examined it
    /// before: they read it there.
    func learntSince(_ asset: Asset, besides finding: Finding) -> String? {
        let examinedBefore = state.decisions.dropLast().contains { [.inspect, .logs].contains($0.action.verb) && $0.action.object == asset.id }
        // The fact that made the asset known is how the trainee found it, not news about it.
        let own = finding.reveals + (asset.revealedBy.map { [$0] } ?? [])
            + (examinedBefore ? (asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) : [])
        let texts = factTexts(about: asset, besides: own, newOnly: true)
            .filter { !finding.text.contains($0) }.prefix(2)
        return texts.isEmpty ? nil : "Learnt since: \(texts.joined(separator: " "))"
    }

    /// Whether a text names the asset: its id, its whole name, a tag of its name (`KAI-LT-042`), or
    /// every distinctive word of its name.
    static func mentions(_ text: String, _ asset: Asset) -> Bool {
        mentionsMemo.value(MentionQuestion(text: text, assetID: asset.id, assetName: asset.name), compute: computeMentions)
    }

    /// Answers of `mentions` in this process (see `TextMemo`).
    private static let mentionsMemo = TextMemo<MentionQuestion, Bool>(limit: 100_000)

    private static func computeMentions(_ question: MentionQuestion) -> Bool {
        let text = question.text, asset = (id: question.assetID, name: question.assetName)
        let lowered = text.lowercased(), name = asset.name.lowercased()
        if lowered.contains(asset.id.lowercased()) || (name.count >= 6 && lowered.contains(name)) { return true }
        // An id of words written as words ("the deploy key" for deploy-key, blind18 #23), not "web 03".
        let parts = asset.id.lowercased().split(separator: "-")
        if parts.count >= 2, parts.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isLetter) }), lowered.contains(parts.joined(separator: " ")) { return true }
        let tags = topicWords(name).filter { $0.count >= 5 && $0.contains(where: \.isNumber) && $0.contains(where: { ".-".contains($0) }) }
        if tags.contains(where: { lowered.contains($0) }) { return true }
        // A service account by what it serves ("the CI role", "the CI account" for the ci-deployer service account, blind110 #116:
        // `inspect ci-deployer` never said the fix that scoped "the CI role" down was in).
        if name.contains("service account"), let serves = parts.first, serves.count >= 2 {
            let padded = " " + lowered.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : " " } + " "
            if ["account", "role", "service account", "user"].contains(where: { padded.contains(" \(serves) \($0) ") }) { return true }
        }
        // A hyphenated name of its own (`ci-deployer`, `cdn-update-check.net`) names it.
        let handles = topicWords(name).filter { $0.count >= 6 && $0.contains("-") }
        if handles.contains(where: { topicWords(text).contains($0) }) { return true }
        // Every distinctive word of its name, at least two ("the scheduling engine's source code").
        let nameWords = topicWords(name).filter { $0.count >= 4 && !commonWords.contains($0) }
        return nameWords.count >= 2 && nameWords.isSubset(of: topicWords(text))
    }

    /// A note on the indicators (domains, addresses) a finding names that were blocked since: the
    /// finding is what was seen then, and nothing reaches those destinations any more.
    func blockedSince(in text: String) -> String? {
        cutSince(in: text)
    }

    /// A note on what a finding names that was cut off since it was written: a blocked domain, a
    /// revoked key, the account of a person it names ("Kai among the admins" once kai-account is
    /// disabled, blind7 #27). The finding tells of the world as it began; this says what changed.
    func cutSince(in text: String, besides asset: Asset? = nil) -> String? {
        let words = Self.topicWords(text)
        let cut = scenario.assets.filter { other in
            guard other.id != asset?.id, cutOff(other) != nil else { return false }
            if Self.mentions(text, other) { return true }
            // A person's account is named by the person: their first name in the text.
            return other.kind == .account && other.owner.flatMap { peopleByID[$0] }.map { words.contains(Self.firstName($0).lowercased()) } == true
        }
        let notes = cut.compactMap { other in cutOff(other).map { "\(other.isAdversarys ? other.name : other.id) was \($0.word) at \(stamp($0.at))" } }
        guard !notes.isEmpty else { return nil }
        let reach = cut.allSatisfy(\.isAdversarys) ? ": nothing reaches \(notes.count == 1 ? "it" : "them") any more." : "."
        return "Since then \(notes.joined(separator: "; "))\(reach)"
    }

    /// The assets a fact is about: those whose inspection, logs or discovery reveal it, or that it names.
    func assets(concernedBy factID: String) -> [Asset] {
        guard let fact = world.factsByID[factID] else { return [] }
        return scenario.assets.filter { asset in
            (asset.inspect?.reveals ?? []).contains(factID) || (asset.logs?.reveals ?? []).contains(factID)
                || asset.revealedBy == factID || Self.mentions(fact.text, asset)
        }
    }

    /// Whether an inject is a report the person made: theirs, no decision, no deadline nudge, and
    /// asking nothing (a question inside it is theirs to have answered, not news to repeat later,
    /// blind20 #28: "who owns the follow-ups?" given back as her report after they were filed).
    func isReport(_ fired: FiredInject, from person: Person) -> Bool {
        guard let inject = injectsByID[fired.id], senderID(of: fired) == person.id, inject.decision == nil else { return false }
        if case .contingency = inject.trigger { return false }
        return !inject.text.contains("?")
    }

    /// A person's current picture for `ask <person> update`, newest first: what they did or took
    /// part in (outcomes and responses naming them), what the trainee last told them, their latest
    /// report, what happened to the assets they own, then the latest facts they know (each followed
    /// by what was done since to an asset it is about) and what they were asked to do. After an
    /// earlier update it starts where that one ended: only what came since, and when nothing did,
    /// says so with the one line of where things stand.
    func picture(of person: Person) -> String? {
        var parts: [String] = []
        let knowledge = state.knowledge[person.id]
        let reported = knowledge?.reportedAt
        let isNew = { (at: SimDuration) in reported.map { at > $0 } ?? true }
        if let deeds = deeds(of: person, since: reported) { parts.append(deeds) }
        if let told = knowledge?.messages.last,
           let at = state.decisions.last(where: { $0.action.verb == .tell && $0.action.object == person.id })?.at, isNew(at) {
            parts.append("You told me: \"\(told)\".")
        }
        // Their own latest report: "Golden image ready", "Exit meeting is set". Not a question, and not a
        // nudge at a missed deadline ("Why am I hearing this from her?"): those are complaints of their
        // moment, and repeating them hours later, after they were answered, reads as if nothing happened.
        if let report = state.fired.last(where: { isReport($0, from: person) }), isNew(report.at),
           let text = injectsByID[report.id].map({ deliveredText(report, $0) })?.trimmingWhitespaceAndNewlines() {
            parts.append("I reported at \(stamp(report.at)): \(text)")
        }
        let posted = channelNews(for: person, since: reported)
        if !posted.isEmpty { parts.append("In the channel: \(posted.joined(separator: " "))") }
        let owned = Set(scenario.assets.filter { $0.owner == person.id }.map(\.id))
        let changes = state.assetChanges.filter { owned.contains($0.asset) && Self.actionStates.contains($0.state) }.reversed()
        let changed = changes.filter { isNew($0.at) }.prefix(3).map { line(of: $0, by: person) }
        let arranged = reported != nil ? [] : scenario.assets.filter { owned.contains($0.id) }
            .compactMap { asset in pendingChange(of: asset.id).map { "\(asset.id) \($0.phrase) (it still works until then)" } }
        // The adversary's domain is no one's asset here: the analyst who looked it up reports what was done to it.
        let label = scenario.assets.filter { owned.contains($0.id) }.allSatisfy(\.isAdversarys) ? "What I looked up" : "My assets"
        if !(arranged + changed).isEmpty { parts.append("\(label): \((arranged + changed).joined(separator: "; ")).") }
        // What everyone knew from the start is no news, nor what they gave in their last update.
        let known = factsKnown(by: person.id).filter { world.factsByID[$0]?.known == false }
        let news = known.filter { !(knowledge?.reportedFacts ?? []).contains($0) }
        let facts = news.reversed().prefix(parts.isEmpty ? 3 : 2).compactMap(factWithSince)
        if !facts.isEmpty { parts.append("Latest I know: \(facts.joined(separator: " "))") }
        let tasks = state.tasks.filter { task in
            task.person == person.id && (isNew(state.decisions[safe: task.decision]?.at ?? .zero) || (task.done && isNew(task.due)))
        }.suffix(2).map { "\($0.asked ?? $0.line) (\($0.done ? ($0.blocked ? "blocked" : "done") : "in progress"))" }
        if !tasks.isEmpty { parts.append("You asked me to: \(tasks.joined(separator: "; ")).") }
        let followUps = followUps(ownedBy: person).filter { isNew($0.at) }.suffix(2).map { "\"\($0.text)\"" }
        if !followUps.isEmpty { parts.append("Follow-ups you filed for me: \(followUps.joined(separator: "; ")).") }
        if let reported, !parts.isEmpty { return "Since my last update at \(stamp(reported)): \(parts.joined(separator: " "))" }
        guard let reported else { return parts.isEmpty ? nil : parts.joined(separator: " ") }
        // Nothing since their last update: that is their news, with the one line of where things stand.
        let contact = updatedRecently(person.id) ? nil : lastContact(of: person)
        let stands = changes.first.map { "Where things stand: \(line(of: $0, by: person))." } ?? known.last.flatMap(factWithSince).map { "Where things stand: \($0)" }
        return (["Nothing new from me since my last update at \(stamp(reported))."] + [stands, contact].compactMap { $0 }).joined(separator: " ")
    }

    /// What can stop a fact from holding: a cut-off, a rebuild or a clean-up (an image taken cannot).
    private static let undoingStates = cutOffStates.union([.redeployed, .cleaned])

    /// An asset change as an update names it: "web-03 isolated at Tue 15:05 (by you)". One the world
    /// says they carried out on the commander's order ("Dana rotates the deploy key") is theirs.
    private func line(of change: AssetChange, by person: Person) -> String {
        let by = change.by.map { " (\($0))" } ?? (isOwn(change, by: person) ? " (by me, on your order)" : " (by you)")
        return "\(change.asset) \(Self.word(for: change.state)) at \(stamp(change.at))\(by)"
    }

    /// A fact as a person's update tells it, followed by the latest thing done to each asset it is
    /// about: named as the record of what was done, not as a cut-off ("rotated" does not cut a
    /// role's reach), and the newest (a host isolated, then rebuilt, is rebuilt).
    func factWithSince(_ id: String) -> String? {
        guard let text = told(fact: id) else { return nil }
        let done = assets(concernedBy: id).compactMap { asset in
            state.assetChanges.last { $0.asset == asset.id && Self.undoingStates.contains($0.state) }
                .map { "\(asset.id) \(Self.word(for: $0.state)) at \(stamp($0.at))" }
        }
        return done.isEmpty ? text : "\(text) (What was done: \(done.joined(separator: "; ")).)"
    }

    /// What the person did or took part in, newest first, in their own words: their own deeds (at
    /// most five) before what happened around them (at most two), so that a filing with the
    /// regulator is never crowded out by the statement's moments. Only the acts a deed says they did
    /// are theirs: the rest of an outcome ("Ben grumbles but agrees") is what happened. `since` keeps
    /// only what came after (their last update). Nil when nothing is recorded.
    func deeds(of person: Person, since: SimDuration? = nil) -> String? {
        let told = (state.deeds ?? []).filter { $0.person == person.id && since.map { [at = $0.at] in at > $0 } ?? true }
            .map { deed in (at: stamp(deed.at), parts: ownAndAround(deed.text, of: person)) }
        let own = told.compactMap { deed in deed.parts.own.map { "\(deed.at): \($0)" } }.suffix(5).reversed().map { $0 }
        let around = told.compactMap { deed in deed.parts.around.map { "\(deed.at): \($0)" } }.suffix(2).reversed().map { $0 }
        guard !(own + around).isEmpty else { return nil }
        return [own.isEmpty ? nil : "What I did, newest first: \(own.joined(separator: " "))",
                around.isEmpty ? nil : "\(own.isEmpty ? "What happened" : "Also what happened"), newest first: \(around.joined(separator: " "))"]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// When the trainee cut the asset off (isolated, revoked, blocked, disabled, shut down), a line
    /// saying that its activity stopped then, so that live-activity text is not taken as current.
    /// (`cutSaid`: the caller has said when it was cut off; only what came after is added.)
    func quietSince(_ asset: Asset, cutSaid: Bool = false) -> String? {
        guard let cut = cutOff(asset) else { return nil }
        // A rebuild after the cut-off replaced the quiet box: its history, not its silence, is what holds.
        if let rebuilt = state.assetChanges.last(where: { $0.asset == asset.id && $0.state == .redeployed }), rebuilt.at >= cut.at {
            return "It was \(cut.word) at \(stamp(cut.at)) and rebuilt from a clean image at \(stamp(rebuilt.at))."
        }
        let by = cut.by.map { " (\($0))" } ?? ""
        // An alert naming it after the cut is what holds, not silence (blind130 #117: "it has not been used successfully" of the C2
        // domain blocked at egress, just after a host beaconed to it).
        // (Of a host, an alert naming it later is seldom its traffic: "the webshell from web-03 is also on web-05".)
        let networked: Set<AssetKind> = [.host, .service, .device, .database, .network]
        let row = tablePosition(of: asset)
        let known = row.flatMap { world.injectMentions.row($0) }
        if !networked.contains(asset.kind), let (n, position) = state.fired.indices.reversed().lazy.compactMap({ n -> (Int, Int)? in
            guard self.state.fired[n].at > cut.at, let position = self.watch.firedPosition(n, in: self.state, index: self.world.index),
                  self.injectTextMentions(position, asset, row: row, known: known) else { return nil }
            return (n, position)
        }).first {
            return (cutSaid ? "Since then" : "It was \(cut.word) at \(stamp(cut.at))\(by); since then") + ", at \(stamp(state.fired[n].at)): "
                + scenario.injects[position].text.trimmingWhitespaceAndNewlines()
        }
        let stopped = networked.contains(asset.kind) ? "nothing has left it" : "it has not been used successfully"
        return "Since it was \(cut.word) at \(stamp(cut.at))\(by), \(stopped)."
    }

    /// How, when and by whom the asset was first cut off during the drill, if it was: by the
    /// trainee's action, an answer to a question, or someone acting alone when nobody answered.
    /// A cut-off arranged for later (`scheduled:`) is not a change until its time.
    func cutOff(_ asset: Asset) -> (word: String, at: SimDuration, by: String?)? {
        guard let change = state.assetChanges.first(where: { $0.asset == asset.id && Self.cutOffStates.contains($0.state) }) else { return nil }
        return (Self.word(for: change.state), change.at, change.by)
    }

    /// Who the trainee may ask about the asset: its owner, unless the owner must not know (the
    /// suspect); then someone reachable who knows what was found about it; otherwise no one.
    func informant(for asset: Asset, excluding asker: String? = nil) -> Person? {
        if let owner = asset.owner.flatMap({ peopleByID[$0] }), !owner.mustNotKnow { return owner }
        let facts = Set((asset.inspect?.reveals ?? []) + (asset.logs?.reveals ?? []) + (asset.revealedBy.map { [$0] } ?? []))
        return scenario.cast.first { person in
            !person.mustNotKnow && person.reachable && person.id != asker && person.id != asset.owner
                && facts.contains { personKnows(person.id, fact: $0) }
        }
    }

    /// What looking at the asset found, newest look of each kind, with when: an inspection, its logs,
    /// a sweep of its fleet, a look delegated to someone (their report is the finding). When nobody
    /// has looked, says so: what is still unknown about it.
    func looks(at asset: Asset) -> String {
        var found: [Verb: String] = [:]
        // Only the newest inspection and reading of its logs, sweeps and delegations (a done task counts
        // as the look it was) can be the newest look: their positions, merged in order, rather than a scan
        // of the whole log, or of every look at it, on every ask (issue 21).
        let own = [Verb.inspect, .logs].compactMap { watch.decisions(on: asset.id, verb: $0, in: state).last }
        let positions = Set(own + [Verb.sweep, .delegate].flatMap { watch.decisions(by: $0, in: state) }).sorted()
        for position in positions {
            let decision = state.decisions[position]
            // A look handed over happened when it was done, not when it was handed over.
            let at = decision.action.verb == .delegate ? state.tasks.first(where: { $0.decision == position && $0.done })?.due ?? decision.at : decision.at
            for action in [decision.action] + [decision.countsAs].compactMap({ $0 }) {
                let verb: Verb
                if [.inspect, .logs].contains(action.verb), action.object == asset.id { verb = action.verb }
                else if action.verb == .sweep, asset.groups.contains((action.text ?? "").lowercased()) { verb = .inspect }
                else { continue }
                let finding = (verb == .inspect ? asset.inspect : asset.logs ?? asset.inspect).map { Self.firstSentence($0.text) } ?? "nothing unusual."
                let who = decision.action.verb == .delegate ? decision.action.object.flatMap { peopleByID[$0] }.map { " by \($0.name)" } ?? "" : ""
                found[verb] = "\(verb == .inspect ? "Inspected" : "Its logs read")\(who) at \(stamp(at)): \(finding)"
            }
        }
        let lines = [Verb.inspect, .logs].compactMap { found[$0] }
        // What keeps no logs of its own (a key, a dataset) is only inspected.
        let logless = asset.logs == nil && Self.loglessKinds.contains(asset.kind)
        return lines.isEmpty ? "Nobody has inspected it\(logless ? "" : " or read its logs") yet." : lines.joined(separator: " ")
    }
}
