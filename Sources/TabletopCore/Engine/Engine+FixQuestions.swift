extension Engine {
    /// Words that ask for a change and words that say it is to keep something from happening again:
    /// together, a question for the fix ("what would you change so a token cannot outlive a disable?").
    static let changeWords: Set<String> = ["change", "prevent", "fix", "stop", "avoid", "harden", "improve"]
    /// "What should go on the follow-up list so a box cannot sit outside the inventory again?" (blind46 #127: its card);
    /// not "follow-up questions from retailers over the next weeks" (blind48 #123).
    static let followUpWords: Set<String> = ["follow-up", "follow-ups", "followup", "followups"]
    static let recurrenceWords: Set<String> = ["again", "never", "future", "cannot", "can't", "outlive", "recur", "happen", "next"]

    /// Whether a question asks what to change so that it cannot happen again.
    static func asksForFix(_ words: Set<String>) -> Bool {
        // "Where would you look next?", said of a fix, asks where to look (blind55 #70).
        (!words.isDisjoint(with: changeWords) || (!words.isDisjoint(with: followUpWords) && words.contains("list")))
            && !words.isDisjoint(with: recurrenceWords) && !(words.contains("where") && words.contains("look"))
    }

    /// Asked what to change so that it cannot happen again, with no answer of their own on the fix:
    /// the fix the commander wrote and how it stands, else how to have one built, by them if need be
    /// (blind20 #7, blind21 #15: the leak's history and a token card instead). Nil for other questions
    /// and for someone who must not know.
    /// Asked whether it is now set so it cannot happen again ("is the repository now set so it cannot be made public
    /// again?"), the same, said as a yes or a no (blind107 #96: the repository's story and its preservation instead).
    func fixQuestionAnswer(_ person: Person, words: Set<String>, question: String = "") -> String? {
        let yesOrNo = Self.asksWhetherPrevented(question)
        guard !person.mustNotKnow, Self.asksForFix(words) || yesOrNo else { return nil }
        // Asked what goes on the follow-up list, they say how to put it there too (blind46 #127).
        let listed = words.isDisjoint(with: ["follow-up", "follow-ups", "followup", "followups"]) ? ""
            : " For the follow-up list: followup \"what to do\" --owner \(person.id), and I see it through."
        // "What should we change so a forgotten box like report-01 can't sit outside the inventory again?" names a
        // gap of its own: a fix that shares none of its words is not that change (blind52 #110: the upload fix).
        let subject = Self.distinctiveQuestionWords(words).subtracting(Self.changeWords).subtracting(Self.recurrenceWords)
            .subtracting(["platform", "side", "should", "want", "need", "make", "sure"])
        // (What it is about is named apart from the thing it is said of: a fix that names ci-config says nothing of its going public.)
        let things = Set(knownAssets.flatMap { Self.topicWords($0.id).union(Self.topicWords($0.name)) })
        let property = subject.subtracting(things)
        let speaksOf = { (fix: String) in
            subject.isEmpty || !Self.topicWords(fix).isDisjoint(with: yesOrNo && !property.isEmpty ? property : subject)
        }
        let latest = watch.decisions(by: .fix, in: state).last.flatMap { state.decisions[$0].action.text } ?? fixUnderTest?.text
        if let latest, !speaksOf(latest) {
            return "\(yesOrNo ? "No, not by anything done so far: the" : "The") fix in (\"\(Self.excerpt(latest, limit: 100))\") closes the way in; "
                + "it does nothing about that. That is a change of its own: "
                + "file it so it has an owner (followup \"what to change\" --owner \(person.id)), or write it into the fix."
        }
        let yes = yesOrNo ? "Yes: " : ""
        if let position = watch.decisions(by: .fix, in: state).last, let text = state.decisions[position].action.text {
            let written = state.decisions[position].at
            return (["\(yes)The fix you wrote at \(stamp(written)) is that change: \"\(Self.excerpt(text, limit: 160))\"."] + fixProgress(since: written))
                .joined(separator: " ") + listed
        }
        // A fix handed over and delivered, or reported ready, is that change too (blind46 #127: "That is the fix to build", after it was in).
        if let fix = fixUnderTest {
            return "\(yes)The fix in since \(stamp(fix.since)) is that change: \"\(Self.excerpt(fix.text, limit: 160))\"." + listed
        }
        if yesOrNo {
            return "No: no fix is in yet, so nothing stops it happening again. That takes a change at the root: write it with fix \"what to change\", "
                + "or give it to me as a task (delegate \(person.id) fix \"what to change\") and I report back when it is ready." + listed
        }
        // Someone who would build it says what they would build (blind76 #69: the identity admin gave the template).
        if let own = personsFix(person) {
            let proposal = Self.proposal(own)
            return "What I would build, at the root of it: \"\(Self.excerpt(proposal, limit: 220))\" Give it to me as a task (delegate \(person.id) fix) "
                + "and I report back when it is ready, or write your own with fix \"what to change\"." + listed
        }
        return "That is the fix to build: it has to close the way in at its root, not only this once. Write it with fix \"what to change\", "
            + "or give it to me as a task (delegate \(person.id) fix \"what to change\") and I report back when it is ready." + listed
    }

    /// Whether a question asks, yes or no, whether something is now kept from happening again: it opens as a question
    /// and says "again" with a word that rules it out ("is it set so it cannot…", "are we protected…", "won't…").
    static func asksWhetherPrevented(_ question: String) -> Bool {
        let lowered = question.lowercased()
        let opening = lowered.split(separator: " ").first.map { String($0.filter(\.isLetter)) } ?? ""
        guard ["is", "are", "has", "have", "does", "do", "can", "could", "will", "would"].contains(opening),
              lowered.contains(" again") else { return false }
        return ["cannot", "can't", "can not", "won't", "never", "prevent", "protected", "so it", "so that", "no longer"].contains(where: lowered.contains)
    }
}
