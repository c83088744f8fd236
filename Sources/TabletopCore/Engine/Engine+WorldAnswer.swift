import Foundation

extension Engine {
    /// An answer from the world when no authored answer fits: about the asset or person the question
    /// names, or about what the person knows and was told, in that order.
    func worldAnswer(_ person: Person, question: String, words: Set<String>) -> String {
        if let status = statusAnswer(person, words: words, question: question) { return status }
        // Asked about an asset of theirs named outright, the owner answers on it before quoting a message of theirs that
        // named it (blind51 #58: "what can the warehouse key reach?" got Lena's post that found it).
        let owned = person.mustNotKnow || Self.asksForUpdate(words) ? nil
            : assetSaidByID(in: question, words: words).flatMap { $0.owner == person.id ? $0 : nil }
        // Asked whether a change of theirs works now, in its words, they answer on that change before anything that
        // the question names in passing (blind59 #54: "is the leaver watch list alerting now?" got the chat's trail).
        if owned == nil, !person.mustNotKnow, !words.isDisjoint(with: Self.inPlaceWords), let fix = ownFixAnswer(person, words: words) { return fix }
        if owned == nil, let own = ownWordsAnswer(person, words: words, question: question) { return own }
        if let beyond = beyondTheCard(person, question: question, words: words) { return beyond }
        if let owned { return ownerAnswer(owned, by: person) }
        if let named = namedAnswer(person, words: words) { return named }
        // `ask <person> update`: their current picture, not their opening line. Someone who must not
        // know keeps their usual words below.
        let asksForUpdate = Self.asksForUpdate(words) || Self.asksForAnUpdate(in: question)
        if asksForUpdate, !person.mustNotKnow, !updatedRecently(person.id), let picture = picture(of: person) { return picture }
        // Someone who must not know still knows what they did themselves (Elena asked Kai), and nothing more.
        if asksForUpdate, person.mustNotKnow, let deeds = deeds(of: person) { return "\(deeds) \(person.defaultAnswer)" }
        let known = factsKnown(by: person.id).compactMap { world.factsByID[$0] }
        if let access = accessAnswer(person, question: question, words: words) { return access }
        // A specific question needs two shared words with what they know; a short one, one; a long one, which shares two
        // words with almost any fact ("exports", "hold"), three (blind42 #109, blind44 #66, #134: what the directory
        // holds, for questions on retention and on when to tell).
        let asked = Self.distinctiveQuestionWords(words)
        let needed = asked.count >= 6 ? 3 : asked.count >= 2 ? 2 : 1
        if !person.mustNotKnow, let best = bestKnown(by: person, sharing: asked, naming: words), best.overlap >= needed { return best.told }
        let distinctive = words.filter { $0.count >= 4 && !Self.commonWords.contains($0) }
        if let fact = known.last(where: { fact in Self.topicWords(fact.text).intersection(distinctive).count >= needed }) {
            return "What I know about that: \(told(fact))"
        }
        // A leader brought up to date answers a question nothing else fits with where things stand as
        // they were told it, not one finding or their thanks (blind18 #9, #24: "What I know so far: <a sync at 02:10>").
        if !person.mustNotKnow, state.knowledge[person.id]?.updatedAt != nil, Standpoint(role: person.role, team: person.team) == .leader,
           !Self.distinctiveQuestionWords(words).isEmpty {
            let since = lastContact(of: person).map { "\($0) " } ?? ""
            if let taken = takenAsTold(person, words: words) { return since + taken }
            // Only what they were told then: a block made after their last update is nothing they know of (blind20 #18).
            return "\(since)As I understood where we stood then: \(containmentLine(asOf: state.knowledge[person.id]?.updatedAt)) \(person.briefedAnswer ?? person.defaultAnswer)"
        }
        if !person.mustNotKnow, let fix = ownFixAnswer(person, words: words) { return fix }
        // (A question asked outright needs fewer words of its own: "who on your side drafts that notice?" got counsel's latest
        // finding, a second access key, blind138 #44.)
        if let unknown = unknownAnswer(person, words: words, outright: !asksForUpdate && Self.asksOutright(question)) { return unknown }
        if updatedRecently(person.id), let updatedAt = state.knowledge[person.id]?.updatedAt {
            let latest = (asksForUpdate && !person.mustNotKnow ? picture(of: person).map { " " + $0 } : nil) ?? deeds(of: person).map { " " + $0 }
                ?? known.last.map { " Last I heard: \($0.text)" } ?? ""
            // Their canned line after a briefing is stale once they have done something themselves. An
            // invitation, a page or a task is not an update: they say what it was, and have nothing in hand.
            // Told what their own answer waits for, they act on it rather than stand by (blind8 H34).
            let contact = state.knowledge[person.id]?.contact
            let told = contact.map { "\($0) \(Self.ago(updatedAt, now: state.clock))." }
                ?? "You updated me \(Self.ago(updatedAt, now: state.clock)); I have what I need for now."
            // Asked what they know, a leader briefed a moment ago says what they heard, not their thanks for it.
            let asked = Self.asksWhatTheyKnow(words) && !person.mustNotKnow && !latest.isEmpty
            return (contact == nil && deeds(of: person) == nil ? actingAnswer(of: person) ?? (asked ? nil : person.briefedAnswer) : nil) ?? "\(told)\(latest)"
        }
        // Someone who raised something themselves does not open with their first-contact line ("Is
        // this about Kai?" from the manager who reported him).
        let involved = state.fired.contains { senderID(of: $0) == person.id }
        // Once brought up to date (briefed, notified, told, in the channel, given a draft to review),
        // their first-contact line ("Nobody has told me …", "Give me the one-page version") is spent.
        let contact = person.mustNotKnow ? nil : lastContact(of: person)
        if let latest = known.last {
            // Asked for the status, they give it first; their usual line comes after, not as a greeting.
            if involved { return "What I know so far: \(latest.text)" }
            if let contact { return "What I know so far: \(latest.text) \(contact)" }
            return asksForUpdate && !person.mustNotKnow ? "What I know so far: \(latest.text) \(person.defaultAnswer)"
                : "\(person.defaultAnswer) What I know so far: \(latest.text)"
        }
        if involved, !person.mustNotKnow, let fired = state.fired.last(where: { senderID(of: $0) == person.id }), let raised = injectsByID[fired.id] {
            return "Nothing new since I raised this: \(deliveredText(fired, raised).trimmingWhitespaceAndNewlines())"
        }
        // Someone who must not know (the suspect) answers as they always would: nothing in their words
        // may hint that anyone is looking. Anyone else says that nobody has told them anything yet.
        guard !person.mustNotKnow else { return person.defaultAnswer }
        if let contact {
            return [contact, deeds(of: person)].compactMap { $0 }.joined(separator: " ") + " I have nothing more on that myself."
        }
        // Someone who has done work in the drill (the tester after a test) is past "nobody has told me" (blind77 #89).
        if let done = deeds(of: person) { return done + " I have nothing more on that myself." }
        let paged = state.person(person.id, is: .paged) ? "I got your page, but nobody" : "Nobody"
        return "\(person.defaultAnswer) \(paged) has told me what is going on yet."
    }

