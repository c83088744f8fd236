import Foundation

extension Engine {
    /// Asked what they did ("did you hide the alert?", "have you touched web-04 yet?", "what did you
    /// change?"): the acts the record gives them that the question speaks of, newest last, or, for a
    /// yes-or-no question naming an asset, that they did nothing to it. Never an authored line on the
    /// topic instead: that offered again what had been done (Omar offering the image he took, blind15
    /// #28) or gave an asset card to a question about the person (blind16 #3). Nil for any other
    /// question, and when the record has nothing to say (the usual answer follows).
    func ownDeedsAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard let form = Self.askedAboutOwnActs(question) else { return nil }
        // Named by id or whole name only: a "No: I have done nothing to …" must be about what was asked
        // ("did you hide the alert?" matched the drive whose name mentions the alert, and got a No about it).
        let lowered = question.lowercased()
        let named = knownAssets.filter { words.contains($0.id) || lowered.contains($0.name.lowercased()) }
        let distinctive = words.filter { $0.count >= 4 && !Self.commonWords.contains($0) && !Self.askingWords.contains($0) }
        var acts: [(at: SimDuration, text: String)] = (state.deeds ?? []).filter { $0.person == person.id }.compactMap { deed in
            // What they reported in their own words ("Tested: I got around it…") is theirs as it stands.
            (ownAndAround(deed.text, of: person).own ?? (deed.text.contains("I ") ? deed.text : nil)).map { (deed.at, $0) }
        }
        for change in state.assetChanges where isOwn(change, by: person)
            && !acts.contains(where: { act in
                act.at == change.at && (Self.mentionsDeed(act.text, change.state) || assetsByID[change.asset].map { Self.mentions(act.text, $0) } == true)
            }) {
            acts.append((change.at, "I \(Self.word(for: change.state)) \(change.asset)."))
        }
        acts.sort { $0.at < $1.at }
        // What the question asks them to have done ("hide the alert"), or only the asset it names ("curl
        // cdn-update-check.net": blocking it is something they did to it, not a yes).
        // A long question needs two shared words (blind56: "did you hand Kai the demand to return every copy?" was a
        // "Yes" by the draft's "a copy of our customer list").
        let asked = distinctive.subtracting(named.flatMap { Self.topicWords($0.id + " " + $0.name) })
        let needed = asked.count >= 5 ? 2 : 1
        // Asked of named things, an act on another is no yes ("did you also get to web-07 and the customer-db logs I asked about?",
        // blind126 #92: "Yes" and a read of web-03).
        let doing = acts.filter { act in
            Self.topicWords(act.text).intersection(asked).count >= needed && (named.isEmpty || named.contains { Self.mentions(act.text, $0) })
        }
        let relevant = doing.isEmpty ? acts.filter { act in named.contains { Self.mentions(act.text, $0) } } : doing
        // "Did you get to web-07 and the customer-db logs?" names no move of its own: an act on each thing named is the yes.
        // (Read only when it decides: it parses the question again, on every "did you …" asked.)
        let eachDone = !named.isEmpty && named.allSatisfy { asset in relevant.contains { Self.mentions($0.text, asset) } }
        let told = relevant.suffix(3).map { "\(stamp($0.at)): \($0.text)" }.joined(separator: " ")
        switch form {
        case .yesOrNo where !doing.isEmpty || (eachDone && proposedAction(in: question, words: words) == nil): return "Yes. \(told)"
        case .yesOrNo where !relevant.isEmpty: return "No. What I did on \(Self.series(named.map(\.id))): \(told)"
        case .yesOrNo where !named.isEmpty:
            // What of it they are on now, with when they report back.
            let onIt = openWork(of: person).tasks.filter { task in named.contains { task.line.split(separator: " ").contains(Substring($0.id)) } }
            if !onIt.isEmpty {
                return "Not yet: I'm on " + Self.series(onIt.map { "'\($0.line)' (back at about \(stamp($0.due)))" }) + "."
            }
            let others = acts.suffix(2).map { "\(stamp($0.at)): \($0.text)" }.joined(separator: " ")
            return "No: I have done nothing to \(Self.series(named.map(\.id))) myself." + (others.isEmpty ? "" : " What I did: \(others)")
        // Asked whether they did something no record of theirs speaks of, and naming nothing they could have done it to, they
        // say what they did do (blind77 #89: "did you actually check the old commits?" to the tester got "send me the fix").
        // (What they posted or wrote is theirs to answer from their words: "did you take down your 09:05 post?")
        case .yesOrNo where named.isEmpty && !acts.isEmpty && words.isDisjoint(with: Self.communicationWords):
            return "Not as such. What I did: " + acts.suffix(2).map { "\(stamp($0.at)): \($0.text)" }.joined(separator: " ")
        case .which where !relevant.isEmpty: return told
        default: return nil
        }
    }

    /// How a question asks about the person's own acts: a yes-or-no question ("did you …", "have you …")
    /// or one asking which ("what did you change …"); nil when it does not.
    enum OwnActsQuestion: Sendable { case yesOrNo, which }

    /// Whether, and how, the question asks the person about their own acts (remembered per question text:
    /// every `ask` reads it, and its thirty searches cost more than the rest of a repeated answer, issue 21).
    static func askedAboutOwnActs(_ question: String) -> OwnActsQuestion? {
        ownActsMemo.value(question, compute: computeAskedAboutOwnActs)
    }

    /// Answers of `askedAboutOwnActs` in this process (see `TextMemo`).
    private static let ownActsMemo = TextMemo<String, OwnActsQuestion?>(limit: 20_000)

    private static func computeAskedAboutOwnActs(_ question: String) -> OwnActsQuestion? {
        let lowered = question.lowercased().replacingOccurrences(of: "’", with: "'")
        let openings = ["did you ", "have you ", "didn't you ", "haven't you ", "did u "]
        // What they saw, heard or were sent is not what they did ("did you see the statement?").
        let perceiving = ["see", "seen", "hear", "heard", "read", "get", "got", "receive", "received", "know", "think", "mean", "want", "need", "like", "agree", "noticed", "spotted", "observed"]
        func asksActs(from index: String.Index) -> Bool {
            let words = lowered[index...].split(separator: " ").prefix(2).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            // "get around it", "get in": getting somewhere is an act (Kenji asked what he got around, blind16 #17).
            if words.first == "get", words.count > 1, ["around", "round", "through", "in", "past", "into"].contains(words[1]) { return true }
            return !perceiving.contains(words.first ?? "")
        }
        if let opening = openings.first(where: lowered.hasPrefix) {
            return asksActs(from: lowered.index(lowered.startIndex, offsetBy: opening.count)) ? .yesOrNo : nil
        }
        // "what holds did you put in place", "when did you file": which acts.
        let asking = ["what ", "which ", "when ", "how ", "where "]
        if asking.contains(where: lowered.hasPrefix) {
            for inner in [" did you ", " have you "] {
                if let range = lowered.range(of: inner), asksActs(from: range.upperBound) { return .which }
            }
        }
        // "so, did you …", "… and did you also get memory?": a yes-or-no question after a first part.
        for separator in [", ", "? ", ". ", "; ", " and ", " or "] {
            for opening in openings {
                if let range = lowered.range(of: separator + opening), asksActs(from: range.upperBound) { return .yesOrNo }
            }
        }
        return nil
    }

    /// Words that ask about something said or written rather than done.
    static let communicationWords: Set<String> = ["post", "posts", "posted", "message", "messages", "email", "emails", "mail", "note", "said",
                                                  "say", "wrote", "write", "comment", "reply", "replied", "call", "called", "tell", "told"]

    /// Words of asking about acts that say nothing of which act ("did you already do it yet?").
    private static let askingWords: Set<String> = ["already", "still", "ever", "actually", "really", "updates", "anyone", "since", "today",
                                                   "yesterday", "morning", "evening", "night", "tuesday", "wednesday", "thursday", "friday",
                                                   "monday", "saturday", "sunday", "touch", "touched", "yourself"]
}
