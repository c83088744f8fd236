import Foundation

extension Engine {
    /// Words that, right after a request's opening, make it a question put politely ("can you tell me
    /// what the logs show?"): the line wants an answer, not something done.
    static let questionRequests: Set<String> = [
        "tell", "explain", "confirm", "say", "describe", "remind", "walk", "show", "let", "see", "think", "find", "clarify",
        "give", "check", "look", "estimate", "guess", "imagine", "recall", "remember", "help", "answer", "update", "brief",
        "agree", "recommend", "suggest", "prefer", "expect", "need", "want", "like", "know", "do", "is", "are",
    ]

    /// How the commander offers to bring someone up to date ("can I brief you now?").
    static let briefingOffers = [
        "can i brief you", "can i update you", "shall i brief you", "should i brief you", "can i give you an update",
        "do you want an update", "want an update", "want a briefing", "do you want a briefing", "can i fill you in",
        "shall i fill you in", "have you got a minute", "got a minute", "do you have a minute",
        "would you like me to brief", "do you want me to brief", "should i brief the board", "shall i brief the board",
        // (blind126 #75: "Can I give you a quick update now on the regulator filing and the fix?" got a recital of his own record.)
        "give you a quick update", "give you a short update", "give you a brief update", "give you a quick briefing", "give you a short briefing",
        "shall i update you", "may i update you",
    ]

