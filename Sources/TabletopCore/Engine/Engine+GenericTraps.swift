extension Engine {
    /// The generic traps (`GenericTrap`) an action springs, judged on the world as it is before the action.
    func genericTraps(for action: Action) -> [String] {
        var sprung: [GenericTrap: String] = [:]
        let verb = action.verb
        if verb == .close, state.attackerPresent { sprung[.closedWithAttacker] = "" }
        if let id = action.object, let asset = assetsByID[id] {
            // A snapshot still under way keeps nothing yet: a delegated rebuild landing during it destroys evidence.
            let kept = configuration.realClock ? evidenceKept(id) : state.asset(id, is: .snapshotted) || state.asset(id, is: .preserved)
            if [.delete, .clean, .redeploy].contains(verb), !kept, holdsEvidence(asset) { sprung[.destroyedEvidence] = id }
            if verb == .shutdown, !kept, state.asset(id, is: .compromised), [.host, .device].contains(asset.kind) {
                sprung[.shutdownBeforeSnapshot] = id
            }
            if [.shutdown, .disable, .isolate, .delete, .redeploy, .clean].contains(verb), Self.disruptable.contains(asset.kind),
               !world.everCompromised.contains(id), !world.scenario.endsAdversaryAccess(verb: verb, on: id), !(asset.owner.map { peopleByID[$0]?.mustNotKnow == true } ?? false) {
                sprung[.needlessDisruption] = "\(verb.spelling) \(id)"   // each disruptive act is its own harm
            }
            // Deleting or powering off what no way in runs through stops nothing, whatever the adversary once
            // reached there, as the advice on it says (game37: deleting the export bucket and its audit logs
            // after their snapshot cost nothing).
            if configuration.realClock, destroyedForNothing(action) != nil, !(asset.owner.map { peopleByID[$0]?.mustNotKnow == true } ?? false) {
                sprung[.needlessDisruption] = "\(verb.spelling) \(id)"
            }
            let seizing = [Verb.revoke, .disable, .rotate, .isolate, .shutdown, .delete, .clean, .redeploy].contains(verb)
            if seizing, let owner = asset.owner, peopleByID[owner]?.mustNotKnow == true, !(broughtIn(.legal) && broughtIn(.hr)) {
                sprung[.tippedOff] = owner
            }
        }
        if let id = action.object, peopleByID[id]?.mustNotKnow == true, Self.contactVerbs.contains(verb), suspectStillUnaware, !answeringQuestion {
            sprung[.tippedOff] = id
        }
        if verb == .post, let id = action.object, let text = action.text, readByOutsiders(id), mentionsDetails(text, afterTheEnd: closedAndClean(channel: id)) {
            sprung[.publicDetails] = id
        }
        if configuration.realClock { sprung.merge(statementTraps(for: action)) { first, _ in first } }
        return GenericTrap.allCases.compactMap { kind in sprung[kind].map(kind.id) }
            .filter { id in !state.traps.contains { $0.id == id } }
    }

    /// Whether legal or HR is in on it: notified, or one of its people paged, told, briefed or invited
    /// (blind play: counsel and HR paged, invited and told everything, yet the cut-off at the exit
    /// meeting counted as a tip-off for want of `notify legal` and `notify hr`). Sessions recorded before
    /// the real clock are judged by `notify` alone, as they were.
    func broughtIn(_ audience: Audience) -> Bool {
        if state.notified.contains(audience) { return true }
        guard configuration.realClock else { return false }
        let teams = Self.teams(ofRole: audience.rawValue)
        return scenario.cast.contains { person in teams.contains(person.team.lowercased()) && state.knowledge[person.id] != nil }
    }

    /// Whether a word to someone close to the suspect can still tip them off: not once the suspect is
    /// cut off (the exit meeting has happened; blind play charged a question to his manager after it).
    var suspectStillUnaware: Bool {
        !configuration.realClock || state.attackerPresent
    }

    /// Kinds of asset whose loss the business feels (credentials, indicators and evidence are not run).
    static let disruptable: Set<AssetKind> = [.host, .service, .database, .bucket, .account, .device, .repository, .dataset, .network]

    /// Whether destroying the asset destroys evidence: it is evidence, has logs, or was compromised.
    /// A host or device the adversary held at any point of the scenario holds evidence from the start,
    /// whether or not the world has said so yet (blind play: a second webshell host rebuilt right after
    /// the sweep found it, before the scenario's own message marked it, went unpunished).
    private func holdsEvidence(_ asset: Asset) -> Bool {
        asset.kind == .evidence || asset.logs != nil || state.asset(asset.id, is: .compromised) || asset.initialStates.contains(.compromised)
            || (configuration.realClock && [.host, .device].contains(asset.kind) && world.everCompromised.contains(asset.id))
    }

    /// Whether a channel is read by the whole company or by the adversary.
    private func readByOutsiders(_ channel: String) -> Bool {
        guard let status = state.channels.first(where: { $0.id == channel }) else { return false }
        return !status.isPrivate || status.compromised
    }

    /// Whether a post names no details and points people away from sharing them: a request not to
    /// share or post, or a pointer to where details are kept instead.
    func withholdsDetails(_ text: String) -> Bool {
        let lowered = text.lowercased().replacing("’", with: "'")
        let asks = ["do not share", "don't share", "dont share", "do not post", "don't post", "dont post", "no details",
                    "details in a private", "details are in a private", "keep details", "keep it out of", "not here"]
        return asks.contains { lowered.quickContains($0) } && !mentionsDetails(text)
    }

    /// Whether a text names what only the responders should know: an asset, a person who must not know,
    /// or a number, address or key from the scenario's facts.
    /// `afterTheEnd`: the incident is closed with nobody inside, where a closing note may name the systems it was about
    /// (blind102 #161: "Sara owns … legacy hosts like report-01" in #incident after the close cost 10 points); the
    /// numbers, addresses and keys of the facts and the names of people who must not know still count.
    func mentionsDetails(_ text: String, afterTheEnd: Bool = false) -> Bool {
        let words = Set(StepJudge.indicatorWords(text))
        let sensitive = afterTheEnd ? world.sensitiveWords.subtracting(scenario.assets.map { $0.id.lowercased() }) : world.sensitiveWords
        return !words.isDisjoint(with: sensitive)
    }

    /// Whether the incident is closed, nobody is inside, and the channel is not one the adversary reads.
    private func closedAndClean(channel: String) -> Bool {
        configuration.realClock && !state.attackerPresent && watch.decisions(by: .close, in: state).last != nil
            && !(state.channels.first { $0.id == channel }?.compromised ?? true)
    }
}

