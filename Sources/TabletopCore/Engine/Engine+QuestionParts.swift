import Foundation

extension Engine {
    /// `ask` with a line that asks two things ("did you see my post, and can you bring the admin list?"):
    /// each part is answered as if asked alone and the answers are said together, so that the second half
    /// is never lost (blind59, 62, 64, 65: one half of a two-part question went unanswered). A line that
    /// asks one thing is answered whole, as before.
    mutating func answerInParts(_ person: Person, topic: String, into outputs: inout [Output]) {
        let parts = Self.askingParts(topic, namedIn: { namedIDs(in: $0) }, fitting: { fittingIDs($0, part: $1) })
        guard parts.count == 2 else {
            answer(person, topic: parts.first ?? topic, into: &outputs)
            return
        }
        // "Did you catch the part about tokens expiring? Is that in the fix?": one question, on the fix they build (blind136 #59).
        let bareSecond = parts[1].hasSuffix(")") ? String(parts[1][..<(parts[1].lastIndex(of: "(") ?? parts[1].endIndex)]) : parts[1]
        if Self.pointsBack(bareSecond), let inFix = fixInProgressAnswer(person, question: topic, words: Self.topicWords(topic)) {
            outputs.append(.answer(person: person.id, name: person.name, text: inFix))
            return
        }
        var first: [Output] = [], second: [Output] = []
        let saidBefore = state.said?.count ?? 0
        answer(person, topic: parts[0], into: &first)
        // "Should we revoke ci-key now, and what would it break in CI if we did?": the cost of the first part's move (blind95 #18:
        // "I can't tell you that", the second part proposing no move of its own).
        if let move = costOfTheFirstMove(person, parts: parts) ?? coverageOfTheCut(person, parts: parts) {
            second = [.answer(person: person.id, name: person.name, text: move)]
        } else if Self.asksWhatTheyNeed(parts[1]), let needs = needsAnswer(person, question: parts[1], words: Self.topicWords(parts[1])) {
            // "…, and what do you need from me for the filing?": what they need, not a topic its words happen to name
            // (stop 60's known faults: "I can't tell you that" from counsel).
            second = [.answer(person: person.id, name: person.name, text: needs)]
        } else {
            answer(person, topic: parts[1], into: &second)
        }
        // (Whether the second answer speaks to it is read without the ids it carries from the first part.)
        let asked = parts[1].hasSuffix(")") ? String(parts[1][..<(parts[1].lastIndex(of: "(") ?? parts[1].endIndex)]) : parts[1]
        let merged = Self.merged(first, second, secondAsked: asked, unanswered: unansweredPart(person, asked: asked))
        outputs += merged
        // What the merge left out was not said: later, "I can't tell you more than I did at 16:45: …" quoted an answer never shown
        // (blind130 #76).
        let shown = merged.compactMap { output -> String? in if case .answer(_, _, let text) = output { text } else { nil } }.joined(separator: " ")
        if let said = state.said, said.count > saidBefore {
            state.said = Array(said[..<saidBefore]) + said[saidBefore...].filter { shown.contains(Self.firstSentence($0.text)) }
        }
    }

    /// What the first part's move would cost, when the second part asks what it would break and proposes no move of its
    /// own; nil otherwise, and for someone who must not know.
    func costOfTheFirstMove(_ person: Person, parts: [String]) -> String? {
        let second = Self.topicWords(parts[1])
        guard !person.mustNotKnow, Self.asksAboutCost(second), proposedAction(in: parts[1], words: second) == nil,
              let move = proposedAction(in: parts[0], words: Self.topicWords(parts[0])), move.object != nil else { return nil }
        // (Said as what it costs, in the question's own terms, so that it is heard as the answer to it.)
        let asked = ["break", "breaks", "impact", "affect", "affects", "disrupt", "cost", "costs"].first(where: second.contains) ?? "cost"
        return "What it would \(asked.hasSuffix("s") ? String(asked.dropLast()) : asked): \(costOfMove(move))"
    }

