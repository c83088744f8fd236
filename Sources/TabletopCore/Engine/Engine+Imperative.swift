extension Engine {
    /// Words in an order that make it wait or undo it: "Isolate web-10 once the snapshot is done" is no order for now, nor is
    /// one for a day or a time ("Disable Kai's account on Friday.": handed over now, it would cut him off early).
    static let imperativeHolds = [" once ", " after ", " when ", " if ", " before ", " until ", " unless ", " yet", " not ", "n't ", " nothing",
                                  " no "] + dayWords
    /// Words that name a later part of the day, or a day, or a time after the drill's start: each makes a move wait.
    static let dayWords = [" later", " tomorrow", " tonight", " monday", " tuesday", " wednesday", " thursday", " friday", " saturday", " sunday",
                           " morning", " evening", " afternoon", " t+"]
    /// Where an order asks for the report back ("… and tell me what web-03 read with it"): what follows speaks to the listener and
    /// is no part of the move.
    static let reportBackWords = [" and tell me", ", and tell me", " and let me know", ", and let me know", " and report back", ", and report back",
                                  " and get back to me", " and keep me posted", ", and keep me posted", " and update me", ", and update me",
                                  " and confirm when", " and confirm once"]
    /// A report back asked for as a page ("… and page me if anything shows").
    /// ("… and ping me when they are held", blind147 #13: "which one do you mean?".)
    static let pageMeWords = [" and page me", ", and page me", " and ping me", ", and ping me", " and message me", ", and message me", " and call me",
                              ", and call me"]
    /// Light verbs that make an order of the move after them ("put … under chain of custody", "take a snapshot of …"); not
    /// "make", "get" or "keep", whose objects are seldom a move ("make a note to rotate it later").
    static let imperativeLightVerbs: Set<String> = ["put", "place", "take", "grab"]
    /// The first words of an order that reads or looks rather than changes ("pull the logs", "check web-10").
    static let imperativeReadWords: Set<String> = ["pull", "check", "inspect", "examine", "logs", "snapshot", "image", "preserve", "read", "reread",
                                                    "re-read", "sweep", "scan"]
    /// The first words of an order that only looks: nothing is changed by it, so only a word of time holds it back ("read the
    /// customer-db logs again from 18:04 and page me if anything shows", blind126 #96: "Will do" and nothing read), not "if",
    /// "not" or "yet" said of something else ("one more sweep, since the rollout has not happened yet", #90).
    static let lookingWords: Set<String> = ["pull", "check", "inspect", "examine", "logs", "read", "reread", "re-read", "sweep", "scan"]
    /// The words of time that hold back a look.
    static let lookingHolds = [" once ", " after ", " until ", " as soon as ", " in an hour", " next week", " wait for ", " says so", " my go"] + dayWords

    /// Words that make a go-ahead to cut or destroy wait ("on Friday", "as soon as HR is ready", "at the exit meeting", "if anything looks off").
    static let cutHolds = [" once ", " after ", " when ", " if ", " until ", " unless ", " as soon as ", " exit meeting", " in an hour", " next week",
                           " wait for ", " only after ", " same time as", " same minute as", " together with the", " along with the", " the moment ", " in case ",
                           " provided ", " assuming ", " as long as ", " should ", " only with ", " only if ", " only once ", " whenever ", " not yet",
                           " not before", " before "] + dayWords
    /// Words that may set a cut for later without saying when ("on his last day", "at the agreed time", "with HR present", "on my
    /// signal"): an untimed cut said with one is held, however the rest reads. A clock time said with "at" is no such word
    /// (`withoutClockTimes`).
    static let untimedCutHolds = [" at ", " on ", " in ", " with ", " during ", " by ", " upon ", " till ", " signal", " meeting", " cut-off",
                                  " cutoff", " handover", " hand-over", " agreed", " last day", " end of", " exit", " interview", " present"]

    /// Moves that destroy what they act on.
    static let destroyingVerbs: Set<Verb> = [.delete, .clean, .redeploy, .shutdown]
    /// Words that image or hold something.
    static let preservingWords = ["snapshot", "image", "preserve", "hold", "custody", "copy", "backup", "back up", "forensic"]

    /// A text without the clock times it says with "at" or "by" ("at Fri 10:00", "at 18:00"), nor "in the same minute" said of the
    /// moves themselves (not "… as the exit meeting").
    static func withoutClockTimes(_ text: String) -> String {
        text.replacingOccurrences(of: " (at|by) ((mon|tue|wed|thu|fri|sat|sun)[a-z]* )?[0-9]{1,2}:[0-9]{2}", with: " ", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: " (in|at) the same (minute|time)(?! as)", with: " ", options: [.regularExpression, .caseInsensitive])
    }

    /// Words that make a go-ahead to look wait for later ("once Peter says so", "tomorrow"); a day is what to read ("since Tuesday").
    static let laterHolds = [" once ", " as soon as ", " in an hour", " next week", " wait for ", " says so", " my go", " tomorrow", " tonight", " later"]

    /// Words anywhere in a message that keep a go-ahead on several moves from being taken on at once: what holds an order
    /// back, and alternatives or exceptions ("snapshot web-03 or isolate it", "… but do not isolate it").
    static let pluralHolds = imperativeHolds + [" or ", " but ", " except ", " either ", "whichever", " instead", " unless "]
    /// The holds that only say when, which a time given with the moves already says.
    static let timeHolds = Set([" until "] + dayWords)

    /// Where a sentence of the message opens on a move said as an order ("Snapshot web-10 now.", "Put the image of web-03
    /// under chain of custody."): its first word is a move on an asset someone can be handed, or a light verb with one,
    /// and nothing in the sentence makes it wait; with the sentence's end. Nil otherwise.
    ///
    /// Blind plays said orders plainly as a commander does and got "Got it, thanks." with nothing taken on.
    static func imperativeSentence(in lowered: String, holding: Bool = true) -> Range<String.Index>? {
        var start = lowered.startIndex
        while start < lowered.endIndex {
            // A sentence ends at a mark before a space or the end, not inside an address ("185.220.101.7").
            var end = lowered.endIndex
            var index = start
            while index < lowered.endIndex {
                let next = lowered.index(after: index)
                if ".!?;".contains(lowered[index]), next == lowered.endIndex || lowered[next].isWhitespace { end = index; break }
                index = next
            }
            // "Please put the web-10 image under chain of custody too." orders as plainly (blind123 #59, #61).
            var opening = start
            // A question is no order ("Lock the account now? No. We wait for Friday.", "Disable kai-account, or is that too early?":
            // the attack on this stop's orders cut Kai off for each).
            if end < lowered.endIndex, lowered[end] == "?" {
                guard let next = lowered[lowered.index(after: end)...].firstIndex(where: { !$0.isWhitespace }) else { break }
                start = next
                continue
            }
            // A short lead-in before a colon ("Same drill as web-03: snapshot both and then isolate them", blind126 #30: "Got it,
            // thanks") leaves what follows it an order; not one that makes it wait or quotes someone ("Friday: disable kai-account.",
            // "Not now: …", "Ben says: …": each cut Kai off at once, the attack on this stop's orders).
            // (A day in the lead-in is the order's own when the order gives its time: "Dana, here is the plan for Friday: please
            // disable kai-account at Fri 10:00 and …", blind139 #38: "Say the word for each".)
            // (Only a time with its own day: "Plan for Friday: disable kai-account at 10:00." set it for Tuesday 10:00, attack60 c01-c20.)
            let timed = lowered[start..<end].range(of: ": ").map { colon in
                timeSaid(in: String(lowered[colon.upperBound..<end])).flatMap(LocalTime.init(parsing:))?.weekday != nil
            } ?? false
            if let colon = lowered[start..<end].range(of: ": "), plainLeadIn(lowered[start..<colon.lowerBound], words: 6, dayAllowed: timed) {
                opening = colon.upperBound
            }
            // ("Given that, please sweep the web fleet …", blind130 #18: a short lead-in, then "please"; not "When HR is ready, please …".)
            // (Up to eight words: "Priya, while Marco works the audit trail, please pull the logs of customer-exports …", blind141 #30.)
            // (Or a dash: "Fine - please pull the customer-db logs again …", blind143 #47: "Will do" and no task.)
            if let please = [", please ", " - please ", " – please ", " — please "].lazy.compactMap({ lowered[opening..<end].range(of: $0) }).first,
               plainLeadIn(lowered[opening..<please.lowerBound], words: 8) {
                opening = please.upperBound
            } else if let please = lowered[opening..<end].range(of: ": please "),
                      plainLeadIn(lowered[opening..<please.lowerBound], words: 16, dayAllowed: timed) {
                // (Or a longer one before a colon: "Devon, we need the bucket kept exactly as it is: please put customer-exports under a
                // legal hold …", blind135 #87.)
                opening = please.upperBound
            }
            while let courtesy = courtesyWords.first(where: { lowered[opening..<end].hasPrefix($0 + " ") || lowered[opening..<end].hasPrefix($0 + ", ") })
                    ?? courtesyClauses.first(where: { lowered[opening..<end].hasPrefix($0 + ", ") }) {
                opening = lowered[lowered.index(opening, offsetBy: courtesy.count)..<end].firstIndex { $0 != " " && $0 != "," } ?? end
            }
            if ordersAMove(lowered[opening..<end], holding: holding) { return opening..<end }
            guard end < lowered.endIndex else { break }
            start = lowered[lowered.index(after: end)...].firstIndex { !$0.isWhitespace } ?? lowered.endIndex
        }
        return nil
    }

    /// A text without what asks for discretion ("quietly; nothing he can notice", blind136 #16: "nothing" was taken for a hold, and
    /// the order for none).
    static func withoutDiscretion(_ text: String) -> String {
        guard text.contains("nothing") else { return text }
        return text.replacingOccurrences(of: "nothing (that )?(he|she|they|kai|anyone|someone|the suspect)( can| could| will| would|'d|’d)? (notice|see|spot|detect)",
                                         with: "", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: "nothing (visible|noticeable|he'd notice|that tips (him|her|them) off)", with: "", options: [.regularExpression, .caseInsensitive])
    }

    /// A look's words without what only says which part to read or in what order ("after 10:45", "and after that the logs of
    /// ci-key"): neither holds it back (blind131 #60, #62: "Will do" and nothing read).
    static func withoutReadTimes(_ padded: String) -> String {
        padded.replacingOccurrences(of: " (after|since|from|before) (that|this|it|[0-9]{1,2}(:[0-9]{2})?)", with: " ", options: .regularExpression)
    }

    /// Whether words before an order leave it an order: a few, none of which make it wait, set a time, deny it or say who
    /// proposed it.
    /// A day it names is no hold when `dayAllowed` (the order gives its own time).
    private static func plainLeadIn(_ leadIn: Substring, words limit: Int, dayAllowed: Bool = false) -> Bool {
        let padded = " " + leadIn + " "
        // (Nor one that names a moment without its time: "Plan for his last day: disable kai-account at 10:00." cut Kai off on Tuesday,
        // attack60 c13.)
        let moments = [" last day", " exit", " meeting", " cut-off", " cutoff", " handover", " hand-over", " end of", " interview", " signal"]
        let holds = (imperativeHolds + cutHolds + reportingWords + moments + [" at ", " only "]).filter { !dayAllowed || !dayWords.contains($0) }
        return leadIn.split(separator: " ").count <= limit && leadIn.range(of: "[0-9]:[0-9]|[0-9] ?[ap]m", options: .regularExpression) == nil
            && !holds.contains(where: padded.contains)
    }

    /// Words that say an order is someone else's proposal, not the commander's ("Ben says: disable kai-account now.").
    static let reportingWords = [" says", " said", " suggests", " suggested", " wants", " wanted", " asked", " asks", " thinks", " proposes",
                                 " proposed", " plan b", " reminder", " note ", " for later", " idea"]

    /// Words after a move's word that make it the subject of a remark ("Sweep is gold", "the snapshot was quick").
    private static let remarkVerbs: Set<String> = ["is", "was", "are", "were", "has", "had", "looks", "looked", "went", "came", "did", "worked",
                                                   "helped", "done", "finished", "would", "should", "could", "might", "must", "will", "can",
                                                   "needs", "means", "seems"]
    /// Verbs that make the words before them a subject.
    private static let modalVerbs: Set<String> = ["have", "need"]

    /// Words before an order that leave it an order.
    private static let courtesyWords = ["please", "kindly", "also", "and", "then", "now", "next", "one more", "another",
                                        // (How or in what order: "Quietly block personal-drive now.", "First block …", the attack on stop 59's orders.)
                                        "quietly", "discreetly", "silently", "first", "immediately", "urgently"]
    /// Clauses of courtesy before an order, set off by a comma ("Omar, if you have a minute, pull the DLP logs": "Got it, thanks."
    /// and nothing read, the "if" taken for a condition).
    /// (And a word that answers before the order: "Terminate web-03? No, snapshot it first.")
    private static let courtesyClauses = ["no", "yes", "ok", "okay", "right", "if you have a minute", "if you have a moment", "if you get a chance",
                                          "if you can", "when you can", "when you get a chance", "when you have a minute", "when you have a moment",
                                          "if possible", "whenever you can"]

    /// Where the first such sentence opens.
    static func imperativeOpening(in lowered: String) -> String.Index? {
        imperativeSentence(in: lowered)?.lowerBound
    }

    /// Whether a sentence opens on a move to hand over, with nothing that holds it back (or whatever holds it back, when not `holding`).
    private static func ordersAMove(_ sentence: Substring, holding: Bool) -> Bool {
        let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let first = words.first,
              // "Look, …" or "Check: …" opens a remark, not an order; nor does "Sweep is gold, thanks." (blind130 #26: the sweep
              // just finished was run again).
              sentence.dropFirst(first.count).first.map({ $0 == " " }) ?? false,
              // Nor a move said as a subject ("Disabling kai-account now would tip him off.", "Disable kai-account has to wait.").
              !first.hasSuffix("ing"), !remarkVerbs.contains(words[safe: 1] ?? ""), !remarkVerbs.union(modalVerbs).contains(words[safe: 2] ?? ""),
              // Nor logs said as the subject of what they show ("Logs of his mailbox, chat, laptop and account show no other way out",
              // blind150 #70: a status update to the CISO handed her 'logs chat').
              !(["logs", "log"].contains(first) && !Set(words.dropFirst()).isDisjoint(with: ["show", "shows", "showed", "say", "says", "said", "are", "were", "have", "had", "look", "looked"]))
        else { return false }
        // (What the report asked for says holds nothing: "Pull the logs of customer-db, and tell me whether it tried the old password
        // after the rotation.", blind134 #103.)
        // (Nor a wait it does not want: "… so I do not want to wait for the log read", blind148 #20.)
        let padded = withoutCounterfactuals(beforeReport(" " + sentence + " ") + " ")
        // (A clock time, "at 10:00", holds it for then too; for a look, only one said with "at" or "by": "from 18:04" is what to read.)
        // (Only a sentence whose every move looks: "pull the logs of kai-account and revoke it if anything looks off" holds the revoke.)
        // (A word of a move used as a noun is none: "since the rollout", "the clean web servers".)
        let looking = lookingWords.contains(first) && !words.indices.dropFirst().contains { index in
            !usedAsNoun(words, at: index) && proposalWord(words[index]).map { proposal in
                (proposalVerbs[proposal] ?? nil).map { cutVerbs.contains($0) } ?? true
            } ?? false
        }
        // (A change set for a minute of a day, the way `delegate … at Fri 10:00` says it, is an order for then: "Disable kai-account at
        // Fri 10:00." got "Got it, thanks.", the attack on stop 57's orders.)
        let clockTime = looking ? ["at", "by"].contains { padded.range(of: " \($0) [0-9]{1,2}:[0-9]{2}", options: .regularExpression) != nil }
            : sentence.indices.contains { index in
                sentence[index] == ":" && index > sentence.startIndex && sentence[sentence.index(before: index)].isNumber
            } && padded.range(of: " at ((mon|tue|wed|thu|fri|sat|sun) )?[0-9]{1,2}:[0-9]{2}([.!,]? *$| and | in the same minute|,? (in |at )?(the )?same (minute|time))",
                              options: .regularExpression) == nil
        // (A move that keeps something is not held by what it must come before: "put customer-exports under a legal hold before anyone
        // on your team cleans up old exports", blind135 #87: "Say the word".)
        let keeping = [Verb.preserve, .snapshot].contains { verb in plainMove(String(sentence)).hasPrefix(verb.spelling + " ") || proposalWord(first).flatMap { proposalVerbs[$0] ?? nil } == verb }
        let holds = looking ? lookingHolds : imperativeHolds.filter { !keeping || $0 != " before " }
        guard !holding || !holds.contains(where: (looking ? Self.withoutReadTimes(padded) : withoutDiscretion(padded)).contains)
                && !clockTime else { return false }
        // A change the person can make to an asset ("isolate", "snapshot"), or a read or a look ("pull the logs", "check
        // web-10"); never a notice, a filing or a fix in the commander's words, which stay requests to hand over.
        // (A block of an indicator too: "Block personal-drive now." got "Got it, thanks.".)
        let verb: Verb? = proposalWord(first).flatMap { proposalVerbs[$0] ?? nil }
        let change = verb.map { $0.isDelegable && [ArgumentKind.asset, .indicator].contains($0.argument) && $0 != .fix } ?? false
        return change || imperativeReadWords.contains(first)
            || (imperativeLightVerbs.contains(first) || gatheringVerbs.contains(first)) && plainMove(String(sentence)) != String(sentence)
    }
}
