extension Engine {
    /// Asked what a trail shows ("what do the DLP and endpoint logs show for Kai?"), a person answers from the
    /// trail as it stands: what its read found and when, that someone is reading it now and when they report,
    /// or that nobody has read it and how to (blind65 #10: the trail's keeper offered a forensic image instead).
    /// Nil when the line asks no such thing or names no trail the commander knows.
    func trailShowAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // Also what a key's calls were ("what API calls were those two uses of the backup key?", blind67 #89).
        let lowered = question.lowercased()
        let calls = lowered.hasPrefix("what") && !words.isDisjoint(with: ["calls", "call", "requests", "queries"])
        // And what else is in it ("anything in the DLP logs besides those two uploads?", blind71 #69: "I would have to look").
        let besides = ["anything in the", "anything else in", "anything more in", "anything other in"].contains(where: lowered.contains)
        // And where something would be seen ("where would we see calls to the secret manager made with the instance role from
        // web-03 …?", blind87 #44: web-10's card): the trail of what made them, named by its name before the hosts by id.
        let whereSeen = ["where would we see", "where can we see", "where do we see", "where would that show", "where would it show",
                         "where would those", "where is that logged", "where are those logged", "which log", "which trail"].contains(where: lowered.contains)
        guard !person.mustNotKnow, !words.isDisjoint(with: ["show", "shows", "showing", "say", "says"]) || calls || besides || whereSeen else { return nil }
        let byName = knownAssets.first(where: { $0.logs != nil && Self.nameOverlap(words, $0.name) >= 2 })
        guard calls || besides || whereSeen || ["what do", "what does", "what did", "what have", "what has"].contains(where: lowered.contains),
              // A store of logs the question names ("what do the audit logs show the ci-deployer key did?") before the key's
              // own trail (blind67 #20).
              let trail = knownAssets.first(where: { asset in
                  asset.logs != nil && (asset.id.contains("log") || asset.name.lowercased().contains("log"))
                      && (words.contains(asset.id) || Self.wordPosition(of: asset.id.replacingOccurrences(of: "-", with: " "), in: lowered) != nil
                          || Self.nameOverlap(words, asset.name) >= 2)
              })
                ?? (whereSeen ? byName : nil)
                ?? assetSaidByID(in: question, words: words).flatMap({ $0.logs == nil ? nil : $0 })
                ?? byName,
              let logs = trail.logs else { return nil }
        let own = trail.owner == person.id
        // A store of logs by its name ("My DLP and endpoint logs"); anything else by its log ("The log of the backup account access key").
        let store = trail.name.lowercased().contains("log")
        let name = own ? (store ? "My \(trail.name)" : "The log of my \(trail.name)")
            : store ? trail.name.prefix(1).uppercased() + trail.name.dropFirst() : "The log of \(trail.name)"
        if let reading = state.tasks.first(where: { !$0.done && $0.line == "logs \(trail.id)" }) {
            let who = reading.person == person.id ? "I am" : "\(peopleByID[reading.person]?.name ?? reading.person) is"
            return "\(who) reading \(own ? "them" : "it") now (since \(stamp(state.decisions[reading.decision].at))); the report is due by about \(stamp(reading.due))."
        }
        let done = state.tasks.last { $0.done && !$0.blocked && $0.line == "logs \(trail.id)" }.map(\.due)
        let typed = watch.decisions(on: trail.id, verb: .logs, in: state).last.map { state.decisions[$0].at }
        if let read = [done, typed].compactMap({ $0 }).max() {
            let more = besides ? " Nothing else in them speaks to it." : ""
            return "\(name), read at \(stamp(read)): \(logs.text.trimmingWhitespaceAndNewlines())\(more)"
        }
        let hand = own ? ", or give it to me (delegate \(person.id) logs \(trail.id))" : trail.owner.flatMap { peopleByID[$0] }.map { ", or hand it to \($0.name) (delegate \($0.id) logs \(trail.id))" } ?? ""
        // What they hold is known from another read (a key's own log, a colleague's report): said so, not "nobody has read" them
        // (blind144 #19: Marco, who had quoted them himself and put them under hold).
        if !logs.reveals.isEmpty, logs.reveals.allSatisfy(state.facts.contains) {
            return "\(name) \(store ? "have" : "has") not been pulled as such, but what they hold is known: \(logs.text.trimmingWhitespaceAndNewlines()) "
                + "For anything newer: logs \(trail.id)\(hand)."
        }
        // (Its log, not the thing: "Nobody has read the log of my web fleet instance role yet".)
        return "Nobody has read \(name.prefix(1).lowercased() + name.dropFirst()) yet: logs \(trail.id)\(hand)."
    }
}

