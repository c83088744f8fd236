import Foundation

/// Go-aheads and plain orders on several moves or several assets, each handed over on its own.
extension Engine {
    /// A go-ahead on several moves: for "both" or "them", the assets the message named before it ("EDR has the webshell on
    /// web-10 and web-02. Go ahead and snapshot both and then isolate them, same as web-03."), else two moves or two assets
    /// it names: the hand-over for each move on each, to say (blind78 #21: "web-03 is already snapshotted", by the asset
    /// named in passing). Nil for one move on one asset.
    func pluralGoAhead(_ person: Person, _ text: String, after opening: String.Index) -> String? {
        guard let lines = pluralGoAheadTasks(person, text, after: opening) else { return nil }
        // Not one of them on a thing read from another name ("revoke kai-tokens and disable kai-account": kai-account twice).
        if let name = unknownIDSaid(in: String(text[opening...])) { return unknownIDAnswer(name) }
        return "Say the word for each and it is done, one at a time: \(Self.series(lines.map { "'delegate \(person.id) \($0)'" }))."
    }

    /// The moves of a go-ahead on several (`pluralGoAhead`), each as the line after `delegate <person>`; nil when it is none.
    func pluralGoAheadTasks(_ person: Person, _ text: String, after opening: String.Index) -> [String]? {
        let lowered = text.lowercased()
        guard opening <= lowered.endIndex else { return nil }
        let rest = String(lowered[opening...])
        // Said with a light verb, the move it stands for ("put the web-05 and web-07 images and the customer-db logs under chain of
        // custody": preserve each, blind126 #85: only web-05 was taken on).
        let clause = Self.goAheadClause(rest)
        let own = Self.plainMove(clause)
        // (A move said plainly from a light verb is that one move on what follows it: "the laptop image" is no second move.)
        let plain = own != clause
        let tokens = own.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        // A document to write says what others are to do, no move of ours ("prepare a letter demanding that Kai return and delete
        // every copy of the clinician directory …", blind147 #45: 'delegate peter delete clinician-directory' offered).
        if let first = tokens.first, Self.writingWords.contains(first) { return nil }
        // ("… redeploy all three from the new image", blind143 #58: only web-03 was taken on.)
        let plural = !Set(tokens).isDisjoint(with: ["both", "them", "these", "those", "each"])
            || tokens.indices.contains { tokens[$0] == "all" && ["three", "four", "five", "six", "of"].contains(tokens[safe: $0 + 1] ?? "") }
        // "Them" of two assets the go-ahead itself names ("go ahead and snapshot web-05 and web-07, then isolate them", blind84 #18:
        // only the first snapshot was handed over), else of those named before it.
        // (All it names: "preserve web-03, web-10, web-02 and the customer-db logs", blind87 #74: two of the four were offered.)
        let ownNamed = namedIDs(in: own, limit: 6)
        // (Not the example a lead-in names: "… on web-05 and web-07. Same drill as web-03: snapshot both", blind126 #30.)
        // (But the lead-in says what "both" are when it names them as such: "Same drill for web-10 and web-02: snapshot both", blind130
        // #26: "web-03 is already snapshotted".)
        var before = lowered[..<opening]
        if before.trimmingCharacters(in: .whitespaces).hasSuffix(":") {
            let sentenceStart = before.range(of: ". ", options: .backwards)?.upperBound ?? before.startIndex
            let leadIn = " " + before[sentenceStart...]
            let example = [" as ", " like ", " with "].contains(where: leadIn.contains)
            before = example || namedIDs(in: String(leadIn)).count < 2 ? before[..<sentenceStart] : before[sentenceStart...]
        }
        // (All of those named before: "web-03, web-05 and web-07 are snapshotted. Redeploy them …" dropped web-07.)
        var named = plural && ownNamed.count < 2 ? namedIDs(in: String(before), limit: 6) : ownNamed
        // The suspect's account, cut, takes their rights with it: "disable his account, and remove his chat admin role" is one move
        // (`proposedAsset`), not one on the chat as well (blind88 #57).
        // (A token or key named beside it is a way in of its own, whoever keeps it: "… and revoke the code-host token in the same
        // minute", blind96 #47: 'revoke kai-account'.)
        if let account = suspectAccount(askedOf: Set(tokens)), !Set(tokens).isDisjoint(with: ["his", "her", "their"]) {
            named = named.filter { assetsByID[$0]?.owner == account.owner || assetsByID[$0]?.kind == .credential }
            if !named.contains(account.id) { named.append(account.id) }
        }
        var verbs: [Verb] = []
        // (After "and" or "then", a move of its own: "take a forensic snapshot of Kai's laptop and preserve the DLP logs", blind129
        // #21: 'snapshot dlp-logs'.)
        for (index, token) in tokens.enumerated() where !Self.usedAsNoun(tokens, at: index)
            && !(plain && index > 0 && !["and", "then"].contains(tokens[index - 1])) {
            // What a message is about is no move ("delete your post about locking Kai's account", blind99 #49: 'delete
            // personal-drive' and 'disable kai-account' offered, a tip-off), nor is deleting the message.
            if ["about", "regarding"].contains(tokens[safe: index - 1] ?? "") { continue }
            guard let word = Self.proposalWord(token), let verb = Self.proposalVerbs[word] ?? nil, verb.isDelegable, !verbs.contains(verb),
                  !([.delete, .revoke].contains(verb) && Self.namesAMessage(tokens[(index + 1)...])) else { continue }
            verbs.append(verb)
        }
        // A move on nothing ("roll out the patched image to the fleet") is the one move, not one on each thing named (blind89
        // #103: 'rollout instance-role' and 'snapshot instance-role'); nor is a notice ("notify law enforcement … attach the
        // extortion email", blind90 #50: 'notify extortion-email'), and "report back" is no notice (#18).
        if verbs.contains(where: { $0.argument == .none || $0.argument == .audience && $0 != .notify }) { return nil }
        if verbs.contains(.notify), !tokens.indices.contains(where: { tokens[$0] == "report" && tokens[safe: $0 + 1] == "back" }) { return nil }
        // (A block is of an indicator the scenario names as an asset: "… and block personal-drive now" was dropped, and its drive
        // disabled with the account, the attack on stop 57's orders.)
        verbs.removeAll { $0.argument != .asset && $0.argument != .indicator }
        // An image or hold, then a move that destroys ("snapshot web-07 and then terminate it") is not handed over at once: the
        // delete finished before the image (the attack on this stop's go-aheads: evidence destroyed). Only the first is taken on.
        if verbs.contains(where: { [.snapshot, .preserve].contains($0) }), verbs.contains(where: { [.delete, .clean, .redeploy].contains($0) }) { return nil }
        // Several moves: two assets for "both", or two moves, or one move on two assets ("snapshot web-07 and then isolate it",
        // "redeploy web-05 and web-07 as well", blind81 #34, #88: only the first was taken on).
        guard plural ? named.count >= 2 : !named.isEmpty && verbs.count * named.count >= 2 else { return nil }
        // Each move on what its own words name ("disable Kai's account and revoke his personal access token": not both moves on
        // both, blind83 #45 offered 'disable kai-token'); a move whose words name nothing ("… and then isolate it") is on what the
        // move before it names.
        // ("It" said of the one thing named before the go-ahead: "Don't disable kai-account now; disable it at Fri 10:00 and block
        // personal-drive now." disabled personal-drive, the attack on stop 58's orders.)
        let earlier = namedIDs(in: String(lowered[..<opening]))
        let targets = plural ? verbs.map { ($0, named) }
            : movesWithTheirAssets(own, verbs: verbs, named: named, before: earlier.count == 1 ? earlier[0] : nil)
        // The time the go-ahead gives goes with every move ("disable his account at Fri 10:00 and revoke the token in the same
        // minute", blind96 #47: the time was dropped, and the cut offered for now).
        let time = Self.timeSaid(in: Self.goAheadClause(text.count == lowered.count ? String(text.suffix(rest.count)) : rest))
        // Not to a move said for now ("disable kai-account at Fri 10:00 and block personal-drive now": the block set for Friday).
        let now = time == nil ? [] : Self.movesSaidForNow(own, verbs: verbs)
        // A cut or a move that destroys said to follow the others ("…, then disable kai-account", "… and eventually delete it") is held,
        // not handed over for now with them (the attack on stop 59's orders: Kai cut off, buckets and hosts destroyed at once).
        let sequenced = Self.movesSaidToFollow(own, verbs: verbs).filter(mayTipOff)
        // A move that cannot be set for the time given is no move for now either ("redeploy web-03, web-05 and web-07 … at Wed 09:00",
        // blind146 #5: all three rebuilt at once): none of them is taken on.
        var untimeable = false
        let lines = targets.flatMap { verb, named in
            named.compactMap { id -> String? in
                let action = Action(verb: verb, object: id)
                let player = configuration.players.first ?? Player(name: "trainee", role: "ic")
                // (No cut of a piece of evidence: "remove his chat admin role" is no 'revoke chat-export', the export of his chat
                // admin activity, blind132 #43.)
                guard alreadyDone(action) == nil, problem(with: action, player: player) == nil,
                      !([.revoke, .disable, .rotate, .block, .isolate].contains(verb) && assetsByID[id]?.kind == .evidence) else { return nil }
                let line = "\(verb.spelling) \(id)"
                if sequenced.contains(verb), time == nil { return nil }
                let timed = now.contains(verb) ? nil : time.flatMap { time -> String? in
                    guard case .success(let parsed?) = ActionParser.parseAction(line + " at " + time), parsed.until != nil else {
                        untimeable = true
                        return nil
                    }
                    return line + " at " + time
                }
                return timed ?? line
            }
        }
        if untimeable { return nil }
        // One move left of one named is no plural: the single go-ahead's reading takes it (one left because the other was done
        // already is still said, with the one done left out).
        let candidates = targets.reduce(0) { $0 + $1.1.count }
        guard lines.count >= 2 || lines.count == 1 && candidates >= 2 else { return nil }
        return lines
    }

