extension Engine {
    /// Asked whether a move would tip off a suspect who does not know yet ("would removing Kai's chat admin role
    /// today tip him off?", "would rolling out the leaver fix tonight tip Kai off, since it revokes leavers' tokens?"),
    /// a person answers on the move: one that takes away something of his (access, a role, a token, his device)
    /// before the planned cut-off is something he sees, and goes with the rest at the cut-off; one he cannot see (a
    /// hold, an image, reading the logs, watching) is safe. A move said for the cut-off itself is the plan (blind65
    /// #83, #84, #111: "I don't know that about the chat", the chat admin's heads-up again, "nothing against 'rollout'").
    /// Nil for other questions, once he knows, and for someone who must not know.
    func tipOffAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, let id = scenario.truth.insider, id != person.id, let suspect = peopleByID[id], suspectStillUnaware else { return nil }
        let lowered = question.lowercased().replacing("’", with: "'")
        if suspectTippedOff { return tippedOffAnswer(suspect, question: lowered, words: words) }
        // ("Notice" alone may be his notice period: "he is working his notice".)
        guard !words.isDisjoint(with: Self.tipOffWords) || Self.noticePhrases.contains(where: lowered.contains) else { return nil }
        let first = Self.firstName(suspect).capitalized
        // About him: named, or "he"/"him"/"his" with nobody else named.
        let others = scenario.cast.contains { $0.id != id && $0.id != person.id && Self.names(words, $0.id, $0.name) }
        // ("Tip him off" is of him whoever else is named: "Peter has cleared a notice … Would sending it today tip him off?", blind147 #22.)
        let tipHimOff = ["tip him off", "tips him off", "tip her off", "tips her off", "tip them off", "tips them off"].contains(where: lowered.contains)
        guard Self.names(words, suspect.id, suspect.name) || (!others || tipHimOff) && !words.isDisjoint(with: ["he", "him", "his", "her", "them"])
        else { return nil }
        let account = scenario.assets.first { $0.owner == id && $0.kind == .account }
        if let account, let cut = cutOff(account) {
            return "He knows by now: his account was \(cut.word) at \(stamp(cut.at))."
        }
        let planned = account.flatMap { pendingChange(of: $0.id) }
        let unseen = !words.isDisjoint(with: Self.unseenMoveWords)
        // "Take a forensic image of his laptop", "pull the logs": a light verb of a move he cannot see takes nothing away
        // (blind124 #19: "He would notice: Kai would find his laptop gone", then that an image is safe).
        let removing = words.intersection(Self.removalWords).subtracting(unseen ? ["take", "taking", "pull", "pulling"] : [])
        let takes = !removing.isEmpty && !words.isDisjoint(with: Self.accessWords)
        guard takes || unseen else { return untargetedMoveAnswer(question: lowered, words: words, first: first, planned: planned?.when) }
        // Said for the cut-off itself ("at the exit meeting", "in the same minute"), it is the plan.
        let atCutOff = ["same minute", "exit meeting", "with the rest", "at the cut", "at the same time", "together"].contains(where: lowered.contains)
            || planned.map { lowered.contains($0.when.lowercased()) } == true
        if takes, atCutOff {
            return "Not if it goes with the rest: taken in the same minute as his account\(planned.map { " (\($0.when))" } ?? ""), there is nothing left for him to notice beforehand."
        }
        if takes {
            let until = planned.map { "the cut-off at \($0.when)" } ?? "the moment you cut every way in together"
            // A fix rolled out everywhere reaches him too, unless he is left out of it until then.
            if !words.isDisjoint(with: ["rollout", "rolling", "roll"]), !words.isDisjoint(with: ["fix", "change", "policy", "rule"]) {
                return "It would, if it reaches him: \(first) would lose what it takes away before \(until), and that tells him we know. "
                    + "Roll it out after \(until), or leave him out of it until then."
            }
            let thing = Self.his(in: lowered, first: first.lowercased()).map { "his \($0)" } ?? "it"
            return "He would notice: \(first) would find \(thing) gone before \(until), and that tells him we know. Anything that takes away "
                + "his access, a role or a token of his waits for \(until), all in the same minute; until then, what he cannot see (a legal hold, "
                + "a forensic image, reading the logs, watching his uploads) is safe."
        }
        return "No: that is nothing \(first) can see, as long as nobody close to him hears of it. What he would notice is losing access, "
            + "a role or a token of his before " + (planned.map { "the cut-off at \($0.when)" } ?? "every way in is cut together") + "."
    }

    /// A move that names nothing of his ("if we block uploads to personal cloud drives company-wide today, would that tip
    /// Kai off?"), tried on a copy of the drill: when it springs no tip-off, that it takes nothing of his away (blind93
    /// #27: "I see nothing against 'block personal-drive'", which did not say whether he would notice). Nil when the line
    /// proposes no move or the move would tip him off (the call for a view says so, with what has to happen first).
    func untargetedMoveAnswer(question lowered: String, words: Set<String>, first: String, planned: String?) -> String? {
        guard let action = proposedAction(in: lowered, words: words) else { return nil }
        let player = configuration.players.first ?? Player(name: "trainee", role: "ic")
        let command = Self.commandLine(of: action)
        let tipOffs = tried(action, as: player).sprung.filter { id in
            GenericTrap.kind(of: id)?.0 == .tippedOff || scenario.traps.contains { $0.id == id && $0.hardFail == .tippingOff }
        }
        // One that would is weighed by the call for a view, with what has to happen first; "alert" and "alarm" may
        // be the DLP alert itself ("should I talk to Kai about the alert?").
        guard !words.isDisjoint(with: Self.tipOffWords.subtracting(["alert", "alarm"])) || Self.noticePhrases.contains(where: lowered.contains)
        else { return nil }
        let until = planned.map { "the cut-off at \($0)" } ?? "every way in is cut together"
        // One that would tip him off is said to (blind147 #22: "Would sending it to the hospitals today tip him off before Friday?" got
        // HR's line on his final pay).
        guard tipOffs.isEmpty else {
            return "It could: '\(command)' before \(until) may reach \(first), and he would know we know while he still has a way in. "
                + "Hold it until then."
        }
        let everyone = ["company-wide", "companywide", "company wide", "everyone", "everybody", "all staff", "whole company", "org-wide", "for all"]
            .contains(where: lowered.contains)
        return "Not by itself: '\(command)' takes nothing of his away" + (everyone ? ", and a rule for everyone is not aimed at him; if his own uploads fail, the change explains it" : "")
            + ". What he would notice is losing access, a role or a token of his before \(until)."
    }

    /// Once word has reached the suspect (his manager asked him, a message of ours): asked whether to cut sooner or whether a
    /// move tips him off, waiting no longer protects anything, and every way in goes together as soon as the evidence is safe
    /// (blind68 #38, #42: counsel and HR still warned against tipping him off, told that he knew). Nil for other questions.
    func tippedOffAnswer(_ suspect: Person, question lowered: String, words: Set<String>) -> String? {
        let first = Self.firstName(suspect).capitalized
        // "Cut his account", "cut him off": something of his taken away.
        let cutting = !words.isDisjoint(with: Self.removalWords) && (!words.isDisjoint(with: Self.accessWords) || words.contains("off"))
        let timing = !words.isDisjoint(with: ["today", "sooner", "earlier", "instead", "forward", "tonight", "immediately"])
        // (A request to bring the meeting forward is taken on as one; "would you rather …?" asks a view. "Is he fully cut off
        // now?" asks where things stand: only a cut proposed sooner than planned is weighed here.)
        let view = ["would you rather", "would you prefer"].contains(where: lowered.contains)
        guard !Self.isRequest(lowered) || view, !words.isDisjoint(with: Self.tipOffWords) || Self.noticePhrases.contains(where: lowered.contains)
                || cutting && timing && (view || Self.asksForAdvice(lowered, words: words)) else { return nil }
        let when = state.traps.first { sprung in
            GenericTrap.kind(of: sprung.id)?.0 == .tippedOff || scenario.traps.contains { $0.id == sprung.id && $0.hardFail == .tippingOff }
        }.map { " since \(stamp($0.at))" } ?? ""
        let thing = cutting ? Self.his(in: lowered, first: first.lowercased()).map { "Taking his \($0) now tells him nothing he does not know. " } ?? "" : ""
        return "\(first) may well know already\(when): word of it has reached him. \(thing)Waiting for a planned meeting protects nothing now and "
            + "gives him time; cut every way in together, and meet him, as soon as the evidence is safe and HR and legal are ready."
    }

    /// Whether an authored line warns against tipping the suspect off, which says nothing once he knows.
    static func warnsOfTipOff(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["tipping him off", "tip him off", "tips him off", "tells him what we know", "tells him something is up", "tell him what we know"]
            .contains(where: lowered.contains)
    }

    /// What of his the question names ("drop kai's chat admin rights quietly" is "chat admin rights"): the words after
    /// "his" or his name's possessive, up to the first that is no part of it; nil when it names none of his access.
    static func his(in lowered: String, first: String) -> String? {
        let tokens = lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
        let ends: Set<String> = ["quietly", "today", "tonight", "now", "before", "after", "at", "on", "or", "and", "would", "will", "tip", "so",
                                 "without", "early", "yet", "this", "in", "from", "as", "is", "are", "was", "gets", "get", "away", "off", "back"]
        // After "his", his name's possessive or "the" ("pull the chat admin rights today"), the first phrase that names access.
        for start in tokens.indices where ["his", first + "'s", "the"].contains(tokens[start]) {
            let phrase = tokens[(start + 1)...].prefix { !ends.contains($0) }.prefix(4)
            if phrase.contains(where: accessWords.contains) { return phrase.joined(separator: " ") }
        }
        return nil
    }

    /// Words that ask whether a move gives the investigation away.
    static let tipOffWords: Set<String> = ["tip", "tips", "tipped", "tipping", "spook", "spooked", "alert", "alerted", "alarm",
                                           "warn", "warned", "suspicious", "realise", "realize", "clue", "clued"]
    /// Ways of asking whether he would notice.
    static let noticePhrases = ["he notice", "he'd notice", "he would notice", "he will notice", "he'll notice", "would notice", "will notice",
                                "he noticed", "notice it", "notice that", "notice if", "notice anything", "notice something"]
    /// Words that take something away.
    static let removalWords: Set<String> = ["remove", "removing", "removed", "strip", "stripping", "revoke", "revoking", "cut", "cutting", "disable",
                                            "disabling", "pull", "pulling", "lock", "locking", "block", "blocking", "suspend", "suspending", "downgrade",
                                            "rollout", "rolling", "roll", "isolate", "isolating", "take", "taking", "drop", "dropping"]
    /// What of his can be taken away.
    static let accessWords: Set<String> = ["access", "admin", "rights", "role", "roles", "token", "tokens", "account", "permissions", "privileges",
                                           "laptop", "workstation", "device", "login", "sso", "vpn", "keys", "key"]
    /// Moves a suspect cannot see.
    static let unseenMoveWords: Set<String> = ["hold", "preserve", "preserving", "image", "imaging", "snapshot", "snapshotting", "monitor",
                                               "monitoring", "watch", "watching", "logs", "export", "exporting"]
}

