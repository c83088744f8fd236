extension Engine {
    /// Asked for their view on a move ("should we disable Kai's account now?", "is it safe to wipe the
    /// laptop?"), a person answers from the world, not from a card: done already, arranged already, or
    /// what the move would spring if made now (the move is tried on a copy of the drill, beside a copy
    /// where only the same time passes), in the scenario's own lesson and with what has to happen first;
    /// else that they see nothing against it, what already made it safe and which deadline it meets.
    /// Nil when the line asks for no view, proposes nothing the shell can do, or the person must not know.
    /// `unsaid`: their authored answer on the topic not given yet; it comes first when it speaks to the
    /// move, or, with no move in the line, of the thing the line names (then `cautions`).
    func adviceAnswer(_ person: Person, question asked: String, words: Set<String>, unsaid: Answer? = nil) -> String? {
        guard !person.mustNotKnow else { return nil }
        // With a draft on the table, "should it go out tonight?" and "do you want it published now?" ask about publishing
        // it (blind72 #68, #69: a fix's status, and chain of custody, instead).
        let question = state.statementDraft == nil ? asked : Self.publishingSpelledOut(asked)
        if let who = whoShouldOwn(question, words: words, asked: person) { return who }
        guard Self.asksForAdvice(question, words: words) else { return nil }
        guard let action = proposedAction(in: question, words: words) else {
            // Only a view asked on the thing itself ("what would you do about the laptop?"), not "what else should we hunt for" (blind26 #65).
            let onThing = ["do about", "do with", "handle", "deal with", "view on", "think about", "think of", "advice on", "approach"]
            let lowered = question.lowercased()
            guard let phrase = onThing.compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            // The thing is what the phrase is about: "does that change your view on keeping the meeting?" is not about
            // the workstation an earlier sentence says Kai asked to wipe (blind41 #106).
            let words = Self.topicWords(String(lowered[phrase.upperBound...]))
            // An offer of theirs already carried out is no answer on what to do now (blind37 #113: "I already
            // snapshotted kai-laptop" to "what would you do about the laptop on Friday?").
            let live = unsaid.flatMap { doneSince($0, by: person) == nil ? $0 : nil }
            return cautions(words: words, unless: live) ?? thingNow(words: words, unless: live)
        }
        // Their unsaid offer of the move answers whether, never what it costs.
        let costAsked = Self.asksAboutCost(words)
        guard action.verb != .close, costAsked || !(unsaid.map { speaksOfMove($0, action) } ?? false) else { return nil }
        if let done = alreadyDone(action) {
            // Again ("should we brief the board again tomorrow morning?"): a briefing or a notification is made as often as
            // there is news, the last one is no answer (blind67 #119: "That is done already").
            guard [.briefLeadership, .notify].contains(action.verb), !words.isDisjoint(with: ["again", "another", "tomorrow", "next", "follow-up", "fresh"])
            else { return done }
            let last = done.replacingOccurrences(of: "That is done already: ", with: "")
            return "Yes, with what has changed since: the last was \(last.hasSuffix(".") ? String(last.dropLast()) : last). Again when there is news: '\(Self.commandLine(of: action))'."
        }
        if let together = cutWithThePlanned(action, question: question) { return together }
        // Asked what the move costs, they say what it takes and whom it touches before their view on it
        // (blind37: "what would it cost to block personal-drive?" got the asset's card).
        let view = view(on: action, person: person)
        guard costAsked else { return view }
        return ([costOfMove(action)] + [view]).joined(separator: " ")
    }

    /// Their view on a move not yet made: what it would spring, what stands against it, else that they
    /// see nothing against it and why it helps.
    func view(on action: Action, person: Person) -> String {
        let player = configuration.players.first ?? Player(name: "trainee", role: "ic")
        // The asset is one the trainee knows, so the shell's own reason gives nothing away.
        if let problem = problem(with: action, player: player) { return "That cannot be done now: \(problem)." }
        var outcome = tried(action, as: player)
        let command = Self.commandLine(of: action)
        // What stops nothing is said as that (`stopsNothing`), not as the generic lesson on what was never reached.
        if destroyedForNothing(action) != nil { outcome.sprung.removeAll { GenericTrap.kind(of: $0)?.0 == .needlessDisruption } }
        if !outcome.sprung.isEmpty {
            // The scenario's own lesson first; a generic one only for a kind of failure it does not already name.
            let authored = outcome.sprung.compactMap { id in scenario.traps.first { $0.id == id } }
            let generic = outcome.sprung.compactMap(GenericTrap.kind(of:)).filter { kind, _ in
                kind.hardFail == nil || !authored.contains { $0.hardFail == kind.hardFail }
            }
            let lessons = (authored.map(\.lesson) + generic.map(\.0.lesson)).prefix(2)
            var first: [String] = []
            for part in authored.flatMap(firstSteps) + generic.flatMap({ firstSteps($0.0, object: $0.1, on: action) }) where !first.contains(part) {
                first.append(part)
            }
            let hard = authored.contains { $0.hardFail != nil } || generic.contains { $0.0.hardFail != nil }
            return "\(hard ? "No, not now" : "I would hold off") on '\(command)': \(lessons.joined(separator: " "))"
                + (first.isEmpty ? "" : " First: \(Self.series(first)).")
        }
        if let objection = stopsNothing(action, command: command) { return objection }
        if action.verb == .statementPublish, unreviewedAfter(action, as: player) {
            let reviewer = scenario.cast.first { StepJudge.reviewerTeams.contains($0.team.lowercased()) && knows(person: $0) }
            return "Not before it is reviewed: a statement goes out only once legal or communications has read it"
                + (reviewer.map { " (statement review \($0.id))." } ?? ".")
        }
        if let suspect = suspectStillIn(before: action) ?? earlySuspectCut(action, command: command) { return suspect }
        var reasons: [String] = []
        if let id = assetID(of: action), let target = Self.stateOfVerb[action.verb], Self.cutOffStates.contains(target), openWaysIn.contains(id) {
            reasons.append("it cuts off a way in the adversary still has")
        }
        let safeguards = safeguardsInPlace(for: action)
        if !safeguards.isEmpty { reasons.append("what made it risky is in place (\(Self.series(safeguards)))") }
        for clock in outcome.met {
            guard let status = state.clocks[clock.id] else { reasons.append("it meets the \(clock.label) clock"); continue }
            let left = SimDuration(seconds: max(0, status.deadline.seconds - state.clock.seconds))
            reasons.append("it meets the \(clock.label) clock, due \(stamp(status.deadline)) (\(left) left)")
        }
        let side = Self.side(of: Standpoint(role: person.role, team: person.team))
        return "\(side) I see nothing against '\(command)' now" + (reasons.isEmpty ? "; it is your call." : ": \(reasons.joined(separator: "; ")).")
    }

    /// Against deleting or powering off what no way in of the adversary runs through: it stops nothing and
    /// loses what the asset holds or serves (blind30 #112: the bucket's owner approved deleting the live
    /// export bucket because a snapshot was taken; the scenario's own story says it "stopped nothing").
    func stopsNothing(_ action: Action, command: String) -> String? {
        guard let asset = destroyedForNothing(action) else { return nil }
        let id = asset.id
        let loss = action.verb == .delete ? "once deleted it can be neither examined nor restored" : "powered off, it stops serving whoever relies on it"
        let critical = [.high, .critical].contains(asset.criticality) ? " It is \(asset.criticality.rawValue) to us." : ""
        return "I would hold off on '\(command)': no way in the adversary still has runs through \(id), so it stops nothing, and \(loss).\(critical)"
    }

    /// Against cutting one of an unaware suspect's ways in while others still work: he notices the one cut and
    /// learns what we know, so all are cut together, at the planned time if one is set (blind44 #57: "nothing
    /// against" isolating Kai's workstation three days before the exit meeting, while he was using it).
    func earlySuspectCut(_ action: Action, command: String) -> String? {
        guard let id = assetID(of: action), let target = Self.stateOfVerb[action.verb], Self.cutOffStates.contains(target),
              let owner = assetsByID[id]?.owner, owner == scenario.truth.insider, let suspect = peopleByID[owner], suspectStillUnaware else { return nil }
        let others = scenario.assets.filter { asset in
            asset.owner == owner && asset.id != id && [.account, .credential, .host, .device].contains(asset.kind) && cutOff(asset) == nil
                && (asset.known || knows(asset: asset))
        }
        let account = scenario.assets.first { $0.owner == owner && $0.kind == .account }
        let planned = account.flatMap { pendingChange(of: $0.id) }
        // Ready to cut (evidence safe, HR and legal in: cutting his account now would spring nothing) and nothing
        // planned for later: cutting now is the plan, not a tip-off.
        let player = configuration.players.first ?? Player(name: "trainee", role: "ic")
        let ready = account.map { tried(Action(verb: .disable, object: $0.id), as: player).sprung.isEmpty } ?? true
        guard !others.isEmpty else { return nil }
        let first = Self.firstName(suspect).capitalized
        // Ready, and nothing planned for later: cutting now is right, but only every way in at once (blind47 #49:
        // "nothing against 'disable kai-account'" while his token, which outlives the account, still worked).
        if planned == nil, ready {
            // His ways in are his accounts and credentials, and any other the scenario's responses name as ending his
            // access (a token the code host's admin looks after); not the machines he works at.
            let enders = Set(scenario.responses.filter { $0.effects.attackerPresent == false }.compactMap(\.on.object))
            let ways = knownAssets.filter { asset in
                asset.id != id && [.account, .credential].contains(asset.kind) && cutOff(asset) == nil && (asset.owner == owner || enders.contains(asset.id))
            }
            guard !ways.isEmpty else { return nil }
            let moves = ([command] + ways.compactMap { way in Self.cuttingVerb(for: way.kind).map { "\($0.spelling) \(way.id)" } }).map { "'\($0)'" }
            return "Yes, if every way in goes in the same minute: \(Self.series(moves)) together. Cut only \(id) and \(first) still gets in "
                + "with \(Self.series(ways.map(\.id))), and knows what we know."
        }
        return "I would hold off on '\(command)': \(first) would notice it while \(Self.series(others.map(\.id))) still work\(others.count == 1 ? "s" : ""), and know what we know. "
            + "Cut every way in together" + (planned.map { ", as planned for \($0.when)." } ?? ", in the same minute, once the evidence is safe and HR and legal are ready.")
    }

    /// The verb that cuts off an asset of the kind (a credential revoked, an account disabled, a host isolated).
    static func cuttingVerb(for kind: AssetKind) -> Verb? {
        switch kind {
        case .credential: .revoke
        case .account: .disable
        case .host, .device: .isolate
        default: nil
        }
    }

    /// Against going public while someone who must not know is still inside: a public statement reaches them
    /// too, before their access is cut (blind31 #76, #77: counsel and HR saw "nothing against" publishing
    /// days before Kai's exit meeting, asked exactly that).
    func suspectStillIn(before action: Action) -> String? {
        guard action.verb == .statementPublish || (action.verb == .notify && action.object == Audience.customers.rawValue),
              state.attackerPresent else { return nil }
        for suspect in scenario.cast where suspect.mustNotKnow {
            guard let account = scenario.assets.first(where: { $0.owner == suspect.id && $0.kind == .account }),
                  cutOff(account) == nil else { continue }
            let first = suspect.name.split(separator: " ").first.map(String.init) ?? suspect.name
            let until = pendingChange(of: account.id).map { " (\($0.when))" } ?? ""
            return "I would hold off on '\(Self.commandLine(of: action))': \(first) still has access, and what goes public reaches \(first) too, "
                + "telling what we know before the access is cut. Put it out once \(account.id) is cut off\(until)."
        }
        return nil
    }

    /// The asset a `delete` or `shutdown` would take away although no way in of the adversary runs through
    /// it: not compromised now, no open way in, and no response of the scenario makes it end their access.
    func destroyedForNothing(_ action: Action) -> Asset? {
        guard [.delete, .shutdown].contains(action.verb), let id = assetID(of: action), let asset = assetsByID[id],
              asset.kind != .indicator, !state.asset(id, is: .compromised), !openWaysIn.contains(id),
              !scenario.responses.contains(where: { $0.effects.attackerPresent == false && $0.on.object == id }) else { return nil }
        return asset
    }

    /// How a person says whose view they give.
    static func side(of standpoint: Standpoint) -> String {
        switch standpoint {
        case .legal: "From the legal side"
        case .people: "From HR's side"
        case .comms: "From the communications side"
        case .leader: "From the business side"
        case .analyst: "From what the evidence shows,"
        case .other: "From where I sit,"
        }
    }

    /// A question on a draft going out, with its going out said as publishing ("should it go out tonight?" is "should it
    /// publish tonight?"), which the shell's word for it reads.
    static func publishingSpelledOut(_ question: String) -> String {
        // A mail or letter to the people affected goes out as a notification, not as the statement (blind98 #104: "when will
        // the Article 34 email to the affected people go out?" got "That is done already: 'statement publish'").
        let lowered = question.lowercased()
        if ["email", "e-mail", "letter", "article 34", "individuals", "affected people", "data subjects"].contains(where: lowered.contains),
           !lowered.contains("statement") { return question }
        var spelled = question
        for (said, meant) in [(" go out", " publish"), (" goes out", " publish"), (" be published", " publish"), (" published", " publish")] {
            spelled = spelled.replacingOccurrences(of: said, with: meant)
        }
        return spelled
    }

    /// The move as the trainee would type it.
    static func commandLine(of action: Action) -> String {
        [action.verb.spelling, action.object, action.text.map { _ in "\"…\"" }].compactMap { $0 }.joined(separator: " ")
    }

    /// Already done or arranged: said with when and by whom, as the shell would say it.
    func alreadyDone(_ action: Action) -> String? {
        if let repeated = repeatedChange(action) { return "That is done already: \(alreadyText(repeated))" }
        if let moot = mootByHolder(action) { return "No need: \(mootText(action, holder: moot.holder, change: moot.change))" }
        if let id = assetID(of: action), Self.stateOfVerb[action.verb] != nil, let pending = pendingChange(of: id) {
            return "That is arranged already: \(id) is \(pending.phrase)."
        }
        let done = watch.decisions(by: action.verb, in: state).last { position in
            let decision = state.decisions[position]
            return action.verb == .statementPublish || (decision.action.object == action.object && [.notify, .briefLeadership].contains(action.verb))
        }
        return done.map { "That is done already: '\(state.decisions[$0].raw)' at \(stamp(state.decisions[$0].at))." }
    }

    /// What the move springs that the same time passing alone does not, and the clocks it meets.
    func tried(_ action: Action, as player: Player) -> (sprung: [String], met: [Clock]) {
        let horizon = state.clock + cost(of: action) + SimDuration(seconds: 60)
        var trial = self, idle = self
        _ = trial.decide(action, raw: Self.commandLine(of: action), player: player)
        _ = trial.advance(to: horizon)
        _ = idle.advance(to: horizon)
        let before = Set(idle.state.traps.map(\.id))
        let sprung = trial.state.traps.map(\.id).filter { !before.contains($0) }
        let met = scenario.clocks.filter { trial.state.clocks[$0.id]?.metAt != nil && idle.state.clocks[$0.id]?.metAt == nil }
        return (sprung, met)
    }

    /// Whether publishing now would put out a statement nobody who may clear one has reviewed.
    private func unreviewedAfter(_ action: Action, as player: Player) -> Bool {
        let publish = Decision(index: state.decisions.count, at: state.clock, actor: player.name, role: player.role, raw: "statement publish",
                               action: action, steps: [], rationale: nil, shownThrough: state.outputsShown, cost: .zero, countsAs: nil)
        return Scorer.unreviewedPublish(Array(state.decisions) + [publish], reviewer: { peopleByID[$0]?.team }) != nil
    }

    /// What has to happen before a scenario trap's move is safe, as its `not (…)` says.
    private func firstSteps(_ trap: Trap) -> [String] {
        trap.when.map { Self.guards(of: $0).flatMap { Self.openParts(of: $0, holding: { holds($0) }, asCommands: true) } } ?? []
    }

    /// What has to happen before a generic trap's move is safe: an image before a wipe, legal and HR
    /// before a suspect's access is cut (contact with a suspect is never safe, so nothing comes first).
    private func firstSteps(_ kind: GenericTrap, object: String, on action: Action) -> [String] {
        switch kind {
        case .destroyedEvidence, .shutdownBeforeSnapshot: kind.lesson.lowercased().contains("snapshot") ? [] : ["'snapshot \(object)'"]
        case .tippedOff where assetID(of: action) != nil: [Audience.legal, .hr].filter { !broughtIn($0) }.map { "'notify \($0.rawValue)'" }
        default: []
        }
    }

    /// Asked for a view on a thing rather than a move ("what would you do about the laptop?"): the
    /// lessons of the scenario's traps on it that can still spring, and where it stands. Nil when the
    /// line names no asset the trainee knows or no such trap concerns it.
    private func cautions(words: Set<String>, unless unsaid: Answer?) -> String? {
        guard let asset = knownAssets.first(where: { words.contains($0.id) }) ?? knownAssets.first(where: { Self.namedStrongly(words, name: $0.name) }),
              !(unsaid.map { Self.mentions($0.text, asset) } ?? false), !state.asset(asset.id, is: .deleted) else { return nil }
        let open = scenario.traps.filter { trap in
            guard !state.traps.contains(where: { $0.id == trap.id }) else { return false }
            let concerns = trap.on?.object == asset.id || (trap.when.map(Self.leaves) ?? []).contains { leaf in
                if case .asset(let id, _) = leaf { return id == asset.id }
                return false
            }
            // Once its safeguards hold, a trap is no longer a danger.
            let guards = trap.when.map(Self.guards) ?? []
            return concerns && (guards.isEmpty || !guards.allSatisfy { holds($0) })
        }
        guard !open.isEmpty else { return nil }
        // What a trap's safeguard still asks of this asset ("'preserve kai-mailbox'" before any cut-off).
        var toDo: [String] = []
        for part in open.flatMap(firstSteps) where part.hasSuffix(" \(asset.id)'") && !toDo.contains(part) { toDo.append(part) }
        let states = record(of: asset).states
        let now = states.isEmpty ? "Nothing has been done to \(asset.id) yet." : "\(asset.id) is now \(states.joined(separator: ", "))."
        let lessons = open.prefix(toDo.isEmpty ? 2 : 1).map(\.lesson).joined(separator: " ")
        return "On \(asset.id), what matters most: \(lessons)" + (toDo.isEmpty ? "" : " Still to do for it first: \(Self.series(toDo)).") + " \(now)"
    }

    /// Asked what to do about a thing no trap still threatens: where it stands, and for evidence kept, that it
    /// stays as it is. Nil when the line names no known asset, or an unsaid answer speaks of it.
    private func thingNow(words: Set<String>, unless unsaid: Answer?) -> String? {
        guard let asset = assetsNamed(by: words).first, !(unsaid.map { Self.mentions($0.text, asset) } ?? false) else { return nil }
        let states = record(of: asset).states
        let now = states.isEmpty ? "nothing has been done to it yet." : "it is now \(states.joined(separator: ", "))."
        let kept = state.asset(asset.id, is: .snapshotted) || state.asset(asset.id, is: .preserved)
        let keep = kept ? " Keep it as it is, under hold and with its chain of custody: no wipe, no reissue, until the case is closed." : ""
        return "On \(asset.id): \(now)\(keep)"
    }

    /// The safeguards of the scenario's traps on this move that now hold: why it is safe now.
    private func safeguardsInPlace(for action: Action) -> [String] {
        let target = Self.stateOfVerb[action.verb]
        var parts: [String] = []
        for trap in scenario.traps where !state.traps.contains(where: { $0.id == trap.id }) {
            guard let condition = trap.when else { continue }
            let onMove = trap.on?.matches(action) ?? Self.leaves(of: condition).contains { leaf in
                if case .asset(let id, let assetState) = leaf { return id == action.object && assetState == target }
                if case .did(let pattern) = leaf { return pattern.matches(action) }
                return false
            }
            guard onMove else { continue }
            for part in Self.guards(of: condition).flatMap(metParts) where !parts.contains(part) {
                parts.append(part)
            }
        }
        return parts
    }

    /// What makes a safeguard hold, as it happened: the move that met a `did` as it was typed and when
    /// ("'invite hannah #ir-breach' at Tue 12:40": blind40 #65 was told 'notify legal', never typed, for
    /// it), an asset's state; for an `or`, the part that holds.
    private func metParts(of condition: Condition) -> [String] {
        switch condition {
        case .all(let parts): return parts.flatMap(metParts)
        case .any(let parts): return parts.first(where: { holds($0) }).map(metParts) ?? []
        // (A message's whole text is no safeguard's name: "'tell hannah' at 12:46", blind67 #51.)
        case .did(let pattern):
            return state.decisions.first { $0.matches(pattern) }.map { decision in
                guard decision.action.verb == .tell, let to = decision.action.object else { return ["'\(decision.raw)' at \(stamp(decision.at))"] }
                return ["'tell \(to)' at \(stamp(decision.at))"]
            } ?? []
        case .asset(let id, let assetState): return holds(condition) ? ["\(id) \(Self.word(for: assetState))"] : []
        default: return []
        }
    }

    /// The conditions a trap's `not (…)` requires to hold before its move is safe.
    static func guards(of condition: Condition) -> [Condition] {
        switch condition {
        case .not(let inner): [inner]
        case .all(let parts): parts.flatMap(guards)
        default: []
        }
    }

    /// The plain conditions of a condition, through `and`, `or` and `not`.
    static func leaves(of condition: Condition) -> [Condition] {
        switch condition {
        case .not(let inner): leaves(of: inner)
        case .all(let parts), .any(let parts): parts.flatMap(leaves)
        default: [condition]
        }
    }
}

