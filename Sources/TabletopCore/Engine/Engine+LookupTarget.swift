/// `lookup` is the people directory; trainees read it as an indicator lookup (blind5: `lookup 45.137.21.9`).
extension Engine {
    /// Why `lookup <name>` found no one, naming what `lookup` looks up: a known asset or indicator the
    /// word names is pointed to with `inspect`; an address, domain or host name gets the same pointer.
    /// Nil when the word reads like a person's name, so the usual "no one called" answer stands.
    func lookupTargetProblem(_ word: String) -> String? {
        // "AKIA...Q7NW" typed with three dots is the key id the paste shows elided ("AKIA…Q7NW").
        let wanted = word.lowercased().replacing("...", with: "…")
        if let asset = knownAssets.first(where: { names(wanted, $0) }) {
            // An indicator listed by what it is (the C2 domain) is named by its id, not by itself again.
            let what = asset.name.lowercased() == wanted ? "\(asset.id), \(asset.isAdversarys ? "the attacker's" : "an") \(asset.kind.rawValue)" : asset.name
            return "'lookup' finds people, not assets; \(word.prefix(40)) is \(what): try 'inspect \(asset.id)'"
        }
        guard Self.readsLikeIndicator(wanted) || Self.readsLikeTag(wanted) else { return nil }
        // An indicator an alert or a finding named (the mining pool of an EDR alert) is that: where it was seen.
        if let seen = sighting(of: wanted) {
            return "'lookup' finds people, not indicators; \(word.prefix(40)) is the indicator seen \(seen)"
        }
        // An address seen in an alert or a finding is not the asset whose text mentions it (blind8: the
        // attacker's address "is ci-deployer access key"), so no asset is named for it.
        return "'lookup' finds people (who someone is, how to reach them), not addresses, domains or hosts; "
            + "to look into '\(word.prefix(40))', inspect or read the logs of what it touched ('assets' lists them)"
    }

    /// The asset's id, a word of its name, or (for an address or domain) the name itself.
    private func names(_ wanted: String, _ asset: Asset) -> Bool {
        if asset.id.lowercased() == wanted { return true }
        if Suggestion.namedBy(wanted, among: [(asset.id, asset.name)]) != nil { return true }
        return (Self.readsLikeIndicator(wanted) || Self.readsLikeTag(wanted)) && wanted.count >= 5 && asset.name.lowercased().contains(wanted)
    }

    /// Where the trainee last saw the word: the newest alert or message that named it (with its sender
    /// and time), else a fact learnt that names it. Nil when nothing seen names it.
    func sighting(of wanted: String) -> String? {
        if let fired = state.fired.last(where: { injectsByID[$0.id]?.text.lowercased().contains(wanted) == true }),
           let inject = injectsByID[fired.id] {
            let from = inject.sender ?? inject.from.flatMap { peopleByID[$0]?.name } ?? "an alert"
            return "in the message from \(from) at \(stamp(fired.at)): \"\(inject.text.trimmingWhitespaceAndNewlines())\""
        }
        let fact = state.facts.compactMap { world.factsByID[$0] }.last { $0.text.lowercased().contains(wanted) }
        return fact.map { "in what was found: \"\($0.text.trimmingWhitespaceAndNewlines())\"" }
    }

    /// A dotted or colon-separated word ("45.137.21.9", "cdn-update-check.net", "fe80::1") is no one's name.
    static func readsLikeIndicator(_ word: String) -> Bool {
        word.contains(".") || word.contains(":") || word.allSatisfy { $0.isNumber }
    }

    /// The action with a device tag or host name written in a known asset's name ("inspect QA-LT-311",
    /// "isolate web-legacy-01") read as that asset's id, the way people name the things they hold
    /// (blind24, blind25); unchanged when the object is an id, or no tag or more than one asset fits.
    /// Sessions recorded before the real clock replay as played.
    func withTagsResolved(_ action: Action) -> Action {
        guard configuration.realClock, action.verb.argument == .asset, let object = action.object, assetsByID[object] == nil,
              Self.readsLikeTag(object) else { return action }
        let tagged = knownAssets.filter { Self.nameTags($0.name).contains(object) }
        guard tagged.count == 1, let asset = tagged.first else { return action }
        var resolved = action
        resolved.object = asset.id
        return resolved
    }

    /// The tags and host names written in an asset's name ("QA-LT-311" in "QA loaner laptop … (QA-LT-311)"), lowercased.
    static func nameTags(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
            .map { word in String(word.drop { $0 == "." || $0 == "-" }.reversed().drop { $0 == "." || $0 == "-" }.reversed()) }.filter(readsLikeTag)
    }

    /// A key id or tag ("AKIA…Q7NW", "kai-lt-042"): letters and digits together, or an elided id, is no one's name.
    static func readsLikeTag(_ word: String) -> Bool {
        word.contains("…") || (word.contains(where: \.isNumber) && word.contains(where: \.isLetter))
    }
}
