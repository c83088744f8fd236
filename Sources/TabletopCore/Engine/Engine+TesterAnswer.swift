import Foundation

extension Engine {
    /// The tester asked about the fix or their test after a test that failed: their own result, what
    /// it rests on, and whether the world has changed since, instead of an authored answer written
    /// for a test that held ("none got through" after "I got around it", blind19 #15, #22). Nil when
    /// the person is not the tester, the question is not about testing, or their last test held.
    func testerAnswer(_ person: Person, words: Set<String>) -> String? {
        // Their own answers first: finding the tester walks the whole cast.
        guard person.answers.contains(where: { $0.topics.contains("test") }), person.id == tester?.id, asksAboutTesting(person, words: words) else { return nil }
        if let running = runningTestAnswer(person) { return running }
        guard let last = (state.deeds ?? []).last(where: { $0.person == person.id && $0.text.hasPrefix(Self.testedPrefix) }) else {
            return untestedFixAnswer(person)
        }
        guard last.text.hasPrefix(Self.testedPrefix + " I got around it") else { return heldTestAnswer(last, words: words) }
        let result = String(last.text.dropFirst(Self.testedPrefix.count)).trimmingWhitespaceAndNewlines()
        let told = "I tested it at \(stamp(last.at)): \(result)"
        let since = state.assetChanges.filter { $0.at > last.at }.map { change in
            "\(change.asset) \(Self.word(for: change.state)) at \(stamp(change.at))\(change.by.map { " (\($0))" } ?? "")"
        }
        let fixSince = fixUnderTest.map { $0.since > last.at } ?? false
        guard !since.isEmpty || fixSince else {
            return "\(told) Nothing has changed since that would make a second run come out otherwise; when it has, say `test` and I will run it again."
        }
        let changed = (fixSince ? ["a newer fix"] : []) + since.suffix(4)
        let now = testResult().map { $0.hasPrefix(Self.testedPrefix + " I got around it") } ?? true
        guard !now else {
            return "\(told) Since then: \(changed.joined(separator: "; ")). From what I know that still leaves a gap; say `test` and I will run it again to be sure."
        }
        let open = state.attackerPresent ? " It would not end this, though: \(waysInText(hint: false))." : ""
        return "\(told) Since then: \(changed.joined(separator: "; ")). That may close the gap I found in the fix; say `test` and I will run it again.\(open)"
    }

    /// A test of theirs under way, said as such: one handed to them (blind92 #91: "nobody has tested it yet. Say `test`" while
    /// testing it; blind103 #108: the first result and "say `test`" an hour into the retest), or a `test` started and not yet
    /// reported (blind98 #68: "nobody has tested it yet" in the minute it began). Nil when none runs.
    func runningTestAnswer(_ person: Person) -> String? {
        if let running = testUnderWay, running.person == person.id { return stillOn(running) }
        guard let fix = fixUnderTest, let started = state.decisions.last(where: { $0.action.verb == .test }), started.at >= fix.since,
              !(state.deeds ?? []).contains(where: { $0.person == person.id && $0.at >= started.at && $0.text.hasPrefix(Self.testedPrefix) })
        else { return nil }
        let due = Verb.test.defaultCost.map { " The result comes when I am done, at about \(stamp(started.at + $0))." } ?? ""
        return "I am testing it now, since \(stamp(started.at)): \(Self.firstSentence(fix.text).trimmingCharacters(in: CharacterSet(charactersIn: "."))), "
            + "and I try the ways it should not work as well.\(due)"
    }

    /// The tester asked about testing once a fix is ready and nobody has tested it: that it is ready since
    /// when, and how long a test takes (blind40 #78: "when Lena has the change, I'll test it" ten minutes after
    /// Lena said it was ready), or that they are testing it. Nil while no fix is ready: their own words on
    /// testing answer that.
    private func untestedFixAnswer(_ person: Person) -> String? {
        guard let fix = fixUnderTest else { return nil }
        if let running = runningTestAnswer(person) { return running }
        let minutes = Verb.test.defaultCost.map { " It takes me about \($0)." } ?? ""
        return "The fix has been ready since \(stamp(fix.since)) (\(Self.firstSentence(fix.text).trimmingCharacters(in: CharacterSet(charactersIn: "."))))"
            + " and nobody has tested it yet. Say `test` and I will try it, including the ways it should not work.\(minutes)"
    }

    /// The tester asked about testing after a test that held: their result and what changed since, instead
    /// of "send me the fix" (blind40 #121: asked what was left untested after two tests and the rollout).
    private func heldTestAnswer(_ last: Deed, words: Set<String>) -> String {
        let result = String(last.text.dropFirst(Self.testedPrefix.count)).trimmingWhitespaceAndNewlines()
        // Asked why they say a way in is still open, the grounds, not the result again (blind46 #88: "what makes you think so?").
        // Or what they saw of it ("what way in did you see? which system did you get to?", blind49 #84).
        if result.contains("still has a way in"), !words.isDisjoint(with: ["why", "makes", "think", "grounds", "sure", "evidence", "how", "see", "saw", "which", "system"]) {
            return "What tells me so: after the fix was in, the adversary was still active, and not through anything the fix covers. Nothing I tried "
                + "got through what it covers; the gap is somewhere it does not reach. Look at what else they could use that the fix never touched."
        }
        let newer = fixUnderTest.map { $0.since > last.at } ?? false
        let rolled = rolloutTimes.last.flatMap { $0 >= last.at ? $0 : nil }
        // A test that held but found a way in still open, asked again once ways in were cut since (blind43 #138:
        // "nothing newer to test" after report-01 was isolated): what changed, and a second run offered.
        let cuts = state.assetChanges.filter { $0.at > last.at && Self.cutOffStates.contains($0.state) }
        let reopened = result.contains("still has a way in") && !cuts.isEmpty
            ? " Since then: \(Self.series(cuts.suffix(3).map { "\($0.asset) \(Self.word(for: $0.state)) at \(stamp($0.at))" })). Say `test` and I will run it again to confirm."
            : nil
        let after = newer ? " A newer fix has come in since, which nobody has tested: say `test` and I will."
            : reopened ?? rolled.map { " It was rolled out at \(stamp($0)) as tested; nothing newer has come in to test." } ?? " Nothing newer has come in to test."
        return "I tested it at \(stamp(last.at)): \(result)\(after)"
    }

    /// How a tester's reported result opens (the deed `testOutcome` records).
    static let testedPrefix = "Tested:"

    /// Whether the question is about the fix or its test: the topics of the person's own answers on
    /// testing, or the words of getting around a fix.
    private func asksAboutTesting(_ person: Person, words: Set<String>) -> Bool {
        let topics = Set(person.answers.filter { $0.topics.contains("test") }.flatMap(\.topics))
        return !words.isDisjoint(with: topics.union(["around", "bypass", "bypassed", "tested", "untested", "testing", "tests", "retest", "rerun", "held", "through", "found", "find", "gap"]))
    }
}
