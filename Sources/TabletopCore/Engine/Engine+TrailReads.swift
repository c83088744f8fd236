import Foundation

/// Which trails a go-ahead or a request asks to have read ("pull the DLP logs and the logs of kai-account").
extension Engine {
    /// The lookups a reply names as commands of their own ("…: logs dlp-logs."), on assets the trainee knows.
    func lookupsNamed(in reply: String) -> [String] {
        let tokens = reply.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()'\"")) }
        return zip(tokens, tokens.dropFirst()).compactMap { verb, object in
            ["logs", "inspect"].contains(verb) && knownAssets.contains { $0.id == object } ? "\(verb) \(object)" : nil
        }.reduce(into: [String]()) { found, task in if !found.contains(task) { found.append(task) } }
    }

    /// The one known asset whose trail a go-ahead asks to read ("read the DLP logs again for anything from Kai", "go through
    /// web-03's logs"), when its words ask for reading and name one asset that keeps a trail.
    func trailToRead(_ asked: String) -> String? {
        let words = Self.topicWords(asked)
        guard !words.isDisjoint(with: Self.readingWords), !words.isDisjoint(with: Self.trailWords) else { return nil }
        // A trail named as one ("pull the audit logs for everything ci-deployer did … from customer-exports": the cloud audit
        // logs, not the two assets the reading is about; blind82 #25 got a "Will do" and nothing was read).
        if let named = trailNamedAsLog(asked) { return named }
        let trails = knownAssets.filter { trail in
            trail.logs != nil && trail.kind == .evidence && Self.nameOverlap(words, trail.name) >= 1
                && !Self.topicWords(trail.name).isDisjoint(with: Self.trailWords)
        }
        if trails.count == 1 { return trails[0].id }
        let ids = namedIDs(in: asked).filter { assetsByID[$0]?.logs != nil }
        return ids.count == 1 ? ids[0] : nil
    }

    /// Words that open a request for a piece of work to be made, not a move of the shell.
    static let producingWords: Set<String> = makingWords.union(["prepare", "compile", "draft", "send", "put", "collect", "gather", "break",
                                                                 "summarise", "summarize", "produce", "create", "list", "map"])

    /// Words that ask for a trail to be read.
    static let readingWords: Set<String> = ["read", "reread", "pull", "check", "review", "go", "look", "dig", "comb", "search", "scan"]
    /// Words that name a trail.
    static let trailWords: Set<String> = ["log", "logs", "trail", "trails", "audit"]

    /// The one known asset with a trail whose name or id comes right before "log" ("pull the customer database log …", blind84
    /// #34: the role whose name shares "web fleet" with the rest of the sentence was read instead); nil for none or several.
    func trailNamedAsLog(_ asked: String) -> String? {
        let named = trailsNamedAsLog(asked)
        return named.count == 1 ? named[0] : nil
    }

    /// Every known asset with a trail named as one, in the order the text first names them ("pull the DLP logs and the logs
    /// of kai-account": dlp-logs and kai-account); empty when the text asks for no reading.
    func trailsNamedAsLog(_ asked: String) -> [String] {
        guard !Self.topicWords(asked).isDisjoint(with: Self.readingWords) else { return [] }
        let lowered = asked.lowercased()
        let named = knownAssets.compactMap { asset -> (id: String, at: Range<String.Index>, scope: Bool)? in
            guard asset.logs != nil else { return nil }
            // A store of logs is named by a word of its name before "logs" too ("the DLP logs", "the endpoint logs" for "DLP and
            // endpoint logs"; blind124 #9 read only the other trail named beside it).
            let nameWords = Self.topicWords(asset.name)
            let ownWords = nameWords.isDisjoint(with: Self.trailWords) ? [] : nameWords.subtracting(Self.trailWords).filter { $0.count >= 3 && !["and", "the", "for", "all"].contains($0) }.sorted()
            // Also the one named right after it ("pull the logs for web-03 from the snapshot", blind87 #17), by id or by its name or
            // the name's last two words ("the audit logs for the instance role" of "web fleet instance role", blind126 #88: web-03,
            // named later as what to look past, was read).
            let name = asset.name.lowercased()
            let spaced = name.split(separator: " ")
            let names = [asset.id, name] + (spaced.count > 2 ? [spaced.suffix(2).joined(separator: " ")] : [])
            let phrases = Self.trailWords.sorted().flatMap { word in
                (["\(name) \(word)", "\(asset.id) \(word)", "\(asset.id)'s \(word)"] + ownWords.map { "\($0) \(word)" }).map { ($0, false) }
                    + ["for", "of", "on"].flatMap { preposition in
                        names.flatMap { ["\(word) \(preposition) \($0)", "\(word) \(preposition) the \($0)"] }.map { ($0, true) }
                    }
            }
            return phrases.compactMap { phrase, scope in lowered.range(of: phrase).map { ($0, scope) } }.min { $0.0.lowerBound < $1.0.lowerBound }
                .map { (asset.id, $0.0, $0.1) }
        }
        // Also those named after "logs of X" in a list ("pull the logs of kai-account and kai-laptop", blind129 #48: only the
        // account was read).
        // What another store's logs are "for" is what they are read about, not a trail of its own ("pull the DLP logs for
        // kai-account" read kai-account's logs too).
        let aboutAnother = { (trail: (id: String, at: Range<String.Index>, scope: Bool)) in
            trail.scope && named.contains { $0.id != trail.id && !$0.scope && $0.at.contains(trail.at.lowerBound) }
        }
        var listed = named.filter { !aboutAnother($0) }
        for trail in listed where trail.scope {
            var at = lowered[trail.at.upperBound...]
            while let joint = [", and ", " and ", ", "].first(where: at.hasPrefix) {
                let after = at.dropFirst(joint.count)
                let next = after.hasPrefix("the ") ? after.dropFirst(4) : after
                guard let asset = knownAssets.first(where: { asset in
                    asset.logs != nil && [asset.id, asset.name.lowercased()].contains { name in
                        next.hasPrefix(name) && next.dropFirst(name.count).first.map { !$0.isLetter && $0 != "-" } ?? true
                    }
                }), !listed.contains(where: { $0.id == asset.id }) else { break }
                let name = [asset.id, asset.name.lowercased()].filter { next.hasPrefix($0) }.max { $0.count < $1.count } ?? asset.id
                listed.append((asset.id, next.startIndex..<next.index(next.startIndex, offsetBy: name.count), true))
                at = next.dropFirst(name.count)
            }
        }
        return listed.sorted { $0.at.lowerBound < $1.at.lowerBound }.map(\.id)
    }
}