    /// Whether cutting the account the first part names takes something with it, when the second part asks that ("Is the 10:00
    /// cut-off of kai-account still set, and does it cover the chat admin role too?", blind150 #74: "I can't tell you that" from
    /// the chat administrator): a role or right that hangs on the account goes with it; a thing with a way in of its own does
    /// not. Nil otherwise, and for someone who must not know.
    func coverageOfTheCut(_ person: Person, parts: [String]) -> String? {
        let second = Self.topicWords(parts[1]), first = Self.topicWords(parts[0])
        guard !person.mustNotKnow, !second.isDisjoint(with: ["cover", "covers", "include", "includes", "including"]),
              let account = assetSaidByID(in: parts[0], words: first) ?? suspectAccount(askedOf: first), account.kind == .account else { return nil }
        if let other = namedIDs(in: parts[1]).compactMap({ assetsByID[$0] }).first(where: { [.credential, .device, .host].contains($0.kind) }) {
            let cut = Self.cuttingVerb(for: other.kind).map { " '\($0.spelling) \(other.id)' cuts it." } ?? ""
            return "No: \(other.id) is a way in of its own, and cutting \(account.id) leaves it as it is.\(cut)"
        }
        let when = pendingChange(of: account.id).map { " when it happens (\($0.when))" } ?? ""
        return "Yes: cutting \(account.id) ends every sign-on it carries\(when), and every role and admin right that hangs on it. "
            + "A key or token issued to it is another matter: each is a way in of its own and needs its own cut."
    }

