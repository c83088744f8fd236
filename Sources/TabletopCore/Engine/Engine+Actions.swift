extension Engine {
    /// Changes the world as the action says, and lets the scenario (or a plausible default) answer it.
    mutating func perform(_ action: Action, actor: Player, into outputs: inout [Output]) {
        let matched = matchingResponse(for: action)
        // Asking for what already holds changes nothing and says since when; the scenario's response
        // still has its effects, so the world goes on as if it had been done now.
        // So is acting on a credential whose account is already cut off (`rotate ci-key` once ci-deployer is disabled).
        let moot = configuration.realClock ? mootByHolder(action) : nil
        if configuration.realClock, let already = repeatedChange(action).map(alreadyText) ?? moot.map({ mootText(action, holder: $0.holder, change: $0.change) }) {
            outputs.append(.response(already))
            if let matched {
                reveal(matched.reveals, into: &outputs)
                apply(matched.effects, into: &outputs)
            }
            return
        }
        // A change arranged for later (`scheduled:`) is pending until its time: the engine carries it
        // out then, with the response's effects; until then nothing of it holds.
        let arranged = arrangement(of: action, response: matched)
        let defaultText = arranged == nil ? applyVerb(action, actor: actor, into: &outputs) : nil
        // A response written for arranging (`scheduled:`) whose time has come says it is done, not that it will be
        // (blind15 #30: the cut-off typed for Fri 10:00 printed "Until then nothing changes for Kai" at 10:00).
        let response = matched.map { matched in
            var response = matched
            if arranged == nil, let done = arrivedText(action, response) { response.text = done }
            if let filed = filingContent(action) { response.text += " " + filed }
            // A scenario's line on a post says what it led to; the post itself went out, and says so
            // (blind27 #117: "#sec-alerts has forty readers" left the trainee asking whether it was sent).
            if action.verb == .post, configuration.realClock, let channel = action.object, !response.text.hasPrefix("Posted") {
                response.text = "Posted in \(channel). " + response.text
            }
            return response
        }
        if let response {
            outputs.append(.response(arranged == nil ? response.text : "\(response.text) \(arrangedNote(action))"))
            reveal(response.reveals, into: &outputs)
            if let arranged { arrange(arranged) } else { apply(response.effects, into: &outputs) }
        } else if let defaultText {
            outputs.append(.response(defaultText))
        }
        // What the world says people did in answer (Hannah files the notification) is theirs to report.
        let spoken: Set<Verb.Area> = [.investigate, .triage, .session, .decide]
        // A briefing's own line names who was told, not who did something; a test's result is the
        // tester's to report (`testOutcome`), not its opening line.
        let told = response == nil && [.briefLeadership, .notify].contains(action.verb)
        if !spoken.contains(action.verb.area), ![.tell, .delegate, .post, .invite, .test].contains(action.verb), !told,
           let said = response?.text ?? defaultText {
            recordDeeds(said, remit: remit(of: action))
        }
        if [.statementDraft, .statementReview, .statementPublish].contains(action.verb) {
            recordStatement(action.verb, reviewer: action.object.flatMap { peopleByID[$0] })
        }
        // A cut-off done now overtakes one arranged for later.
        if arranged == nil, let object = assetID(of: action), let done = Self.stateOfVerb[action.verb], Self.cutOffStates.contains(done) {
            overtakeSchedule(of: object)
        }
    }

    /// The verb's own effect on the world; returns the default answer when the scenario has none.
    ///
    /// The cases are grouped by area, and every verb is listed (no `default`), so a new verb does not
    /// compile until it is handled here; anything longer than a line is in a helper below.
    private mutating func applyVerb(_ action: Action, actor: Player, into outputs: inout [Output]) -> String? {
        let object = action.object ?? ""
        let person = peopleByID[object]
        let asset = assetsByID[object]
        switch action.verb {
        // Triage and communication.
        case .ack: return "You acknowledge the report and take it on."
        case .page: return page(person)
        case .post:
            inform(members(of: object), facts: factsNamed(in: action.text ?? ""), contact: "You posted in \(object)")
            return "Posted in \(object): \(action.text ?? "")"
        case .tell: return tell(person, action.text ?? "")
        case .delegate: return delegate(person, task: action.text ?? "")
        case .channel: return openChannel(object, outOfBand: action.outOfBand)
        case .invite: return invite(person, to: action.channel ?? lastOpenedChannel)
        case .bridge: return "You open a video bridge\(lastOpenedChannel.map { " and pin the link in \($0)" } ?? "")."
        case .severity: return declareSeverity(object, reason: action.text, actor: actor)
        case .ic: return appointCommander(object, person: person, actor: actor)
        // Investigation.
        case .ask: return ask(person, about: action.text ?? "", into: &outputs)
        case .lookup: return lookUp(person)
        case .inspect, .logs: return examine(asset, verb: action.verb, into: &outputs)
        case .sweep: return sweep(action.text, into: &outputs)
        case .impact: return "Noted as the worst case: \(Self.withoutLabel(action.text ?? "", "worst case"))"
        // Containment and forensics.
        case .block: return block(object)
        case .isolate, .revoke, .rotate, .disable, .shutdown, .delete, .snapshot, .preserve, .redeploy, .clean:
            return changeAsset(action.verb, asset: asset, name: asset?.name ?? object)
        case .fix: return "Work on the fix starts: \(action.text ?? "")"
        case .test: return testReply()
        case .rollout: return "The fix is rolled out to production."
        case .monitor: return "You watch production closely for \(action.duration ?? .zero)."
        // Record keeping.
        case .docCreate: return "The incident working document is created."
        // Written before anyone made the document: kept, and said so (blind142 #154: "updated" as if it existed).
        case .docNote where watch.decisionsByVerb[.docCreate] == nil, .docUpdate where watch.decisionsByVerb[.docCreate] == nil:
            return "There is no working document yet: this is kept for it, and 'doc create' makes the document the team can read."
        case .docNote: return "Added to the working document."
        case .docUpdate: return "The \(object) section of the working document is updated."
        case .ticket: return fileTicket()
        case .followup: return "Follow-up filed\(action.owner.map { " for \($0)" } ?? "")."
        // Stakeholders.
        case .notify: return notify(object)
        case .briefLeadership:
            return briefing(.leadership, plain: "You brief the executives.")
        case .statementDraft: return draftStatement(action.text)
        case .statementReview: return reviewStatement(person)
        case .statementPublish: return "The statement is published."
        // Close, and the decision points on the way.
        case .close:
            // Sessions recorded before the real clock (tabletop 0.1.0) replay with the words they were shown.
            return state.attackerPresent && configuration.realClock ? "You close the incident while \(waysInText): the response ends, the incident does not." : "You close the incident."
        case .postmortemSchedule:
            return "The postmortem is scheduled\(action.text.map { " for \($0)" } ?? "")." + (postmortemPastTheEnd(action.text).map { " " + $0 } ?? "")
        case .postmortemRun:
            let held = "The postmortem is held" + (postmortemAhead().map { " now, ahead of \($0) it was scheduled for" } ?? "")
            return endsWithPostmortem(now: true) ? "\(held), and with it the drill ends." : "\(held)."
        case .choose: return choose(action, into: &outputs)
        // Session commands change nothing in the world.
        case .why, .wait, .cancel, .status, .timeline, .who, .assets, .brief, .hint, .help, .runbook, .save, .quit:
            return nil
        }
    }

    // MARK: Triage and communication

    /// How long after calling or writing in someone is still at hand for a page.
    static let atHand = SimDuration(seconds: 30 * 60)

    private mutating func page(_ person: Person?) -> String? {
        guard let person else { return nil }
        add(.paged, to: person.id)
        guard person.reachable else { return "You page \(person.name). There is no answer." }
        // Someone who called or wrote in minutes ago is at hand: they answer now (blind15 #7: Rita, who had
        // just phoned, was paged with "they usually answer within 20m").
        if configuration.realClock, let call = state.fired.last(where: { senderID(of: $0) == person.id }),
           state.clock.seconds - call.at.seconds <= Self.atHand.seconds {
            schedule(.arrival(person.id), at: state.clock)
            return "You page \(person.name), \(person.role), who reached you at \(stamp(call.at)); they answer at once."
        }
        schedule(.arrival(person.id), at: state.clock + person.responseTime)
        return "You page \(person.name), \(person.role); they usually answer within \(person.responseTime)."
    }

    private mutating func openChannel(_ name: String, outOfBand: Bool) -> String {
        state.channels.append(ChannelStatus(id: name, isPrivate: true, outOfBand: outOfBand,
                                            members: [], compromised: outOfBand ? false : scenario.truth.commsCompromised,
                                            openedAt: state.clock))
        return outOfBand
            ? "You start a verified Signal group \(name), outside the company's chat. Invite people with 'invite <person> \(name)'."
            : "You open the private channel \(name). Invite people with 'invite <person> \(name)'."
    }

    private mutating func invite(_ person: Person?, to channel: String?) -> String? {
        guard let person, let channel, let index = state.channels.firstIndex(where: { $0.id == channel }) else { return nil }
        add(.invited, to: person.id)
        if !state.channels[index].members.contains(person.id) { state.channels[index].members.append(person.id) }
        inform([person.id], contact: "You added me to \(channel)")
        return "\(person.name) joins \(channel)."
    }

    private mutating func declareSeverity(_ object: String, reason: String?, actor: Player) -> String? {
        guard let level = Severity(rawValue: object) else { return nil }
        state.declaredSeverity = level
        state.severityLog.append(SeverityDeclaration(at: state.clock, level: level, correct: nil, reason: reason, actor: actor.name))
        guard let reason, !reason.isEmpty else {
            // The debrief weighs the reason given for a level, so a bare level says how to give one.
            return "Severity declared: \(level). No reason given: say why in quotes, as in severity \(level.number) \"what you know that sets this level\"."
        }
        return "Severity declared: \(level) (\(reason))."
    }

    private mutating func appointCommander(_ object: String, person: Person?, actor: Player) -> String? {
        if object == "me" || object.isEmpty {
            state.commander = actor.name
            return "You are the incident commander."
        }
        guard let person else { return nil }
        state.commander = person.id
        add(.contacted, to: person.id)
        return "\(person.name) is now the incident commander."
    }

    // MARK: Investigation

    /// Asks the person; the answer goes straight into the outputs, so there is no default text.
    private mutating func ask(_ person: Person?, about topic: String, into outputs: inout [Output]) -> String? {
        guard let person else { return nil }
        add(.asked, to: person.id)
        // A leader told where things stand in the question itself ("End-of-day check: the regulator is notified, the cut-off is
        // set for Friday. Anything you need from me?") has that update, as from a message (blind79 #95: "an update" asked for).
        // (One that tells something: "it has been about three hours since my last briefing" is none, blind126 #75: the CEO then
        // knew of a rotation made after his briefing.)
        if Standpoint(role: person.role, team: person.team) == .leader, let update = Self.updateBeforeQuestion(topic),
           !factsNamed(in: update).isEmpty || !Self.topicWords(update).isDisjoint(with: Self.newsWords) || !namedIDs(in: update).isEmpty {
            inform([person.id], facts: factsNamed(in: update), message: update)
        }
        // ("Can you get kai-mailbox preserved?" asks for the move: "Will do: I'll get kai-mailbox preserved." and nothing handed over.)
        var asked = Self.wantedAsOrders(topic)
        // An order asked is a request ("ask omar 'Preserve kai-mailbox.'" was told what Omar held of it).
        let lowered = asked.lowercased()
        if !lowered.contains("?"), lowered.count == asked.count, Self.imperativeSentence(in: lowered, holding: false)?.lowerBound == lowered.startIndex {
            asked = "Please " + asked.prefix(1).lowercased() + asked.dropFirst()
        }
        let before = outputs.count
        answerInParts(person, topic: asked, into: &outputs)
        // A move they offer in answer is remembered as one offered by message is ("Could you read the draft once more?" "Say the word
        // and it is done: 'statement review helen'", then "Yes, please go ahead and review it.", blind152 #24: "Will do", no review).
        let said = outputs[before...].compactMap { output -> String? in if case .answer(let id, _, let text) = output, id == person.id { text } else { nil } }.last
        rememberOffer(said, by: person)
        return nil
    }

    private func lookUp(_ person: Person?) -> String? {
        guard let person else { return nil }
        let reach = person.reachable ? "usually answers within \(person.responseTime)" : "cannot be reached right now"
        return "\(person.name): \(person.role)\(person.team.isEmpty ? "" : ", \(person.team)"); \(reach)."
    }

    /// `inspect` or `logs`: the asset's finding, or a plain answer when it has none.
    private mutating func examine(_ asset: Asset?, verb: Verb, into outputs: inout [Output]) -> String? {
        guard let asset else { return nil }
        add(.inspected, to: asset.id)
        // A host the scenario describes only by inspection: its logs bear out the same finding.
        let logging: Set<AssetKind> = [.host, .service, .device, .database, .network, .bucket, .evidence]
        let borrowed = verb == .logs && asset.logs == nil && asset.inspect != nil && logging.contains(asset.kind)
        // Something that keeps no logs of its own, written up only by its history (a repository's clone
        // log, a key's use): inspecting it shows that
        // history, not a canned line over what is already known (blind7 #19).
        let history = verb == .inspect && asset.inspect == nil && asset.logs != nil && Self.loglessKinds.contains(asset.kind)
        let finding = (verb == .inspect && !history) || borrowed ? asset.inspect : asset.logs
        guard let finding else { return plainFinding(asset, verb: verb) }
        let text = borrowed ? "The logs of \(asset.name) bear out what inspecting it shows: \(finding.text)"
            : history ? "The history of \(asset.name) shows: \(finding.text)" : finding.text
        // The finding describes the asset as the scenario found it. Once it is cut off, its current
        // state comes first and the live-activity text is what was seen before, so one reply never
        // says both "active" and "nothing has left it".
        // Read before, with nothing cut since: the same finding again is no news (blind7 #23), so it says
        // so and when, and what was learnt or done since follows below.
        let previous = state.decisions.dropLast().last { $0.action.verb == verb && $0.action.object == asset.id }?.at
        let news = cutSince(in: text, besides: asset), learnt = learntSince(asset, besides: finding)
        if let previous, cutOff(asset).map({ $0.at <= previous }) ?? true {
            let looked = "\(verb == .logs ? "read its logs" : "inspected it") at \(stamp(previous))"
            let lead = news == nil && learnt == nil && workAround(asset).isEmpty ? "Nothing new since you \(looked); as then:" : "As when you \(looked):"
            outputs.append(.response("\(lead) \(Self.firstSentence(text))"))
            if let news { outputs.append(.response(news)) }
        } else if let cut = cutOff(asset), let quiet = quietSince(asset) {
            outputs.append(.response(quiet))
            outputs.append(.response("Before \(asset.id) was \(cut.word) at \(stamp(cut.at)): \(text)"))
        } else {
            outputs.append(.response(text))
            if let news { outputs.append(.response(news)) }
        }
        // What else has been done to it since; a cut-off still ahead (scheduled) is not a state yet.
        if let learnt { outputs.append(.response(learnt)) }
        if let now = currentStateLine(asset, besides: cutOff(asset)?.word) { outputs.append(.response(now)) }
        if let pending = pendingChange(of: asset.id) {
            outputs.append(.response("It is \(pending.phrase); until then it works as before."))
        }
        reveal(finding.reveals, into: &outputs)
        return nil
    }

    // MARK: Containment and forensics

    private mutating func block(_ object: String) -> String {
        // An indicator the scenario lists as an asset is blocked by its id or by what it is (a domain, an address).
        let indicator = scenario.assets.first { $0.kind == .indicator && $0.name.lowercased() == object.lowercased() }?.id ?? object
        add(.blocked, to: indicator)
        return "\(object) is blocked at the edge."
    }

    private mutating func changeAsset(_ verb: Verb, asset: Asset?, name: String) -> String? {
        guard let asset else { return nil }
        if let assetState = Self.stateOfVerb[verb] { add(assetState, to: asset.id) }
        let networked: Set<AssetKind> = [.host, .service, .device, .database, .network]
        switch verb {
        case .isolate where !networked.contains(asset.kind):
            return "\(name) is a \(asset.kind.rawValue), not something on the network; access to it is restricted, but revoking or disabling it is what stops its use."
        case .isolate: return "\(name) is isolated from the network and kept running."
        case .revoke: return "\(name) is revoked."
        case .rotate: return "\(name) is replaced with a new one."
        case .disable: return "\(name) is disabled."
        case .shutdown: return "\(name) is powered off."
        case .delete: return "\(name) is deleted."
        case .snapshot: return "A forensic snapshot of \(name) is taken and stored read-only."
        case .preserve: return "\(name) is preserved under chain of custody."
        case .redeploy: return "\(name) is replaced with a known-clean build."
        default: return "\(name) is cleaned in place."
        }
    }

    // MARK: Record keeping and stakeholders

    private mutating func fileTicket() -> String {
        let number = 1000 + Int(state.random.next() % 9000)
        return "Restricted incident ticket INC-\(number) is filed."
    }

    private mutating func notify(_ object: String) -> String? {
        guard let audience = Audience(rawValue: object) else { return nil }
        if !state.notified.contains(audience) { state.notified.append(audience) }
        // Counsel files with the regulator or the police, so what the filing says, counsel knows (blind42: a
        // filing made through legal left legal "not told" what it carried).
        if [.regulator, .lawEnforcement].contains(audience), configuration.realClock {
            inform(people(reachedBy: .legal), facts: briefedFacts(for: audience))
        }
        return briefing(audience, plain: "\(audience.displayName) \(audience == .leadership || audience == .customers ? "are" : "is") informed.")
    }

    private mutating func draftStatement(_ text: String?) -> String {
        state.statementDraft = text
        state.statementReviewedBy = nil
        return "The statement is drafted."
    }

    // MARK: Answers and decisions

    private mutating func choose(_ action: Action, into outputs: inout [Output]) -> String? {
        guard let pending = state.pendingDecisions.first, let inject = injectsByID[pending], let decision = inject.decision,
              case .success(let number) = optionNumber(for: action, of: inject), let option = decision.options[safe: number - 1] else { return nil }
        state.pendingDecisions.removeFirst()
        state.choices.append(MadeChoice(decision: pending, option: number, at: state.clock))
        if let outcome = option.outcome.map({ outcomeAsItComes($0, effects: option.effects) }) {
            outputs.append(.response(outcome.told))
            recordDeeds(outcome.deed, asker: inject.from)
        }
        reveal(option.reveals, into: &outputs)
        apply(option.effects, by: asker(of: inject).map { "\($0), on your answer" }, credit: option.outcome.map { ($0, ", on your answer") }, into: &outputs)
        return option.outcome == nil ? "You chose: \(option.text)" : nil
    }
}

extension Audience {
    /// How the audience is named in text.
    public var displayName: String {
        switch self {
        case .legal: "Legal"
        case .pr: "PR"
        case .hr: "HR"
        case .leadership: "The executives"
        case .security: "Security leadership"
        case .lawEnforcement: "Law enforcement"
        case .regulator: "The regulator"
        case .customers: "Customers"
        }
    }
}
