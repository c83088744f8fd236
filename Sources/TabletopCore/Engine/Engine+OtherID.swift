extension Engine {
    /// Whether the words right after a move name, by a hyphenated name, something other than the asset read for it:
    /// "revoke kai-tokens now" is not kai-account, "snapshot web-05" is not web-03, "revoke Kai's git-token" is not his
    /// account (review of stop 54: each was carried out on the asset read from the other words; revoking Kai's account
    /// was the tip-off). `after` are the line's lowered words after the move's verb.
    ///
    /// Whether the drill has such a thing is not asked: a name the commander has not been shown reads the same whether it
    /// exists or not, so the answer never tells which ids exist (the reverted 71508b7 did).
    func namesAnotherID(_ after: [String], than asset: Asset) -> Bool {
        otherName(in: after, describing: [asset]) != nil
    }

    /// A hyphenated name a request's move is on ("please snapshot web-05", "preserve chat-export") that is no name the
    /// commander knows and describes none of the assets they know, as said; nil when the move is on a known thing or said
    /// in words. Read the same whether the drill has such a thing or not.
    /// Every move of the text is read ("disable kai-account and revoke kai-tokens").
    func unknownIDSaid(in text: String) -> String? {
        let words = Self.nameTokens(text)
        // Most requests name nothing by a hyphenated name: no list of known assets for them (this runs on every request).
        guard words.contains(where: { $0.contains("-") }) else { return nil }
        let known = knownAssets
        for (index, word) in words.enumerated() where Self.proposalWord(word) != nil {
            if let name = otherName(in: Array(words[(index + 1)...]), describing: known) { return name }
        }
        return nil
    }

    /// What a person says to a move on a name the commander has not been shown: which one they mean, and the names like it
    /// the commander does know.
    func unknownIDAnswer(_ name: String) -> String {
        let parts = Set(name.split(separator: "-").map(String.init))
        let near = knownAssets.filter { !parts.isDisjoint(with: $0.id.split(separator: "-").map(String.init)) }.map(\.id)
        return "Which one do you mean by '\(name)'? Nothing you have shown me goes by that name"
            + (near.isEmpty ? "." : "; what I know of by a name like it: \(Self.series(near)).") + " Say it by its name and I take it on."
    }

    /// The first hyphenated name among the words a move is on (past "the", "his", "Kai's", "and"; up to the first word that
    /// ends the object, such as "now" or "before") that the commander does not know and that describes none of `assets`
    /// ("web-server" describes the production web server; "web-facing" and "read-only" describe, they name nothing).
    private func otherName(in after: [String], describing assets: [Asset]) -> String? {
        var index = 0, plainWords = 0
        while index < after.count, index < 8 {
            let word = after[index]
            defer { index += 1 }
            if Self.leadingDeterminers.contains(word) || Self.objectJoiners.contains(word) { continue }
            // "kai's" is read as "kai" and "s": the owner said before the thing.
            if after[safe: index + 1] == "s" { index += 1; continue }
            guard word.contains("-") else {
                if Self.objectEnders.contains(word) { return nil }
                plainWords += 1
                if plainWords > 1 { return nil }
                continue
            }
            guard word.first?.isLetter == true, word.last != "-", !Self.isCommonHyphenated(word) else { continue }
            let known = knownAssets.contains { $0.id == word || $0.id + "s" == word } || knownPeople.contains { $0.id == word }
                || state.channels.contains { $0.id.trimmingCharacters(in: ["#"]) == word }
            if known { continue }
            let parts = Set(word.split(separator: "-").map(String.init))
            let describes = assets.contains { asset in
                parts.isSubset(of: Set(asset.id.split(separator: "-").map(String.init)).union(Self.topicWords(asset.name)).union([asset.kind.rawValue]))
            }
            if !describes { return word }
        }
        return nil
    }

    /// A text's words for names: lowered, split at anything but letters, digits and hyphens, with the other dashes and the
    /// underscore read as hyphens ("kai_tokens", "kai–tokens").
    static func nameTokens(_ text: String) -> [String] {
        let unified = String(text.lowercased().map { ["_", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}"].contains($0) ? "-" : $0 })
        return unified.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
            .map { $0.trimmingCharacters(in: ["-"]) }.filter { !$0.isEmpty }
    }

    /// The name words of a line after the first word that reads as `verb` (`nameTokens`).
    static func wordsAfter(_ verb: String, in line: String) -> [String] {
        let words = nameTokens(line)
        return words.firstIndex(of: verb).map { Array(words[($0 + 1)...]) } ?? []
    }

    /// Whether a hyphenated word is English rather than a name ("follow-up", "read-only", "web-facing", "ci-cd", "re-image").
    static func isCommonHyphenated(_ word: String) -> Bool {
        let parts = word.split(separator: "-").map(String.init)
        guard let first = parts.first, let last = parts.last else { return true }
        return commonHyphenated.contains(word) || describingEnds.contains(last) || describingStarts.contains(first)
    }

    /// Words before the name of the thing a move is on ("the", "his").
    static let leadingDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "our", "its", "that", "this", "those", "these", "both", "all"]
    /// Words that join several things a move is on.
    static let objectJoiners: Set<String> = ["and", "or", "also", "plus", "too", "as", "well"]
    /// Words that end the things a move is on: what follows says when, how or why.
    static let objectEnders: Set<String> = ["now", "please", "it", "them", "is", "are", "because", "so", "then", "to", "in", "on", "for", "with",
                                             "from", "before", "after", "once", "until", "when", "if", "at", "by", "but", "first", "asap", "immediately",
                                             "today", "tonight", "quietly", "right", "away"]
    private static let commonHyphenated: Set<String> = ["ci-cd", "e-mail", "e-mails", "follow-up", "follow-ups", "x-ray", "sign-on", "log-in", "on-call",
                                                        "out-of-band", "end-to-end", "all-hands", "check-in", "set-up", "back-up", "clean-up", "roll-out"]
    private static let describingEnds: Set<String> = ["facing", "wide", "based", "side", "only", "level", "related", "owned", "hosted", "managed", "term",
                                                      "lived", "time", "free", "like", "up", "in", "out", "off", "sensitive", "critical", "specific", "bound"]
    private static let describingStarts: Set<String> = ["re", "non", "pre", "co", "anti", "multi", "sub", "post", "self", "cross", "well", "high",
                                                        "low", "full", "half", "third", "first", "second", "in", "on", "off", "out", "over", "under", "semi"]
}