extension Scenario {
    /// Assets the adversary holds, exposes or reaches at some point of the scenario, whether or not the
    /// trainee ever finds out: from their initial states and every effect that compromises or exposes one.
    var everCompromised: Set<String> {
        var ids = Set(assets.filter { $0.initialStates.contains(.compromised) || $0.initialStates.contains(.exposed) }.map(\.id))
        let effects = injects.map(\.effects) + responses.map(\.effects) + cast.flatMap { $0.answers.map(\.effects) }
            + injects.flatMap { $0.decision?.options.map(\.effects) ?? [] }
        for effect in effects { ids.formUnion(effect.compromise + effect.expose) }
        return ids
    }

    /// Whether the scenario makes this action, on this object, cut the adversary off in some state of the
    /// world (a response to it with `attacker: gone`): such an act is containment aimed at the adversary's
    /// way in (disabling the account whose key leaked), never needless, whether or not it is the last cut.
    func endsAdversaryAccess(verb: Verb, on object: String) -> Bool {
        responses.contains { $0.on.verb == verb && $0.on.object == object && $0.effects.attackerPresent == false }
    }

    /// Words that give an incident away: asset ids, the names of people who must not know, and the
    /// numbers, addresses and keys in the facts.
    var sensitiveWords: Set<String> {
        var words = Set(assets.map { $0.id.lowercased() })
        for person in cast where person.mustNotKnow {
            words.insert(person.id.lowercased())
            words.formUnion(person.name.lowercased().split(separator: " ").map(String.init))
        }
        for fact in facts {
            words.formUnion(StepJudge.indicatorWords(fact.text).filter { $0.count >= 3 && $0.contains(where: \.isNumber) })
        }
        return words
    }
}