extension Engine {
    /// The verb that brings each asset state about: `stateOfVerb` read backwards (one verb per state).
    static let verbOfState: [AssetState: Verb] = Dictionary(stateOfVerb.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })

    /// Whether an authored answer already speaks to the move ("Legal reviews it before anything goes
    /// out" to "should we publish?"): it comes before a view worked out from the world.
    func speaksOfMove(_ answer: Answer, _ action: Action) -> Bool {
        let lowered = answer.text.lowercased()
        switch action.verb {
        case .notify:
            // Of the audience the move names: the regulator's filing is no answer on the police (blind65 #100).
            let audience = action.object.flatMap { object in Self.audienceWords.first { $0.audience.rawValue == object }?.words }
            return ["notif", "report to", "file", "tell them", "telling the"].contains { lowered.contains($0) }
                && (audience.map { !Self.topicWords(answer.text).isDisjoint(with: $0) } ?? true)
        case .statementPublish: return lowered.contains("statement") || lowered.contains("goes out") || lowered.contains("publish")
        case .briefLeadership: return lowered.contains("brief")
        case .tell, .page:
            // About talking to them, not only about them ("his last day is in two weeks").
            let contact = ["talk", "speak", "ask him", "ask her", "tell him", "tell her", "confront", "contact", "approach", "interview"]
            return (action.object.flatMap { peopleByID[$0] }.map { lowered.contains(Self.firstName($0).lowercased()) } ?? false)
                && contact.contains { lowered.contains($0) }
        default:
            guard let target = Self.stateOfVerb[action.verb] else { return false }
            return Self.mentionsDeed(answer.text, target) || lowered.contains(action.verb.spelling)
        }
    }
}
