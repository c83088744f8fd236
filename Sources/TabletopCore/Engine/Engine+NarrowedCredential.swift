extension Engine {
    /// Words of a fix that narrow what a credential may do.
    static let narrowingPhrases = ["narrow", "least privilege", "least-privilege", "restrict", "scope it", "scoped", "only the", "no read",
                                   "no longer read", "cannot read", "can't read", "remove read", "limit"]

    /// The credential a fix text narrows, when the person who made it owns it and the text names it with a
    /// narrowing word ("narrow the web fleet instance role so it can no longer read prod/db-creds"); nil
    /// otherwise, or when it is already re-issued or revoked. A rule for every credential of its kind
    /// ("make personal access tokens require single sign-on … restriction of a leaver's tokens") is a
    /// policy, which re-issues none of them (blind74 #97: Kai's own token read as rotated on Tuesday).
    func narrowedCredential(by text: String, owner: Person) -> Asset? {
        let lowered = text.lowercased()
        guard Self.narrowingPhrases.contains(where: lowered.contains) else { return nil }
        let words = Self.topicWords(text)
        return knownAssets.first { asset in
            asset.kind == .credential && asset.owner == owner.id && Self.names(words, asset.id, asset.name)
                && !Self.speaksOfEvery(asset, in: lowered)
                && !state.asset(asset.id, is: .rotated) && !state.asset(asset.id, is: .revoked)
        }
    }

    /// Whether a text names a credential's kind only in the plural ("tokens", "roles"), not this one by its id.
    static func speaksOfEvery(_ asset: Asset, in lowered: String) -> Bool {
        guard !lowered.contains(asset.id) else { return false }
        let said = Set(lowered.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let nouns = asset.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 }
        return nouns.contains { said.contains($0 + "s") && !said.contains($0) }
    }
}
