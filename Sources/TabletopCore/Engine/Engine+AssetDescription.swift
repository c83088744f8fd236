extension Engine {
    /// What an asset is, its state, what was done to it and by whom, and (optionally) who owns it.
    func describe(_ asset: Asset, owner showOwner: Bool, asker: String? = nil) -> String {
        let id = asset.name.lowercased().quickContains(asset.id) ? "" : " (\(asset.id))"
        let known = knownAbout(asset)
        var text = "\(asset.name)\(id) is \(Self.article(asset.kind.rawValue)) \(asset.kind.rawValue), \(asset.criticality.rawValue) criticality."
        let (states, done, tasks) = record(of: asset, spoken: asker != nil)
        // Once it is cut off, that comes first and what was known of it is what came before.
        let quiet = known.isEmpty ? nil : quietSince(asset)
        if !states.isEmpty { text += " It is now \(states.joined(separator: ", "))." }
        if let quiet { text += " \(quiet)" }
        if !known.isEmpty { text += " \(quiet == nil ? "Latest known about it" : "Known from before"): \(known.joined(separator: " "))" }
        // Someone asked about it answers from the world, not from the inventory: what looking at it found.
        if asker != nil { text += " \(looks(at: asset))" }
        // A key of this account (or the account of this key) cut off since: the activity above has stopped.
        if let related = relatedCuts(of: asset) { text += " \(related)" }
        let alert = known.isEmpty ? relatedAlert(asset) : nil
        if let alert { text += " It holds the record behind this alert: \(alert) Its logs (logs \(asset.id)) show the details." }
        if states.isEmpty && known.isEmpty && alert == nil && (done + tasks).isEmpty { text += " Nothing has changed it yet." }
        if !(done + tasks).isEmpty { text += " Done so far: \((done + tasks).joined(separator: "; "))." }
        // Never point the trainee at someone who must not know (the suspect): asking them tips them off.
        if showOwner, let informant = informant(for: asset, excluding: asker) {
            let relation = informant.id != asset.owner ? "knows what was found about it" : asset.isAdversarys ? "looked it up" : "owns it"
            text += " \(informant.name) (\(informant.role)) \(relation) and would know more: ask \(informant.id) \(asset.id)."
        }
        return text
    }

    /// An asset's record: its states now (a rebuild wipes the old box's; a scheduled change says so),
    /// what was done to it besides looking (each with who and when) and the tasks on it.
    /// `spoken`: as a person in the drill says it, to whom the one commander is "you", not the player's name
    /// (blind67 #93: "rotate backup-key (trainee, at 11:39)").
    func record(of asset: Asset, spoken: Bool = false) -> (states: [String], done: [String], tasks: [String]) {
        let hidden: Set<AssetState> = [.compromised, .exposed, .inspected]
        let pending = pendingChange(of: asset.id)
        var states = sinceRebuild(state.assetStates[asset.id] ?? [], of: asset.id).filter { !hidden.contains($0) }.map(\.rawValue)
        if let pending { states.append("\(pending.phrase) (until then it still works)") }
        // What was done to it besides looking: by verb, so that many looks at it cost nothing here (issue 21).
        let acted = watch.actingDecisions(on: asset.id, in: state)
        let done = acted.map { state.decisions[$0] }
            .map { decision in
                let arranged = pending.map { Self.stateOfVerb[decision.action.verb].map(Self.word(for:)) == $0.word ? ", for \($0.when)" : "" } ?? ""
                let who = spoken && configuration.players.count <= 1 ? "you" : decision.actor
                return "\(decision.raw) (\(who), at \(stamp(decision.at))\(arranged))"
            }
        let tasks = state.tasks.filter { $0.line.split(separator: " ").contains(Substring(asset.id)) }
            .compactMap { task in peopleByID[task.person].map { "\(task.line) (\($0.name), \(task.done ? "done" : "in progress"))" } }
        return (states, done, tasks)
    }

    /// A key of this account (or the account of this key) cut off since: the activity known of it has stopped.
    func relatedCuts(of asset: Asset) -> String? {
        // Worked out once per drill (`World.relatedAssets`), for the scenario's own asset.
        let related = tablePosition(of: asset).map { world.relatedAssets[$0].map { scenario.assets[$0] } } ?? scenario.assets.filter { other in
            other.id != asset.id && (other.name.lowercased().quickContains(asset.id) || asset.name.lowercased().quickContains(other.id))
        }
        let cuts = related.compactMap { other in cutOff(other).map { "\(other.id) \($0.word) at \(stamp($0.at))" } }
        return cuts.isEmpty ? nil : "Also cut off: \(cuts.joined(separator: "; "))."
    }

    /// States that cut something off: a scheduled action of one of these has not happened yet.
    static let cutOffStates: Set<AssetState> = [.disabled, .revoked, .rotated, .isolated, .shutdown, .blocked, .deleted]

    /// For evidence that records a system's alerts (`DLP and endpoint logs`): the latest alert that
    /// system raised (an inject whose sender shares a distinctive word of the asset's name).
    func relatedAlert(_ asset: Asset) -> String? {
        guard asset.kind == .evidence, asset.logs != nil else { return nil }
        let nameWords = Self.topicWords(asset.name).filter { $0.count >= 3 && !Self.commonWords.contains($0) && !["logs", "and", "the"].contains($0) }
        return state.fired.reversed().compactMap { injectsByID[$0.id] }
            .first { !Self.topicWords($0.sender ?? "").isDisjoint(with: nameWords) }?.text.trimmingWhitespaceAndNewlines()
    }
}
