import Foundation

extension Engine {
    /// How a call for someone's view on a move opens ("should we disable…", "is it safe to…", "do you
    /// think we can…"): a clause holding one of these asks for advice, not for a fact.
    static let adviceOpenings = [
        "should we ", "should i ", "shall we ", "shall i ", "should the ", "should it ", "should he ", "should she ",
        "should they ", "should someone ", "ought we ", "ought i ", "ought to ", "is it ok", "is it okay", "is it safe",
        "is it wise", "is it time", "is it too early", "is it too late", "is it better", "is now the time", "would it be ",
        "ok to ", "okay to ", "ok if ", "okay if ", "safe to ", "wise to ", "good idea", "better to ", "do you think ",
        "do you recommend", "would you recommend", "do you advise", "would you advise", "do you agree", "any objection",
        "do you object", "are you ok with", "are you okay with", "are you happy with", "are you comfortable",
        "your view", "your opinion", "your advice", "your recommendation", "your take", "what would you do",
        "can we ", "can i ", "may we ", "may i ", "do we need to ", "do i need to ", "go ahead", "is it fine", "is it alright",
        "fine to ", "alright to ", "is that ok", "is that okay", "is that fine", "any risk", "is there a risk", "risky", "what could go wrong",
        "downside", "if we ", "if i ", "reason not to", "are you ready to ", "are we ready to ",
        // "Before we roll the fix out: would his account be changed before Friday?" (blind50 #70).
        "before we ",
        // "Would it help to block 185.220.101.7, or is that pointless now?" (blind45 #89).
        "would it help to ", "does it help to ", "will it help to ", "is it worth ", "worth it to ", "any point in ", "is there any point ",
        // What a move would cost (`asksAboutCost`): the move is the verb after these.
        "cost us to ", "cost to ", "cost of ", "costs of ", "impact of ", "downside of ", "downsides of ", "how long would it take to ", "how long does it take to ",
        "how long will it take to ", "how long to ",
        // "How long would it take you to revoke ci-key?" (stop 60's known faults: the person's card was read back).
        "how long would it take you to ", "how long will it take you to ", "how long does it take you to ", "how long would it take us to ",
        "how long will it take us to ", "how long would it take for you to ", "how long do you need to ", "how long would you need to ",
        "break anything", "break something", "affect anyone", "affect other",
    ]

    /// The words a call for advice cannot do without: a line holding none of them is cheap to rule out.
    static let adviceMarkers: Set<String> = [
        "should", "shall", "ought", "ok", "okay", "safe", "wise", "time", "better", "idea", "think", "recommend", "advise",
        "agree", "objection", "object", "happy", "comfortable", "view", "opinion", "advice", "recommendation", "take",
        "would", "can", "may", "need", "ahead", "you", "fine", "alright", "risk", "risky", "wrong", "downside", "if", "reason", "ready",
        "cost", "costs", "impact", "long", "break", "affect", "help", "worth", "point",
    ]

    /// Whether a line asks for the person's view on a move, by word order ("is it safe to wipe the
    /// laptop?"), not on a fact ("what did the sweep find?").
    static func asksForAdvice(_ line: String, words: Set<String>) -> Bool {
        guard !words.isDisjoint(with: adviceMarkers) else { return false }
        let lowered = " " + line.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        // "Would you revoke it now or watch first?" weighs two moves; "would you pull the logs?" asks for one.
        // (So does "do you want to file now …, or wait until …?", blind125 #44: the clock was read back.)
        if lowered.contains(" or ") || lowered.contains(" rather than "),
           [" would you ", " do we ", " do i ", " do you want to ", " do you want us to ", " should i ", " shall we "].contains(where: lowered.contains) { return true }
        // "Can you snapshot them before we isolate them?" asks for a snapshot; "before we" alone weighs nothing then (blind66 #22).
        if adviceOpenings.contains(where: { $0 != "before we " && lowered.contains(" " + $0) }) { return true }
        if lowered.contains(" before we "), !isRequest(line) { return true }
        // "Would blocking uploads right now tip Kai off?": a move, as a gerund, weighed (blind53 #23).
        // ("How long would revoking ci-key take?": the same, asked for its time.)
        let words = lowered.split(separator: " ")
        let tokens = (words.starts(with: ["how", "long"]) ? words.dropFirst(2) : words[...]).prefix(3).map(String.init)
        return ["would", "will", "could", "does", "is"].contains(tokens.first ?? "")
            && tokens.dropFirst().contains { $0.hasSuffix("ing") && proposalWord($0) != nil }
    }

