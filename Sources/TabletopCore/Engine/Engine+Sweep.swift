extension Engine {
    /// The groups of the assets the trainee knows of, in the scenario's order, for `sweep` and completion.
    public var sweepGroups: [String] {
        knownAssets.flatMap(\.groups).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// `sweep <group>`: every asset of the group is examined at once; members the trainee did not
    /// know of are found by it.
    mutating func sweep(_ group: String?, into outputs: inout [Output]) -> String? {
        let (name, members) = sweepTarget(group)
        if let refusal = sweepProblem(group) { return refusal.prefix(1).uppercased() + refusal.dropFirst() + "." }
        // One line per asset, each its own output, so that a terminal that reflows text keeps them apart.
        let declared = scenario.groups.first { $0.id == name }
        outputs.append(.response("Sweep of \(name) (\(max(declared?.size ?? 0, members.count)) assets):"))
        for asset in members {
            if !knows(asset: asset), let fact = asset.revealedBy { reveal([fact], into: &outputs) }
            // A member that is gone (and was not rebuilt) has nothing left to examine; the sweep does not inspect it.
            if configuration.realClock, let gone = state.assetChanges.last(where: { $0.asset == asset.id && $0.state == .deleted }),
               !state.assetChanges.contains(where: { $0.asset == asset.id && [.redeployed, .cleaned].contains($0.state) }) {
                outputs.append(.response("\(asset.name): deleted at \(stamp(gone.at))\(gone.by.map { " (\($0))" } ?? ""); nothing left to examine."))
                continue
            }
            add(.inspected, to: asset.id)
            // As `inspect` does: a member cut off since leads with that, and the finding is what was seen before.
            let text = asset.inspect?.text ?? "nothing unusual."
            // A member rebuilt or cleaned since is clean now: what was found on it is history.
            if configuration.realClock, let clean = state.assetChanges.last(where: { $0.asset == asset.id && [.redeployed, .cleaned].contains($0.state) }) {
                let how = clean.state == .redeployed ? "rebuilt from a clean image" : "cleaned"
                outputs.append(.response("\(asset.name): \(how) at \(stamp(clean.at))\(clean.by.map { " (\($0))" } ?? ""); clean now. Before that: \(Self.firstSentence(text))"))
            } else if let cut = cutOff(asset), let quiet = quietSince(asset) {
                outputs.append(.response("\(asset.name): \(quiet) Before it was \(cut.word) at \(stamp(cut.at)): \(text)"))
            } else {
                outputs.append(.response("\(asset.name): \(text)\(blockedSince(in: text).map { " " + $0 } ?? "")"))
            }
            reveal(asset.inspect?.reveals ?? [], into: &outputs)
        }
        if let declared, let rest = restOfFleet(declared, listed: members) { outputs.append(.response(rest)) }
        return nil
    }

    /// The members of a declared fleet the scenario does not list as assets, in one line: which they
    /// are (by name when the group has a members pattern) and what the sweep finds on them. Which
    /// hosts are listed, and so left out here, follows the seed's variant. Nil when every member is listed.
    func restOfFleet(_ group: AssetGroup, listed: [Asset]) -> String? {
        let count = group.size - listed.count
        guard count > 0 else { return nil }
        let finding = group.rest ?? "nothing unusual stands out."
        let listedIDs = Set(listed.map(\.id))
        let names = group.memberNames.filter { !listedIDs.contains($0) }
        guard names.count == count else { return "The other \(count) of the \(group.size): \(finding)" }
        // A member something was done from during the drill (Theo curled the attacker's domain from
        // web-04) is not "clean, no traffic": what happened there is on its record (blind7 #30). An offer put
        // as a question ("Want me to curl it from web-04?") is not something done there (blind39 #60: declined, and still listed).
        let done = (state.deeds ?? []).filter { !$0.text.trimmingWhitespaceAndNewlines().hasSuffix("?") }
        let marked = names.compactMap { name in
            done.last { Self.topicWords($0.text).contains(name) }.map { (name: name, deed: $0) }
        }
        let clean = names.filter { name in !marked.contains { $0.name == name } }
        let notes = marked.map { "\($0.name): nothing planted found, but at \(stamp($0.deed.at)): \($0.deed.text.trimmingWhitespaceAndNewlines())" }
        let rest = clean.isEmpty ? [] : ["The other \(clean.count) (\(clean.joined(separator: ", "))): \(finding)"]
        return (rest + notes).joined(separator: " ")
    }

    /// The group a `sweep` names (the only one when it names none), and its members.
    func sweepTarget(_ group: String?) -> (name: String, members: [Asset]) {
        let groups = sweepGroups
        let name = group?.lowercased() ?? (groups.count == 1 ? groups[0] : "")
        return (name, scenario.assets.filter { $0.groups.contains(name) })
    }

    /// Why a `sweep` cannot be done (no fleet, or no such group), or nil: a refusal costs no time.
    func sweepProblem(_ group: String?) -> String? {
        let (name, members) = sweepTarget(group)
        guard members.isEmpty else { return nil }
        let groups = sweepGroups
        return groups.isEmpty
            ? "there is no fleet to sweep here; examine assets one by one with inspect <asset>"
            : "there is no group '\(name.prefix(30))' to sweep; the groups are: \(groups.joined(separator: ", "))"
    }
}