    /// What a person says of a second question they have nothing on, beside their answer to the first: that
    /// they can't tell, and who would know (blind82 #66, blind84 #72: the second half went unanswered, as if
    /// never asked). Nil for a request, whose taking on is read elsewhere.
    func unansweredPart(_ person: Person, asked: String) -> UnansweredPart? {
        guard !Self.isRequest(asked) else { return nil }
        let quoted = asked.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "?.!"))
        let pointer = whoWouldKnow(besides: person, words: Self.distinctiveQuestionWords(Self.topicWords(asked)))
        return UnansweredPart(lead: "As for \"\(quoted)\":", otherwise: ["I can't tell you that.", pointer].compactMap { $0 }.joined(separator: " "))
    }

    /// How a second question is named when it is said to be unanswered, and what is said of it when the
    /// person's own answer to it is no answer.
    struct UnansweredPart {
        let lead: String
        let otherwise: String
    }

    /// The first and second part's outputs as one: their answers said as one, each said once, a bare
    /// "I don't know" dropped beside an answer that knows; everything else (facts, notices) kept in order.
    /// The second answer is said only when it speaks to what the second part asks (a word of it, or a
    /// request taken on): a part that asks nothing of its own ("What would you recommend?") gets the
    /// person's general line, which is noise beside the first answer.
    static func merged(_ first: [Output], _ second: [Output], secondAsked: String, unanswered: UnansweredPart? = nil) -> [Output] {
        func spoken(_ outputs: [Output]) -> (index: Int, person: String, name: String, text: String)? {
            for (index, output) in outputs.enumerated() {
                if case let .answer(person, name, text) = output { return (index, person, name, text) }
            }
            return nil
        }
        guard let one = spoken(first), let two = spoken(second) else { return first + second }
        // Their first answer said again ("As I said at 14:39: …") adds nothing.
        let opening = one.text.split(separator: ".").first.map(String.init) ?? one.text
        let unknowing = { (text: String) in text.hasPrefix("I don't know") }
        // A second part they have nothing on is said to be so, not left as if never asked.
        func saying(_ addition: String) -> [Output] {
            guard !unknowing(one.text) else { return first }
            var said = first
            said[one.index] = .answer(person: one.person, name: one.name, text: "\(one.text) \(addition)")
            return said
        }
        // (Quoted or not: "My fix is in since 15:37: 'move CI to …'" is "My fix is in since 15:37: move CI to …" again, blind144 #32.)
        let unquoted = { (text: String) in text.replacingOccurrences(of: "'", with: "") }
        guard !two.text.hasPrefix("As I said"), !unquoted(two.text).contains(unquoted(opening)) else { return first }
        var rest = second
        rest.remove(at: two.index)
        // Their own "I don't know that", with who would know, before a bare "I can't tell you that"; not beside a first answer
        // that speaks to it ("Yes: it went out … Nothing has come back that I know of." to "…, and have we heard anything back?").
        if unknowing(two.text) && !unknowing(one.text) {
            if sharesAWord(one.text, secondAsked, besides: passingWords) || givesHowLong(one.text, secondAsked) { return first + rest }
            let own = two.text.hasPrefix(unknownLead) ? "I can't tell you that." + two.text.dropFirst(unknownLead.count) : two.text
            return (unanswered.map { saying("\($0.lead) \(own)") } ?? first) + rest
        }
        // A first answer that already speaks to the second part is its answer too (blind122 #105: "… kai-laptop, imaged but
        // not yet held … Already held: …" and then "As for 'is anything not held yet': I can't tell you that").
        guard speaksTo(two.text, secondAsked) else {
            return sharesAWord(one.text, secondAsked, besides: passingWords) || givesHowLong(one.text, secondAsked) ? first + rest
                : unanswered.map { saying("\($0.lead) \($0.otherwise)") } ?? first
        }
        let text: String
        let new = newClauses(of: two.text, besides: one.text)
        if one.text == two.text || one.text.contains(two.text) || new.isEmpty {
            text = one.text
        } else if two.text.contains(one.text) || unknowing(one.text) && !unknowing(two.text) {
            text = two.text
        } else {
            text = "\(one.text) \(new)"
        }
        var joined = first
        joined[one.index] = .answer(person: one.person, name: one.name, text: text)
        return joined + rest
    }

    /// The second answer without the clauses the first already says ("So far the regulator was notified at …;
    /// nobody else is owed a notice" beside "On the legal side, the regulator was notified at …": blind92 #93 said
    /// the notifications twice), its first letter capitalised; the whole answer when it repeats none of them.
    static func newClauses(of second: String, besides first: String) -> String {
        let clauses = second.components(separatedBy: "; ")
        let openers = ["So far ", "Also, ", "And "]
        let kept = clauses.filter { clause in
            var core = clause.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            for opener in openers where core.hasPrefix(opener) { core = String(core.dropFirst(opener.count)) }
            return core.count < 20 || !first.contains(core)
        }
        guard kept.count < clauses.count else { return second }
        let joined = kept.joined(separator: "; ")
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    /// Whether a question asks how long something takes and an answer says it ("Give me a few hours." to "how long would it take
    /// you?", blind138 #58: said to be unanswered beside it).
    static func givesHowLong(_ answer: String, _ question: String) -> Bool {
        let asked = question.lowercased()
        guard ["how long", "how soon", "how quickly", "how much time", "by when"].contains(where: asked.contains) else { return false }
        // (A duration, not a clock time: every report carries those.)
        let said = " " + answer.lowercased().map { $0.isLetter ? $0 : " " } + " "
        return [" minutes ", " hour ", " hours ", " days ", " weeks "].contains(where: said.contains)
    }

    /// Words a question may say in passing, which an answer that says them does not answer by that ("who on your side drafts
    /// that notice?" was taken as answered by "From the legal side I see nothing against …", blind138 #44).
    static let passingWords: Set<String> = ["side", "part", "thing", "things", "else", "other", "question", "please", "still", "right"]

    /// Whether an answer shares a distinctive word with a question (a word and its longer form count: "tell" and "telling"),
    /// leaving out the words `besides`.
    static func sharesAWord(_ answer: String, _ question: String, besides: Set<String> = []) -> Bool {
        let asked = distinctiveQuestionWords(topicWords(question)).subtracting(besides)
        let said = topicWords(answer)
        return asked.contains { word in said.contains { $0.hasPrefix(word) || word.hasPrefix($0) && $0.count >= 4 } }
    }

    /// Whether an answer speaks to a question: it shares a distinctive word with it (a word and its longer
    /// form count: "tell" and "telling"), or takes on what was asked.
    static func speaksTo(_ answer: String, _ question: String) -> Bool {
        // (So does a straight answer: "Nothing from you right now" to "is there anything you need from me?", blind88 #112.)
        // (And what is still open, to "do you agree we can close tonight?", blind95 #109.)
        if (takenOnOpenings + ["Nothing from you", "What I need from you", "Yes", "No:", "No,", "No.", "Not yet", "Since I took the watch on", "Since you asked me at", "Nothing is still open", "Still open", "It is closed"])
            .contains(where: answer.hasPrefix) { return true }
        if sharesAWord(answer, question) || givesHowLong(answer, question) { return true }
        // Or an answer that opens on a plain word of the question ("where would you look next?": "I would look where nobody
        // has yet", blind95 #22: "I can't tell you that" beside it).
        let opening = topicWords(firstSentence(answer))
        return topicWords(question).contains { $0.count >= 4 && !questionWords.contains($0) && !Self.plainHelperWords.contains($0) && opening.contains($0) }
    }

    /// Words of a question that any answer may say without answering it.
    static let plainHelperWords: Set<String> = ["would", "could", "should", "that", "this", "with", "have", "there", "them", "they", "does",
                                               "will", "your", "about", "know", "from", "been", "were", "than", "then"]

    /// How an answer opens that takes on a request or says how to hand it over.
    static let takenOnOpenings = [promiseOpening, "Say the word", "On it", "Thanks, I'll be there", "Understood", "Noted. If you want it tracked"]

    /// The parts of a line that each ask something, as each would be asked alone: its sentences and the
    /// clauses joined by ", and", " - " or ";" that open as a question or a request of their own. A first part
    /// that points back carries what came before it; a second one, the ids of what the line named before it
    /// ("…, and who may read it? (kai-mailbox)"). A question after a preamble that points nowhere is asked
    /// alone ("We've filed and the attacker is cut off. Is the cleared statement still accurate?"): the
    /// preamble says what the commander did, not what they ask. The line itself when it asks one thing that
    /// leans on its preamble, or none; never more than two parts, so that one line is not a way to ask
    /// everything at once. Three clauses that ask, in two sentences that ask, are asked as the two
    /// sentences ("How did the exit meeting go? Did Kai hand over the workstation, and did he agree …?",
    /// blind74 #128: asked whole, it matched a Tuesday fact).
    static func askingParts(_ line: String, namedIn: (String) -> [String] = { _ in [] },
                            fitting: ([String], String) -> [String] = { ids, _ in ids }) -> [String] {
        var clauses = questionClauses(of: line).map { $0.trimmingCharacters(in: .whitespaces) }
        var asking = clauses.indices.filter { asks(clauses[$0]) }
        if asking.count > 2 {
            let sentences = questionClauses(of: line, atJoints: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let askingSentences = sentences.indices.filter { asks(sentences[$0]) }
            if askingSentences.count == 2 { (clauses, asking) = (sentences, askingSentences) }
        }
        let long = { (part: String) in part.split(separator: " ").count >= 4 }
        if asking.count == 1, let only = asking.first, only > 0, !pointsBack(clauses[only]), long(clauses[only]) {
            return [clauses[only]]
        }
        // A question said first, then only what it is about ("How long until the amended fix is ready? It's only an alert-routing change,
        // and I need it tested before we wrap up.", blind139 #97: asked whole, "I need" made it a question on needs): the question.
        // Not when a later sentence orders or asks something.
        if asking == [0], clauses.count > 1, clauses[0].hasSuffix("?"), long(clauses[0]),
           questionClauses(of: line, atJoints: false).dropFirst().allSatisfy({ sentence in
               !isRequest(sentence) && imperativeOpening(in: sentence.lowercased().trimmingCharacters(in: .whitespaces)) == nil
           }) {
            return [clauses[0]]
        }
        // A second part too short to stand alone ("…, and when was web-07?") leans on the first.
        guard asking.count == 2, let first = asking.first, let second = asking.last, long(clauses[second]) else { return [line] }
        let opening = first > 0 && pointsBack(clauses[first]) ? clauses[..<first].joined(separator: " ") + " " : ""
        var secondPart = clauses[second]
        // (A sentence taken whole leans back only if its own first clause does: "Did Kai hand over …, and did he …?")
        if pointsBack(questionClauses(of: secondPart).first ?? secondPart) {
            // "It" is one thing named before, "them" two or more: else the part leans on words that are no asset
            // ("have those addresses touched anything else, and should we block them?").
            let all = namedIn(clauses[..<second].joined(separator: " "))
            var named = all
            let plural = secondPart.lowercased().split(whereSeparator: { !$0.isLetter }).contains { ["them", "they", "those", "these", "both", "their"].contains(String($0)) }
            // One thing: the one the clause just before names ("… would revoking ci-key break deploys, and is there anything else
            // besides that key?", blind80 #21; "… in the same ci-config file. Did anyone use the backup key …, and what would break
            // if we revoke it?", blind95 #35: the key, not the file an earlier sentence names).
            if !plural, let before = clauses[safe: second - 1], namedIn(before).count == 1 { named = namedIn(before) }
            // Else the one of them its move fits (a key is revoked, not a repository).
            if !plural, named.count != 1 || fitting(named, secondPart).isEmpty, fitting(all, secondPart).count == 1 { named = fitting(all, secondPart) }
            if plural ? named.count >= 2 : named.count == 1 {
                secondPart += " (\(named.joined(separator: ", ")))"
            } else if leansBare(secondPart) || distinctiveQuestionWords(topicWords(secondPart)).count < 2 {
                // A part that says little of its own leans on what it points at ("…, and should we block them?"); one that says
                // enough is asked as it stands ("…, and who on your side drafts that notice?", "…, and do the retailers have their
                // own 72-hour clock …?", blind138 #44, #81: asked whole, the second half went unanswered).
                return [line]
            }
        }
        // A scene set before a colon ("Before I pull the key: would revoking ci-key break deploys?") is not part of what is asked.
        let firstPart = clauses[first].range(of: ": ").map { colon -> String in
            let after = String(clauses[first][colon.upperBound...])
            return questionWords.contains(String(after.lowercased().prefix { $0.isLetter })) ? after : clauses[first]
        } ?? clauses[first]
        let parts = [opening + firstPart, secondPart]
        // Two requests are one request of several tasks, which the request's own reading takes apart
        // ("please do not terminate web-03. Can you snapshot it first?").
        guard long(parts[0]), !(Engine.isRequest(parts[0]) && Engine.isRequest(parts[1])) else { return [line] }
        return parts
    }

    /// Of the ids a part of a question may point back at, those the move it proposes fits ("revoke it": a key or an
    /// account); all of them when it proposes no move.
    func fittingIDs(_ ids: [String], part: String) -> [String] {
        let tokens = part.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let verb = tokens.lazy.compactMap({ Self.proposalWord($0).flatMap { Self.proposalVerbs[$0] ?? nil } }).first else { return ids }
        return ids.filter { id in assetsByID[id].map { Self.verbFits(verb, $0.kind) } ?? false }
    }

    /// The known assets a text names, by id or by two words of their name, at most `limit` (two: what a later part of
    /// a question that points back, "who may read it?", is about).
    func namedIDs(in text: String, limit: Int = 2) -> [String] {
        let words = Self.topicWords(text)
        var ids = knownAssets.filter { words.contains($0.id) || Self.nameOverlap(words, $0.name) >= 2 }.map(\.id)
        // An id said only inside a longer one is not named ("chat" in "preserve the chat-export", blind88 #66).
        let tokens = Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init))
        let matched = ids
        ids.removeAll { id in !tokens.contains(id) && matched.contains { $0 != id && $0.split(separator: "-").contains(Substring(id)) } }
        // The suspect's accesses are his account ("which accesses does Kai hold, and can you cut all of them?", blind91 #34: the
        // chat a clause named was cut instead).
        if let account = suspectAccessesAccount(in: words) {
            ids.removeAll { $0 == account.id || assetsByID[$0]?.owner != account.owner }
            ids.insert(account.id, at: 0)
        }
        if let said = assetSaidByID(in: text, words: words), !ids.contains(said.id) { ids.append(said.id) }
        // Nor a plain-word id inside a longer name said whole ("chat" in "the export of Kai's chat admin activity", blind124 #39).
        let found = ids
        ids.removeAll { id in
            !id.contains("-") && found.contains { other in
                other != id && assetsByID[other].map { asset in
                    let name = Self.topicWords(asset.name)
                    return name.contains(id) && name.filter { $0.count >= 4 }.intersection(words).count >= 3
                } == true
            }
        }
        // Nor one matched only by words of another's name said whole ("Kai's mailbox and drive" is not the personal drive).
        let lowered = text.lowercased()
        let whole = ids.filter { id in assetsByID[id].map { lowered.contains($0.name.lowercased()) } == true }
        let covered = Set(whole.compactMap { assetsByID[$0] }.flatMap { Self.topicWords($0.name) })
        ids.removeAll { id in
            !whole.contains(id) && !tokens.contains(id) && assetsByID[id].map { Self.topicWords($0.name).intersection(words).isSubset(of: covered) } == true
        }
        // Else the one asset a word of its name picks out alone ("the backup account" of the backup account access key).
        if ids.isEmpty {
            let overlaps = knownAssets.map { ($0.id, Self.nameOverlap(words, $0.name)) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
            if let best = overlaps.first, overlaps.dropFirst().first.map({ $0.1 < best.1 }) ?? true { ids = [best.0] }
        }
        return Array(ids.prefix(limit))
    }
}