    /// Words that propose a move, and the command it would be; `nil` is a cut-off whose verb depends on
    /// what is cut (an account is disabled, a key revoked, a host isolated, an address blocked).
    static let proposalVerbs: [String: Verb?] = [
        "disable": .disable, "deactivate": .disable, "suspend": .disable, "lock": .disable,
        "revoke": .revoke, "rotate": .rotate, "reset": .rotate, "swap": .rotate, "replace": .rotate, "reissue": .rotate, "re-issue": .rotate,
        "isolate": .isolate, "quarantine": .isolate, "disconnect": .isolate, "contain": nil,
        "block": .block, "blocklist": .block, "shutdown": .shutdown, "shut": .shutdown, "power": .shutdown,
        "snapshot": .snapshot, "image": .snapshot, "preserve": .preserve, "freeze": .preserve,
        "wipe": .clean, "reimage": .clean, "clean": .clean, "rebuild": .redeploy, "redeploy": .redeploy, "delete": .delete,
        "cut": nil, "kill": nil, "pull": nil, "remove": nil, "drop": nil, "strip": nil, "terminate": .delete, "decommission": .delete, "retire": .delete,
        "roll": .rollout, "rollout": .rollout,
        "publish": .statementPublish, "release": .statementPublish, "announce": .statementPublish,
        "notify": .notify, "file": .notify, "inform": .notify, "disclose": .notify, "report": .notify, "involve": .notify,
        "confront": .tell, "interview": .tell, "contact": .tell, "approach": .tell, "tell": .tell, "warn": .tell,
        "talk": .tell, "call": .tell, "email": .tell, "message": .tell, "loop": .tell,
        "page": .page, "brief": .briefLeadership,
    ]

    /// The verb that cuts off an asset of each kind (`cut off kai's access`: his account is disabled).
    static let cutVerbOfKind: [AssetKind: Verb] = [
        .account: .disable, .credential: .revoke, .host: .isolate, .device: .isolate, .indicator: .block, .network: .block,
        .service: .shutdown,
    ]

    /// The audience a notification proposal names ("file with the regulator", "tell customers").
    static let audienceWords: [(words: Set<String>, audience: Audience)] = [
        // (Data protection authorities by name: "file the notification with Datatilsynet", blind78 #51.)
        (["regulator", "authority", "ico", "dpa", "gdpr", "supervisory", "filing", "datatilsynet", "cnil", "aepd", "garante", "bfdi", "dpc",
          "imy", "uodo", "autoriteit", "persoonsgegevens"], .regulator),
        (["customers", "customer", "users", "affected", "individuals", "subjects", "residents", "clients", "hospitals", "retailers", "patients",
          "consignees", "recipients", "shoppers", "hospital", "retailer", "patient", "client", "shopper", "individual"], .customers),
        (["police", "fbi", "enforcement", "law"], .lawEnforcement),
        (["leadership", "board", "executives", "exec", "ceo"], .leadership),
        (["legal", "counsel", "lawyer", "lawyers"], .legal), (["hr"], .hr), (["press", "pr"], .pr),
    ]

