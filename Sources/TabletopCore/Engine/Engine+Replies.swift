import Foundation

extension Engine {
    /// What a person says when asked about a topic: the first authored answer whose topic, condition
    /// and knowledge fit; otherwise an answer from the world, never a bare default.
    mutating func answer(_ person: Person, topic: String, into outputs: inout [Output]) {
        guard person.reachable else {
            outputs.append(.response("\(person.name) does not answer."))
            return
        }
        // A suspect whose own account was cut off knows they are found out and stops answering.
        if person.mustNotKnow, let cut = scenario.assets.first(where: { $0.owner == person.id && $0.kind == .account }).flatMap({ cutOff($0) }) {
            outputs.append(.response("\(person.name) does not answer: their account was \(cut.word) at \(stamp(cut.at)), and they have not replied since."))
            return
        }
        let person = asToldNow(person)
        let words = Self.topicWords(topic)
        // A call for a view on a move ("is it safe to roll it out tonight?") is not a question on their task (blind51 #97).
        func task() -> String? { Self.asksForAdvice(topic, words: words) ? nil : taskAnswer(person, question: topic, words: words) }
        // (Whether something is in the fix they are building, before where their task stands: blind136 #59.)
        func onOwnWork() -> String? { fixInProgressAnswer(person, question: topic, words: words) ?? task() }
        // (In two steps: one chain of them all is more than the type checker takes in reasonable time.)
        let onSuspect = suspectAwarenessAnswer(person, question: topic, words: words) ?? tipOffAnswer(person, question: topic, words: words)
            ?? fixOnSuspectAnswer(person, question: topic, words: words) ?? suspectContactAnswer(person, question: topic, words: words)
        let onTheWorld = watchRequestAnswer(person, question: topic) ?? imageStateAnswer(person, question: topic, words: words)
            ?? loopInAnswer(person, question: topic) ?? outsideFleetAnswer(person, question: topic, words: words)
            ?? rebuiltAnswer(person, question: topic, words: words) ?? statementAccuracyAnswer(person, question: topic, words: words)
            ?? publishTimingAnswer(person, question: topic)
            ?? coverageAnswer(person, question: topic, words: words) ?? otherThanAnswer(person, question: topic, words: words)
        // ("Is web-10 isolated now?" asked of the one who isolated it is a yes or a no first, not the card of web-10 with their deeds,
        // blind134 #38.)
        if let stateAsked = assetStateAnswer(person, question: topic, words: words) {
            outputs.append(.answer(person: person.id, name: person.name, text: stateAsked))
            return
        }
        // (A watch they keep answers a question on what it covers before any finding that shares its words: "Nothing from any of
        // those five addresses overnight on the watch?" got the audit-log finding, blind138 #133.)
        func heard() -> String? {
            watchAnswer(person, question: topic, words: words) ?? ownWorkAnswer(person, question: topic) ?? heardAnswer(person, question: topic, words: words)
                ?? seenPostAnswer(person, question: topic, words: words)
        }
        // (Whether anything blocks them, from their work, before any finding: blind143 #30.)
        if let own = blockersAnswer(person, question: topic) ?? heard() ?? onSuspect ?? onTheWorld
            ?? testerAnswer(person, words: words) ?? followUpAnswer(person, words: words)
            // What they said they would do, asked after (blind51 #71: "you said you'd work out which retailers' exports were copied"),
            // before a deed or task of theirs that shares a word or two (#99: "break the copied objects down per retailer" is not the log read).
            ?? whyAloneAnswer(person, question: topic) ?? promiseAnswer(person, question: topic, words: words) ?? ownDeedsAnswer(person, question: topic, words: words)
            ?? onOwnWork() {
            // (A watch taken on here is kept like any promise: "can you keep a close watch on the audit logs overnight …?" was
            // forgotten, and asked in the morning what it saw, Marco quoted the audit-log finding, blind138 #133.)
            rememberPromise(own, by: person, request: topic)
            outputs.append(.answer(person: person.id, name: person.name, text: own))
            return
        }
        // Asked about someone, a person answers in their own words where they wrote some about them
        // (HR on Kai's resignation), so that legal and HR never give the same card.
        // (`knownPeople.first` with `Engine.names`, by the name words worked out once per drill.)
        let askedWords = words.filter { $0.count >= 4 && !Self.commonWords.contains($0) }
        // The people the words name (by id, or by a word of their name), through the inverted tables.
        var namedPeople = Set<Int>()
        for word in words { namedPeople.formUnion(world.castByID[word] ?? []) }
        for word in askedWords { namedPeople.formUnion(world.castByNameWord[word] ?? []) }
        let about = namedPeople.sorted().first { position in
            let other = scenario.cast[position]
            return knows(person: other) && other.id != person.id
        }.map { Self.topicWords(String(scenario.cast[$0].name.split(separator: " ").first ?? "")) }
        // An answer written about one asset is not the answer about another the question names by id
        // ("key" fits ci-key's answer; `ask marco about warehouse-key` is not about ci-key, blind7 #9).
        // An id said as words counts ("the warehouse key" is warehouse-key, blind51 #26: the paste's answer, matched by "key").
        let named = assetSaidByID(in: topic, words: words)
        // An asset named by two words of its name or more ("the billing-export key"): an answer that does not speak of it
        // and matched the question only by a word its name shares with another asset's ("key") is about another one
        // (blind40 #122: the first key's answer). One that matched by other words of the question ("addresses … in the
        // audit logs"), or by a word only its name has ("extortion"), still answers.
        let namedByName = named == nil ? assetsNamed(by: words).first { Self.nameOverlap(words, $0.name) >= 2 } : nil
        let shared = namedByName.map { asset in
            Self.topicWords(asset.name).filter { word in
                scenario.assets.contains { $0.id != asset.id && Self.topicWords($0.name).contains(word) }
            }
        } ?? []
        // Named by id, the same: an answer matched only by a part of the id ("key" of backup-key) that does not speak
        // of it is about another asset (blind45 #75: "did anyone use the backup-key?" got the paste's answer).
        let idParts = named.map { Self.topicWords($0.id).subtracting([$0.id]) } ?? []
        // Words said only to set the scene ("… can you put them under a hold before we touch the key?") match no answer
        // alone (blind82 #19: the key's owner, for a question on the audit logs' retention and hold).
        let scene = Self.sceneSettingWords(in: topic).subtracting(Self.topicWords(Self.withoutSceneSetting(topic)))
        let topical = person.answers.filter { answer in
            answer.topics.contains(where: words.contains) && fits(answer, person) && !speaksOfAnother(answer, than: named)
                && !(!scene.isEmpty && answer.topics.filter(words.contains).allSatisfy(scene.contains))
                && !(named.map { asset in
                    !idParts.isEmpty && !Self.mentions(answer.text, asset) && !answer.topics.contains(asset.id)
                        && answer.topics.filter(words.contains).allSatisfy(idParts.contains)
                } ?? false)
                && !(namedByName.map { asset in
                    !Self.mentions(answer.text, asset) && !answer.topics.contains(asset.id)
                        && answer.topics.filter(words.contains).allSatisfy(shared.contains)
                } ?? false)
        }
        // Asked what to change so it cannot happen again, their answer on the fix comes first (blind20 #7).
        let fixFirst = Self.asksForFix(words) ? person.answers.first { $0.topics.contains("fix") && fits($0, person) } : nil
        // Asked to do something, the answer on that task comes first ("can you pull the audit logs for the key?" is the
        // logs' answer, not the key's owner: blind63 #22).
        let isRequest = Self.isRequest(topic)
        let task = isRequest ? Self.requestedTask(topic.lowercased()).flatMap { asked in
            Self.requestVerbs.first { $0.words.contains(asked.task) }?.words
        } : nil
        // A request of no task the shell has, the answer on what its first words name ("can you also read the audit logs for what ci-deployer did with
        // that key?" is the logs' answer, blind148 #20: the key's owner, matched by "key").
        let onTask = task.flatMap { task in topical.first { !$0.topics.filter(task.contains).isEmpty } }
            ?? (isRequest && task == nil && topical.count > 1 ? Self.requestStart(topic.lowercased()).flatMap { start in
                let opening = Set(topic.lowercased()[start...].split(whereSeparator: { !$0.isLetter && $0 != "-" }).prefix(7).map(String.init))
                return topical.first { !opening.isDisjoint(with: $0.topics) }
            } : nil)
        var match = fixFirst ?? onTask ?? topical.first
            // Only when the question is about them: a name said in passing ("or will you take it from here with
            // Hannah?") is no question about Hannah (blind51 #116: the CEO's line on the ransom).
            ?? about.flatMap { name in
                person.answers.first { answer in
                    let text = Self.topicWords(answer.text), others = askedWords.subtracting(name)
                    return !text.isDisjoint(with: name) && (others.count <= 2 || !text.isDisjoint(with: others)) && fits(answer, person)
                }
            }
        // Asked for their update again, what changed is their whole picture since, not only what the answer named.
        let update = Self.asksForUpdate(words) && !person.mustNotKnow
        // "Is the attacker still in?" is answered from the world unless an answer of theirs is written on
        // exactly that (blind20 #4: Priya gave the paste because the question named the key).
        // A question that names a level ("should this be sev1 or sev2, given the rows on the paste site?") asks for a view on
        // the level, whatever else it names, unless an answer of theirs is written on the level (blind40 #15: the paste).
        // Asked what to change so it cannot happen again, with no answer of their own on the fix: the fix as it stands
        // (blind44 #83: "what should we change so a leaver can't walk out with it again?" got what was taken).
        // Where nobody has looked yet, before the fix its lead-in names ("While Nina tests the fix: is there anywhere we have not looked
        // yet?", blind148 #42: the fix's status).
        if Self.asksWhereToLookNext(topic), let next = whereNextAnswer(person, question: topic) {
            outputs.append(.answer(person: person.id, name: person.name, text: next))
            return
        }
        let fixAsked = fixFirst == nil ? fixQuestionAnswer(person, words: words, question: topic) ?? rolloutStatusAnswer(person, question: topic, words: words)
            ?? fixStatusAnswer(person, question: topic, words: words)
            ?? assetStateAnswer(person, question: topic, words: words) ?? assetsWhenAnswer(person, question: topic, words: words)
            ?? scheduledAnswer(person, question: topic, words: words) ?? trailShowAnswer(person, question: topic, words: words)
            ?? otherHostsAnswer(person, question: topic, words: words) : nil
        if let clock = fixAsked ?? clockReasonAnswer(person, question: topic, words: words) ?? clockTimingAnswer(person, question: topic, words: words) ?? notificationStatusAnswer(person, question: topic, words: words)
            ?? announcedSendAnswer(person, question: topic, words: words) {
            outputs.append(.answer(person: person.id, name: person.name, text: clock))
            return
        }
        if !words.isDisjoint(with: Self.severityWords), !topical.contains(where: { !$0.topics.filter(Self.severityWords.contains).isEmpty }),
           let view = severityViewAnswer(person, question: topic, words: words) {
            outputs.append(.answer(person: person.id, name: person.name, text: view))
            return
        }
        // Whether the incident can be closed is answered from the world, unless an answer of theirs is on closing
        // (blind41 #137: counsel's Tuesday advice on waiting until Friday, on Friday after the cut-off).
        let onClosing = topical.contains { !$0.topics.filter(Self.closingWords.contains).isEmpty }
        if let next = whereNextAnswer(person, question: topic) ?? preservationAnswer(person, question: topic, words: words)
            ?? (onClosing ? nil : closingAnswer(person, words: words, question: topic)) {
            outputs.append(.answer(person: person.id, name: person.name, text: next))
            return
        }
        // Counsel asked about chain of custody answers it, unless an answer of theirs is on custody (blind45 #126: the regulator).
        // "Which of these do you want under a formal legal hold?" is custody too (blind55 #95: "I don't know that about web-03").
        if words.contains("custody") || Self.asksForLegalHold(topic), let custody = custodyAnswer(person, question: topic, words: words), !(match?.topics.contains(where: Self.custodyWords.contains) ?? false) {
            outputs.append(.answer(person: person.id, name: person.name, text: custody))
            return
        }
        if let access = accessAnswer(person, question: topic, words: words), !(match?.topics.contains(where: Self.stillInWords.contains) ?? false) {
            outputs.append(.answer(person: person.id, name: person.name, text: access))
            return
        }
        // "Since the rotation, any unusual queries?" asks what came after: no answer written for the start gives it (blind25 #120).
        // A call for a view on a move that also says "since" ("should we rotate deploy-key now, since Kai used
        // it last night?") asks for the view (blind28 #49).
        // The move is read only for a line that has a since-answer, not for every question asked.
        // Whether something happened is answered from the trail that would show it, unless an answer of theirs on it is still unsaid.
        // (Worked out only when no since-answer came: `??` leaves its right side unread.)
        // An unsaid answer that does not speak of the asset the question names is no answer on it (blind51 #26:
        // "did anyone use the warehouse key from those five addresses?" got the addresses' answer).
        // Nor is one that speaks of no deed at all, asked whether someone did something (blind60 #43: "has anyone used the
        // warehouse-key since March?" got where the key was committed).
        let deedAsked = !words.isDisjoint(with: Self.activityWords) && Self.asksWhetherItHappened(topic)
        let matchSaid = match.map { answer in
            // (Matched by one word only: "did ci-deployer create users or roles?" is on the IAM answer's three.)
            hasSaid(answer, by: person) || named.map {
                !answer.topics.contains($0.id) && !Self.mentions(answer.text, $0) && answer.topics.filter(words.contains).count < 2
            } == true || (deedAsked && Self.topicWords(answer.text).isDisjoint(with: Self.activityWords))
        } ?? true
        // An update that ends "anything you want from me?" asks what they need, whatever it said happened (blind48 #119).
        let asksNeeds = Self.asksWhatTheyNeed(topic)
        // Whether something still works comes first: "do the old credentials still work anywhere?" is not whether they were used (blind49 #133).
        if !asksNeeds, let since = stillWorksAnswer(person, question: topic, words: words) ?? sinceAnswer(person, words: words, question: topic)
            ?? (matchSaid ? happenedAnswer(person, question: topic, words: words) : nil),
           !(Self.asksForAdvice(topic, words: words) && proposedAction(in: topic, words: words) != nil) {
            outputs.append(.answer(person: person.id, name: person.name, text: since))
            return
        }
        if let channel = channelAnswer(person, question: topic, words: words) {
            outputs.append(.answer(person: person.id, name: person.name, text: channel))
            return
        }
        // Asked for their view on the level, they weigh what they know that bears on it; counsel asked about evidence for the
        // police answers as counsel; asked what to tell people, comms or counsel say what and when; unless an unsaid answer of theirs is on it.
        if match.map({ hasSaid($0, by: person) }) ?? true,
           let view = severityViewAnswer(person, question: topic, words: words) ?? custodyAnswer(person, question: topic, words: words)
            ?? messagingAnswer(person, question: topic, words: words) {
            outputs.append(.answer(person: person.id, name: person.name, text: view))
            return
        }
        // Asked for their view on a move, they weigh it against the world, unless an unsaid answer of theirs speaks to that move;
        // asked what they need, they say what the world still asks of the commander on their side.
        // (A plan of theirs for the fix, delivered since, speaks to nothing now: blind51 #97, "is it safe to roll it out tonight?")
        if let advice = adviceAnswer(person, question: topic, words: words,
                                     unsaid: match.flatMap { hasSaid($0, by: person) || deliveredFixAnswer($0, by: person) != nil ? nil : $0 })
            ?? needsAnswer(person, question: topic, words: words) {
            outputs.append(.answer(person: person.id, name: person.name, text: advice))
            return
        }
        // A request to do something is answered as one, unless an answer of theirs on it is still unsaid.
        let request = requestAnswer(person, question: topic, words: words) ?? acknowledgement(person, question: topic)
        // A call to test ("could you try to get around it … and tell me what still gets through?") is the test, whatever its
        // examples share with an answer of theirs (blind88 #88: the mailbox hold and the drive block "for the record").
        let testing = request?.hasPrefix("Say the word and it is done: 'test'") == true
        if testing || match.map({ hasSaid($0, by: person) }) ?? true, let request {
            rememberPromise(request, by: person, request: topic)
            outputs.append(.answer(person: person.id, name: person.name, text: request))
            return
        }
        // Their plan for the fix, once they delivered it, is what they did (blind20 #27), asked again or not.
        if let first = match, !update, let delivered = deliveredFixAnswer(first, by: person) {
            outputs.append(.answer(person: person.id, name: person.name, text: delivered))
            return
        }
        // A different question on a topic they already answered: another answer of theirs on it not given
        // yet, else what they know of what it newly asks, not their earlier words again.
        // (Asked again what to change, their plan is what they said, not a different question: blind60 #68.)
        if let first = match, !update, fixFirst == nil, hasSaid(first, by: person), let new = Self.beyond(first, words: words) {
            // Another answer counts only if it speaks to what is newly asked (blind17 #4: not Priya's first look at the paste).
            // Never a fallback of the answer given: a later answer on the same topics is what they said before an earlier
            // one's condition came to hold (blind41 #107: "His exit meeting can be Friday", after "is set for Friday").
            if let other = topical.first(where: { other in
                other.text != first.text && !hasSaid(other, by: person) && !Self.topicWords(other.text).union(other.topics).isDisjoint(with: new)
                    && !person.answers.prefix { $0.text != other.text }.contains { Set(other.topics).isSubset(of: $0.topics) && fits($0, person) }
            }) {
                match = other
            } else {
                outputs.append(.answer(person: person.id, name: person.name, text: newQuestionAnswer(person, question: topic, words: words, new: new, earlier: first)))
                return
            }
        }
        // An asset named by id, asked again long after: its story as the person tells it now (as its
        // owner, or from their standpoint), not their first words hours ago and "Nothing has changed"
        // (blind17 #26, #30).
        // (Not when the question is on what that answer speaks of, by two of its topics: "when you disable kai-account, does his chat
        // admin role go with it, or do you have to remove it by hand?", blind136 #94, got the account's story, not the answer.)
        if let first = match, let named, !update, !person.mustNotKnow, first.topics.filter(words.contains).count < 2,
           let said = saidAt(first, by: person), state.clock.seconds - said.seconds > scenario.updateInterval.seconds {
            let story = named.owner == person.id ? ownerAnswer(named, by: person) : roleAnswer(named, by: person)
            outputs.append(.answer(person: person.id, name: person.name, text: story))
            return
        }
        // Said before: they refer back to it and say what changed, unless their offer has been done since.
        var again: String?
        if let match { again = repeated(match, by: person, asked: words, instead: update ? picture(of: person) : nil) }
        var toldDone = false
        // An offer of theirs already carried out answers only a request to carry it out; asked for news or anything
        // else, the world answers (blind37 #87: "anything new overnight?" got "I already snapshotted kai-laptop").
        // Asked only what the offer is about ("ask omar forensic image"), that it is done is the answer.
        if let offer = match, offer.when == nil, offer.reveals.isEmpty, !Self.isRequest(topic),
           Self.distinctiveQuestionWords(words).subtracting(offer.topics).subtracting(Self.topicWords(offer.text)).count >= 1,
           let done = doneSince(offer, by: person, asked: words), done.own {
            let text = update ? picture(of: person) ?? worldAnswer(person, question: topic, words: words) : worldAnswer(person, question: topic, words: words)
            outputs.append(.answer(person: person.id, name: person.name, text: text))
            apply(offer.effects, by: person.name, into: &outputs)
            return
        }
        let authored = match.map { answer -> String in
            guard answer.when == nil, let done = doneSince(answer, by: person, asked: words) else { return again ?? answer.text }
            toldDone = true
            // Their own offer, done by them and revealing nothing more, is replaced by saying it is done.
            return done.own && answer.reveals.isEmpty ? done.text : again ?? "\(done.text) \(answer.text)"
        }
        // Their unsaid answer on it first, then how to hand them what was asked; an answer that finds something
        // has done the looking asked for, and offering to do it as a task as well contradicts it (blind30 #15).
        let looked = (match.map { !$0.reveals.isEmpty } ?? false) && Self.requestedTask(topic.lowercased()).map { ["logs", "log", "pull", "trail", "inspect", "check", "examine"].contains($0.task) } == true
        // A "Will do" after their own view would contradict it ("I'd keep Friday 10:00 … Will do: I'll bring it forward",
        // blind53 #39): only a command to hand over follows an answer.
        let handOver = request.flatMap { $0.hasPrefix(Self.promiseOpening) ? nil : $0 }
        // Their first update after work they did as tasks says that work too (blind94 #121: the opening line on web-03
        // sixteen hours and four snapshots on).
        let didSince = update && again == nil && !toldDone && state.tasks.contains { $0.person == person.id && $0.done } ? deeds(of: person) : nil
        let reply = authored.map { again == nil && !toldDone && !looked ? [$0, didSince, handOver].compactMap { $0 }.joined(separator: " ") : $0 }
        outputs.append(.answer(person: person.id, name: person.name, text: reply ?? worldAnswer(person, question: topic, words: words)))
        // Their update given, the next one tells what came after it.
        if update, authored == nil || again != nil {
            state.knowledge[person.id, default: PersonKnowledge()].reportedAt = state.clock
            let known = factsKnown(by: person.id)
            state.knowledge[person.id]?.reportedFacts = known
        }
        if let match {
            learn(person.id, match.reveals)
            reveal(match.reveals, into: &outputs)
            apply(match.effects, by: person.name, into: &outputs)
        }
    }