extension Engine {
    /// Asked whether the fix took away something of the suspect's ("did your fix just remove Kai's own chat admin role
    /// or his token, or does that still wait for Friday?"), a person says where each of his ways in stands: a fix
    /// changes the rule from now on, and what he has goes when it is cut (blind65 #107: the fix restated, and a "Will
    /// do" claimed done). Nil for other questions, with no suspect, and for someone who must not know.
    func fixOnSuspectAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // Whether the fix did it: "did your fix …", "does the fix apply to him …" (not "would blocking … look like a routine
        // policy change?", which asks about a move).
        let opening = question.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        guard !person.mustNotKnow, let id = scenario.truth.insider, id != person.id, let suspect = peopleByID[id],
              // ("That change", once a fix is in: blind93 #69.)
              ["did", "has", "have", "does", "do", "is", "was"].contains(opening),
              !words.isDisjoint(with: ["fix", "fixes"]) || !words.isDisjoint(with: ["change", "changes"]) && fixUnderTest != nil,
              !words.isDisjoint(with: Self.removalWords.union(["apply", "applies", "affect", "affects", "touch", "touched"])),
              Self.names(words, suspect.id, suspect.name) || !words.isDisjoint(with: ["his", "him"]) else { return nil }
        let kinds: [(words: Set<String>, kind: AssetKind)] = [
            (["account", "admin", "role", "rights", "sso", "vpn", "access"], .account), (["token", "tokens", "key", "keys"], .credential),
            (["laptop", "workstation", "device"], .device),
        ]
        let asked = Set(kinds.filter { !$0.words.isDisjoint(with: words) }.map(\.kind))
        let his = knownAssets(heldBy: id).filter { asked.isEmpty ? Self.cuttingVerb(for: $0.kind) != nil : asked.contains($0.kind) }
        guard !his.isEmpty else { return nil }
        let lines = his.map { asset -> String in
            if let cut = cutOff(asset) { return "\(asset.id) was \(cut.word) at \(stamp(cut.at))" }
            if let planned = pendingChange(of: asset.id) { return "\(asset.id) is \(planned.phrase.replacingOccurrences(of: "by \(person.name)", with: "by me"))" }
            return "\(asset.id) still works"
        }
        let untouched = his.allSatisfy { cutOff($0) == nil }
        return (untouched ? "No: the fix changes the rule from now on; what \(Self.firstName(suspect).capitalized) has now goes when it is cut: " : "As his access stands: ")
            + Self.series(lines) + "."
    }
}