    /// The move a call for advice proposes, as the command that would make it: the first proposing
    /// word of the line and what the line names for it (an asset the trainee knows, a person, an
    /// audience). Nil when the line proposes nothing the shell can do or names nothing it could act on.
    func proposedAction(in line: String, words: Set<String>) -> Action? {
        // Addresses and host names stay whole ("185.220.101.7"); a full stop ends a word, not a token.
        let tokens = line.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }.filter { !$0.isEmpty }
        // The move is the first verb after a call for advice opens ("should we quietly disable …", "is it
        // safe to wipe …"), not a verb further on ("should we send Kai a letter demanding he delete the
        // copies?" is no `delete`, blind27 #90), nor a noun ("the patched image", blind25 #59, #84).
        guard let position = Self.proposalPositions(in: line, tokens: tokens).first, let word = Self.proposalWord(tokens[position]) else { return nil }
        let verb = Self.proposalVerbs[word] ?? nil
        // "Talk to", "loop in", "power off", "shut down": the word alone says too little.
        if word == "power", !tokens.contains("off") { return nil }
        if word == "pull", !tokens.contains("plug") && !tokens.contains("access") { return nil }
        let after = Array(tokens[(position + 1)...])
        // "Delete that message from #sec-alerts", "remove Ben's 09:05 message about locking Kai's account": a post, not an
        // asset (blind50 #17; blind99 #51: 'disable kai-account' offered, a tip-off).
        if verb == .delete || verb == nil, Self.namesAMessage(after) { return nil }
        // Ids said as words ("the ci key" is ci-key) as well as the words.
        let pairs = zip(after, after.dropFirst()).map { "\($0)-\($1)" }
        let rest = Set(after + pairs).union(Self.topicWords(after.joined(separator: " ")))
        // "File a takedown request with the paste site", "file a ticket": no notification (blind67 #122: 'notify customers').
        if word == "file", !Set(after.prefix(3)).isDisjoint(with: ["takedown", "ticket", "bug", "complaint", "dmca", "abuse", "request", "jira"]) { return nil }
        switch verb {
        case .notify?:
            // The audience named first in what follows the move ("file it with Datatilsynet; include the 31,500 consignees").
            let audience = after.lazy.compactMap { word in Self.audienceWords.first { $0.words.contains(word) }?.audience }.first
                ?? Self.audienceWords.first { !$0.words.isDisjoint(with: rest) }?.audience
                // "File now or wait?" to counsel is the regulator's notification; "file a ticket" is not.
                ?? (word == "file" && !rest.contains("ticket") && !rest.contains("bug")
                    ? scenario.clocks.first { Self.awaitsRegulator($0.stops) }.map { _ in Audience.regulator } : nil)
            return audience.map { Action(verb: .notify, object: $0.rawValue) }
        case .statementPublish?:
            guard word == "publish" || !rest.isDisjoint(with: ["statement", "notice", "public", "publicly"]) else { return nil }
            return Action(verb: .statementPublish)
        case .rollout?:
            guard word == "rollout" || !rest.isDisjoint(with: ["out", "to", "fleet", "production", "prod", "across", "hosts", "servers", "everywhere"]) else { return nil }
            return Action(verb: .rollout)
        case .briefLeadership?:
            guard !rest.isDisjoint(with: ["leadership", "board", "executives", "exec", "ceo", "cto"]) else { return nil }
            return Action(verb: .briefLeadership)
        case .tell? where rest.contains("you") && tokens.dropFirst(position + 1).first == "you":
            return nil   // "can I tell you where things stand?" offers news, it proposes no message (blind26 #89)
        // "Can you tell whether Kai has read any private channel?" asks what they can make out (blind71 #29: 'tell kai').
        case .tell? where ["whether", "if", "me", "us", "what", "who", "when", "how", "which", "from", "where", "why"].contains(tokens.dropFirst(position + 1).first ?? ""):
            return nil
        case .tell? where word != "talk" && word != "call", .page?:
            // "Tell customers", "inform the regulator": a notification, not a message to a person.
            // Named right after the verb: "can you tell from the bucket which customers…" tells nobody (blind51 #46).
            if verb == .tell, let audience = Self.audienceWords.first(where: { !$0.words.isDisjoint(with: Set(after.prefix(3))) })?.audience,
               [.customers, .regulator, .lawEnforcement].contains(audience) {
                return Action(verb: .notify, object: audience.rawValue)
            }
            fallthrough
        case .tell?:
            // Whom to tell is named right after the verb: "tell the hospitals before Friday, or would that tip
            // Kai off?" is no message to Kai (blind37 #61).
            guard let person = namedPerson(in: Set(after.prefix(4))) else { return nil }
            return Action(verb: verb!, object: person.id, text: verb == .tell ? "(what the investigation has found)" : nil)
        default:
            // An address seen in an alert is blocked as the indicator it is.
            if verb == .block, proposedAsset(in: rest, for: verb) == nil,
               let address = after.first(where: { Self.readsLikeIndicator($0) && sighting(of: $0) != nil }) {
                return Action(verb: .block, object: address)
            }
            // "Leave Kai with full access until Friday, or cut it sooner?": a pronoun after the verb means
            // what the line named before it (blind24 #28).
            // "Remove Kai's chat admin rights" takes rights away, it does not shut the chat down (blind37 #52):
            // the shell has no move for that, so none is proposed.
            // "Cut all of his access, SSO, VPN and chat admin" names the whole account, rights among it (blind50 #44).
            if verb == nil, !rest.isDisjoint(with: Self.rightsWords), !Self.namesWholeAccess(after) { return nil }
            let pronoun = after.first.map { ["it", "them", "his", "her", "their", "that", "this", "both", "those", "these", "all"].contains($0) } ?? false
            // "Cut all of his access, SSO, VPN and chat admin": the person's account, not the chat (blind50 #44).
            // "Cut SSO, VPN, chat and the code-host token at 10:00", naming nobody: the suspect's (blind53 #92).
            // So does "which accesses does Kai hold, and can you cut all of them?" (blind91 #34: 'shutdown chat' for the company chat).
            let accessesMeant = pronoun && !words.union(tokens).isDisjoint(with: ["access", "accesses"])
            if verb == nil || verb == .disable, Self.namesWholeAccess(after) || accessesMeant,
               let owner = namedPerson(in: Set(tokens).union(words)) ?? scenario.truth.insider.flatMap({ peopleByID[$0] }).flatMap({ knows(person: $0) ? $0 : nil }),
               let account = knownAssets.first(where: { $0.owner == owner.id && $0.kind == .account }) {
                return Action(verb: .disable, object: account.id)
            }
            // The line's earlier words come first then: "Kai cloned with the build server deploy key; if we
            // rotate that key now…" is the deploy key, not Kai's own (blind28 #48).
            // Of several named before, the first said: "web-10 and web-02 carry the same webshell as web-03. Snapshot both"
            // is web-10, not web-03 (blind61 #30).
            let plural = after.first.map { ["both", "those", "these", "them", "all"].contains($0) } ?? false
            let said = plural ? tokens[..<position].lazy.compactMap { self.proposedAsset(in: [$0], for: verb) }.first : nil
            let named = pronoun ? said ?? proposedAsset(in: Set(tokens).union(words), for: verb) ?? proposedAsset(in: rest, for: verb)
                : proposedAsset(in: rest, for: verb)
            guard let asset = named, let chosen = verb ?? Self.cutVerbOfKind[asset.kind],
                  Self.verbFits(chosen, asset.kind), !namesAnotherID(Self.wordsAfter(tokens[position], in: line), than: asset) else { return nil }
            return Action(verb: chosen, object: asset.id)
        }
    }

    /// Words for something said in a channel or a mail: what deleting or removing it takes away is words, not an asset.
    static let messageWords: Set<String> = ["message", "messages", "post", "posts", "comment", "comments", "thread", "reply", "tweet", "note"]

    /// Whether the first words after a verb name a message ("your 09:05 post in #sec-alerts").
    static func namesAMessage<Words: Collection<String>>(_ after: Words) -> Bool {
        // Up to the next clause: "delete web-legacy-01, and add a note to INC-1523" deletes the host (blind126 #132: "Will do", and
        // nothing handed over).
        !Set(after.prefix(6).prefix { !["and", "then"].contains($0) }).isDisjoint(with: messageWords)
    }

    /// Whether words after a cutting verb name someone's whole access ("all of his access", "his account",
    /// "everything he has"), not only rights on something ("his admin access").
    static func namesWholeAccess(_ words: [String]) -> Bool {
        words.enumerated().contains { index, word in
            ["account", "accounts", "everything", "sso", "vpn", "login", "logins"].contains(word)
                || (word == "access" && (index == 0 || !rightsWords.contains(words[index - 1])))
        }
    }

    /// Words for rights held on something rather than the thing itself.
    static let rightsWords: Set<String> = ["rights", "right", "admin", "administrator", "privileges", "privilege", "permissions", "permission", "role", "roles"]

    /// Words between a call for advice's opening and its verb: a subject, a modal, "to", an adverb.
    static let verbLeads: Set<String> = [
        "we", "i", "you", "they", "someone", "us", "to", "should", "shall", "can", "could", "would", "must", "may", "just", "first",
        "also", "let's", "lets", "please", "then", "not", "with", "on", "ahead", "already", "now", "still", "rather", "go", "be",
        "actually", "really", "even", "and", "will",
    ]

    /// Verbs that hand a move to someone: the move is the verb after them and the one they name.
    static let causativeVerbs: Set<String> = ["let", "allow", "have", "get"]

    /// The positions of the tokens that propose a move: the first verb after each opening of a call
    /// for advice (and after the line's start), skipping subjects, modals and adverbs; in line order.
    /// How a plan put to someone opens ("I want to isolate web-10 … Can we agree on that?", blind58 #27): the move
    /// is the verb after it, when the line asks for their view at all.
    static let proposalLeads = ["i want to ", "we want to ", "i'd like to ", "we'd like to ", "i plan to ", "we plan to ", "i propose to ",
                                "i propose we ", "my plan is to ", "the plan is to ", "i intend to ", "i'm going to ", "we're going to "]

    static func proposalPositions(in line: String, tokens: [String]) -> [Int] {
        let lowered = line.lowercased().replacingOccurrences(of: "’", with: "'")
        func tokenCount(_ text: Substring) -> Int {
            text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
                .filter { !$0.trimmingCharacters(in: CharacterSet(charactersIn: ".")).isEmpty }.count
        }
        // A clause that only sets the scene ("… ninety minutes before we cut Kai off. Is it safe to notify the regulator …?")
        // names its move after the one the question asks about (blind74 #66: the cut-off weighed instead of the filing).
        let setting = ["before we ", "if we ", "if i "]
        func starts(_ openings: [String]) -> [Int] {
            var found: Set<Int> = []
            for opening in openings {
                var from = lowered.startIndex
                while let range = lowered.range(of: opening, range: from..<lowered.endIndex) {
                    found.insert(tokenCount(lowered[..<range.upperBound]))
                    from = range.upperBound
                }
            }
            return found.sorted()
        }
        // Each sentence's start too: "Kenji says your image held. Would rolling it out … break anything?" (blind97 #86: the
        // delivered fix said again, the cost not weighed).
        let asking = [0] + starts(adviceOpenings.filter { !setting.contains($0) } + [" would you ", " do we ", " do i ", " rather than "] + proposalLeads
                                  + [". would ", ". should ", ". could ", ". can we ", ". is it ", "? would ", "? should ", "? could ", "? is it "])
        let positions = (asking + starts(setting)).compactMap { start -> Int? in
            var position = start
            while position < tokens.count {
                // "Let IT wipe it", "have Sam isolate web-03": the move is the verb after whoever would make it (blind28 #101, #102).
                if causativeVerbs.contains(tokens[position]) { position += 2; continue }
                // "How long would revoking ci-key take?": the move after what asks its time.
                if tokens[position] == "how", tokens[safe: position + 1] == "long" { position += 2; continue }
                guard verbLeads.contains(tokens[position]) || tokens[position].hasSuffix("ly") else { return position }
                position += 1
            }
            return nil
        }.filter { proposalWord(tokens[$0]) != nil }
        // Each once, in that order.
        var seen: Set<Int> = []
        return positions.filter { seen.insert($0).inserted }
    }

    /// The proposing word a token is, also in its -ing form ("blocking", "disabling", "cutting").
    /// Whether a line names a move by its verb anywhere, whatever it is done to ("bring the meeting forward and cut
    /// him off today", of an account the trainee has not met yet).
    static func proposesMove(_ line: String) -> Bool {
        line.lowercased().split(whereSeparator: { !$0.isLetter }).contains { proposalWord(String($0)) != nil }
    }

    static func proposalWord(_ token: String) -> String? {
        if proposalVerbs[token] != nil { return token }
        guard token.count > 5, token.hasSuffix("ing") else { return nil }
        let stem = String(token.dropLast(3))
        let doubled = stem.count > 2 && stem.last == stem.dropLast().last ? String(stem.dropLast()) : nil
        return [stem, stem + "e", doubled].compactMap { $0 }.first { proposalVerbs[$0] != nil }
    }

    /// The person a proposal names, by id or a word of their name, among those the trainee knows.
    private func namedPerson(in words: Set<String>) -> Person? {
        var named = Set<Int>()
        for word in words { named.formUnion(world.castByID[word] ?? []) }
        for word in words where word.count >= 3 { named.formUnion(world.castByNameWord[word] ?? []) }
        return named.sorted().map { scenario.cast[$0] }.first { knows(person: $0) }
    }

    /// The asset a proposal acts on: one the trainee knows, named by its id or two words of its name,
    /// else by its owner's name and its kind ("kai's account"), preferring one the verb can act on.
    func proposedAsset(in words: Set<String>, for verb: Verb?) -> Asset? {
        let known = knownAssets
        // "Disable his account, and remove his chat admin role": the suspect's account, rights and all, not the chat (blind88 #57:
        // 'disable chat' was offered).
        if verb == nil || verb == .disable, !words.isDisjoint(with: ["his", "her", "their"]), let account = suspectAccount(askedOf: words) {
            return account
        }
        // "Which accesses does Kai hold, and can you cut all of them?": his account too (blind91 #34: 'shutdown chat').
        if verb == nil || verb == .disable, let account = suspectAccessesAccount(in: words) { return account }
        let fits: (Asset) -> Bool = { asset in verb.map { Self.verbFits($0, asset.kind) } ?? (Self.cutVerbOfKind[asset.kind] != nil) }
        // An id that is part of a longer one said ("chat" of "chat-export", blind88 #66) comes after it.
        let direct = known.filter { words.contains($0.id) }
        let part = { (asset: Asset) in direct.contains { $0.id != asset.id && $0.id.split(separator: "-").contains(Substring(asset.id)) } }
        let strong = known.filter { !words.contains($0.id) && Self.namedStrongly(words, name: $0.name) }
        // An id said as a plain word of a longer name said whole ("the export of Kai's chat admin activity" holds "chat") gives way
        // to that name's asset (blind124 #39: the chat workspace was preserved, not the export).
        let fuller = strong.filter { asset in
            let nameWords = Self.topicWords(asset.name)
            return nameWords.intersection(words).count >= 3 && direct.contains { !$0.id.contains("-") && nameWords.contains($0.id) }
        }
        let byName = fuller + direct.filter { !part($0) } + direct.filter(part) + strong.filter { asset in !fuller.contains { $0.id == asset.id } }
        if let asset = byName.first(where: fits) { return asset }
        let distinctive = words.filter { $0.count >= 4 && !Self.commonWords.contains($0) }
        guard let owner = namedPerson(in: words) else {
            // "The laptop": the one asset the move fits whose name holds the word.
            // A password, secret or key is a credential ("the database password" is not the database).
            let secret = !words.isDisjoint(with: ["password", "passwords", "secret", "secrets", "key", "keys", "token", "credential", "credentials"])
            let sharing = known.filter { fits($0) && (!secret || $0.kind == .credential) && !Self.topicWords($0.name).isDisjoint(with: distinctive) }
            if sharing.count == 1 || byName.first != nil { return sharing.count == 1 ? sharing.first : byName.first }
            // "The key": the one credential still working that the trainee knows of.
            let working = secret ? known.filter { $0.kind == .credential && cutOff($0) == nil && fits($0) } : []
            return working.count == 1 ? working.first : nil
        }
        let owned = known.filter { $0.owner == owner.id && fits($0) }
        let account = owned.first { $0.kind == .account }
        // "Kai's access" is his account.
        if !words.isDisjoint(with: ["access", "login", "logins", "sso"]), let account { return account }
        if let named = owned.first(where: { words.contains($0.kind.rawValue) || !Self.topicWords($0.name).isDisjoint(with: distinctive) }) {
            return named
        }
        // "Is Kai still connected, is the laptop online?": the one asset the line's own words name, whoever
        // owns it (a loaner signed out to him is the helpdesk's), before Kai himself (blind28 #5).
        let ownerWords = Self.topicWords(owner.name)
        let sharing = known.filter { fits($0) && !Self.topicWords($0.name).isDisjoint(with: distinctive.subtracting(ownerWords)) }
        if sharing.count == 1 { return sharing.first }
        // And so is Kai himself cut off ("cut Kai off today").
        if verb == nil, let account { return account }
        return (owned.count == 1 ? owned.first : nil) ?? byName.first
    }

    /// Whether a verb acts on an asset of the kind (`disable` an account, `isolate` a host).
    static func verbFits(_ verb: Verb, _ kind: AssetKind) -> Bool {
        switch verb {
        case .disable: [.account, .service].contains(kind)
        case .revoke, .rotate: [.credential, .account].contains(kind)
        case .isolate, .shutdown: [.host, .device, .service, .network].contains(kind)
        case .block: [.indicator, .network].contains(kind)
        default: true
        }
    }
}
