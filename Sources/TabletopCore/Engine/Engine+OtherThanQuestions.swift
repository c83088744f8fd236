extension Engine {
    /// The words that name a kind of asset in a question ("other repositories", "any other hosts").
    static let kindWords: [(words: Set<String>, kind: AssetKind)] = [
        (["repository", "repositories", "repo", "repos"], .repository), (["host", "hosts", "server", "servers", "machine", "machines"], .host),
        (["bucket", "buckets"], .bucket), (["database", "databases"], .database), (["account", "accounts"], .account),
        (["key", "keys", "credential", "credentials", "token", "tokens", "secret", "secrets"], .credential),
        (["laptop", "laptops", "workstation", "workstations", "device", "devices"], .device),
    ]

    /// Asked about others of a kind besides one named ("do any other repositories besides ci-config still hold static
    /// cloud keys?"), a person names the others of that kind the commander knows of, or says they know of none, and
    /// what would settle it: a sweep of the fleet where there is one (blind92 #108: "yes: nothing has cut ci-config off
    /// yet", then ci-config's card). Only what the commander knows is named: nothing of the ground truth. Nil for other
    /// questions and for someone who must not know.
    func otherThanAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        // The one set apart is named right after "besides" ("besides ci-config"; not "besides the rows six days ago, did
        // web-05 or any other web server …", corpus 781).
        let apart = ["besides ", "apart from ", "other than ", "beyond ", "except "].compactMap { lowered.range(of: $0) }.map { range in
            String(lowered[range.upperBound...].prefix(40))
        }
        guard !person.mustNotKnow, words.contains("other") || words.contains("others"),
              let named = apart.lazy.compactMap({ after in
                  self.knownAssetsByID(in: after, among: Self.topicWords(after)).first { after.hasPrefix($0.id) || after.hasPrefix("the \($0.id)") }
              }).first,
              let kind = Self.kindWords.first(where: { entry in
                  lowered.split(whereSeparator: { !$0.isLetter }).contains { entry.words.contains(String($0)) } && entry.kind == named.kind
              })?.kind ?? Self.kindWords.first(where: { !$0.words.isDisjoint(with: words) })?.kind
        else { return nil }
        let others = knownAssets.filter { $0.kind == kind && $0.id != named.id }
        let plural = kind == .repository ? "repositories" : kind == .credential ? "credentials" : "\(kind.rawValue)s"
        let settle = scenario.groups.first.map { " A sweep of \($0.id) would show it on every machine it lists (sweep \($0.id))." }
            ?? " Only a search across all of them would settle it; I have not seen one run."
        guard !others.isEmpty else {
            return "Besides \(named.id), I know of no other \(plural) in this; nothing we have seen points at one." + settle
        }
        let listed = others.prefix(4).map { asset in "\(asset.id)" + (cutOff(asset).map { " (\($0.word) at \(stamp($0.at)))" } ?? "") }
        return "Besides \(named.id), the \(plural) I know of in this: \(Self.series(Array(listed))). Nothing else we have seen points at another." + settle
    }
}