    /// When the commander last brought the person up to date, in their words ("You last updated me at
    /// Tue 14:20 (2h ago)."); nil when nobody ever did, and when that is the message being answered (blind86 #77, blind85
    /// #103: "You last updated me at Tue 16:10 (just now)" in reply to that update).
    func lastContact(of person: Person) -> String? {
        let how = state.knowledge[person.id]?.contact ?? "You last updated me"
        return state.knowledge[person.id]?.updatedAt.flatMap { $0 == state.clock ? nil : "\(how) at \(stamp($0)) (\(Self.ago($0, now: state.clock)))." }
    }

    /// An address, host name or id of the question (`185.220.101.7`) that something the trainee has
    /// seen mentions: what that said about it.
    func indicatorMention(_ words: Set<String>) -> String? {
        let specific = words.filter { $0.contains(where: \.isNumber) && $0.contains(where: { ".-".contains($0) }) }.sorted()
        let seen = state.facts.compactMap { world.factsByID[$0]?.text } + state.fired.compactMap { injectsByID[$0.id]?.text }
        for token in specific {
            // The latest thing seen about it: later activity from the same address overtakes the first alert.
            if let text = seen.last(where: { $0.lowercased().contains(token) }) {
                // What the trainee did about it since (blocked at the edge) is part of its story.
                let done = state.decisions.filter { $0.action.object?.lowercased() == token && $0.action.verb.area == .contain }
                    .map { "\($0.action.verb.spelling == "block" ? "blocked" : $0.raw) at \(stamp($0.at))" }
                let since = done.isEmpty ? "I know nothing more about it than that." : "Since then it was \(done.joined(separator: "; "))."
                // Asked whether it is blocked, that first (blind148 #62: "can you confirm that 185.220.101.7 is blocked at our edge?"
                // got only the alert it came from).
                if !words.isDisjoint(with: ["blocked", "block", "blocking", "blocklisted"]) {
                    let blocked = state.decisions.last { $0.action.object?.lowercased() == token && $0.action.verb == .block }
                    let lead = blocked.map { "Yes: \(token) was blocked at \(stamp($0.at))." }
                        ?? "No: nobody has blocked \(token) yet ('block \(token)' does it)."
                    return "\(lead) It is the one from this: \(text.trimmingWhitespaceAndNewlines())"
                }
                return "\(token) is the one from this: \(text.trimmingWhitespaceAndNewlines()) \(since)"
            }
        }
        return nil
    }

    /// What the commander has had to do with a person so far.
    func standing(of person: Person) -> String {
        let states = (state.personStates[person.id] ?? []).map(\.rawValue)
        guard !states.isEmpty || state.knowledge[person.id] != nil else { return "Nobody has brought them in yet." }
        let updated = state.knowledge[person.id]?.updatedAt.map { " Last updated \(Self.ago($0, now: state.clock))." } ?? ""
        return "So far: \(states.isEmpty ? "told" : states.joined(separator: ", ")).\(updated)"
    }

