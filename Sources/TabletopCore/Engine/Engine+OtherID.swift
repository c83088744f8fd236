extension Engine {
    /// Whether the words right after a move name, by an id-like name, something other than the asset read for it:
    /// "revoke kai-tokens now" is not kai-account, "snapshot web-05" is not web-03 (review of stop 54: each was carried
    /// out on the asset that shares a part of the name; revoking Kai's account was the tip-off).
    ///
    /// Whether the drill has such a thing is not asked: a name the commander has not been shown reads the same whether it
    /// exists or not, so the answer never tells which ids exist (the reverted 71508b7 did). A name that is the asset's own
    /// id or its plural ("ci-keys"), or any name the commander knows (an asset, a person, a channel), is no other thing.
    func namesAnotherID(_ after: [String], than asset: Asset) -> Bool {
        let parts = Set(asset.id.split(separator: "-").map(String.init))
        for token in after.drop(while: { Self.leadingDeterminers.contains($0) }).prefix(2) {
            guard token.contains("-"), token != asset.id, token != asset.id + "s", token.first?.isLetter == true else { continue }
            let known = knownAssets.contains { $0.id == token } || knownPeople.contains { $0.id == token } || state.channels.contains { $0.id == token }
            if !known, !parts.isDisjoint(with: token.split(separator: "-").map(String.init)) { return true }
        }
        return false
    }

    /// An id-like name in a message that is no name the commander knows but shares a part with one they do ("kai-tokens"
    /// beside kai-account, "web-05" beside web-03), as said; nil when there is none. Like `namesAnotherID`, it reads the
    /// same whether the drill has such a thing or not.
    func unknownIDSaid(in text: String) -> String? {
        let knownParts = Set(knownAssets.flatMap { $0.id.split(separator: "-").map(String.init) })
        for token in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        where token.contains("-") && token.first?.isLetter == true && token.last != "-" {
            let known = knownAssets.contains { $0.id == token || $0.id + "s" == token } || knownPeople.contains { $0.id == token }
                || state.channels.contains { $0.id == token }
            if !known, !knownParts.isDisjoint(with: token.split(separator: "-").map(String.init)) { return token }
        }
        return nil
    }

    /// What a person says to a move on a name the commander has not been shown: which one they mean, and the names of that
    /// kind the commander does know.
    func unknownIDAnswer(_ name: String) -> String {
        let parts = Set(name.split(separator: "-").map(String.init))
        let near = knownAssets.filter { !parts.isDisjoint(with: $0.id.split(separator: "-").map(String.init)) }.map(\.id)
        return "Which one do you mean by '\(name)'? Nothing you have shown me goes by that name"
            + (near.isEmpty ? "." : "; what I know of by a name like it: \(Self.series(near)).") + " Say it by its name and I take it on."
    }

    /// Words before the name of the thing a move is on ("the", "his").
    static let leadingDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "our", "its", "that", "this"]
}