    /// Whether an authored answer speaks of another asset of the kind the question names (another
    /// key, by its id or the account holding it) and not of the one named.
    func speaksOfAnother(_ answer: Answer, than asset: Asset?) -> Bool {
        guard let asset, !answer.topics.contains(asset.id), !Self.mentions(answer.text, asset) else { return false }
        // A word of the id the answer's topics do not already cover ("instance" of instance-role) in its text: it is about this one.
        let own = asset.id.split(separator: "-").map(String.init).filter { $0.count >= 4 && !answer.topics.contains($0) }
        if own.contains(where: { Self.topicWords(answer.text).contains($0) }) { return false }
        return scenario.assets.contains { other in
            guard other.id != asset.id, other.kind == asset.kind else { return false }
            return Self.mentions(answer.text, other) || other.heldBy.flatMap { assetsByID[$0] }.map { Self.mentions(answer.text, $0) } == true
        }
    }

    /// Whether an authored answer may be given now: its condition holds and the person knows (and does
    /// not know) what it needs.
    /// A warning against tipping the suspect off is spent once he knows (blind68 #31, #42).
    func fits(_ answer: Answer, _ person: Person) -> Bool {
        (answer.when.map { holds($0) } ?? true) && answer.knows.allSatisfy { personKnows(person.id, fact: $0) }
            && !answer.unlessKnows.contains { personKnows(person.id, fact: $0) }
            && !(scenario.truth.insider != nil && Self.warnsOfTipOff(answer.text) && suspectTippedOff)
    }