extension Engine {
    /// Asked whether they want to be kept in the loop ("do you want to be in the loop before we contact the retailers?"), a
    /// person says yes and how (blind67 #51: the CEO weighed contacting the retailers instead). Nil for other questions and
    /// for someone who must not know.
    func loopInAnswer(_ person: Person, question: String) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, ["in the loop", "kept posted", "keep you posted", "keep you informed", "kept informed", "kept updated",
                                    "keep you updated", "want to be told", "like to be told", "want to hear before", "want to know before"]
            .contains(where: lowered.contains) else { return nil }
        let how = Standpoint(role: person.role, team: person.team) == .leader ? "'brief leadership' for all of us, or a message to me" : "a message to me"
        return "Yes, keep me posted: a line before it happens is enough (\(how))."
    }
}

extension Engine {
    /// Asked whether other hosts of the fleet could be affected too ("besides web-03, web-05 and web-07, could any other host
    /// in the fleet have the webshell?"), a person says what tells: a sweep of the fleet, done (when) or to do (the command),
    /// and the hosts already cut off (blind66 #45: one host's card). Nil for other questions, a request, a scenario without a
    /// fleet, and someone who must not know.
    func otherHostsAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // Other members, and the compromise itself: "is the same upload code on the others?" or "did any other server query
        // the database?" ask something else.
        let lowered = question.lowercased()
        guard !person.mustNotKnow, let fleet = scenario.groups.first,
              ["in the fleet", "rest of the fleet"].contains(where: lowered.contains) || Self.namesOtherMembers(lowered),
              !words.isDisjoint(with: ["webshell", "shell", "miner", "compromised", "infected", "backdoor", "implant", "malware", "beacon", "beaconing",
                                       "persistence"]),
              !Self.isRequest(question), !Self.asksForAdvice(question, words: words) || words.contains("could") else { return nil }
        let cut = knownAssets.filter { $0.groups.contains(fleet.id) && cutOff($0) != nil }.map(\.id)
        let sofar = cut.isEmpty ? "" : " Cut off so far: \(Self.series(cut))."
        if let swept = watch.decisions(by: .sweep, in: state).last {
            return "The fleet was swept at \(stamp(state.decisions[swept].at)): every host it lists was checked.\(sofar) A machine outside the inventory "
                + "is beyond any sweep; only its own traffic would give it away."
        }
        return "Only a sweep tells: 'sweep \(fleet.id)' checks every host the fleet lists (or 'delegate \(person.id) sweep \(fleet.id)').\(sofar)"
    }
}

extension Engine {
    /// Whether a question speaks of the fleet's other members: "other", "others", "remaining" or "rest", then a word for
    /// a machine within three words ("the other nine web servers", blind109 #45: the stock list of what is cut off).
    static func namesOtherMembers(_ lowered: String) -> Bool {
        let tokens = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let machines: Set<String> = ["host", "hosts", "server", "servers", "instance", "instances", "machine", "machines", "box", "boxes", "nodes", "node"]
        return tokens.indices.contains { index in
            ["other", "others", "remaining", "rest"].contains(tokens[index]) && tokens[(index + 1)...].prefix(3).contains(where: machines.contains)
        }
    }

