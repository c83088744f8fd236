extension Engine {
    /// What an owner says of their own asset, as its owner and in the first person: what it is for
    /// (its `purpose:`), what they did to it, what others did, what is arranged for it, and what is
    /// known of it now. Never the inventory's card (kind, criticality).
    func ownerAnswer(_ asset: Asset, by person: Person) -> String {
        let purpose = asset.purpose.map { $0.trimmingWhitespaceAndNewlines() }
        // The attacker's domain or address is nobody's here: its listed owner is the analyst who looked it up.
        var lines = asset.isAdversarys
            ? ["I looked that one up. \(asset.name) is theirs, not ours."] + (purpose.map { [$0] } ?? [])
            : [purpose ?? "\(asset.name) is mine; I look after it."]
        let changes = state.assetChanges.filter { $0.asset == asset.id && Self.actionStates.contains($0.state) }
        let mine = changes.filter { isOwn($0, by: person) }
        let others = changes.filter { !isOwn($0, by: person) }
        if !mine.isEmpty {
            lines.append("I \(Self.series(mine.map { "\(Self.word(for: $0.state)) it at \(stamp($0.at))" })).")
        }
        if !others.isEmpty {
            let done = others.map { "\(Self.word(for: $0.state)) at \(stamp($0.at)) (\($0.by ?? "on your order"))" }
            lines.append("\(mine.isEmpty ? "It was" : "Before or since, it was") \(Self.series(done)).")
        }
        if let pending = pendingChange(of: asset.id) { lines.append("It is \(pending.phrase); until then it still works.") }
        let around = workAroundSentence(asset, lead: "Around it, ")
        if let around { lines.append(around) }
        if changes.isEmpty, around == nil, pendingChange(of: asset.id) == nil { lines.append("Nobody has changed anything on it yet, me included.") }
        // Deleted, it is gone: whether a copy survives is what matters, not that nothing left it since (blind58 #10: "did
        // anything survive, like an EBS snapshot?" got "nothing has left it" and advice to inspect the deleted host).
        let deleted = changes.last { $0.state == .deleted }
        let copy = deleted.flatMap { gone in
            state.assetChanges.last { $0.asset == asset.id && [.snapshotted, .preserved].contains($0.state) && $0.at <= gone.at }
        }
        if deleted != nil {
            lines.append(copy.map { "What is left of it is the copy \(Self.word(for: $0.state)) at \(stamp($0.at)); the rest is gone." }
                ?? "Nothing of it survived: nobody took a snapshot before it was deleted, and its disk went with it.")
        } else if let quiet = quietSince(asset, cutSaid: !changes.isEmpty) {
            lines.append(quiet)
        }
        // What the trainee has found about it, which the owner now has from them: the latest only.
        let latest = knownAbout(asset, limit: 1).first
        if let latest {
            lines.append("Latest known about it: \(latest)")
        } else if let alert = relatedAlert(asset) {
            // Evidence that records alerts: the owner knows which alert it holds the record of.
            lines.append("It holds the record behind this alert: \(alert)")
        }
        // Someone's look at it is news the owner passes on; nobody having looked is their advice.
        let looked = looks(at: asset), verb = asset.logs != nil && (asset.inspect == nil || asset.kind == .evidence) ? "logs" : "inspect"
        // The adversary's own asset was looked up already (its first line says so): the look is what they found then
        // (blind39 B1: "I looked that one up … Nobody has looked at it yet").
        // Something known of it came from somewhere: no "nobody has looked" beside it (blind125 #89: the audit logs' finding, then
        // "Nobody has looked at it yet").
        let unlooked = asset.isAdversarys ? "\(verb) \(asset.id) shows what I found when I looked it up."
            : latest != nil ? "\(verb) \(asset.id) shows what it holds now."
            : "Nobody has looked at it yet; \(verb) \(asset.id) shows you what I would look at."
        if !looked.hasPrefix("Nobody") {
            lines.append(looked)
        } else if deleted == nil || copy != nil {
            lines.append(unlooked)
        }
        return lines.joined(separator: " ")
    }

    /// What someone says of a fleet (`ask maya about web-fleet`): its known members and what was
    /// done to each, not the card of a single member whose name shares a word with it.
    func groupAnswer(_ group: String, by person: Person) -> String? {
        let members = knownAssets.filter { $0.groups.contains(group) }
        guard !members.isEmpty else { return nil }
        let lines = members.map { member -> String in
            let done = state.assetChanges.filter { $0.asset == member.id && Self.actionStates.contains($0.state) }
                .map { "\(Self.word(for: $0.state)) at \(stamp($0.at))\($0.by.map { " (\($0))" } ?? "")" }
            let owned = member.owner == person.id ? " (mine)" : ""
            return "\(member.id)\(owned): \(done.isEmpty ? "untouched so far" : Self.series(done))"
        }
        let lead = members.contains { $0.owner == person.id } ? "My fleet \(group)" : "The \(group)"
        // Once swept, every member was looked at: that is the news, not advice to sweep (blind7 #37).
        if let swept = lastSweep(of: group) {
            let size = max(scenario.groups.first { $0.id == group }?.size ?? 0, members.count)
            return "\(lead): you swept all \(size) at \(stamp(swept)); the sweep's findings stand for the rest. \(lines.joined(separator: "; "))."
        }
        return "\(lead): \(members.count) member\(members.count == 1 ? "" : "s") known so far. \(lines.joined(separator: "; ")). "
            + "A member nobody has found yet is not in this list; sweep \(group) looks at every one."
    }

    /// When the group was last swept (`sweep web-fleet`, or a bare `sweep` when it is the only fleet).
    func lastSweep(of group: String) -> SimDuration? {
        state.decisions.last { decision in
            decision.action.verb == .sweep && (decision.action.text?.lowercased() ?? (sweepGroups.count == 1 ? sweepGroups[0] : "")) == group
        }?.at
    }

    /// Whether the change was the person's own doing: credited to them, or a deed of theirs at that moment.
    func isOwn(_ change: AssetChange, by person: Person) -> Bool {
        // Only their own part of what happened names the act (blind19 #8: "Ingrid finds it; egress blocks
        // it" was Theo's deed too, but the block was not his).
        change.by?.hasPrefix(person.name) == true
            || (state.deeds ?? []).contains { deed in
                deed.person == person.id && deed.at == change.at && Self.mentionsDeed(deed.text, change.state)
                    && ownAndAround(deed.text, of: person).own.map { Self.mentionsDeed($0, change.state) } ?? false
            }
    }

    /// "a", "a and b", "a, b and c".
    static func series(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
