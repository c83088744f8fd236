extension Engine {
    /// A message with each sentence that says what the commander wants done said as the order it is: "I need the DLP logs pulled
    /// for kai-account." is "Pull the DLP logs for kai-account.", "Let's get kai-mailbox preserved." is "Preserve kai-mailbox.",
    /// "I'd like you to snapshot the laptop." is "Snapshot the laptop.", "Can you get kai-mailbox preserved?" is "Can you preserve
    /// kai-mailbox?". Anything else is left as it was, and so is the message when no sentence changes.
    ///
    /// The attack on stop 57's orders: each of these got "Got it, thanks." and nothing was done. What holds an order back stays in
    /// it ("I need kai-account disabled on Friday." is "Disable kai-account on Friday.", which waits as that does).
    static func wantedAsOrders(_ said: String) -> String {
        let text = dayAndClockJoined(said)
        guard text.utf8.count < 2_000, wantedMarks.contains(where: text.lowercased().contains) else { return text }
        let sentences: [String] = Self.sentences(of: text)
        let plain = sentences.map { wantedAsOrder(custodyAsPreserve($0)) }
        return plain == sentences ? text : plain.joined(separator: " ")
    }

    /// A text with a day said around a clock time said as an order's time is ("at 10:00 on Friday", "on Friday at 10:00" and
    /// "Friday at 10:00" are "at Fri 10:00"): the attack on stop 58's orders got "Got it, thanks." for "Disable kai-account at 10:00
    /// on Friday and block personal-drive now.", the day taken for a hold.
    static func dayAndClockJoined(_ text: String) -> String {
        guard text.utf8.count < 2_000, text.contains(":") else { return text }
        let day = "(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
        let clock = "([0-9]{1,2}:[0-9]{2})(?: ?(?:am|a\\.m\\.))?(?: sharp)?"
        // (A part of the day or a date said with the day: "Friday morning", "Friday the 25th", "Friday 25 September".)
        let part = "(?: morning| afternoon| the [0-9]{1,2}(?:st|nd|rd|th)?| [0-9]{1,2} [a-z]+)?"
        let options: String.CompareOptions = [.regularExpression, .caseInsensitive]
        var joined = text.replacingOccurrences(of: "\\b(at|by) \(clock),? (?:on |this |next )?\(day)\(part)\\b", with: "$1 $3 $2", options: options)
        joined = joined.replacingOccurrences(of: "\\b(?:on |this |next )?\(day)\(part),? (at|by) \(clock)", with: "$2 $1 $3", options: options)
        // (Not the point a read counts from: "what ci-deployer did since Tuesday 09:00".)
        joined = joined.replacingOccurrences(of: "(?<!at |by |since |from |after |before |until |till )\\b(?:on |this |next )?\(day)\(part),? \(clock)", with: "at $1 $2", options: options)
        // A time said first is said after the order it sets ("On Friday at 10:00, disable kai-account." is "disable kai-account at Fri
        // 10:00."): the order opens its sentence as orders do.
        return joined.replacingOccurrences(of: "(^|[.!?;] )(?:at|by) ([a-z]{3} [0-9]{1,2}:[0-9]{2})[,:] ([^.!?;]+)", with: "$1$3 at $2", options: options)
    }

    /// Words without which no sentence says what is wanted done (cheap to rule out).
    private static let wantedMarks = ["need", "want", "like", "get ", "have ", "custody", " hold"]

    /// What opens a sentence that says what is wanted, and what it becomes: nothing (an order) or the request it keeps.
    private static let wantedLeads: [(lead: String, becomes: String)] = [
        ("i need you to ", ""), ("we need you to ", ""), ("i want you to ", ""), ("i'd like you to ", ""), ("i would like you to ", ""),
        ("i need ", ""), ("we need ", ""), ("i want ", ""), ("we want ", ""), ("i'd like ", ""), ("i would like ", ""), ("we'd like ", ""),
        ("let's get ", ""), ("lets get ", ""), ("let us get ", ""), ("let's have ", ""), ("get ", ""), ("please get ", "please "),
        ("can you get ", "can you "), ("could you get ", "could you "), ("can you have ", "can you "), ("could you have ", "could you "),
    ]

    /// The past participles of moves, and the move each names.
    private static let participles: [String: String] = [
        "pulled": "pull", "preserved": "preserve", "snapshotted": "snapshot", "snapshoted": "snapshot", "imaged": "image",
        "isolated": "isolate", "quarantined": "quarantine", "disabled": "disable", "locked": "lock", "suspended": "suspend",
        "revoked": "revoke", "rotated": "rotate", "blocked": "block", "checked": "check", "inspected": "inspect", "examined": "examine",
        "swept": "sweep", "scanned": "scan", "rebuilt": "rebuild", "reimaged": "reimage", "redeployed": "redeploy", "patched": "patch",
        "collected": "collect", "exported": "export", "removed": "remove", "deleted": "delete", "wiped": "wipe", "terminated": "terminate",
    ]

    /// Words that make the words after a lead no thing to act on ("I need to know whether kai-laptop was imaged").
    private static let notAnObject: Set<String> = ["to", "is", "are", "was", "were", "been", "be", "whether", "if", "that", "what", "how",
                                                   "when", "why", "who", "which", "you", "more", "help", "time", "not", "no"]

    /// One sentence said as an order when it says what is wanted done; else as it was.
    private static func wantedAsOrder(_ said: String) -> String {
        // ("Just to be clear, I also want warehouse-key revoked right now", blind151 #17: the key's card.)
        var sentence = said
        for leadIn in backReferringLeadIns + ["just to be clear", "and", "so", "also"]
        where sentence.lowercased().hasPrefix(leadIn + ", ") || sentence.lowercased().hasPrefix(leadIn + " i ") {
            sentence = String(sentence.dropFirst(leadIn.count).drop { $0 == "," || $0 == " " })
            break
        }
        sentence = sentence.replacingOccurrences(of: "^(I|We|i|we) also ", with: "$1 ", options: .regularExpression)
        let lowered = sentence.lowercased().replacingOccurrences(of: "’", with: "'")
        guard lowered.count == sentence.count, let (lead, becomes) = wantedLeads.first(where: { lowered.hasPrefix($0.lead) }) else { return said }
        let after = String(sentence.dropFirst(lead.count))
        let opening = becomes.isEmpty ? "" : becomes.prefix(1).uppercased() + becomes.dropFirst()
        // "I need you to preserve kai-mailbox": the order follows the lead as it is.
        if lead.hasSuffix(" to ") {
            guard let first = after.first, first.isLetter else { return said }
            return first.uppercased() + after.dropFirst()
        }
        let tokens = after.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let at = tokens.indices.dropFirst().prefix(6).first(where: { participles[bare(tokens[$0])] != nil }),
              tokens[..<at].allSatisfy({ !notAnObject.contains(bare($0)) }), let move = participles[bare(tokens[at])] else { return said }
        // What ends the participle (a comma, the sentence's mark) ends the move word.
        // ("Get kai-mailbox preserved, please." is "Preserve kai-mailbox, please.")
        let mark = tokens[at].drop { $0.isLetter }
        let reordered = ([move] + tokens[..<at]).joined(separator: " ") + mark + (tokens.count > at + 1 ? " " + tokens[(at + 1)...].joined(separator: " ") : "")
        let said = opening.isEmpty ? reordered.prefix(1).uppercased() + reordered.dropFirst() : opening + reordered
        return String(said)
    }

    /// A sentence that puts a thing under chain of custody or a hold said as preserving it, the rest as it was ("Please put the
    /// workstation under chain of custody now." is "Please preserve the workstation now.", blind133 #95: "Will do" and nothing
    /// said of the hold it was under since Wednesday).
    private static func custodyAsPreserve(_ sentence: String) -> String {
        let lowered = sentence.lowercased()
        guard lowered.count == sentence.count,
              let lead = ["", "please ", "can you ", "could you ", "would you ", "will you "].last(where: { lead in
                  ["put ", "place ", "keep "].contains { lowered.hasPrefix(lead + $0) }
              }),
              let phrase = custodyPhrases.lazy.compactMap({ lowered.range(of: $0) }).first else { return sentence }
        let verbEnd = lowered[lowered.index(lowered.startIndex, offsetBy: lead.count)...].firstIndex(of: " ") ?? lowered.endIndex
        guard verbEnd < phrase.lowerBound else { return sentence }
        let object = sentence[sentence.index(after: verbEnd)..<phrase.lowerBound]
        return String(sentence.prefix(lead.count)) + "preserve " + object + sentence[phrase.upperBound...]
    }

    /// What puts a thing under hold.
    private static let custodyPhrases = [" under chain of custody", " under legal hold", " under a legal hold", " on legal hold", " under hold",
                                         " in chain of custody", " into chain of custody"]

    /// A word without its punctuation, lowered.
    private static func bare(_ token: String) -> String {
        token.lowercased().filter { $0.isLetter || $0 == "-" || $0 == "'" }
    }
}
