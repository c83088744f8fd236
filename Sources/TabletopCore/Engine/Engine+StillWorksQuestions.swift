extension Engine {
    /// Words that ask whether something still works.
    static let stillWorksWords: Set<String> = [
        "work", "works", "working", "valid", "active", "live", "usable", "alive", "good", "online", "connected", "reachable",
        // "Is web-03 still running?" (blind64: its purpose instead of a yes or no).
        "running", "serving", "up",
        // "Does the block still hold?" (blind65 #85).
        "hold", "holds", "holding",
    ]

    /// Asked whether a key, account or host the trainee knows still works ("does Kai's copied deploy key
    /// still work today?"), a person says what the world says: no, it was cut off and when (or the
    /// account holding it was); not yet, it is arranged for a time and works until then; or nothing has
    /// cut it off. Nil for other questions and for someone who must not know (blind24 #99).
    func stillWorksAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "Are the hosts working on the new credentials, or is anything still failing?" asks about the new one (blind46 #134).
        // "Could you try to get around it, looking for a key that still works?" asks for a test (blind54 #71).
        guard !person.mustNotKnow, words.contains("still"), !words.isDisjoint(with: Self.stillWorksWords.subtracting(Self.holdWords)) || Self.holdsAlone(question),
              Self.asksStillWorks(question),
              words.isDisjoint(with: ["try", "attempt"]) || words.isDisjoint(with: ["around", "break", "bypass", "circumvent", "defeat"]),
              words.contains("old") || words.isDisjoint(with: ["new", "replacement", "fresh"]),
              let asset = proposedAsset(in: words, for: nil)
        else { return nil }
        // Every one the question names by id, in its order ("ci-key or warehouse-key?", blind60 #107: only the first answered).
        let byID = knownAssetsByID(in: question.lowercased(), among: words)
        // Still valid is said of a credential: "is the old instance role session that web-03 used still valid?" asks after the role
        // (blind130 #110: "Yes: web-03 was rebuilt").
        let credential = [.credential, .account].contains(asset.kind) || words.isDisjoint(with: ["valid", "usable", "session", "sessions", "token", "credentials"])
            ? nil : namedIDs(in: question, limit: 4).compactMap { assetsByID[$0] }.first { [.credential, .account].contains($0.kind) }
        let assets = byID.count >= 2 ? byID : [credential ?? asset]
        return assets.map(stillWorks).joined(separator: " ")
    }

    static let holdWords: Set<String> = ["hold", "holds", "holding"]

    /// Whether "hold" is said of the thing itself ("does the block still hold?"), not of what it keeps ("do other
    /// repositories still hold static keys?", blind92 #108: "yes: nothing has cut ci-config off yet").
    static func holdsAlone(_ question: String) -> Bool {
        let tokens = question.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        return tokens.indices.contains { index in
            holdWords.contains(tokens[index]) && (tokens[safe: index + 1].map { ["up", "firm", "now", "today", "tonight", "and", "or"].contains($0) } ?? true)
        }
    }

    /// Whether one asset still works, as a sentence.
    private func stillWorks(_ asset: Asset) -> String {
        let id = asset.id
        if let rebuilt = state.assetChanges.last(where: { $0.asset == id && $0.state == .redeployed }),
           cutOff(asset).map({ rebuilt.at >= $0.at }) ?? true {
            return "Yes: \(id) was rebuilt from a clean image at \(stamp(rebuilt.at)) and runs again."
        }
        // An isolated machine still runs, for forensics: cut off, not gone (blind64: "is web-03 still running?").
        if let cut = cutOff(asset), [.host, .device].contains(asset.kind), state.asset(id, is: .isolated), !state.asset(id, is: .deleted),
           !state.asset(id, is: .shutdown) {
            return "It still runs, but isolated since \(stamp(cut.at))\(cut.by.map { " (\($0))" } ?? ""): cut off from the network and serving nobody, kept as evidence."
        }
        // A block holds: what it stops has not gone through since.
        if let cut = cutOff(asset), state.asset(id, is: .blocked), [.indicator, .network].contains(asset.kind) {
            return "The block holds: \(id) was blocked at \(stamp(cut.at))\(cut.by.map { " (\($0))" } ?? ""), and nothing has gone through it since."
        }
        if let cut = cutOff(asset) { return "No: \(id) was \(cut.word) at \(stamp(cut.at))\(cut.by.map { " (\($0))" } ?? ""); it works no more." }
        if let moot = mootByHolder(Action(verb: .revoke, object: id)) { return "No: \(mootText(Action(verb: .revoke, object: id), holder: moot.holder, change: moot.change))" }
        if let pending = pendingChange(of: id) { return "Yes, for now: \(id) is \(pending.phrase); until then it still works." }
        return "As far as anything done so far goes, yes: nothing has cut \(id) off yet."
    }

    /// Whether "still" stands by a word of working, within three words ("does the key still work", "is it
    /// live still"), and the working is no person's ("still working his notice" is a job, blind53 #17).
    static func asksStillWorks(_ question: String) -> Bool {
        let tokens = question.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        for (index, token) in tokens.enumerated() where stillWorksWords.contains(token) {
            if token.hasPrefix("work"), let next = tokens[safe: index + 1], ["his", "her", "their", "on", "for", "at", "with", "from", "through"].contains(next) { continue }
            let near = tokens[max(0, index - 3)..<min(tokens.count, index + 4)]
            if near.contains("still") { return true }
        }
        return false
    }
}
