import Foundation

extension Engine {
    /// Words that ask how a piece of work is going.
    static let progressWords: Set<String> = ["going", "progress", "status", "ready", "done", "finished", "eta", "long", "far", "coming"]
    /// Ways of asking when someone will report back on what they were given.
    static let whenBackPhrases = ["expect to report", "report back", "you report", "hear back", "get back to me", "when will you be done",
                                  "when do you expect", "when will you have", "how much longer"]

    /// Asked about a task they are still doing (named by its words, or "how is it going" when it is
    /// their only one), a person says they are on it and when they will report (blind17 #14, #22: Lena,
    /// two hours into the fix, answered with the key's leak history). Nil otherwise, and for a plain
    /// `ask <person> update`, which gives their whole picture.
    func taskAnswer(_ person: Person, question: String = "", words: Set<String>) -> String? {
        guard !Self.asksForUpdate(words) else { return nil }
        if let list = openTasksAnswer(person, words: words) { return list }
        let open = state.tasks.filter { $0.person == person.id && !$0.done }
        guard !open.isEmpty else { return deliveredTaskFix(person, question: question, words: words) }
        let asked = Self.distinctiveQuestionWords(words)
        // Named by two of its words, or by one in a question on progress (blind48 #53: "outside CI" made a question on
        // another key one about her role fix).
        // "When do you expect to report?" asks after the task as much as "how is it going?" (blind92 #91: their picture instead).
        let lowered = question.lowercased()
        let progress = !words.isDisjoint(with: Self.progressWords) || Self.whenBackPhrases.contains(where: lowered.contains)
        // (Not a question on something else that names the task's move and object in passing: "when you disable kai-account, does
        // his chat admin role go with it, or do you have to remove it by hand?", blind136 #94: "I'm on what you gave me".)
        let named = open.last { task in
            let taskWords = Self.distinctiveQuestionWords(Self.topicWords(task.asked ?? task.line))
            // (On progress, the task's move said names it too, short as it is: "How long until the amended fix is ready?", blind139
            // #97: "I don't know that" from the one building it.)
            if progress, let verb = Self.verbOfTask(task.line), words.contains(verb.spelling) { return true }
            return taskWords.intersection(asked).count >= (progress ? 1 : 2) && (progress || asked.subtracting(taskWords).count <= 3)
        }
        guard let task = named ?? (open.count == 1 && progress ? open[0] : nil) else { return nil }
        return stillOn(task)
    }

    /// Asked what they still have open of what the commander gave them ("What tasks have I given you that are still open?"),
    /// a person lists it: the tasks they are on, with when they report, and the moves handed to them for a set time
    /// (blind111 #110: a stock fact about Kai). Nil for other questions.
    func openTasksAnswer(_ person: Person, words: Set<String>) -> String? {
        guard !words.isDisjoint(with: ["tasks", "task", "jobs", "assignments"]),
              !words.isDisjoint(with: ["open", "still", "outstanding", "pending", "left", "remaining", "list"]) else { return nil }
        let work = openWork(of: person)
        let running = work.tasks.map(reportingBack)
        let prefix = "delegate \(person.id) "
        let timed = work.typed
            .map { "'\(Self.excerpt(Self.withoutTime(String($0.line.dropFirst(prefix.count))), limit: 80))' at \(localClock.dayAndTime(at: $0.at))" }
        // What they said they would do and the follow-ups filed for them are theirs too (blind123 #149, blind121 #131).
        let promised = openPromises(of: person)
        let followUps = followUps(ownedBy: person).map { "the follow-up \"\($0.text)\"" }
        let done = state.tasks.filter { $0.person == person.id && $0.done && !$0.blocked }.count
        let finished = done == 0 ? "" : " Done already: \(done) task\(done == 1 ? "" : "s") you gave me."
        let open = running + timed + promised + followUps
        guard !open.isEmpty else { return "Nothing you gave me is still open.\(finished)" }
        return "Still open from you: \(Self.series(open)).\(finished)"
    }

    /// A task as its keeper names it among others: its line, and when they report back.
    func reportingBack(_ task: DelegatedTask) -> String {
        "'\(Self.excerpt(task.line, limit: 80))', reporting back at about \(stamp(task.due))"
    }

    /// What a person holds of the commander's: the tasks they are still on, and the `delegate <id> …` lines typed
    /// for a later time. One gathering for "what is still open from me" and for the assets of their later moves.
    func openWork(of person: Person) -> (tasks: [DelegatedTask], typed: [(at: SimDuration, line: String)]) {
        let prefix = "delegate \(person.id) "
        return (state.tasks.filter { $0.person == person.id && !$0.done },
                scheduledActions.filter { $0.line.lowercased().hasPrefix(prefix) }.map { ($0.at, $0.line) })
    }

    /// What someone still on a task says of it: what it is, since when, and when they report back.
    func stillOn(_ task: DelegatedTask) -> String {
        let given = state.decisions[safe: task.decision].map { " at \(stamp($0.at))" } ?? ""
        let what = task.asked ?? "'\(Self.excerpt(task.line, limit: 160))'"
        return "I'm on what you gave me\(given): \(what). I expect to report back at about \(stamp(task.due)); nothing to report before then."
    }