    /// Asked whether something runs outside the fleet ("any servers running the tracking API that aren't in the web fleet,
    /// like staging or a legacy box?"), a person says what they know: a host found outside it, by id, or that they know of
    /// none and what would give one away (blind69 #79, #81: the role's audit trail, the fix). Nil for other questions, a
    /// scenario without a fleet, and someone who must not know.
    func outsideFleetAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        let lowered = question.lowercased()
        guard !person.mustNotKnow, let fleet = scenario.groups.first,
              ["outside the", "not in the", "aren't in the", "isn't in the", "besides the", "other than the", "beyond the", "missing from the"]
                .contains(where: lowered.contains),
              !words.isDisjoint(with: ["fleet", "inventory", "servers", "server", "hosts", "host", "web"]),
              !words.isDisjoint(with: ["staging", "legacy", "test", "bastion", "copy", "copies", "environment", "box", "boxes", "machine", "machines", "old"]),
              // "What should we change so a forgotten box can never sit outside the inventory again?" asks for the change (blind78 #90).
              !Self.isRequest(question), !Self.asksForFix(words) else { return nil }
        // Their own words on it come first (the developer's "Not that I know of: the API runs on the fleet behind the load balancer").
        let onIt: Set<String> = ["inventory", "legacy", "staging", "outside", "machines", "machine", "boxes", "box", "bastion"]
        if let own = person.answers.first(where: { !Set($0.topics).isDisjoint(with: words.intersection(onIt)) && fits($0, person) }) {
            return own.text
        }
        let outside = knownAssets.filter { [.host, .device].contains($0.kind) && !$0.groups.contains(fleet.id) }
        if !outside.isEmpty {
            return "Yes: \(Self.series(outside.map { "\($0.id) (\($0.name))" })), outside \(fleet.id). Nothing else outside it has shown itself."
        }
        return "Not that I know of: \(fleet.id) is all I know runs it, one image for every host. A machine outside the inventory would show "
            + "itself only by its own traffic (calls out to the same places, use of the same credentials), so watch for those."
    }

    /// An analyst asked what the attacker did on an asset nobody has read yet says which trails would show it and
    /// offers to read them, rather than sending the commander to its owner (blind72 #15: the analyst who found the
    /// webshell answered "ask nils web-03"). Its own trail first, then the trails that speak of it; nil for anyone
    /// who is not an analyst, or when no trail is known.
    func analystTrails(_ person: Person, about id: String) -> String? {
        let trails = trails(on: id, for: person).filter { lastRead(of: $0) == nil }.map(\.id)
        guard let first = trails.first else { return nil }
        return "The trails that would show it: \(Self.series(trails.map { "logs \($0)" })). Give me one as a task "
            + "(delegate \(person.id) logs \(first)) and I read it, or read it yourself."
    }

    /// An analyst asked something of an asset whose trails were read already says what they showed, and which are
    /// still unread (blind95 #93: the analyst who had just read the bucket's log offered to read it). Nil for anyone
    /// who is not an analyst, and when none of its trails was read.
    func readTrailsAnswer(_ person: Person, about id: String) -> String? {
        let read = trails(on: id, for: person).compactMap { trail in lastRead(of: trail).map { (trail, $0) } }
        guard !read.isEmpty else { return nil }
        let shown = read.enumerated().map { index, read in
            let log = "the log of \(Self.spoken(read.0))"
            return "\(index == 0 ? log : Self.capitalisedFirst(log)) was read at \(stamp(read.1)): \(read.0.logs?.text.trimmingWhitespaceAndNewlines() ?? "")"
        }
        let unread = analystTrails(person, about: id).map { " Not read yet: " + $0.dropFirst("The trails that would show it: ".count) }
        return "What has been read on it: " + shown.joined(separator: " ") + (unread ?? " Beyond that, I have nothing on it.")
    }

    /// The trails an analyst would read on an asset: its own log, then the logs that speak of it (three at most).
    /// Empty for anyone who is not an analyst.
    private func trails(on id: String, for person: Person) -> [Asset] {
        guard Standpoint(role: person.role, team: person.team) == .analyst, let asset = assetsByID[id] else { return [] }
        let speaking = knownAssets.filter { other in
            other.id != id && other.logs.map { Self.mentions($0.text, asset) } == true
        }
        return Array(((asset.logs != nil && knownAssets.contains { $0.id == id } ? [asset] : []) + speaking).prefix(3))
    }
}