    /// Whether the words name the thing: its id, or a distinctive word of its name (an address, a
    /// host name, a surname).
    static func names(_ words: Set<String>, _ id: String, _ name: String) -> Bool {
        if words.contains(id) { return true }
        let nameWords = topicWords(name).filter { $0.count >= 4 && !commonWords.contains($0) }
        return !nameWords.isDisjoint(with: words.filter { $0.count >= 4 && !commonWords.contains($0) })
    }

    /// How many distinctive words of the name the words hold (a plural counts: "drives" is "drive").
    static func nameOverlap(_ words: Set<String>, _ name: String) -> Int {
        topicWords(name).filter { $0.count >= 4 && !commonWords.contains($0) }
            .filter { words.contains($0) || words.contains($0 + "s") || ($0.hasSuffix("s") && words.contains(String($0.dropLast()))) }.count
    }

    /// The known asset a question names by its id, or by its id said as words ("the warehouse key" is
    /// warehouse-key); of several, the first said ("did anyone use the warehouse key? The audit logs should show it").
    func assetSaidByID(in question: String, words: Set<String>) -> Asset? {
        // A name that is one token (a domain, an address: "cdn-update-check.net" of the c2 asset) is as good as its id;
        // of several, the first in the question ("what is cdn-update-check.net, and was it seen beyond web-03?", blind66 #14).
        let byID = knownAssets.filter { words.contains($0.id) || $0.name.contains(".") && !$0.name.contains(" ") && words.contains($0.name.lowercased()) }
        let lowered = question.lowercased()
        // An id said as words, whole words only (`wordPosition`: "ci key" is not inside "magic keys"), or with a word or
        // two between its parts ("the backup account key" is backup-key, blind67 #28: the first key's answer).
        let saidAsWords = knownAssets.compactMap { asset -> (Asset, Int)? in
            guard asset.id.contains("-"), !byID.contains(where: { $0.id == asset.id }) else { return nil }
            let position = Self.wordPosition(of: asset.id.replacingOccurrences(of: "-", with: " "), in: lowered) ?? Self.gappedPosition(of: asset.id, in: lowered)
            return position.map { (asset, $0) }
        }
        guard !byID.isEmpty else { return saidAsWords.min { $0.1 < $1.1 }?.0 }
        let positioned = byID.map { asset in
            (asset, Self.wordPosition(of: words.contains(asset.id) ? asset.id : asset.name.lowercased(), in: lowered) ?? Int.max)
        }
        // Said as words before any id, it is the one asked about; after, the id comes first as before.
        let first = positioned.min { $0.1 < $1.1 }
        if let spoken = saidAsWords.min(by: { $0.1 < $1.1 }), let first, spoken.1 < first.1 { return spoken.0 }
        return first?.0
    }

    /// Where a two-part id is said with one or two words between its parts ("backup account key" of backup-key), as
    /// a character offset of its first part; nil when it is not.
    static func gappedPosition(of id: String, in lowered: String) -> Int? {
        let parts = id.split(separator: "-").map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.count >= 3 }) else { return nil }
        var offset = 0
        let tokens = lowered.split(separator: " ", omittingEmptySubsequences: false).map { token -> (String, Int) in
            defer { offset += token.count + 1 }
            return (token.trimmingCharacters(in: .punctuationCharacters), offset)
        }
        for (index, token) in tokens.enumerated() where token.0 == parts[0] && index + 2 < tokens.count {
            if tokens[(index + 2)..<min(tokens.count, index + 4)].contains(where: { $0.0 == parts[1] || $0.0 == parts[1] + "s" }) { return token.1 }
        }
        return nil
    }

    /// The known assets the words name, best first: by id, then by how many words of their name the words
    /// hold, then in the scenario's order ("uploads to personal cloud drives" is the personal drive, not
    /// "Kai's mailbox and drive", blind37 #17).
    func assetsNamed(by words: Set<String>) -> [Asset] {
        let byID = knownAssets.filter { words.contains($0.id) }
        let byName = knownAssets.enumerated().filter { !words.contains($0.element.id) && Self.names(words, $0.element.id, $0.element.name) }
            .map { (asset: $0.element, order: $0.offset, overlap: Self.nameOverlap(words, $0.element.name)) }
            .sorted { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : $0.order < $1.order }.map(\.asset)
        return byID + byName
    }

    /// "12m ago", "just now".
    static func ago(_ then: SimDuration, now: SimDuration) -> String {
        let seconds = now.seconds - then.seconds
        return seconds < 60 ? "just now" : "\(SimDuration(seconds: seconds)) ago"
    }

    static func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }

    /// Words too common to say what a question is about.
    static let commonWords: Set<String> = [
        "what", "that", "this", "with", "from", "have", "know", "about", "there", "their", "they", "them", "your", "yours",
        "which", "when", "where", "does", "done", "been", "were", "will", "would", "could", "should", "into", "just",
        "some", "more", "much", "many", "than", "then", "also", "only", "here", "over", "status", "update", "account",
        "service", "production", "server", "access", "customer", "customers", "data", "team", "company", "anything",
    ]
}