    /// For an authored answer written for the world as it began (no `when:`): what has since been
    /// done to the assets it speaks of, said first, so that nobody offers work already done ("I
    /// already snapshotted qa-loaner at Tue 09:23."). `own`: they did themselves what the answer offers.
    /// Nil when nothing was done to them.
    func doneSince(_ answer: Answer, by person: Person, asked: Set<String> = []) -> (text: String, own: Bool)? {
        let spoke = lastExchange(with: person)
        // Only being added to a channel or handed a task is no conversation: they say what it was.
        let knowledge = state.knowledge[person.id]
        let since = knowledge?.contact.flatMap { knowledge?.updatedAt == spoke ? "y" + $0.dropFirst() : nil } ?? "we last spoke"
        // The assets the answer itself speaks of (Marco's line on ci-key), not only the question (Helen asked of data read).
        let spoken = Set(assets(spokenOfIn: answer).map(\.id))
        let lines = assets(spokenOfIn: answer, asked: asked).prefix(2).compactMap { asset -> (own: Bool, text: String)? in
            // The change the answer offers ("a remote forensic image": the snapshot, not a later hold), else the latest.
            let done = state.assetChanges.filter { $0.asset == asset.id && Self.actionStates.contains($0.state) }
            // A cut-off arranged for later does not undo what was already done to it (blind18 #16: Omar
            // offered the image he had taken, the laptop being due to be isolated on Friday).
            guard let change = done.last(where: { Self.mentionsDeed(answer.text, $0.state) }) ?? (pendingChange(of: asset.id) == nil ? done.last : nil)
            else { return nil }
            let word = Self.word(for: change.state), when = stamp(change.at)
            if isOwn(change, by: person) { return (Self.mentionsDeed(answer.text, change.state), "I already \(word) \(asset.id) at \(when); that is done.") }
            // Someone else's work they could not know of is no news of theirs, unless their answer offers
            // to do it again (Helen, told nothing, knew the database password was rotated, blind16 #9).
            // (An answer on the asset tells it only to someone in the response: blind129 #64, the helpdesk lead, never told anything,
            // opened with "For the record, kai-laptop was already snapshotted": covert work he could not know of.)
            let suspects = asset.owner.flatMap { peopleByID[$0] }?.mustNotKnow == true
            guard heardOf(change, person) || Self.mentionsDeed(answer.text, change.state)
                || spoken.contains(asset.id) && (!suspects || state.knowledge[person.id]?.updatedAt != nil) else { return nil }
            let by = change.by.map { " (\($0))" } ?? " (by you)"
            // "Since" needs an earlier exchange to be since; a first contact, or news they had by then, is just the record.
            if let spoke, change.at > spoke { return (false, "Update since \(since) at \(stamp(spoke)): \(asset.id) was \(word) at \(when)\(by).") }
            return (false, "For the record, \(asset.id) was already \(word) at \(when)\(by).")
        }
        guard !lines.isEmpty else { return nil }
        return (lines.map(\.text).joined(separator: " "), lines.contains(where: \.own))
    }

