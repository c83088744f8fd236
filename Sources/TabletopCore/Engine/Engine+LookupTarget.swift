/// `lookup` is the people directory; trainees read it as an indicator lookup (blind5: `lookup 45.137.21.9`).
extension Engine {
    /// Why `lookup <name>` found no one, naming what `lookup` looks up: a known asset or indicator the
    /// word names is pointed to with `inspect`; an address, domain or host name gets the same pointer.
    /// Nil when the word reads like a person's name, so the usual "no one called" answer stands.
    func lookupTargetProblem(_ word: String) -> String? {
        let wanted = word.lowercased()
        if let asset = knownAssets.first(where: { names(wanted, $0) }) {
            return "'lookup' finds people, not assets; \(word.prefix(40)) is \(asset.name): try 'inspect \(asset.id)'"
        }
        guard Self.readsLikeIndicator(wanted) else { return nil }
        // An address seen in an alert or a finding is not the asset whose text mentions it (blind8: the
        // attacker's address "is ci-deployer access key"), so no asset is named for it.
        return "'lookup' finds people (who someone is, how to reach them), not addresses, domains or hosts; "
            + "to look into '\(word.prefix(40))', inspect or read the logs of what it touched ('assets' lists them)"
    }

    /// The asset's id, a word of its name, or (for an address or domain) the name itself.
    private func names(_ wanted: String, _ asset: Asset) -> Bool {
        if asset.id.lowercased() == wanted { return true }
        if Suggestion.namedBy(wanted, among: [(asset.id, asset.name)]) != nil { return true }
        return Self.readsLikeIndicator(wanted) && wanted.count >= 5 && asset.name.lowercased().contains(wanted)
    }

    /// A dotted or colon-separated word ("45.137.21.9", "cdn-update-check.net", "fe80::1") is no one's name.
    static func readsLikeIndicator(_ word: String) -> Bool {
        word.contains(".") || word.contains(":") || word.allSatisfy { $0.isNumber }
    }
}
