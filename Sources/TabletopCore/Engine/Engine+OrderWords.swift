extension Engine {
    /// Words that open a task no move of the shell's changes: a read or a look ("pull", "read", "check").
    static let otherTaskWords: Set<String> = Set(["pull", "read", "check", "review", "examine", "inspect", "look", "find"] + coordinatingWords)
    /// How a sentence opens that only asks for the report on an order.
    static let reportOpenings = ["tell me", "let me know", "ping me", "page me", "update me", "report back", "keep me posted", "and tell me",
                                 "then tell me", "call me", "text me", "message me"]

    /// Words of a task that arranges rather than acts ("… now and coordinate the kai-account disable with Grace", attack60 n06:
    /// 'block kai-account').
    static let coordinatingWords = ["coordinate", "arrange", "schedule", "discuss", "align", "agree", "prepare", "organise", "organize"]

    /// A sentence without what it says should have been ("it should have been decommissioned long ago"), a wait it does not want
    /// ("I do not want to wait for the log read") or a moment it says not to wait for ("not after the log read"): a past that did
    /// not happen sets no condition, where "should" alone may ("should Kai object, …"; blind143 #71: the delete held by it).
    static func withoutCounterfactuals(_ sentence: String) -> String {
        // (Padded, so that a sentence that opens on one is read too: "No need to wait for anything.")
        var text = " " + sentence
        for phrase in [" should have ", " should've ", " should not have ", " shouldn't have ", " should never have "] {
            text = text.replacingOccurrences(of: phrase, with: " had ")
        }
        // A wait said not to be wanted holds nothing ("revoke it right away - I do not want to wait for the log read", blind148 #20).
        if text.contains("wait") {
            text = text.replacingOccurrences(of: " (do not|don't|dont|no need to|not|without|no) (want to |need to )?wait(ing)?( for [^,.;!?]*)?",
                                             with: " ", options: [.regularExpression, .caseInsensitive])
        }
        // Nor a moment said not to be waited for (", not after the log read", blind151 #17).
        if text.contains("not ") {
            text = text.replacingOccurrences(of: ",? (and )?not (after|once|until|when|before) [^,.;!?]*", with: " ", options: .regularExpression)
        }
        return String(text.dropFirst())
    }

    /// Whether a sentence asking for the report waits only for the move itself ("Let me know once it is live.", "Tell me when
    /// it's done."), not for something else ("Let me know once HR is in the room."): no hold on the move (blind145 #10: a quiet
    /// block said for now was held by its "once", and offered on the wrong asset).
    static func reportsOnTheMove(_ sentence: String) -> Bool {
        let words = wordTokens(sentence.lowercased())
        guard let condition = words.firstIndex(where: { ["once", "when", "soon", "moment"].contains($0) }) else { return false }
        let subject = words[(condition + 1)...].first { !["as", "the"].contains($0) } ?? ""
        return ["it", "it's", "that", "that's", "this", "they", "they're", "both", "all", "done", "finished", "complete", "completed"].contains(subject)
    }

    /// Lead-ins that point back at what was just said, or say how the go-ahead is given, before it ("With that in, please go ahead
    /// and …", "To make it formal, go ahead with …").
    static let backReferringLeadIns = ["with that in", "with that added", "with that", "given that", "in that case", "that said", "that done",
                                       "on that basis", "with those changes", "with that change", "with this in", "with this",
                                       // (Or that only says how it is given: "To make it formal, go ahead with this fix: …", blind150 #45.)
                                       "to make it formal", "to make it official", "for the record", "formally", "officially", "to be clear",
                                       "to confirm", "sorry, to be clear"]

    /// Where the task after a go-ahead said to the reader starts ("Go ahead: …", "Yes, please go ahead and …",
    /// "Lena, go ahead with …"); nil for a go-ahead that is not theirs ("should I go ahead and file it?", "we'll go
    /// ahead with the rotation", "don't go ahead yet").
    static func directGoAhead(in lowered: String) -> String.Index? {
        // "Please retest it now" orders the move now as a go-ahead does (blind80 #92: "Say the word and it is done: 'test'").
        let urgent = saysNow(lowered)
        let openings = ["go ahead and ", "go ahead with ", "go ahead: ", "go ahead, ", "you have my go-ahead to ", "you have my go ahead to "]
            + (urgent ? ["please "] : [])
        for opening in openings {
            guard let range = lowered.range(of: opening) else { continue }
            let before = lowered[..<range.lowerBound].split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            // At the start of the message or of a sentence, or after words that give it ("yes, please", "ok then", a name).
            // The words of its own sentence before it ("…are closed. Please go ahead and file it": "please").
            let head = lowered[..<range.lowerBound]
            // (A dash ends what came before as a sentence would: "… every backup snapshot - please go ahead and revoke it", blind80 #25.)
            var sentence = head[(head.lastIndex { ".!?:;-—–".contains($0) }.map { head.index(after: $0) } ?? head.startIndex)...]
            // So does a clause that draws the conclusion ("The cut-off is done, so please roll out the fix now", blind96 #95: a
            // "Will do" and nothing handed over).
            if let so = [", so ", ", and so ", ", then ", ", therefore "].compactMap({ sentence.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                sentence = sentence[so.upperBound...]
            }
            // A lead-in that points back at what was just said gives it too ("With that in, please go ahead and file it with the regulator.",
            // blind148 #24: handed back as a 'delegate' line to type).
            for leadIn in Self.backReferringLeadIns where sentence.trimmingCharacters(in: .whitespaces).hasPrefix(leadIn + ",") {
                sentence = sentence[sentence.range(of: leadIn + ",")!.upperBound...]
            }
            let own = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            let giving: Set<String> = ["please", "yes", "ok", "okay", "then", "so", "right", "good", "great", "thanks", "fine", "you", "can", "may", "just", "agreed"]
            // Only giving words, and a name with its comma or not ("Lena, go ahead with …", "Priya, please go ahead and …": blind82
            // #25 got a "Will do" and nothing handed over; "Thanks Hannah, please go ahead and …", blind86 #64).
            let other = own.filter { !giving.contains($0) }
            guard other.isEmpty || other.count == 1 && sentence.contains("\(other[0]),") else { continue }
            guard !(before.last.map { ["don't", "not", "never"].contains($0) } ?? false) else { continue }
            // "Please don't …" orders nothing.
            if opening == "please ", ["don't", "do not", "never", "hold", "wait", "stop"].contains(where: lowered[range.upperBound...].hasPrefix) { continue }
            return range.upperBound
        }
        return nil
    }

    /// Whether a sentence only says not to make another move ("Do not delete it yet." after "Isolate web-legacy-01."): no hold on
    /// the order before it (blind149 #55: the isolation was handed back as a 'delegate' line to type).
    static func refrainsFromAnotherMove(_ sentence: String, than verb: Verb) -> Bool {
        let tokens = wordTokens(sentence.lowercased())
        guard let index = tokens.firstIndex(where: { ["not", "don't", "dont", "never"].contains($0) }),
              let next = tokens[safe: index + 1], let refrained = proposalWord(next).flatMap({ proposalVerbs[$0] ?? nil }) else { return false }
        return refrained != verb
    }

    /// The words of `untimedCutHolds` that say where or how as often as when (" at the proxy", " with nothing in any channel").
    static let placeWords: Set<String> = [" at ", " on ", " in ", " with ", " by ", " during ", " upon "]

    /// A text without its clauses (after ";", "," or a full stop) that only refrain from a move other than `verbs`.
    static func withoutRefrains(_ text: String, besides verbs: Set<Verb>) -> String {
        guard [" not ", "n't ", "never "].contains(where: (" " + text).contains) else { return text }
        var kept: [Substring] = []
        var rest = text[...]
        while let mark = rest.firstIndex(where: { ";,.".contains($0) }) {
            let clause = rest[...mark]
            if !verbs.allSatisfy({ refrainsFromAnotherMove(String(clause), than: $0) }) { kept.append(clause) }
            rest = rest[rest.index(after: mark)...]
        }
        if !rest.isEmpty, !verbs.allSatisfy({ refrainsFromAnotherMove(String(rest), than: $0) }) { kept.append(rest) }
        return kept.joined()
    }
}
