import Foundation

extension Engine {
    /// The one task a message's go-ahead hands its reader ("Go ahead: move CI to short-lived credentials…"
    /// to the one who proposed that fix; "please go ahead and file it with the Dutch authority" to counsel),
    /// as the line after `delegate <person>`; nil when the message gives no go-ahead to them, or one that is
    /// no single task they can take on now.
    ///
    /// Blind plays judged "say the word and it is done: 'delegate …'" after the word was said a colleague
    /// dictating commands (blind73 #55, #64): a go-ahead said to them is the task handed over, recorded as
    /// such (a decision of its own, as if `delegate` had been typed), so the person simply takes it on.
    ///
    /// Moves on several assets, or several moves ("Go ahead and snapshot web-05 and web-07, then isolate them."), are each
    /// handed over, in the order said (blind123 #4: orders on several hosts came back as `delegate` lines to type); so are the
    /// orders of later sentences (`laterOrderTasks`).
    func goAheadTasks(_ person: Person, _ said: String, player: Player) -> [String]? {
        guard !person.mustNotKnow, person.reachable, knows(person: person) else { return nil }
        let text = Self.orderText(said, to: person)
        guard let first = firstOrderTasks(person, text, player: player) else { return offeredMoveGiven(person, text) }
        return first + laterOrderTasks(person, text, after: first, player: player)
    }

    /// A message as its orders are read: without the reader's name said first ("Nils, one more sweep of the whole web fleet
    /// please", blind126 #90: it opens no sentence of its own), and with what the commander wants done said as an order ("I need
    /// the DLP logs pulled", `wantedAsOrders`), and an order joined on to one of another kind said as its own sentence (`joinedOrdersSplit`).
    static func orderText(_ said: String, to person: Person) -> String {
        let name = firstName(person).lowercased() + ","
        let addressed = said.lowercased().hasPrefix(name) ? String(said.dropFirst(name.count)).trimmingWhitespaceAndNewlines() : said
        // ("… then sweep the web fleet once more": no "once" that waits for something, blind149 #43.)
        let repeated = addressed.replacingOccurrences(of: " once more", with: " again").replacingOccurrences(of: " once again", with: " again")
        return joinedOrdersSplit(wantedAsOrders(repeated))
    }

    /// Where the first order of a message opens: a go-ahead said to the reader, or an order said plainly; with the end of
    /// the plain order's sentence.
    static func firstOrder(in lowered: String) -> (opening: String.Index, end: String.Index?)? {
        if let direct = directGoAhead(in: lowered) { return (direct, nil) }
        return imperativeSentence(in: lowered).map { ($0.lowerBound, $0.upperBound) }
    }