    /// Asked to do something that is no shell move ("can you point your team at the document instead of
    /// repeating yourself?", blind29 #51; "can you bring an evidence bag on Friday?", blind28 #78), a person
    /// says they will, in the request's own words turned to theirs; offered a briefing ("can I brief you
    /// now?", blind30 #20), they say how to give it. Nil for a question put as a request, for a task the
    /// shell has a move for (`requestAnswer` answers those), and for someone who must not know.
    /// `watching`: a watch asked for, which may name a trail to watch ("keep a close watch on the audit logs") without
    /// being a read of it.
    func acknowledgement(_ person: Person, question: String, watching: Bool = false) -> String? {
        guard !person.mustNotKnow else { return nil }
        let lowered = question.lowercased().trimmingCharacters(in: .whitespaces)
        if Self.briefingOffers.contains(where: lowered.contains) { return briefingOfferAnswer(person) }
        // "Will you or someone from the board want to attend?" (blind54 #102: "Will do: I'll or someone…").
        if Self.invitations.contains(where: lowered.contains) { return "Thanks, I'll be there." }
        // "Who on your team can collect a workstation?" asks for their hands, not for a fact (blind47 #63).
        // ("Has anyone on your team touched KAI-WS-117 yet?" asks what was done, blind127 #93: only hands offered.)
        let forHands = ["anyone on your team", "anyone in your team", "someone on your team"].contains { phrase in
            lowered.ranges(of: phrase).contains { range in
                !Set(lowered[range.upperBound...].split(separator: " ").prefix(2).map(String.init)).isDisjoint(with: ["can", "could", "available", "free", "able", "spare"])
            }
        }
        if forHands || ["who on your team", "who in your team", "who from your team"].contains(where: lowered.contains) {
            return "Someone on my team can: tell me what, when and where, and I'll put a name on it."
        }
        // "Do you want to review the wording before it goes out?" offers them the review (blind63 #72: "I don't know that").
        if let offer = ["want to ", "like to "].lazy.compactMap({ lowered.range(of: $0) }).first,
           let review = draftReviewRequest(person, request: lowered[offer.upperBound...]) { return review }
        guard let start = Self.requestStart(lowered), watching || Self.requestedTask(lowered) == nil else { return nil }
        // A request that is a shell move is the commander's to order, never a "Will do" that does nothing
        // (blind37 #42: "Will do: I'll cut all of Kai's access at exactly Friday 10:00", and nothing was set).
        // The move is read from the request on ("Kai's account has chat admin. Can you cut all of his access…":
        // the first sentence proposes nothing, blind50 #44); the whole line still says whose it is.
        // Asked to look a draft over, the review is the request, whatever move a later clause names ("can you look over
        // the statement before we publish?" is no call to publish, blind60 #60).
        if let review = draftReviewRequest(person, request: lowered[start...]) { return review }
        // (Read from its task: "…, so please roll out the fix" is `rollout`, blind96 #95: "Will do" and nothing handed over.)
        let leads: Set<String> = ["so", "and", "then", "but", "yes", "ok", "okay", "sure", "please", "also", "just"]
        var task = lowered[start...].drop { !$0.isLetter }
        // The opening's own words are no part of the task ("could you put web-03 under legal hold?" is preserving it: a "Will do"
        // and nothing preserved).
        if let opening = Self.requestOpenings.first(where: { task.hasPrefix($0) }) { task = task.dropFirst(opening.count).drop { !$0.isLetter } }
        while let word = task.split(separator: " ").first, leads.contains(String(word.filter(\.isLetter))) {
            task = task.dropFirst(word.count).drop { !$0.isLetter }
        }
        // A move said with a light verb ("put the web-10 image under chain of custody") is that move (blind102 #72: "Will do",
        // and nothing preserved).
        // ("Please do not delete customer-exports" asks for no move.)
        let refrains = ["do not ", "don't ", "dont ", "never ", "not "].contains(where: task.hasPrefix)
        // (What it comes before is no part of it: "Could you try to get around it … before we roll it out?" asks for the test, blind147
        // #49: 'rollout' offered.)
        task = Self.withoutLaterClause(task)
        let plain = refrains ? String(task) : Self.plainMove(String(task))
        // (The light verb's move first: "put the image of web-05 under chain of custody" is preserving it, not the image it names,
        // blind109 #130: "web-05 is already snapshotted".)
        if let move = (plain == String(task) ? nil : proposedAction(in: plain, words: Self.topicWords(plain)))
            ?? proposedAction(in: String(Self.withoutLaterClause(lowered[start...])), words: Self.topicWords(question))
            ?? proposedAction(in: String(task), words: Self.topicWords(question)) {
            return moveToOrder(move, by: person, question: lowered)
        }
        // "Can you take both of those on?" after a plan of moves asks for the plan's moves (blind74 #56: "Will do: I'll take both
        // of those on", and nothing set).
        // The plan's moves start at its first word that proposes one ("… you disable his account and revoke the token").
        if Self.pointsOnlyBack(lowered[start...]), let plan = Self.fromFirstProposal(lowered[..<start]),
           let move = proposedAction(in: plan, words: Self.topicWords(plan)) {
            return moveToOrder(move, by: person, question: lowered)
        }
        // "would you …" asks for a view ("would you agree…", "would you cut him off now?"), unless it minds.
        let opening = lowered[start...].drop { !$0.isLetter }
        if opening.hasPrefix("would you "), !opening.hasPrefix("would you mind ") { return nil }
        // The request's words after its opening ("can you", "please"), up to the end of its sentence.
        // Read in the commander's own case ("the IOC list"), matched lowered.
        let trimmed = question.trimmingCharacters(in: .whitespaces)
        let offset = lowered.distance(from: lowered.startIndex, to: start)
        guard trimmed.count == lowered.count else { return nil }
        let tokens = trimmed[trimmed.index(trimmed.startIndex, offsetBy: offset)...].split(separator: " ").map(String.init)
            .drop { $0.allSatisfy { !$0.isLetter } || ["and", "but", "so", "then"].contains($0.lowercased()) }
            .drop { Self.openingWords.contains($0.lowercased()) }
        var request: [String] = []
        // "Can we get you to …": the asking, not what is asked.
        // "Go ahead and prepare …" is said back as what they will do: "I'll prepare …" (blind86 #99).
        let asking = tokens.prefix(3).map { $0.lowercased() }
        let opened = asking.starts(with: ["get", "you", "to"]) || asking.starts(with: ["go", "ahead", "and"]) ? tokens.dropFirst(3)
            : asking.starts(with: ["get", "you"]) ? tokens.dropFirst(2) : tokens
        // Their team's hands or someone's ("can your team collect it"): the one who will do it, then what.
        var words = Array(opened)
        let helpers = Self.helpersAsked(words)
        words.removeFirst(helpers.words)
        for (index, word) in words.enumerated() {
            // A question joined on ("…, and how long will it take?") is not part of what they say they will do (blind39 B6).
            let bare = { (at: Int) in words[safe: at]?.lowercased().trimmingCharacters(in: .punctuationCharacters) ?? "" }
            // "Could you drop his admin rights quietly, or would he notice?" asks whether it is wise, not for a
            // "Will do" that echoes the doubt (blind41 #90): no acknowledgement; the view answers it.
            if index > 0, words[index - 1].hasSuffix(","), bare(index) == "or", Self.doubtOpeners.contains(bare(index + 1)) { return nil }
            // After a comma only: "keep an eye on who is asking" is one request.
            if index > 0, words[index - 1].hasSuffix(","),
               Self.questionOpeners.contains(bare(index)) || (["and", "but", "or"].contains(bare(index)) && Self.questionOpeners.contains(bare(index + 1))) {
                request[request.count - 1] = request[request.count - 1].trimmingCharacters(in: CharacterSet(charactersIn: ",;"))
                break
            }
            // A dash opens an aside or an example ("try to get around it - e.g. create a token"): not part of it (blind47 #73).
            if index > 0, ["-", "–", "—", "--"].contains(word) { break }
            request.append(word)
            // A semicolon ends what is asked too: what follows is the commander's reasons (blind50 #56).
            // So does a colon: what follows says why ("please do not delete customer-exports: both keys are revoked", blind73 #106).
            if word.hasSuffix("?") || word.hasSuffix("!") || word.hasSuffix(";") || word.hasSuffix(":")
                || (word.hasSuffix(".") && !Self.abbreviations.contains(word.lowercased())) { break }
        }
        guard let opening = request.first?.trimmingCharacters(in: .punctuationCharacters).lowercased(), request.count >= 2 else { return nil }
        // "can you and Ben try to get around it": what is asked starts after the one joined on.
        let first = opening == "and" && request.count > 2 ? request[2].trimmingCharacters(in: .punctuationCharacters).lowercased() : opening
        // "Could you test Lena's change once it's ready?": testing, rolling out and watching are the commander's
        // moves too, never a "Will do" (blind38 #80: the QA lead said she would, and never tested).
        // "Could you try to get around it?" is a test too (blind44 #95: a "Will do" and no test ever ran).
        let triesToBreak = ["try", "attempt"].contains(first)
            && request.contains { ["around", "break", "bypass", "beat", "defeat", "circumvent"].contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        let retests = Self.retestWords.contains(first) || Self.runsATest(request.joined(separator: " ").lowercased())
        if let verb = triesToBreak || retests ? Verb.test : [Verb.test, .rollout, .monitor].first(where: { $0.spelling == first }) {
            // "Once the fix is in" only while it is not (blind46 #117: said after the fix was in and tested).
            return "Say the word and it is done: '\(verb.spelling)'\(verb == .test && fixUnderTest == nil ? ", once the fix is in" : "")."
        }
        // "can you and hannah have it ready" is "hannah and I will have it ready"; "please don't" is "I won't".
        var subject = helpers.subject ?? "I'll"
        if helpers.subject != nil {
            // Asked for their team's hands, the rest is what the team does.
        } else if opening == "and", request.count > 2 {
            subject = "\(request[1].capitalized) and I will"
            request.removeFirst(2)
        } else if ["don't", "dont"].contains(opening) || (opening == "do" && request.dropFirst().first?.lowercased() == "not") {
            subject = "I won't"
            request.removeFirst(opening == "do" ? 2 : 1)
        } else if Self.questionRequests.contains(opening), Self.asksSomethingOfTheSpeaker(request.dropFirst().first, after: opening) {
            return nil
        }
        let said = Self.turnedToTheSpeaker(request).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "?.!;:, "))
        guard !said.isEmpty else { return nil }
        return "Will do: \(subject) \(sentenceOpeningLowered(said))."
    }

    /// A request's words as they read after "I'll": its first word lowered when the sentence capitalised it ("Keep you
    /// posted" is "keep you posted"), not a name, a day or an acronym.
    func sentenceOpeningLowered(_ said: String) -> String {
        let first = String(said.prefix { $0.isLetter })
        guard let head = first.first, head.isUppercase, first.count > 1, first.dropFirst().allSatisfy(\.isLowercase),
              !peopleByID.values.contains(where: { $0.name.split(separator: " ").contains(Substring(first)) }),
              !["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].contains(first) else { return said }
        return head.lowercased() + said.dropFirst()
    }

    /// The text from its first word that proposes a move on, or nil when no word does.
    static func fromFirstProposal(_ text: Substring) -> String? {
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter else { index = text.index(after: index); continue }
            let end = text[index...].firstIndex { !$0.isLetter && $0 != "-" } ?? text.endIndex
            if proposalWord(String(text[index..<end])) != nil { return String(text[index...]) }
            index = end
        }
        return nil
    }

    /// Whether a request names nothing of its own, only what came before ("can you take both of those on?", "could you
    /// handle that?").
    static func pointsOnlyBack(_ request: Substring) -> Bool {
        let words = request.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map { $0.lowercased() }
        let pointing: Set<String> = ["both", "those", "these", "that", "this", "it", "them", "all"]
        let asking: Set<String> = ["can", "could", "would", "will", "you", "please", "take", "handle", "do", "own", "cover", "on", "of", "for",
                                   "me", "us", "care", "look", "after", "set", "up", "arrange", "sort", "out", "get", "done"]
        return words.contains(where: pointing.contains) && words.allSatisfy { pointing.contains($0) || asking.contains($0) }
    }

    /// Asked to read the statement over ("could you read it once more for tone before we send it?"): that is
    /// `statement review`, a move the shell has, never a "Will do" that does nothing (blind51 #54).
    func draftReviewRequest(_ person: Person, request: Substring) -> String? {
        let words = request.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map { $0.lowercased() }
        let reviewing: Set<String> = ["read", "review", "reread", "re-read", "proofread", "vet", "check", "approve", "clear", "look"]
        guard let verbAt = words.prefix(6).firstIndex(where: reviewing.contains) else { return nil }
        let object = Set(words[verbAt...].prefix(5))
        // The draft named, or "it" read again for its tone ("check it" alone could be anything).
        let named = !object.isDisjoint(with: ["statement", "draft", "wording", "notice"])
        // ("Please look it over for tone", blind148 #35: "Will do" and no review.)
        let again = ["read", "reread", "re-read", "proofread", "review", "look", "check", "vet"].contains(words[verbAt]) && !object.isDisjoint(with: ["it", "this"])
            && !Set(words).isDisjoint(with: ["tone", "wording", "again", "more", "send", "goes", "publish", "publishing", "public", "clear", "line"])
        guard named || (again && state.statementDraft != nil) else { return nil }
        let command = "statement review \(person.id)"
        guard state.statementDraft != nil else {
            return "Once there is a draft ('statement draft \"…\"'), say the word and I'll review it: '\(command)'."
        }
        return "Say the word and it is done: '\(command)'."
    }

    /// Asked to make a move the shell has: the command that makes it (typed for the time the request names,
    /// if it names one), and how to hand it to them.
    /// Several things to cut named in one request ("cut his account and the code-host token at Friday 10:00") are a
    /// command each, each with the time named (blind65 #50: the token was dropped, and the time with the hand-over).
    func moveToOrder(_ move: Action, by person: Person, question: String) -> String {
        let command = Self.commandLine(of: move)
        let words = Self.topicWords(question)
        let cuts = move.object.flatMap { assetsByID[$0] }.flatMap { Self.cuttingVerb(for: $0.kind) } == move.verb
        let also = cuts
            ? knownAssets.filter { asset in
                asset.id != move.object && Self.cuttingVerb(for: asset.kind) != nil && cutOff(asset) == nil
                    && (words.contains(asset.id) || Self.nameOverlap(words, asset.name) >= 2)
            }.compactMap { asset in Self.cuttingVerb(for: asset.kind).map { "\($0.spelling) \(asset.id)" } }
            : []
        let commands = [command] + also
        guard let time = Self.requestedTime(in: question) else {
            let handed = commands.map { "'delegate \(person.id) \($0)'" }
            return "Say the word and it is done: \(Self.series(commands.map { "'\($0)'" })), or hand it to me: \(Self.series(handed))."
        }
        // (A task handed over runs now: a cut set for a time is typed for it.)
        return "Say the word and it is set for then: \(Self.series(commands.map { "'\($0) at \(time)'" }))"
            + (commands.count > 1 ? ", all in the same minute." : ".") + " Now instead: \(Self.series(commands.map { "'\($0)'" }))."
    }

    /// The day and clock time a request names ("at exactly Friday 10:00" is "Fri 10:00"), or nil.
    static func requestedTime(in text: String) -> String? {
        // (A colon after the time is punctuation: "For Friday 10:00: can you cut …", blind124 #46.)
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != ":" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":")) }.filter { !$0.isEmpty }
        // "Everything it did since 09:00" names the stretch to look at, not when to do it (blind82 #25: three reads offered "at 09:00").
        // "The 02:10 VPN session" names a thing by its time, not when to act (blind124 #9: "delegate omar logs dlp-logs at 02:10").
        let period: Set<String> = ["since", "from", "after", "between", "and", "the", "that", "this", "his", "her", "their", "its", "our", "your"]
        guard let time = words.indices.first(where: { index in
            let word = words[index]
            return word.count >= 4 && word.count <= 5 && word.contains(":") && word.allSatisfy { $0.isNumber || $0 == ":" }
                && !(index > words.startIndex && period.contains(words[index - 1]))
        }).map({ words[$0] }) else { return nil }
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        let day = words.lazy.compactMap { word in days.first { word.hasPrefix($0) && (word.count == 3 || word.hasSuffix("day") || word.hasPrefix("tues") || word.hasPrefix("thurs")) } }.first
        // A date or a day said otherwise is no day of the drill's week: "at 10:00 on 25 September" is not today at 10:00 (the attack on
        // stop 59's orders offered 'disable kai-account at 10:00').
        let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                                   "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        if day == nil, !Set(words).isDisjoint(with: months) || text.lowercased().contains("day of") { return nil }
        return ([day.map { $0.prefix(1).uppercased() + $0.dropFirst() }, String(time)].compactMap { $0 }).joined(separator: " ")
    }

    /// Who a request asks to do it, when it is not the person alone ("your team …", "someone …"), and how
    /// many of its first words say so; nil and 0 otherwise.
    static func helpersAsked(_ words: [String]) -> (subject: String?, words: Int) {
        let lowered = words.prefix(2).map { $0.lowercased() }
        if lowered.first == "your", lowered.count == 2, ["team", "people", "staff", "techs", "engineers", "crew"].contains(lowered[1]), words.count > 3 {
            return ("my \(lowered[1]) will", 2)
        }
        if ["someone", "somebody"].contains(lowered.first ?? ""), words.count > 2 { return ("I'll have someone", 1) }
        return (nil, 0)
    }

    /// Whether a request opening with a word of asking ("tell", "check", "answer") wants an answer of the
    /// person: "tell me what…", "check whether…", not "answer the three tickets" (blind48 #78: read as a question).
    static func asksSomethingOfTheSpeaker(_ next: String?, after opening: String) -> Bool {
        guard let next = next?.lowercased().trimmingCharacters(in: .punctuationCharacters) else { return true }
        // "Check whether anything is still trying" is work to do, a look they take (blind49 #96); "check with me" is not.
        if ["check", "see", "find", "look"].contains(opening) { return ["me", "us", "you", "i", "we"].contains(next) }
        return ["me", "us", "what", "how", "why", "when", "where", "who", "which", "whether", "if", "you", "i", "we", "it", "is", "are"].contains(next)
    }

    /// Words ending in a full stop that end no sentence.
    static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "approx.", "a.m.", "p.m.", "incl.", "esp.", "cf."]

    /// Words that open a question joined to a request.
    static let questionOpeners: Set<String> = ["how", "what", "when", "where", "who", "why", "which"]

    /// What opens a doubt joined to a request by "or" ("…, or would he notice?", "…, or is that too early?").
    static let doubtOpeners: Set<String> = ["would", "will", "could", "can", "is", "are", "does", "do", "might", "should", "won't", "wouldn't", "isn't"]

    /// Words that ask for a test to be run again.
    static let retestWords: Set<String> = ["retest", "re-test", "rerun", "re-run"]

    /// Whether a request runs the test ("run the same upload test again", "repeat your test", blind143 #49: a "Will do" that
    /// started no test): a verb of running, then "test" or "exploit" within a few words.
    static func runsATest(_ lowered: String) -> Bool {
        let words = lowered.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let run = words.firstIndex(where: { ["run", "redo", "repeat", "rerun", "re-run"].contains($0) }), run <= 2 else { return false }
        return words[(run + 1)...].prefix(5).contains { ["test", "tests", "exploit"].contains($0) }
    }

    /// The words of a request's opening ("can we get you to").
    /// ("get" only in "can we get you to": "get some sleep" keeps its verb, blind55.)
    static let openingWords: Set<String> = ["can", "could", "would", "will", "you", "please", "please,", "pls", "we", "to", "mind", "yes", "yes,", "ok",
                                            "ok,", "okay", "okay,", "sure", "sure,"]

    /// The words of the commander's request as the person says them back ("your team" is "my team").
    static func turnedToTheSpeaker(_ words: [String]) -> [String] {
        words.indices.map { index in
            let word = words[index]
            let trail = String(word.reversed().prefix { ",;:?.!".contains($0) }.reversed())
            let bare = String(word.dropLast(trail.count))
            // "You" in what was asked is the person asked: "I" before a verb ("when you could have it done"), else "me"
            // (blind54 #80: "tell you roughly when you could have it done").
            if bare.lowercased() == "you" {
                let next = words[safe: index + 1]?.lowercased().trimmingCharacters(in: .punctuationCharacters) ?? ""
                // ("as you proposed", "what you said": a verb in the past, blind89 #70: "as me proposed".)
                let previous = words[safe: index - 1]?.lowercased() ?? ""
                let pastAfterAs = ["as", "what", "like"].contains(previous) && next.count > 3 && next.hasSuffix("ed")
                let asSubject = trail.isEmpty && (subjectVerbs.contains(next) || pastAfterAs || ["said", "told", "wrote", "sent"].contains(next))
                return (asSubject ? "I" : "me") + trail
            }
            let turned = ["your": "my", "yours": "mine", "yourself": "myself", "me": "you", "my": "your", "mine": "yours",
                          "myself": "yourself", "us": "you", "i": "you", "i'm": "you're", "you'd": "I'd", "you're": "I'm", "you'll": "I'll",
                          "you've": "I've"][bare.lowercased()] ?? bare
            return turned + trail
        }
    }

    /// Words after "you" that make it the subject of a verb ("you could", "you need").
    static let subjectVerbs: Set<String> = [
        "could", "can", "will", "would", "should", "have", "had", "need", "think", "know", "see", "find", "get", "do", "did", "might",
        "may", "must", "want", "expect", "plan",
    ]

    /// Offered a briefing: yes, and how (a briefing for leadership, a message for anyone), or that their
    /// last update is recent enough that only what changed since is wanted.
    func briefingOfferAnswer(_ person: Person) -> String {
        let message = "'tell \(person.id) \"…\"'"
        let how = Standpoint(role: person.role, team: person.team) == .leader ? "'brief leadership' tells us all at once, or \(message)" : message
        if updatedRecently(person.id), let at = state.knowledge[person.id]?.updatedAt {
            return "You updated me at \(stamp(at)); only if something changed since: \(how)."
        }
        return "Yes, now: \(how)."
    }

    /// A request without a clause on what it comes before or makes possible ("… before we roll it out", "… so we can redeploy").
    static func withoutLaterClause(_ task: Substring) -> Substring {
        [" before we ", " before you ", " before i ", " before anyone ", ", before ", " so we can ", " so that we ", " so i can "]
            .compactMap { task.range(of: $0)?.lowerBound }.min().map { task[..<$0] } ?? task
    }
}
