extension Engine {
    /// Words of a fix that narrow what a credential may do.
    static let narrowingPhrases = ["narrow", "least privilege", "least-privilege", "restrict", "scope it", "scoped", "only the", "no read",
                                   "no longer read", "cannot read", "can't read", "remove read", "limit"]

    /// The credential a fix text narrows, when the person who made it owns it and the text names it with a
    /// narrowing word ("narrow the web fleet instance role so it can no longer read prod/db-creds"); nil
    /// otherwise, or when it is already re-issued or revoked.
    func narrowedCredential(by text: String, owner: Person) -> Asset? {
        let lowered = text.lowercased()
        guard Self.narrowingPhrases.contains(where: lowered.contains) else { return nil }
        let words = Self.topicWords(text)
        return knownAssets.first { asset in
            asset.kind == .credential && asset.owner == owner.id && Self.names(words, asset.id, asset.name)
                && !state.asset(asset.id, is: .rotated) && !state.asset(asset.id, is: .revoked)
        }
    }
}