    /// The tasks of a message's first order (`goAheadTasks`).
    func firstOrderTasks(_ person: Person, _ text: String, player: Player) -> [String]? {
        let lowered = text.lowercased()
        // An order said plainly ("Snapshot web-10 now.") hands over the move it names, and nothing else.
        guard let (opening, end) = Self.firstOrder(in: lowered) else { return nil }
        let direct: String.Index? = end == nil ? opening : nil
        let order: Range<String.Index>? = end.map { opening..<$0 }
        let imperative = direct == nil
        // Not an order that answers their open question (the option is chosen instead) or that stops something of theirs.
        // (Words that stop something in a sentence of their own leave the order an order: "Pull the DLP logs. Do not touch the
        // laptop yet." got "Give it to me as a task" for the laptop.)
        if imperative, optionSettled(by: text, of: person) != nil
            || Self.stoppingPhrases.contains(where: Self.withoutCounterfactuals(" " + lowered[opening..<(order?.upperBound ?? lowered.endIndex)] + " ").contains) {
            return nil
        }
        // Moves on "both" or "them" are several tasks: their hand-overs are said, not one taken (`pluralGoAhead`); not when the
        // words are the fix they proposed, whose parts name moves and assets (blind82 #59: "Go ahead: move CI to short-lived
        // OIDC credentials, delete every static key from ci-config, and narrow ci-deployer …" got "say the word").
        let plan = imperative ? nil : fixGoAheadPlan(person, text)
        if plan == nil, let several = pluralGoAheadTasks(person, text, after: opening) {
            // Taken on only from a message that holds none of it back, offers no alternative, asks nothing, and names no
            // thing by a hyphenated name the commander does not know; otherwise each hand-over is said, to be typed (review:
            // "Go ahead and snapshot web-03. Do not isolate web-03 or redeploy it yet." isolated and redeployed it;
            // "preserve the chat-export and dlp-logs" preserved chat).
            // (From the go-ahead on: "I meant the other two hosts, not web-03. Go ahead and snapshot web-05 and web-07" holds nothing back.)
            // (A later sentence on another move is no hold on these: "… snapshot both and then isolate them. Nothing gets terminated
            // until Ingrid has the images.", blind137 #20: "Got it, thanks.", and "… Do not terminate it.", #99.)
            let severalVerbs = Set(several.compactMap(Self.verbOfTask))
            let sentencesSaid: [String] = Self.sentences(of: String(lowered[opening...]))
            // (A sentence that only asks for the report bears on none of them where none may tip someone off: "Please snapshot web-07
            // and isolate it. Ping me when both images are done.", blind146 #8: the isolation held by its "when".)
            let tipping = severalVerbs.contains(where: mayTipOff)
            let bearing = sentencesSaid.enumerated().filter { index, sentence in
                if index > 0, !tipping, Self.reportOpenings.contains(where: sentence.trimmingCharacters(in: .whitespaces).hasPrefix) { return false }
                let moves = Self.movesSaid(in: Self.wordTokens(sentence)).map(\.verb)
                return index == 0 || moves.isEmpty || !severalVerbs.isDisjoint(with: moves)
            }.map(\.element)
            // (A clause that only refrains from another move holds none of them: "Snapshot report-01 now and then isolate it, same as the
            // others; do not terminate it.", blind152 #58: "Say the word for each".)
            let padded = " " + Self.withoutRefrains(bearing.joined(separator: " "), besides: severalVerbs) + " "
            // Moves set for a time the go-ahead gives ("disable kai-account at Fri 10:00 and revoke kai-token in the same minute. Until
            // then, nothing he can notice.", blind127 #37: "say the word for each") are held by that time already: a day, "until
            // then" or a caution after it is no hold, only a condition or an alternative in the go-ahead's own sentence.
            let timed = several.allSatisfy { $0.contains(" at ") }
            // (Up to a report asked for: "… now, and let me know once both are dead" holds nothing, blind135 #18.)
            let own = timed ? " " + (Self.sentences(of: String(lowered[opening...])).first ?? "") + " " : Self.beforeReport(padded) + " "
            // (A cut among them is held by what holds a cut too: "Preserve kai-mailbox and disable kai-account at the exit meeting".)
            let cuts = several.contains { line in Self.cutVerbs.contains { line.hasPrefix($0.spelling + " ") } }
            let holds = timed ? Self.pluralHolds.filter { !Self.timeHolds.contains($0) } : Self.pluralHolds + (cuts ? Self.cutHolds + Self.untimedCutHolds : [])
            var lines = several
            if holdsBack(padded, own: timed ? own : Self.withoutClockTimes(own), holds: holds, text: text) {
                // What holds only some moves in their own words holds those, and the rest are taken on ("Block personal-drive now and
                // disable kai-account on his last day.": "Say the word for each", the attack on stop 59's orders); never past an
                // alternative, a question or a hold before the first move.
                let held = Self.movesHeldByOwnWords(Self.beforeReport(String(lowered[opening...])), verbs: several.compactMap(Self.verbOfTask))
                guard !held.isEmpty, !holdsBack(padded, own: Self.movesUnsaid(Self.beforeReport(padded), held: held), holds: holds, text: text)
                else { return nil }
                lines = several.filter { Self.verbOfTask($0).map { !held.contains($0) } ?? false }
            }
            // What they are already on is left out when it is handed over (`decideGoAhead`).
            // (Not a move that destroys something not yet imaged, in a message that speaks of images: `destroyingUnimaged`.)
            let unimaged = destroyingUnimaged(lines, said: lowered[...])
            let taken = lines.filter { !unimaged.contains($0) && problem(with: Action(verb: .delegate, object: person.id, text: $0), player: player) == nil }
            return taken.isEmpty ? nil : taken
        }
        // An order is read from its own sentence only: what a later one says was not checked for what holds it back.
        let rest = String(lowered[opening..<(order?.upperBound ?? lowered.endIndex)])
        var task: String?
        // "Please go ahead and test it: replay the exploit …" is the test, not a change (blind81 #59: a fix "test it: …" handed
        // over; blind80 #92: "please retest it now" got "say the word").
        let first = rest.split(whereSeparator: { !$0.isLetter && $0 != "-" }).first.map(String.init) ?? ""
        if first == "test" || Self.retestWords.contains(first) || rest.contains("get around ") || Self.runsATest(rest) {
            task = "test"
        } else if let plan {
            // Quotes inside the plan would end the quoted text early.
            task = "fix \"\(plan.replacingOccurrences(of: "\"", with: "'"))\""
        } else if let clause = Optional(itNamedBefore(Self.plainMove(Self.goAheadClause(rest)), before: String(lowered[..<opening]))),
                  let action = proposedAction(in: clause, words: Self.topicWords(clause)),
                  action.verb.isDelegable, action.verb != .fix, action.text == nil, alreadyDone(action) == nil,
                  !imperative || action.verb.argument == .asset || action.verb.argument == .indicator {
            task = Self.commandLine(of: action)
        }
        // The hand-over a request in the same words gets ("please go ahead and pull the instance-role logs": `logs
        // instance-role`, blind75 #18), when it is one; else a change in their hands said in the commander's words is a fix
        // (blind74 #89: "go ahead: make personal access tokens require single sign-on").
        // An order that names no move of its own is handed over only when it is a read or a look ("Pull the logs for web-10.").
        if task == nil, !imperative || Self.imperativeReadWords.contains(first) {
            // "… and tell me what web-03 read with it" asks for the report, not a second task.
            // (Nor what it leaves out: "pull the DLP logs, but not the logs of kai-account" read neither.)
            // (Its own sentence: a later one is a later order's, "Please sweep the web fleet again now. Also pull the logs of web-03.",
            // blind152 #42: the sweep dropped for the read the next sentence names.)
            let ownSentence = Self.sentences(of: rest).first ?? rest
            let asked = Self.beforeReport(ownSentence, also: [" and ping me", " and flag ", ", but ", " but not ", ", not ", " except "])
            let plainAsked = Self.plainMove(asked)
            let reply = requestAnswer(person, question: "please " + plainAsked, words: Self.topicWords(plainAsked))
            // A reply that only names the trail to read ("… read it again for anything newer: logs dlp-logs") names the task too
            // (blind76 #128: "please go ahead and read the DLP logs again" got a "Will do" and nothing was read).
            var handed = reply.map(Self.delegatedTasks) ?? []
            if handed.isEmpty, let reply { handed = lookupsNamed(in: reply) }
            // Of several reads, the trail named as one ("the audit logs for everything ci-deployer did … from customer-exports").
            // Not when a trail is only what the work uses ("prepare a per-retailer breakdown … using the audit logs we already
            // read", blind86 #99: handed over as a plain read, and the breakdown forgotten).
            let producing = Self.producingWords.contains(first)
            let trails = producing ? [] : trailsNamedAsLog(asked)
            let namedAsLog = trails.count == 1 ? trails[0] : nil
            if trails.count > 1 {
                handed = trails.map { "logs \($0)" }
            } else if let trail = namedAsLog ?? (producing ? nil : trailToRead(asked)), namedAsLog != nil || handed.isEmpty || handed.contains("logs \(trail)") {
                handed = ["logs \(trail)"]
            }
            // Several reads are each handed over, under the rules of the plural go-ahead (blind124 #9 got a "Will do" and none).
            if handed.count > 1 {
                // (Held as a look is: by words of later, an alternative or an exception; not by "after 10:45" or "after that".)
                // (Up to a report asked for: "…, and flag anything from 91.214.64.30 or the other four addresses" holds nothing.)
                let padded = Self.withoutReadTimes(" " + asked + " ")
                let holds = Self.lookingHolds + [" or ", " either ", "whichever", " instead", " not ", "n't "]
                guard !holdsBack(padded, own: padded, holds: holds, text: text) else { return nil }
                let taken = handed.filter { problem(with: Action(verb: .delegate, object: person.id, text: $0), player: player) == nil }
                return taken.isEmpty ? nil : taken
            }
            task = handed.first ?? (imperative ? nil : changeInTheirHands(person, rest: text.count == lowered.count ? String(text.suffix(rest.count)) : rest))
        }

        guard var task, case .success(let parsed?) = ActionParser.parseAction(task), parsed.verb.isDelegable else { return nil }
        // A time the go-ahead gives ("go ahead and disable Kai's account at Fri 10:00") is the task's time, not now (blind79 #58).
        // The go-ahead's own time before one said earlier in the message ("the exit meeting on Friday at 10:00 … Please go ahead and
        // disable his account … at Fri 10:00", blind88 #57: "at 10:00" is the next morning).
        // Only the go-ahead's own sentence's time, or one said before that it points back to ("… then"): "Please block personal-drive
        // now. Then disable kai-account at Fri 10:00." set the block for Friday (the attack on stop 58's orders).
        // (The order's words as said: `rest` is its sentence for a plain order, not the end of the message.)
        let restSaid = text.count == lowered.count ? String(text.dropFirst(lowered.distance(from: lowered.startIndex, to: opening)).prefix(rest.count)) : rest
        let ownSentence = Self.sentences(of: restSaid).first ?? rest
        let pointsBack = [" then", "that time", "same time", "that minute", "same minute"].contains(where: ownSentence.lowercased().contains)
        if parsed.until == nil, let time = Self.timeSaid(in: ownSentence) ?? (pointsBack ? Self.timeSaid(in: text) : nil) {
            // A time that cannot be set for the move is no order for now ("Wipe kai-laptop at Fri 10:00." wiped it at once, the
            // attack on stop 59's orders).
            guard case .success(let timed?) = ActionParser.parseAction(task + " at " + time), timed.until != nil else { return nil }
            task += " at " + time
        }
        // Untimed, a go-ahead that says to wait ("disable kai-account on Friday", "… once the mailbox is preserved", "… if anything
        // looks off") is not taken on now: the attack on this stop's go-aheads cut Kai off at once for each of these (a tip-off).
        // (Read in its own sentence up to a report asked for: "… and tell me if any backup job breaks" holds nothing.)
        let own: [String] = Self.sentences(of: rest)
        // (Nor a clause of its own after it: "delete web-03, and add a note that it was decommissioned after imaging".)
        // (Nor a task of another kind after it: "Block personal-drive now and coordinate the kai-account disable with Grace" holds
        // nothing by "with Grace", attack60 n06.)
        let said = Self.withoutCounterfactuals(Self.beforeReport(" " + (own.first ?? rest) + " ", also: [", and ", "; "] + Self.coordinatingWords.map { " and \($0) " })) + " "
        // (A cut untimed is held by any word that may set it for later, known or not: "on his last day", "at the agreed time", "with
        // HR present", "on my signal": the attack on stop 58's orders cut Kai off or deleted evidence at once for each.)
        // (Said for now in so many words, a cut is no cut for later where it may tip no one off: "Please rotate the app database password
        // now and coordinate the redeploy with Maya …", blind140 #36: held by "with".)
        // (Before a comma too: "Please revoke backup-key now, in parallel with the log read.", blind148 #22.)
        let spaced = said.replacingOccurrences(of: ",", with: " ")
        let saidNow = [" now ", " immediately ", " right away ", " straight away "].contains(where: spaced.contains)
        let forNow = !mayTipOff(parsed.verb) && saidNow
        // (One that may tip someone off, said for now, is held only by a moment named, not by where or how: "please block personal-drive
        // at the proxy now, quietly, with nothing in any public channel", blind150 #7: "say it to the minute".)
        let untimed = forNow ? [] : saidNow ? Self.untimedCutHolds.filter { !Self.placeWords.contains($0) } : Self.untimedCutHolds
        let holds = Self.cutVerbs.contains(parsed.verb) ? Self.cutHolds + untimed
            : [.logs, .inspect, .sweep].contains(parsed.verb) ? Self.laterHolds : []
        if !task.contains(" at "), holds.contains(where: Self.withoutClockTimes(said).contains) { return nil }
        // Nor one said to follow something else ("Please block personal-drive at Wed 09:00. Then disable kai-account.": the attack on
        // stop 58's orders).
        if !task.contains(" at "), mayTipOff(parsed.verb), lowered[..<opening].hasSuffix("then ") || lowered[..<opening].hasSuffix("then, ") {
            return nil
        }
        // Nor an untimed cut after words that deny it ("Don't disable kai-account now. Disable it.": which is meant is not clear).
        if !task.contains(" at "), mayTipOff(parsed.verb), [" not ", "n't ", "never "].contains(where: (" " + lowered[..<opening]).contains) { return nil }
        // A move that destroys is never taken on from a message that also images or holds something: the delete would finish first
        // ("Wipe kai-laptop at Fri 10:00 and snapshot it now." wiped it at once, the attack on stop 58's orders).
        // (Not once what it destroys is imaged or held: "… please redeploy web-03 from the new image" and "… delete web-legacy-01 now;
        // Nils already has the image" were refused, blind140 #96, #112.)
        // (Every thing the order names, not only the first: "Please redeploy web-03 now from the image, and web-05 as well." with only
        // web-03 imaged, attack60 d23.)
        // (Words of images anywhere in the message: "You have the image of web-05 already, so please redeploy it now.", attack60 d06b.)
        let targets = Array(Set(namedIDs(in: rest, limit: 6) + [parsed.object].compactMap { $0 }))
        if waitsForImage(parsed.verb, on: targets, said: lowered[...]) { return nil }
        // A cut or a move that destroys is held by a hold or a retraction in a sentence after it too ("Disable kai-account. Not yet
        // though.", "Wipe kai-laptop. Not before the image is done.": the attack on this stop's orders cut Kai off, wiped the laptop).
        // (Each later sentence up to a report asked for: "… and tell me if any backup job breaks" holds nothing.)
        if Self.cutVerbs.contains(parsed.verb) {
            // (Not one with a move of its own on something else: "I will have Olu rotate the DB password right after you confirm.",
            // blind134 #24, held Sara's narrowing of the role, answered "Will do" with nothing handed over.)
            // (Nor a sentence that only asks for the report: "… please revoke ci-key now. … Tell me as soon as it is dead.", blind141 #19:
            // "as soon as" held the revocation.)
            let later = Self.sentences(of: String(lowered[opening...])).dropFirst()
                // (Where it may tip someone off or destroy, a report sentence may still hold it: "Let me know once HR is in the room.")
                .filter { sentence in
                    !Self.reportOpenings.contains(where: sentence.trimmingCharacters(in: .whitespaces).hasPrefix)
                        || mayTipOff(parsed.verb) && !Self.reportsOnTheMove(sentence)
                }
                .map { " " + Self.withoutCounterfactuals(Self.beforeReport($0)) + " " }
                .filter { sentence in !ownMoveElsewhere(sentence, than: parsed.object) && !Self.refrainsFromAnotherMove(sentence, than: parsed.verb) }
                // (Nor a question on what it will cost: "… revoke it now. What will stop working when it goes?", blind151 #16.)
                .filter { sentence in
                    let words = Self.topicWords(sentence)
                    return !(sentence.trimmingCharacters(in: .whitespaces).hasSuffix("?")
                        && (Self.asksAboutCost(words) || !words.isDisjoint(with: ["stop", "stops", "working", "notice", "fail", "fails"])))
                }
            let retracted = later.contains { sentence in Self.retractingPhrases.contains(where: sentence.contains) }
            // (Nor one a later sentence gives a time: "Please disable kai-account. Timing: Friday 10:00.")
            if retracted || !task.contains(" at ") && later.contains(where: { sentence in
                (Self.cutHolds + [" not ", " yet", "n't "]).contains(where: sentence.contains) || Self.timeSaid(in: sentence) != nil
            }) {
                return nil
            }
        }
        let delegation = Action(verb: .delegate, object: person.id, text: task)
        return problem(with: delegation, player: player) == nil ? [task] : nil
    }

    /// A clause with "it" said as the one thing named before it, when it names nothing itself ("Don't disable kai-account now.
    /// Disable it at Fri 10:00.": "which one do you mean?", the attack on stop 59's orders); else the clause as it is.
    func itNamedBefore(_ clause: String, before: String) -> String {
        guard clause.range(of: "\\bit\\b", options: .regularExpression) != nil, namedIDs(in: clause).isEmpty else { return clause }
        var earlier = namedIDs(in: before)
        // Of those named, the one thing the move can act on ("10.4.9.17 is web-legacy-01, an old box still beaconing to the C2. Snapshot
        // it first.": the host, not the C2 domain, blind149 #55: "web-03 is already snapshotted").
        if !earlier.isEmpty, let verb = clause.split(separator: " ").lazy.compactMap({ Self.proposalWord(String($0)).flatMap { Self.proposalVerbs[$0] ?? nil } }).first,
           let kinds = Self.kindsActedOn[verb] {
            earlier = earlier.filter { assetsByID[$0].map { kinds.contains($0.kind) } ?? false }
        }
        guard earlier.count == 1 else { return clause }
        return clause.replacingOccurrences(of: "\\bit\\b", with: earlier[0], options: .regularExpression)
    }

    /// The kinds of thing each move on a machine or a way in acts on.
    static let kindsActedOn: [Verb: Set<AssetKind>] = [
        .snapshot: [.host, .device, .database, .bucket, .service], .isolate: [.host, .device], .clean: [.host, .device],
        .redeploy: [.host, .service], .shutdown: [.host, .service, .device], .revoke: [.credential], .rotate: [.credential],
        .disable: [.account], .block: [.indicator, .network],
    ]

    /// The text up to a report asked for ("… and tell me if any backup job breaks", "… and page me"), or up to the first of
    /// `also`; the whole text when it asks for none.
    static func beforeReport(_ text: String, also: [String] = []) -> String {
        (reportBackWords + pageMeWords + also).compactMap { text.range(of: $0)?.lowerBound }.min().map { String(text[..<$0]) } ?? text
    }

    /// Words that take back an order just given ("Please disable kai-account at Fri 10:00. Actually, don't.").
    static let retractingPhrases = ["actually, don't", "actually don't", "actually, do not", "scratch that", "belay", "call it off", "call that off",
                                    "hold off", "hold on", "not yet", "on second thought", "second thoughts", "never mind", "forget it", "forget that"]

    /// Whether a go-ahead on several moves holds part of it back (`holds` in its own words), asks something, or names a thing by a
    /// hyphenated name the commander does not know: then each hand-over is said, to be typed, and none taken on.
    func holdsBack(_ padded: String, own: String, holds: [String], text: String) -> Bool {
        holds.contains(where: Self.withoutDiscretion(own).contains) || padded.contains("?") || unknownIDSaid(in: text) != nil
    }

    /// The local time a text gives after "at" ("at Fri 10:00", "at friday 10:00", "at 18:00"), as written; nil when none.
    static func timeSaid(in text: String) -> String? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".!?()")) }
        for (index, token) in tokens.enumerated() where token.lowercased() == "at" {
            let two = tokens[safe: index + 1].flatMap { day in tokens[safe: index + 2].map { day + " " + $0 } }
            for candidate in [two, tokens[safe: index + 1]].compactMap({ $0 }) where LocalTime(parsing: candidate) != nil {
                // A day said around a bare clock time is its day ("on Friday at 10:00", "at 10:00 on Friday": set for Tuesday 10:00 before).
                guard candidate == tokens[safe: index + 1], LocalTime(parsing: candidate)?.weekday == nil,
                      let day = tokens[max(0, index - 2)..<min(tokens.count, index + 4)].first(where: { LocalTime(parsing: $0 + " " + candidate)?.weekday != nil })
                else { return candidate }
                return day + " " + candidate
            }
        }
        return nil
    }

    /// The tasks a reply hands over, as the lines after `delegate <person>` it quotes ("…: delegate sara logs instance-role;
    /// I report back", "'delegate dana disable kai-account' and 'delegate dana revoke kai-token'").
    static func delegatedTasks(_ reply: String) -> [String] {
        var tasks: [String] = []
        var rest = reply[...]
        while let found = rest.range(of: "delegate ") {
            let after = rest[found.upperBound...].drop { $0 != " " }.dropFirst()
            // A task ends at its punctuation, or where the next hand-over starts ("… and delegate sara logs web-03").
            let end = ([after.firstIndex { ";'(".contains($0) }] + [" and delegate ", ", delegate "].map { after.range(of: $0)?.lowerBound })
                .compactMap { $0 }.min() ?? after.endIndex
            var task = String(after[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
            if let and = task.range(of: ", and I") ?? task.range(of: " and I ") { task = String(task[..<and.lowerBound]) }
            if !task.isEmpty, !task.contains("<") { tasks.append(task) }
            rest = after[end...]
        }
        return tasks
    }

    /// The words of a go-ahead that say what to do: not what is named only for comparison ("same as web-03"), nor what a later
    /// sentence says ("… from the snapshot. Report back as soon as you have it.", blind87 #17: 'notify'), nor what a clause after
    /// a dash or a reason names ("preserve the audit-logs now, before anything gets rotated out — I want the full trail of what
    /// ci-deployer did", blind86 #26: 'preserve ci-key' and 'preserve ci-deployer' were offered).
    static func goAheadClause(_ rest: String) -> String {
        // (Or one of two words opening on a move: "snapshot web-03. Do not isolate web-03 …" is the snapshot.)
        let sentence = sentences(of: rest).first { sentence in
            let words = sentence.split(separator: " ")
            return words.count >= 3 || words.first.flatMap { proposalWord(String($0)) }.flatMap { proposalVerbs[$0] ?? nil } != nil
        } ?? rest
        // (Nor "…, same drill as web-03", blind134 #29: the isolate read as one of web-03, done already, and dropped.)
        // (Nor the report it asks for, or what it is for: "… now, and tell me whether we should disable kai-account today", "… and let
        // me know once it's done so we can redeploy it": the attack on stop 59's orders took the move in it.)
        return (["same as ", "as we did", "like we did", "as with ", "the same way", ", same ", " same drill", " same procedure", " same steps", "; ", " — ", " – ",
                 " - ", ", before ", " before anything", " because ", ", so that ", " so we can ", " so i can ", " so we could ", " so that we "]
                + reportBackWords + pageMeWords)
            .compactMap { sentence.range(of: $0)?.lowerBound }.min().map { String(sentence[..<$0]) } ?? sentence
    }

    /// A move said with a light verb, said plainly: "take a forensic snapshot of kai-laptop now" is "snapshot kai-laptop now",
    /// "put the laptop image under chain of custody" is "preserve the laptop image" (blind88 #26, #67: "Will do", and nothing
    /// handed over). Anything else as it is.
    static func plainMove(_ clause: String) -> String {
        let tokens = clause.split(separator: " ").map(String.init)
        // "Export Kai's chat admin activity and put it under chain of custody" preserves what the export holds (blind124 #39: a
        // "Will do", and nothing preserved).
        if let first = tokens.first?.lowercased(), gatheringVerbs.contains(first),
           let and = tokens.indices.dropFirst(2).first(where: { tokens[$0].lowercased() == "and" }),
           let pronoun = tokens[safe: and + 2]?.lowercased().trimmingCharacters(in: .punctuationCharacters), ["it", "them"].contains(pronoun) {
            // What an export or a copy makes is named for it ("the export of Kai's chat admin activity").
            let made = ["export", "copy", "download", "dump", "extract"].contains(first) ? "the \(first) of " : ""
            let object = made + tokens[1..<and].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ","))
            let move = ([tokens[and + 1], object] + tokens[(and + 3)...]).joined(separator: " ")
            let plain = plainMove(move)
            return plain == move && proposalWord(tokens[and + 1].lowercased()).flatMap({ proposalVerbs[$0] ?? nil }) == nil ? clause : plain
        }
        // ("Do not isolate web-03" is no move.)
        guard let first = tokens.first?.lowercased(), lightVerbs.contains(first), tokens[safe: 1]?.lowercased() != "not" else { return clause }
        let lowered = clause.lowercased()
        // "Put the legal hold on Kai's mailbox and drive" (blind88 #23).
        if ["put", "place"].contains(first), let on = [" hold on ", " holds on "].compactMap({ lowered.range(of: $0) }).first {
            return "preserve " + clause.suffix(lowered.distance(from: on.upperBound, to: lowered.endIndex))
        }
        if ["put", "place", "keep"].contains(first),
           let under = [" under chain of custody", " under legal hold", " under a legal hold", " under hold", " on legal hold", " on hold"]
            .compactMap({ lowered.range(of: $0) }).first {
            return "preserve " + tokens.dropFirst().joined(separator: " ").prefix(lowered.distance(from: lowered.startIndex, to: under.lowerBound) - first.count - 1)
        }
        // "Send the plain-language email to the 31,500 consignees" is telling them (blind89 #70: "Will do", and nobody told).
        if first == "send", let to = lowered.range(of: " to ") {
            return "notify " + clause.suffix(lowered.distance(from: to.upperBound, to: lowered.endIndex))
        }
        // "Run the web-fleet sweep again" is sweeping what it names before the word (blind152 #42: "Will do" and no sweep).
        if ["run", "do"].contains(first), let at = tokens.indices.dropFirst().prefix(4).first(where: { tokens[$0].lowercased().hasPrefix("sweep") }) {
            let named = tokens[1..<at].filter { !["the", "a", "another", "new", "fresh", "full"].contains($0.lowercased()) }
            return (["sweep"] + named + tokens[(at + 1)...]).joined(separator: " ")
        }
        // The move's word within the next four, then what it is of or on.
        guard let at = tokens.indices.dropFirst().prefix(4).first(where: { index in
            proposalWord(tokens[index].lowercased().filter(\.isLetter)).flatMap { proposalVerbs[$0] ?? nil }?.isDelegable == true
        }) else { return clause }
        var rest = Array(tokens[(at + 1)...])
        if let of = rest.first?.lowercased(), ["of", "on", "for"].contains(of) { rest.removeFirst() }
        return ([tokens[at]] + rest).joined(separator: " ")
    }

    /// Verbs that gather a thing before a move on it ("export … and put it under chain of custody"), no move of their own.
    static let gatheringVerbs: Set<String> = ["export", "copy", "download", "save", "collect", "gather", "pull", "grab", "dump", "extract"]

    /// Verbs that carry a move named by a noun after them ("take a snapshot", "put it under hold").
    static let lightVerbs: Set<String> = ["take", "make", "do", "get", "run", "grab", "put", "place", "keep", "send"]
}