    /// Asked about a fix they were handed and delivered ("is your alert-routing change ready to be tested?"):
    /// that it is in, since when, and how its test and rollout stand (blind44 #117, #118: Omar disowned the fix
    /// he had delivered the night before). Nil when they delivered none or the question is not about it.
    func deliveredTaskFix(_ person: Person, question: String = "", words: Set<String>) -> String? {
        // "Anything on the image that changes the picture?" and "not the fix, the image" ask of something else (blind79 #124, #125).
        let lowered = question.lowercased()
        guard !words.isDisjoint(with: ["fix", "tested", "delivered", "test"]) || ["your change", "the change"].contains(where: lowered.contains),
              !Self.fixSetAside.contains(where: lowered.contains),
              let task = state.tasks.last(where: { $0.person == person.id && $0.done && !$0.blocked && $0.line.hasPrefix("fix") }) else { return nil }
        let what = task.asked ?? "'\(Self.excerpt(String(task.line.dropFirst(3)).trimmingCharacters(in: CharacterSet(charactersIn: " \"")), limit: 120))'"
        let handBack = "hand it to me (delegate \(person.id) fix \"…\") and I report back when it is in."
        // A test that got around it since: that needs another change, not the first one said again (blind48 #83).
        if let failed = (state.deeds ?? []).last(where: { $0.at >= task.due && $0.text.hasPrefix(Self.testedPrefix + " I got around it") }),
           let tester = peopleByID[failed.person] {
            let gap = String(failed.text.dropFirst((Self.testedPrefix + " I got around it:").count)).trimmingWhitespaceAndNewlines()
            return "My fix is in since \(stamp(task.due)), and \(tester.name)'s test at \(stamp(failed.at)) got around it: \(gap) Closing that takes another change: \(handBack)"
        }
        // "What would you change beyond what you delivered?": what the fixes so far leave open (blind48 #107: the same status again).
        if !words.isDisjoint(with: ["beyond", "besides", "else", "more", "further"]) {
            let missed = fixCoverage().missed
            return missed.isEmpty
                ? "My fix is in since \(stamp(task.due)): \(what). Beyond it I see nothing it leaves open; what stays is keeping it that way (review, and alerts that tell us)."
                : "Beyond my fix (in since \(stamp(task.due))), what I would still close: \(Self.series(missed)). For that, \(handBack)"
        }
        return (["My fix is in since \(stamp(task.due)): \(what)."] + fixProgress(since: task.due)).joined(separator: " ")
    }
}

extension Engine {
    /// Words that ask after an image of a machine.
    static let imageWords: Set<String> = ["image", "imaged", "imaging", "snapshot", "snapshots", "snapshotted"]

    /// Asked where the image of a machine stands ("where does the forensic image of KAI-WS-117 stand, is it finished?"):
    /// taken when and by whom, under way and due when, or not started and how to start it (blind101 #39: Omar quoted his
    /// request for a ticket; nobody had imaged it). Nil for other questions and for someone who must not know.
    func imageStateAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.imageWords), !Self.isRequest(question),
              // ("Did the laptop image finish, and what is its hash?", blind129 #31: the laptop's card, or his own question quoted back.)
              !words.isDisjoint(with: Self.progressWords.union(["stand", "stands", "finish", "finished", "verified", "complete", "completed", "yet", "hash"])),
              // Not the image a fix is built into ("how long does it take to roll the new image across all twelve web hosts?", "how is the
              // patched image coming along?", blind149 #15, #30: the forensic snapshots' status).
              words.isDisjoint(with: ["new", "patched", "golden", "base", "fixed", "hardened", "clean", "roll", "rollout", "deploy", "redeploy",
                                      "rebuild", "rebuilt", "fleet"])
        else { return nil }
        // Each machine named ("are the snapshots of web-03, web-10 and web-02 done?", blind130 #88: web-03 only), or, for "all three",
        // every machine imaged or being imaged ("are all three snapshots done?": "I can't tell you that").
        // (A part of a longer question carries the first part's machine: "(web-03)".)
        var machines = assetsNamed(by: words).filter { [.device, .host].contains($0.kind) }
        if !words.isDisjoint(with: ["all", "both", "three", "four", "five", "every", "each"]) {
            machines += knownAssets.filter { asset in
                !machines.contains { $0.id == asset.id } && [.device, .host].contains(asset.kind)
                    && (state.assetChanges.contains { $0.asset == asset.id && $0.state == .snapshotted }
                        || state.tasks.contains { !$0.done && !$0.blocked && $0.line == "snapshot \(asset.id)" })
            }
        }
        guard !machines.isEmpty else { return nil }
        let states = machines.prefix(6).map { imageState(of: $0, asked: person) }
        let kept = machines.contains { machine in state.assetChanges.contains { $0.asset == machine.id && $0.state == .snapshotted } }
        return (states + (kept ? [machines.count == 1 ? "The image is kept read-only with its hash on record." : "The images are kept read-only with their hashes on record."] : []))
            .joined(separator: " ")
    }

    /// Where the image of one machine stands, said by `person`.
    private func imageState(of machine: Asset, asked person: Person) -> String {
        if let taken = state.assetChanges.last(where: { $0.asset == machine.id && $0.state == .snapshotted }) {
            // ("Nils Berg, on your answer" is who took it, as the record says it.)
            let by = isOwn(taken, by: person) ? "by me" : taken.by ?? "by you"
            return "\(machine.id) is imaged: its snapshot was taken at \(stamp(taken.at)) (\(by))."
        }
        if let running = state.tasks.first(where: { !$0.done && !$0.blocked && $0.line == "snapshot \(machine.id)" }) {
            return running.person == person.id ? stillOn(running)
                : "\(peopleByID[running.person]?.name ?? running.person) is imaging \(machine.id) now; due back by about \(stamp(running.due))."
        }
        return "Nobody has imaged \(machine.id) yet. Give it to me as a task (delegate \(person.id) snapshot \(machine.id)), or take it yourself with snapshot \(machine.id)."
    }
}