extension Engine {
    /// Asked what cutting an account or key covers ("if we disable kai-account at the exit meeting, does that also kill his
    /// chat admin rights, VPN and any repo tokens, or are those separate?"), someone who knows it (its keeper, an identity
    /// admin, or anyone once it was inspected) says what it gives and which other ways in of the same holder go separately
    /// (blind71 #51, #52: a view on disabling it now, and a deflection to the analyst). Nil for other questions.
    func coverageAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, !words.isDisjoint(with: ["cover", "covers", "kill", "kills", "include", "includes", "separate", "separately", "touch", "touches"]),
              let asset = assetSaidByID(in: question, words: words), [.account, .credential].contains(asset.kind),
              let verb = Self.cuttingVerb(for: asset.kind), lowered.contains(String(verb.spelling.dropLast())) || lowered.contains("cut"),
              let card = asset.inspect?.text else { return nil }
        let id = asset.id
        let role = "\(person.role) \(person.team)".lowercased()
        guard asset.owner == person.id || role.contains("identity") || role.contains("admin") || state.asset(id, is: .inspected) else { return nil }
        let others = (asset.owner.map(knownAssets(heldBy:)) ?? []).filter { other in
            other.id != id && [.account, .credential].contains(other.kind) && cutOff(other) == nil
        }
        let doing = verb.spelling.prefix(1).uppercased() + verb.spelling.dropFirst().dropLast() + "ing"
        let rest = others.isEmpty ? " Nothing else of the same holder that I know of outlives it."
            : " It does not end \(Self.series(others.map(\.id))): \(others.count == 1 ? "that goes" : "those go") separately ("
                + Self.series(others.compactMap { other in Self.cuttingVerb(for: other.kind).map { "'\($0.spelling) \(other.id)'" } }) + "), in the same minute."
        return "\(doing) \(id) ends everything it gives (its card: \"\(card.trimmingWhitespaceAndNewlines())\").\(rest)"
    }
}

extension Engine {
    /// The known assets someone holds: owned by them, or named for them (a token on the code host its admin keeps,
    /// "kai-token").
    func knownAssets(heldBy holder: String) -> [Asset] {
        knownAssets.filter { $0.owner == holder || $0.id.hasPrefix(holder + "-") }
    }
}
