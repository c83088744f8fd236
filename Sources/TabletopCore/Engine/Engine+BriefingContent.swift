extension Engine {
    /// What a briefing or notice carries, built from what the commander knows (revealed facts, the
    /// recorded worst case, the clocks, what is cut off and what is still open, the statement), tailored
    /// to the audience: legal and the regulator hear what data left and whose, and the clocks;
    /// leadership, security, HR and PR hear what happened and what comes next (blind7 #6, blind8 B19:
    /// a briefing used to list only the last three cut-offs).
    struct BriefingContent {
        /// The facts it passes on, by id: those reached learn these and no others.
        var facts: [String]
        /// The sentences, in order.
        var sentences: [String]
    }

    /// Facts a notice to legal, the regulator or law enforcement carries: what data was taken and whose.
    static let legalAudiences: Set<Audience> = [.legal, .regulator, .lawEnforcement]

    /// What a notice to legal, the regulator or the police says when the scenario wrote who files it
    /// ("Peter files the initial notification"): the facts that show data taken, as a briefing gives
    /// them (blind15 #16: the filing named no fact). Nil for other actions and before the real clock.
    func filingContent(_ action: Action) -> String? {
        guard configuration.realClock, action.verb == .notify, let audience = action.object.flatMap(Audience.init(rawValue:)),
              Self.legalAudiences.contains(audience) else { return nil }
        let facts = briefedFacts(for: audience).compactMap { told(fact: $0) }
        return facts.isEmpty ? nil : "It says: \(facts.joined(separator: " "))"
    }

    /// The most findings a briefing repeats; the oldest plain ones give way first.
    static let briefedFactLimit = 5

    /// What the audience hears now.
    func briefingContent(for audience: Audience) -> BriefingContent {
        let facts = briefedFacts(for: audience)
        var sentences: [String] = []
        let texts = facts.compactMap { told(fact: $0) }
        // Legal hears plainly when nothing shows data taken, rather than an unrelated finding alone.
        if Self.legalAudiences.contains(audience), !facts.contains(where: { world.factsByID[$0]?.shows.contains(.dataTaken) == true }) {
            sentences.append("Nothing you know shows data taken yet.")
        }
        if texts.isEmpty {
            sentences.append("Nothing is established yet beyond the first report.")
        } else {
            sentences.append(texts.joined(separator: " "))
        }
        if let impact = state.decisions.last(where: { $0.action.verb == .impact })?.action.text, !impact.isEmpty {
            let said = Self.withoutLabel(impact, "worst case")
            sentences.append("The worst case you recorded: \(said.hasSuffix(".") ? String(said.dropLast()) : said).")
        }
        if let clocks = clockLine() { sentences.append(clocks) }
        sentences.append(containmentLine())
        sentences.append(statementLine())
        if !Self.legalAudiences.contains(audience), let pending = state.pendingDecisions.first,
           let question = injectsByID[pending]?.decision?.question {
            sentences.append("Still to decide: \(question)")
        }
        return BriefingContent(facts: facts, sentences: sentences)
    }

    /// The revealed facts the audience needs, in the order the commander learnt them. Legal and the
    /// regulator get the facts that show data taken (or, without any, the newest finding); the others
    /// get the first report, then every finding, the ones that show something (data taken, an outage) kept
    /// first when there are too many. The first report stands alone when nothing was found beyond it.
    func briefedFacts(for audience: Audience) -> [String] {
        let startFacts = Set(scenario.facts.filter(\.known).map(\.id))
        let found = state.facts.filter { !startFacts.contains($0) && world.factsByID[$0] != nil }
        guard !found.isEmpty else { return state.facts.filter { startFacts.contains($0) } }
        let shows = { (id: String) in !(world.factsByID[id]?.shows.isEmpty ?? true) }
        if Self.legalAudiences.contains(audience) {
            let data = found.filter { world.factsByID[$0]?.shows.contains(.dataTaken) == true }
            return data.isEmpty ? Array(found.suffix(1)) : data
        }
        // The first report leads: people not on the call have not heard how it began, and "a second sync"
        // means little without the first (blind41 #41, #57).
        let opening = state.facts.filter { startFacts.contains($0) }.prefix(1)
        var kept = found
        let room = Self.briefedFactLimit - opening.count
        while kept.count > room, let drop = kept.firstIndex(where: { !shows($0) }) { kept.remove(at: drop) }
        return Array(opening) + kept.suffix(room)
    }

    /// The clocks that run, were met or have passed, with their deadlines or when they were met; a
    /// clock this very briefing stops is left out (the CEO is not told the clock for briefing him). Nil when none started.
    private func clockLine() -> String? {
        let parts = scenario.clocks.compactMap { clock -> String? in
            guard let status = state.clocks[clock.id] else { return nil }
            if status.expired { return "the \(clock.label) deadline passed at \(stamp(status.deadline))" }
            // A clock met earlier is news they need (the regulator notified in time, blind20 #19); one this
            // very briefing stops is not news to them.
            if let met = status.metAt { return met < state.clock ? "the \(clock.label) clock was met at \(stamp(met))" : nil }
            if holds(clock.stops) { return nil }
            return "the \(clock.label) clock runs until \(stamp(status.deadline))"
        }
        guard !parts.isEmpty else { return nil }
        let line = Self.series(parts)
        return line.prefix(1).uppercased() + line.dropFirst() + "."
    }

    /// What is cut off, at the time every other reply, the timeline and the debrief give it (blind play:
    /// briefings gave the end of the command, replies its start, two times for one revoke), and what the commander knows is
    /// still open: a way in (a key, an account, a host) not cut off that is exposed or compromised,
    /// belongs to the suspect, or is a key or account a finding brought to light; a cut-off still
    /// scheduled for later says when.
    /// `asOf` tells it as it stood then (what a leader last heard), not now.
    func containmentLine(asOf: SimDuration? = nil) -> String {
        let cuts = state.assetChanges.filter { change in Self.cutOffStates.contains(change.state) && asOf.map { change.at <= $0 } ?? true }
        var seen: Set<String> = []
        // Every cut-off, not the latest four (blind16 #24: a second briefing dropped web-03, web-05 and the C2 block).
        // A host cut off and since rebuilt or deleted is said to be so, not still isolated (blind49 #131, #138, #149).
        let done = cuts.filter { seen.insert($0.asset).inserted }
            .map { cut in
                let later = state.assetChanges.last { change in
                    // (Not the cut itself: a host deleted was "deleted at 14:51, then deleted at 14:51", blind58 #27.)
                    change.asset == cut.asset && change.at >= cut.at && change.state != cut.state && [.redeployed, .deleted].contains(change.state)
                        && asOf.map { change.at <= $0 } ?? true
                }
                return "\(cut.asset) \(Self.word(for: cut.state)) at \(stamp(cut.at))" + (later.map { ", then \(Self.word(for: $0.state)) at \(stamp($0.at))" } ?? "")
            }
        let waysIn: Set<AssetKind> = [.credential, .account, .host, .service, .device]
        let open = knownAssets.filter { asset in
            guard waysIn.contains(asset.kind), !seen.contains(asset.id) else { return false }
            // The insider's own things are no way in once the insider is out (blind83 #85: his office workstation "still open,
            // not cut off" hours after his account and token were cut).
            if asset.owner != nil, asset.owner == scenario.truth.insider, !state.attackerPresent { return false }
            return state.asset(asset.id, is: .compromised) || state.asset(asset.id, is: .exposed)
                || (asset.owner != nil && asset.owner == scenario.truth.insider)
                || ([.credential, .account].contains(asset.kind) && asset.revealedBy != nil)
        }.map { asset in
            let how = [AssetState.compromised, .exposed].first { state.asset(asset.id, is: $0) }.map { "\($0.rawValue), " } ?? ""
            return pendingChange(of: asset.id).map { "\(asset.id) (\($0.phrase))" } ?? "\(asset.id) (\(how)not cut off)"
        }
        let contained = done.isEmpty ? "Nothing is cut off yet" : "Cut off: " + Self.series(Array(done))
        // What was open then depends on what was known then, which the record does not keep: only the cut-offs.
        if asOf != nil { return contained + "." }
        // Until the fix is rolled out, the way they came in may still be there (blind16 #7).
        let rolled = rolloutTimes.contains { at in asOf.map { at <= $0 } ?? true }
        let unfixed = rolled ? "" : ", but the fix is not rolled out yet"
        // A test that found the adversary still has a way in, and nothing since that ended it, is a way in
        // nobody has found (blind22 #10: the tester said so, then "no way in you know of is still open").
        let found = (state.deeds ?? []).last { $0.text.hasPrefix(Self.testedPrefix) }
            .flatMap { $0.text.contains("still has a way in") && state.attackerPresent ? $0.at : nil }
        let still = open.isEmpty ? (found.map { "; but the test at \(stamp($0)) found that the adversary still has a way in you have not found" }
            ?? (done.isEmpty ? "" : "; no way in you know of is still open\(unfixed)"))
            : "; still open: " + Self.series(Array(open.prefix(3)))
        return contained + still + "."
    }

    /// Where the public statement stands.
    private func statementLine() -> String {
        if state.decisions.contains(where: { $0.action.verb == .statementPublish }) { return "The statement is out." }
        guard let draft = state.statementDraft else { return "No statement is drafted yet." }
        let reviewed = state.statementReviewedBy.flatMap { peopleByID[$0] }.map { ", cleared by \($0.name)" } ?? ", not reviewed"
        return "A statement is drafted\(reviewed), not published: \"\(Self.excerpt(draft, limit: 120))\""
    }

    /// Once told what one of their authored answers waits for (`knows:`), a person acts on it instead
    /// of giving their standby line (blind8 H33: the DPO told of 48,000 consignees' data said "If
    /// personal data turns up, I need it the same hour"): the first answer that fits now among the
    /// one gated on what they know and the conditional answers on its topics written before it.
    func actingAnswer(of person: Person) -> String? {
        let fitting = person.answers.filter { fits($0, person) }
        guard let gated = fitting.first(where: { !$0.knows.isEmpty }) else { return nil }
        return fitting.first { $0 == gated || ($0.when != nil && !Set($0.topics).isDisjoint(with: gated.topics)) }?.text
    }
}