    /// When the commander and the person last dealt with each other before this question: an earlier
    /// question, a message, a task, a review, a briefing or post they read, their own call or message.
    /// Nil on first contact.
    func lastExchange(with person: Person) -> SimDuration? {
        let spoken: Set<Verb> = [.ask, .tell, .delegate, .statementReview]
        // Before the decision being answered (the last one), by the index of decisions by object.
        let before = state.decisions.count - 1
        let asked = watch.decisions(on: person.id, in: state).last { $0 < before && spoken.contains(state.decisions[$0].action.verb) }
            .map { state.decisions[$0].at }
        let called = watch.lastFired(from: person.id, in: state, index: world.index).map { state.fired[$0].at }
        return [asked, called, state.knowledge[person.id]?.updatedAt].compactMap { $0 }.max()
    }

    /// Whether a text tells of the change ("takes a remote forensic image" of a snapshot).
    static func mentionsDeed(_ text: String, _ change: AssetState) -> Bool {
        let lowered = text.lowercased()
        // At the start of a word: "reimaged" is no image (blind129 #64: the helpdesk's wipe routine read as a snapshot).
        return (deedStems[change] ?? [change.rawValue]).contains { stem in
            var from = lowered.startIndex
            while let found = lowered.range(of: stem, range: from..<lowered.endIndex) {
                if found.lowerBound == lowered.startIndex || !lowered[lowered.index(before: found.lowerBound)].isLetter { return true }
                from = found.upperBound
            }
            return false
        }
    }
}