    /// Each move of a go-ahead with the assets named in its own words (from its verb to the next move's), or, when they name
    /// none, those of the move before it; "it" in the first move's words is the one thing named `before` the go-ahead; every move
    /// on every asset named when the first move's words name none.
    private func movesWithTheirAssets(_ text: String, verbs: [Verb], named: [String], before: String?) -> [(Verb, [String])] {
        var segments: [(verb: Verb, words: [Substring])] = []
        let words = text.split(separator: " ")
        let bares = words.map { String($0.lowercased().filter { $0.isLetter || $0 == "-" }) }
        // Another task's words end a move's ("preserve the cloud audit logs …, and then pull everything ci-deployer did", blind112
        // #18: 'preserve ci-deployer' offered for what was to be read).
        var elsewhere = false
        for (word, index) in zip(words, bares.indices) {
            let bare = bares[index]
            if !Self.usedAsNoun(bares, at: index), let proposal = Self.proposalWord(bare), let verb = Self.proposalVerbs[proposal] ?? nil, verbs.contains(verb),
               !segments.contains(where: { $0.verb == verb }) {
                segments.append((verb, [word]))
                elsewhere = false
            } else if index > 0, !Self.usedAsNoun(bares, at: index), Self.otherTaskWords.contains(bare) {
                elsewhere = true
            } else if !segments.isEmpty, !elsewhere {
                segments[segments.count - 1].words.append(word)
            }
        }
        var paired: [(Verb, [String])] = []
        for segment in segments {
            // "Kai's account" names kai-account as its id said in words; "his account", the suspect's.
            let said = segment.words.joined(separator: " ").replacingOccurrences(of: "'s ", with: " ").replacingOccurrences(of: "’s ", with: " ")
            let saidWords = Set(said.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            let his = !saidWords.isDisjoint(with: ["his", "her", "their"]) ? suspectAccount(askedOf: saidWords).map(\.id) : nil
            var own = namedIDs(in: said, limit: 6) + [his].compactMap { $0 }.filter { named.contains($0) }
            if own.isEmpty, paired.isEmpty, let before, saidWords.contains("it") { own = [before] }
            guard !own.isEmpty || !paired.isEmpty else { return verbs.map { ($0, named) } }
            paired.append((segment.verb, own.isEmpty ? paired[paired.count - 1].1 : own))
        }
        return paired.count == verbs.count ? paired : verbs.map { ($0, named) }
    }

    /// The moves of a go-ahead on several said to follow the move before them: "then", "next", "afterwards", "eventually",
    /// "subsequently", "later", "after that" between that move's word and theirs, or after theirs up to the next.
    static func movesSaidToFollow(_ text: String, verbs: [Verb]) -> Set<Verb> {
        let tokens = wordTokens(text)
        let starts = movesSaid(in: tokens).filter { verbs.contains($0.verb) }
        var following = Set<Verb>()
        for (position, start) in starts.enumerated() where position > 0 {
            let end = starts[safe: position + 1]?.index ?? tokens.count
            let around = " " + tokens[(starts[position - 1].index + 1)..<end].joined(separator: " ") + " "
            if followingWords.contains(where: { around.contains(" \($0) ") }) { following.insert(start.verb) }
        }
        return following
    }

    /// The moves of a go-ahead on several that the words of their own part hold back ("… and disable kai-account on his last day"):
    /// for a cut, what holds a cut or may set it for later (a clock time excepted); for any other move, what holds an order.
    static func movesHeldByOwnWords(_ text: String, verbs: [Verb]) -> Set<Verb> {
        // Words as said (a clock time kept whole), and the same words as letters only, to find the moves by.
        let words = text.lowercased().split(separator: " ").map(String.init)
        let padded = " " + words.joined(separator: " ") + " "
        // A denial or an alternative is no part of one move's own words ("snapshot web-03 but do not isolate it"): nothing is split.
        guard ![" not ", "n't ", " no ", " never ", " nothing", " but ", " or ", " instead", " except ", " either ", " unless "].contains(where: padded.contains)
        else { return [] }
        let tokens = words.map { String($0.filter { $0.isLetter || $0 == "-" }) }
        let starts = movesSaid(in: tokens).filter { verbs.contains($0.verb) }
        var held = Set<Verb>()
        for (position, start) in starts.enumerated() {
            let end = starts[safe: position + 1]?.index ?? tokens.count
            // Words that tie a move to the next one ("revoke kai-token at the same time as you disable kai-account", "preserve
            // kai-mailbox before we disable kai-account"): which is held is not clear, and nothing is split.
            if end < tokens.count, !Set(tokens[max(start.index + 1, end - 4)..<end]).isDisjoint(with: ["before", "after", "once", "when", "until", "as", "while", "if"]) {
                return []
            }
            let own = withoutClockTimes(" " + words[start.index..<end].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;!")) + " ")
            let holds = cutVerbs.contains(start.verb) ? cutHolds + untimedCutHolds : imperativeHolds
            if holds.contains(where: own.contains) { held.insert(start.verb) }
        }
        // Only cuts are held apart from the rest: anything else held by its words holds the whole go-ahead.
        return held.allSatisfy(cutVerbs.contains) ? held : []
    }

    /// A text without the parts of the moves held (`movesHeldByOwnWords`): what is left must hold nothing for the rest to be taken on.
    static func movesUnsaid(_ text: String, held: Set<Verb>) -> String {
        let words = text.split(separator: " ").map(String.init)
        let tokens = words.map { String($0.lowercased().filter { $0.isLetter || $0 == "-" }) }
        let starts = movesSaid(in: tokens)
        var kept: [String] = []
        var skipping = false
        for (index, word) in words.enumerated() {
            if let start = starts.first(where: { $0.index == index }) { skipping = held.contains(start.verb) }
            if !skipping { kept.append(word) }
        }
        return " " + kept.joined(separator: " ") + " "
    }

    /// The move a task line names ("disable kai-account at Fri 10:00" is a disable).
    static func verbOfTask(_ line: String) -> Verb? { line.split(separator: " ").first.flatMap { Verb(rawValue: String($0)) } }

    /// What a task line acts on ("disable kai-account at Fri 10:00" acts on kai-account).
    static func objectOfTask(_ line: String) -> String? { line.split(separator: " ").dropFirst().first.map(String.init) }

    /// What the task lines act on, each once, in order.
    static func objectsOfTasks(_ lines: [String]) -> [String] {
        lines.compactMap(objectOfTask).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Words that say a move follows another.
    static let followingWords = ["then", "next", "afterwards", "afterward", "eventually", "subsequently", "later", "after that", "after this",
                                 "once that", "once done", "when done", "thereafter"]

    /// The moves of a go-ahead on several whose own words, up to the next move's, say they are for now ("… and block personal-drive
    /// now").
    static func movesSaidForNow(_ text: String, verbs: [Verb]) -> Set<Verb> {
        let tokens = wordTokens(text)
        let starts = movesSaid(in: tokens).filter { verbs.contains($0.verb) }
        var now = Set<Verb>()
        for (position, start) in starts.enumerated() {
            let end = starts[safe: position + 1]?.index ?? tokens.count
            if saysNow(tokens[start.index..<end].joined(separator: " ")) { now.insert(start.verb) }
        }
        return now
    }

    /// Verbs that open the writing of a document.
    static let writingWords: Set<String> = ["prepare", "draft", "write", "compose", "compile", "produce", "create", "summarise", "summarize", "word"]
}
