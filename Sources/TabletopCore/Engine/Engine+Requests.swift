extension Engine {
    /// How a request to do something opens ("can you pull the logs…", "please rotate…").
    static let requestOpenings = ["can you ", "could you ", "would you ", "will you ", "can we get you to ", "please ", "please, ", "please: ", "pls ",
                                  // Asking for their team's hands (blind47 #112: "can your team collect it…").
                                  "can your team ", "could your team ", "can your people ", "could your people ", "can someone ", "could someone "]

    /// Whether a line asks the person to do something: it opens like a request, or a clause of it does
    /// ("…, can you pull the logs?"), by word order ("do you agree we can close" asks nothing of them).
    static func isRequest(_ line: String) -> Bool {
        // Every opening holds "you", "your", "someone", "please" or "pls": a line without them is none, and cheap to tell.
        let words = topicWords(line)
        guard !words.isDisjoint(with: ["you", "please", "pls", "your", "someone"]) else { return false }
        return requestStart(line.lowercased().trimmingCharacters(in: .whitespaces)) != nil
    }

    /// Where the first request of a lowered line opens: at its start, or after a comma, an "and" or the end
    /// of a sentence ("please do not terminate web-10 this time. can you snapshot them first?", blind29 #30).
    static func requestStart(_ lowered: String) -> String.Index? { requestStarts(lowered).first }

    /// Where each request of a lowered line opens, in order.
    static func requestStarts(_ lowered: String) -> [String.Index] {
        // Read byte by byte: every opening and separator is ASCII, so a match starts on a character of its
        // own. (Forty-two Foundation searches per line were 4 % of a replay, issue 21.)
        let bytes = Array(lowered.utf8)
        func opens(at position: Int) -> Bool {
            requestOpeningBytes.contains { opening in
                bytes.count - position >= opening.count && bytes[position..<(position + opening.count)].elementsEqual(opening)
            }
        }
        // ("And can you keep a close watch on him?": a second part of a question opens on its conjunction, blind93 #80.)
        let leads = ["and ", "also ", "so ", "but "].map { Array($0.utf8) }
        let led = leads.contains { lead in bytes.starts(with: lead) && opens(at: lead.count) }
        var offsets: [Int] = opens(at: 0) || led ? [0] : []
        for position in bytes.indices where requestSeparatorFirsts.contains(bytes[position]) {
            let follows = requestSeparatorBytes.contains { separator in
                bytes.count - position >= separator.count && bytes[position..<(position + separator.count)].elementsEqual(separator)
                    && opens(at: position + separator.count)
            }
            if follows, offsets.last != position { offsets.append(position) }
        }
        // Not one that asks what may have happened: "Could someone have logged into the database without you noticing?" (blind146 #1:
        // "Will do: I'll have someone have logged into …").
        // (The pattern is searched only in a line that says " have ": this runs for every line a person reads, issue 21.)
        let asksWhatHappened = lowered.contains(" have ")
        return offsets.map { lowered.utf8.index(lowered.utf8.startIndex, offsetBy: $0) }.filter { start in
            !asksWhatHappened || lowered[start...].range(of: "^[ ,.;:!?]*(and |also |so |but )?(could|can|might|would) (someone|somebody|anyone|anybody) have [a-z]+(ed|en|wn|ne)\\b",
                                     options: .regularExpression) == nil
        }
    }

    private static let requestOpeningBytes = requestOpenings.map { Array($0.utf8) }
    /// What may come before a request that does not open the line: a comma, an "and", a sentence's end.
    /// ("I hear you, but please delete that message", blind50 #17.)
    /// ("yes please, pull the image", blind65 #12: "Got it, thanks" and no task; "Then please go ahead with Sofia and send the
    /// retailers a notice", blind77 #77.)
    /// (And a dash: "Grace and Peter have the workstation — please collect it …", blind133 #94: "Thanks, glad it helped.")
    private static let requestSeparatorBytes = [", ", " and ", ". ", "? ", "! ", "; ", " - ", " — ", " – ", ": ", " but ", " so ", "yes ", "ok ", "okay ", "sure ", "then "]
        .map { Array($0.utf8) }
    private static let requestSeparatorFirsts = Array(Set(requestSeparatorBytes.map { $0[0] })).sorted()

    /// The word right after a request's opening and its fillers, when it names a task, and the words after it.
    static func requestedTask(_ lowered: String) -> (task: String, rest: [String])? {
        // The opening's own words, then fillers; the next word is the task ("could you please check web-05").
        // The first request of the line that names one is the task ("please don't terminate it. can you snapshot it?").
        let opening = Set(requestOpenings.flatMap { $0.split(separator: " ").map(String.init) }).union([",", "and", "also", "just", "quickly", "take", "grab", "get", "run", "make", "a", "an", "the", "some", "put", "place", "set", "legal", "litigation",
                   "yes", "ok", "okay", "sure"])
        for start in requestStarts(lowered) {
            let after = lowered[start...].split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init).drop { opening.contains($0) }
            guard let task = after.first, requestVerbs.contains(where: { $0.words.contains(task) }) else { continue }
            // "Pull the forensic image" takes an image, it reads no log (blind65 #12).
            if task == "pull", after.dropFirst().prefix(4).contains(where: { ["image", "snapshot", "copy"].contains($0) }) { return ("image", Array(after.dropFirst().prefix(7))) }
            // "Check that tonight's jobs run fine" asks to verify something, not to inspect an asset (blind48 #120).
            if task == "check", let next = after.dropFirst().first, ["that", "whether", "if", "on", "with", "in"].contains(next) { continue }
            // "Log them on INC-4501" keeps a record in a ticket; it reads no logs (blind92 #97: `delegate raj logs audit-logs`).
            if task == "log", recordKeepingWords.contains(where: lowered[start...].contains) { continue }
            let rest = Array(after.dropFirst().prefix(7))
            // "Build the patched image" is the fix; "build a timeline" is no move (blind39 B6).
            if makingWords.contains(task), rest.prefix(5).allSatisfy({ !fixNouns.contains($0) }) { continue }
            return (task, rest)
        }
        return nil
    }

    /// Words for the members of a fleet.
    static let fleetMemberWords: Set<String> = ["instance", "instances", "host", "hosts", "server", "servers", "machine", "machines", "box", "boxes", "fleet"]

    /// The words of a request that name a task, and the command that does it.
    static let requestVerbs: [(words: Set<String>, verb: Verb)] = [
        (["logs", "log", "pull", "trail"], .logs), (["inspect", "check", "examine"], .inspect),
        (["rotate", "rotation"], .rotate), (["revoke"], .revoke), (["isolate", "quarantine"], .isolate),
        (["snapshot", "snapshots", "image", "images"], .snapshot), (["preserve", "hold"], .preserve), (["block"], .block),
        (["disable", "lock", "suspend"], .disable), (["sweep", "hunt"], .sweep), (["redeploy", "rebuild", "reimage"], .redeploy),
        (["narrow", "tighten", "fix", "patch", "harden", "extend", "amend", "revise", "widen", "expand"], .fix), (makingWords, .fix),
    ]

    /// Words that make something, a fix only when what they make is one (`fixNouns`).
    static let makingWords: Set<String> = ["build", "develop", "prepare", "write", "ship"]
    /// What a fix is called when someone is asked to make one.
    static let fixNouns: Set<String> = ["fix", "patch", "patched", "image", "golden", "upgrade", "hotfix", "mitigation"]

    /// Asked to do something ("can you pull the audit logs for the ci-deployer key?"), a person says
    /// they can and how to hand it to them so that it is on record and they report back: the
    /// `delegate` line for the task and the asset the request names (blind17 #2: Marco answered with
    /// his line about whose key it is). Nil when the question is no request, names no task, or the
    /// person must not know.
    /// The suspect's own account, when a request speaks of an account ("disable his account") and names none.
    func suspectAccount(askedOf words: Set<String>) -> Asset? {
        guard words.contains("account"), let suspect = scenario.truth.insider else { return nil }
        return knownAssets.first { $0.owner == suspect && $0.kind == .account }
    }

    /// The suspect's account, when words speak of the accesses of the suspect they name ("which accesses does Kai hold, and
    /// can you cut all of them?", blind91 #34: the company chat a clause named was to be shut down instead).
    func suspectAccessesAccount(in words: Set<String>) -> Asset? {
        guard !words.isDisjoint(with: ["access", "accesses"]), let suspect = scenario.truth.insider.flatMap({ peopleByID[$0] }),
              Self.names(words, suspect.id, suspect.name) else { return nil }
        return suspectAccount(askedOf: words.union(["account"]))
    }

    /// Asked to watch something ("can you watch the audit logs for calls from those addresses over the next hours?", "can
    /// you keep a close watch on him until Friday?"), a person takes it on in the request's words, before any answer on
    /// what is to be watched (blind95 #69: "audit-logs was already preserved"; blind93 #80: whether the incident can close).
    /// Nil for other lines and for someone who must not know.
    func watchRequestAnswer(_ person: Person, question: String) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, Self.isRequest(lowered), let start = Self.requestStart(lowered) else { return nil }
        let opening = Set(Self.requestOpenings.flatMap { $0.split(separator: " ").map(String.init) }).union(["please", "also", "just", "and"])
        let after = lowered[start...].split(whereSeparator: { !$0.isLetter }).map(String.init).drop { opening.contains($0) }
        guard let first = after.first else { return nil }
        let keeping = first == "keep" && !Set(after.dropFirst().prefix(3)).isDisjoint(with: ["eye", "watch", "watching", "tabs"])
        guard ["watch", "monitor"].contains(first) || keeping else { return nil }
        // (blind98 #100: "keep a close watch on the audit logs overnight" was no watch, for naming the logs.)
        return acknowledgement(person, question: question, watching: true)
    }

    /// Words for a machine someone works on.
    static let machineWords: Set<String> = ["workstation", "laptop", "machine", "computer", "desktop", "pc", "device", "notebook"]

    /// Where a record is kept: "log it on <these>" writes it down, it reads no logs.
    static let recordKeepingWords = ["ticket", "inc-", "jira", "tracker", "register", "spreadsheet", "the case", "on record", "working document"]

    func requestAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased().trimmingCharacters(in: .whitespaces)
        // The task is said right after the opening ("can you pull the logs"), not anywhere in the line
        // ("will you be able to join the postmortem to walk through the golden image?", blind25 #132).
        guard !person.mustNotKnow, Self.isRequest(lowered), let task = Self.requestedTask(lowered)?.task,
              let listed = Self.requestVerbs.first(where: { $0.words.contains(task) })?.verb else { return nil }
        // Pulling a machine out of the pool is isolating it, not reading logs (blind72 #9: "can you pull it from the load
        // balancer?" was offered `delegate nils logs <what>`).
        // (Not the rotation of a credential, nor a pull of logs: "pull the logs of customer-db … after the rotation", blind134 #103,
        // offered to isolate the production database.)
        let outOfService = ["load balancer", "balancer", "the pool", "out of rotation", "from rotation", "out of traffic", "from traffic", "out of service"]
        // "Please put the image of web-05 under chain of custody" is preserving it, not imaging it (blind109 #130: "web-05 is
        // already snapshotted").
        let preserving = Self.requestStart(lowered).map { start -> Bool in
            var rest = String(lowered[start...].drop { !$0.isLetter })
            for opening in Self.requestOpenings where rest.hasPrefix(opening) { rest = String(rest.dropFirst(opening.count)); break }
            return Self.plainMove(rest).hasPrefix("preserve ")
        } ?? false
        let verb = preserving ? Verb.preserve : task == "pull" && !words.contains("logs") && outOfService.contains(where: lowered.contains) ? Verb.isolate : listed
        guard verb.isDelegable else { return nil }
        // Checking every instance of a fleet is a sweep, not a look at whatever one word names (blind46 #97: "check
        // every running instance that carries the fleet's tag" offered `inspect instance-role`).
        if [.inspect, .logs].contains(verb), !words.isDisjoint(with: ["every", "all", "each", "whole"]),
           !words.isDisjoint(with: Self.fleetMemberWords), let fleet = scenario.groups.first {
            if let swept = watch.decisions(by: .sweep, in: state).last {
                return "The fleet was swept at \(stamp(state.decisions[swept].at)): every host it lists was checked. A machine outside the inventory is "
                    + "beyond any sweep; only its own traffic would give it away."
            }
            return "I can: that is a sweep of the fleet. Give it to me as a task so it is on record: delegate \(person.id) sweep \(fleet.id); I report back when it is done."
        }
        // A sweep is of a fleet, never of an asset whose name shares its words ("sweep the whole web fleet" is no sweep of the web
        // fleet instance role, blind126 #24).
        if verb == .sweep, let fleet = scenario.groups.first(where: { words.contains($0.id) || Self.nameOverlap(words, $0.id.replacingOccurrences(of: "-", with: " ")) >= 1 })
            ?? (scenario.groups.count == 1 ? scenario.groups.first : nil) {
            return "I can. Give it to me as a task so it is on record: delegate \(person.id) sweep \(fleet.id); I report back when it is done."
        }
        // The task's own words name no asset ("check" is no part of cdn-update-check.net, blind19 #17).
        let asked = words.subtracting(Self.requestVerbs.flatMap(\.words))
        // In the order the request names them: "web-10 and web-02 the way you did web-03" is about web-10 first (blind39 B2).
        let byID = knownAssetsByID(in: lowered, among: asked)
        // What the request itself names comes before what a preamble does ("now that the role is narrowed, can you rotate
        // the database credentials?" is about the credentials, blind66 #42); a request that names nothing ("can you
        // rotate it?") leans on the line.
        let request = Self.requestStart(lowered).map { String(lowered[$0...]) } ?? lowered
        let own = Self.topicWords(request).subtracting(Self.requestVerbs.flatMap(\.words))
        let inRequest = knownAssetsByID(in: request, among: own) + knownAssets.filter { !own.contains($0.id) && Self.names(own, $0.id, $0.name) }
        let named = inRequest.isEmpty || request == lowered
            ? byID + knownAssets.filter { !asked.contains($0.id) && Self.names(asked, $0.id, $0.name) }
            : inRequest
        // A name not known ("please snapshot web-05" before any sweep) is asked about, never read as the one machine known or the
        // one last spoken of (review of stop 54: web-03 was snapshotted).
        if let name = unknownIDSaid(in: request) { return unknownIDAnswer(name) }
        // Logs asked for are read where they are kept (the audit logs of "the audit logs for the key").
        // ("the audit logs for ci-deployer" are the audit logs, not the key's own trail, blind30 #15.)
        let store = named.first { asset in asset.logs != nil && (asset.id.contains("log") || asset.name.lowercased().contains("log")) }
        // "Disable his account": the suspect's, when nothing else is named.
        // "Can you pull the forensic image quietly?" with one machine known: that machine (a tmux try of stop 45 got
        // `delegate omar snapshot <what>`).
        let onlyMachine = verb == .snapshot && named.isEmpty ? { () -> Asset? in
            let machines = knownAssets.filter { [.device, .host].contains($0.kind) }
            return machines.count == 1 ? machines.first : nil
        }() : nil
        // "Can you pull it from the load balancer?" after their own message on web-03: "it" is what they last spoke of.
        let theirs = named.isEmpty ? state.fired.reversed().lazy.compactMap { fired -> Asset? in
            guard let inject = self.injectsByID[fired.id], self.senderID(of: fired) == person.id else { return nil }
            return self.knownAssets.first { Self.mentions(inject.text, $0) && Self.verbFits(verb, $0.kind) }
        }.first : nil
        // "Image his workstation": the suspect's machine, not his account (blind101 #20: `delegate omar snapshot kai-account`).
        let suspect = suspectAccount(askedOf: words)
        let machineAsked = verb == .snapshot && !own.isDisjoint(with: Self.machineWords)
        let isMachine = { (asset: Asset) in [AssetKind.device, .host].contains(asset.kind) }
        let suspectsMachine = machineAsked
            ? named.first(where: isMachine) ?? (named.first { $0.kind == .account } ?? suspect).flatMap { account in knownAssets.first { isMachine($0) && $0.owner == account.owner } } : nil
        // A store of logs named is what is preserved too ("preserve the cloud audit logs …, and then pull everything ci-deployer
        // did", blind112 #18: 'preserve ci-deployer').
        let asset = (verb == .logs ? store ?? named.first { $0.logs != nil } : verb == .preserve ? store : nil) ?? suspectsMachine ?? named.first
            ?? suspect.flatMap { Self.verbFits(verb, $0.kind) ? $0 : nil } ?? onlyMachine ?? theirs
        // Narrowing a credential (a cloud role, a key) is re-issuing it with less: the shell's `rotate` (blind32 #37:
        // the fix line offered instead left the role as it was, and rotating the database password after it sprang a trap).
        // A credential already cut is no credential to narrow (blind38 #86: `rotate ci-key` offered ten hours after its revocation).
        if verb == .fix, ["narrow", "tighten"].contains(Self.requestedTask(lowered)?.task ?? ""), let credential = knownAssets.first(where: { $0.kind == .credential && Self.names(words, $0.id, $0.name) && cutOff($0) == nil }) {
            return "I can. Give it to me as a task so it is on record: delegate \(person.id) rotate \(credential.id) (re-issued with only what it needs); I report back when it is done."
        }
        // A change to make is theirs to word: the task is the fix, said in the request's own words.
        if verb == .fix {
            // In the request's own words when it says them ("extend it so admin rights are granted just in time", blind65 #91).
            let said = Self.changeAsked(in: question, task: Self.requestedTask(lowered)?.task)
            return "I can. Give it to me as a task so it is on record: delegate \(person.id) fix \"\(said ?? "<what to change>")\"; I report back when it is in and ready to test."
        }
        guard let asset else {
            // Nothing named to do it to: which one, as a colleague would ask, and the hand-over once it is said.
            return "I can: which one do you mean? Then give it to me as a task so it is on record ('delegate \(person.id) \(verb.spelling) <asset>'), and I report back when it is done."
        }
        if let cut = cutOff(asset), [.rotate, .revoke, .isolate, .disable, .block].contains(verb) {
            return "\(asset.id) was already \(cut.word) at \(stamp(cut.at)); there is nothing to \(verb.spelling) there now."
        }
        // Gone (deleted when nobody answered): said so, never offered as a task that cannot run (a tmux try of stop 59: "Snapshot
        // web-03 now." got 'delegate nils snapshot web-03' after Nils had deleted it, and the typed line failed).
        // (Its image, taken before, can still be held: "put the web-03 image under chain of custody".)
        if verb != .logs, state.asset(asset.id, is: .deleted), !(verb == .preserve && state.assetChanges.contains { $0.asset == asset.id && $0.state == .snapshotted }) {
            let gone = state.assetChanges.last { $0.asset == asset.id && $0.state == .deleted }
            let by = gone.map { isOwn($0, by: person) ? "I" : $0.by.map { String($0.prefix { $0 != "," }) } ?? "you" } ?? "someone"
            let when = gone.map { " at \(stamp($0.at))" } ?? " before the drill began"
            return "\(asset.id) no longer exists: \(by) deleted it\(when), and what it held went with it; nothing left to \(verb.spelling). "
                + "Its logs may still be read: 'logs \(asset.id)'."
        }
        // Done already (an image taken, a hold in place): said once, with when and by whom, not offered again.
        if let state = Self.stateOfVerb[verb], let done = self.state.assetChanges.last(where: { $0.asset == asset.id && $0.state == state }) {
            let by = isOwn(done, by: person) ? "I" : done.by ?? "you"
            return "\(asset.id) is already \(Self.word(for: state)): \(by) did it at \(stamp(done.at))."
        }
        // Several assets named ("snapshot web-10 and web-02"): a task each, the ones already done left out; a
        // second task joined by "and" ("snapshot and isolate them") for each as well.
        // Each verb on what it acts on ("revoke it and disable his account": the token revoked, the account disabled,
        // never "disable kai-token", blind47 #39), at the time the request names, if it names one.
        let verbs = [verb] + (Self.secondTask(in: lowered, after: verb).map { [$0] } ?? [])
        // Others only when named by id: "through the endpoint agent" names no second thing to image (blind65 #12).
        // A store of logs asked for keeps what else is named as what the logs are read for ("the audit logs for ci-deployer").
        // (Only with a read to follow: "preserve kai-mailbox and the DLP logs" preserves both.)
        let readFollows = verb == .preserve && Self.secondTask(in: lowered, after: verb) == .logs
        let ordered = [asset] + (asset.id == store?.id && readFollows ? [] : byID.filter { $0.id != asset.id && (!machineAsked || isMachine($0)) })
        // (The time of the request's own words: "Kai was cut off at 10:00 and the deploy key rotated. Can you check the build server
        // picked up the new key?" is no check set for 10:00, blind139 #86.)
        let at = Self.requestedTime(in: Self.requestStart(lowered).map { String(lowered[$0...]) } ?? lowered).map { " at \($0)" } ?? ""
        // A cut asked for later without a clock time ("disable kai-account on Friday", "once the mailbox is preserved") is set for a
        // time, never offered for now (the attack on this stop's go-aheads: "delegate dana disable kai-account", a tip-off).
        let padded = " " + lowered + " "
        // (Where it may tip someone off or destroy, any word that may set it for later: "… on his last day", the attack on stop 58's
        // orders, was offered as 'delegate dana disable kai-account'.)
        if at.isEmpty, Self.cutVerbs.contains(verb), Self.cutHolds.contains(where: padded.contains)
            || mayTipOff(verb) && Self.untimedCutHolds.contains(where: Self.withoutClockTimes(padded).contains) {
            let day = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].first { padded.contains(" \($0)") }
                .map { String($0.prefix(3)).capitalized } ?? "<day>"
            return "I can, for the moment you name: say it to the minute, as in 'delegate \(person.id) \(verb.spelling) \(asset.id) at \(day) <hh:mm>', "
                + "and I set it for then. Nothing happens before."
        }
        // A move the shell makes only when typed is not offered for a time it cannot be set for (blind146 #5: 'delegate nils redeploy
        // web-03 at Wed 09:00', which the shell refuses).
        if !at.isEmpty, let untimed = verbs.first(where: { verb in
            guard case .success(let parsed?) = ActionParser.parseAction("\(verb.spelling) \(asset.id)\(at)") else { return true }
            return parsed.until == nil
        }) {
            let when = at.dropFirst(" at ".count)
            return "'\(untimed.spelling)' cannot be set for a time: it happens when it is given. At \(when), give me the word "
                + "('wait until \(when)' first), and I do it then."
        }
        let tasks = verbs.flatMap { verb in
            var fitting = ordered.filter { Self.verbFits(verb, $0.kind) }
            if fitting.isEmpty, let account = suspectAccount(askedOf: words), Self.verbFits(verb, account.kind) { fitting = [account] }
            return (fitting.isEmpty ? [asset] : Array(fitting.prefix(3))).filter { other in
                !(Self.stateOfVerb[verb].map { state in self.state.assetChanges.contains { $0.asset == other.id && $0.state == state } } ?? false)
            }.map { "delegate \(person.id) \(verb.spelling) \($0.id)\(at)" }
        }
        return "I can. Give it to me as a task so it is on record: \(Self.series(tasks)); I report back when it is done."
    }

    /// Moves that take something away or destroy it: never offered for now when asked for later.
    static let cutVerbs: Set<Verb> = [.disable, .revoke, .rotate, .isolate, .block, .delete, .clean, .redeploy, .shutdown]

    /// A second task the request joins to the first with "and" ("snapshot and isolate web-10"), if any.
    static func secondTask(in lowered: String, after first: Verb) -> Verb? {
        let words = lowered.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        for (index, word) in words.enumerated().dropLast() where word == "and" {
            // "snapshot both and then isolate them" (blind61 #30).
            let next = words[index + 1] == "then" && index + 2 < words.count ? words[index + 2] : words[index + 1]
            guard let verb = requestVerbs.first(where: { $0.words.contains(next) })?.verb,
                  verb != first, verb != .fix, verb.isDelegable else { continue }
            return verb
        }
        return nil
    }

    /// What a request for a change asks, to the end of its sentence: from its task word on ("narrow the DLP role so it
    /// reads only what alerts need"), or, for a change to the fix ("extend it so chat admin rights are granted just in
    /// time"), from "so" on; nil when it says too little (under five words).
    static func changeAsked(in question: String, task: String?) -> String? {
        let lowered = question.lowercased()
        let toFix = ["extend", "amend", "revise", "widen", "expand"].contains(task ?? "")
        let offset = toFix ? lowered.range(of: " so ").map { lowered.distance(from: lowered.startIndex, to: $0.upperBound) }
            : task.flatMap { Self.wordPosition(of: $0, in: lowered) }
        guard let offset, lowered.count == question.count else { return nil }
        let rest = question[question.index(question.startIndex, offsetBy: offset)...]
        let end = rest.firstIndex { ".?!".contains($0) } ?? rest.endIndex
        let said = fixInOwnWords(String(rest[..<end]).trimmingWhitespaceAndNewlines()).replacingOccurrences(of: "\"", with: "'")
        return said.split(separator: " ").count >= 5 ? said : nil
    }

    /// The known assets a line names by id (`ids`: the words that may), in the order the lowered line names them.
    func knownAssetsByID(in lowered: String, among ids: Set<String>) -> [Asset] {
        let at = { (asset: Asset) in lowered.range(of: asset.id)?.lowerBound ?? lowered.endIndex }
        return knownAssets.filter { ids.contains($0.id) }.sorted { at($0) < at($1) }
    }
}
