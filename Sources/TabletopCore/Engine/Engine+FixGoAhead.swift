import Foundation

/// Go-aheads said in a message that name what to do: the fix its reader proposed, or a move the shell makes.
extension Engine {
    /// "Go ahead: move CI to short-lived credentials…" to the one who proposed that fix is the fix handed to them: the
    /// command that hands it over, never "Got it, thanks" and nothing started (blind57 #52).
    func fixGoAhead(_ person: Person, _ text: String) -> String? {
        fixGoAheadPlan(person, text).map { "Say the word and it is done: 'delegate \(person.id) fix \"\($0)\"', and I report back when it is ready for testing." }
    }

    /// The fix a go-ahead gives the one who proposed a fix, in the commander's words up to the end of its sentence.
    /// The proposal is their answer on the fix, or the fix they said they would build (blind83 #64: the identity admin's
    /// own proposal, given the go-ahead in its words, got a "Will do" and nothing handed over).
    func fixGoAheadPlan(_ person: Person, _ text: String) -> String? {
        let lowered = text.lowercased()
        guard let opening = ["go ahead:", "go ahead and", "go ahead with", "go ahead,", "please go ahead"].compactMap({ lowered.range(of: $0) }).first
        else { return nil }
        let plan = person.answers.first(where: { $0.topics.contains("fix") })?.text ?? personsFix(person)
        let rest = String(text[opening.upperBound...]).trimmingWhitespaceAndNewlines()
        // A move the shell makes ("go ahead and redeploy web-03 …") is no fix to build (blind61 #123), nor is a task asked
        // ("go ahead and pull the logs for web-03 …", blind87 #17: a two-hour fix of reading logs, later credited as the fix),
        // and "extend your fix: …" is their fix with an addition (`changeInTheirHands`).
        if let first = rest.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init),
           Self.extendingWords.contains(first) || (Self.proposalVerbs[first] ?? nil).map({ $0 != .fix }) == true
            || Self.requestVerbs.contains(where: { $0.verb != .fix && $0.words.contains(first) }) { return nil }
        // Up to the end of its sentence (a full stop before a space: "deploy/env.yml" stays whole).
        let end = [". ", "! ", "? "].compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
        let what = String(rest[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,:;.!?\""))
        // "Go ahead with that fix, and please also make …": their proposal as they put it, with what is added (blind85 #60: a
        // "Will do" for the addition, and nothing handed over).
        let asked = what.lowercased()
        // "Go ahead with this fix: code-host tokens tied to SSO …" gives the fix after the colon, in the commander's words
        // (blind96 #59: their own proposal was handed over instead, and the test judged it).
        if let reference = Self.fixReferences.first(where: { asked.hasPrefix($0) }), asked.count == what.count,
           let colon = what.firstIndex(of: ":") {
            // "Go ahead with this fix as well: …" adds to the fix they have (blind124 #90: "Will do" and nothing handed over).
            let between = asked[asked.index(asked.startIndex, offsetBy: reference.count)..<asked.index(asked.startIndex, offsetBy: what.distance(from: what.startIndex, to: colon))]
                .split(separator: " ").map(String.init)
            let given = what[what.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // An engineer or analyst told it builds it, their own proposal or not (blind98 #47: "Got it, thanks" and nothing
            // handed over); counsel, comms and leaders build no fix of their own. HR builds a change to how people are handled
            // ("Go ahead with this fix: when anyone resigns, HR tells security the same day; …", blind139 #76: "Got it, thanks").
            let builds = plan != nil || [.analyst, .other, .people].contains(Standpoint(role: person.role, team: person.team))
            if builds, given.split(separator: " ").count >= 3, between.allSatisfy(Self.addingWords.contains) {
                let base = between.isEmpty ? nil : currentFix(of: person)
                return (base.map { $0 + "; " } ?? "") + Self.fixInOwnWords(given)
            }
        }
        guard let plan, !cutNotFix(what) else { return nil }
        if Self.fixReferences.contains(where: { asked.hasPrefix($0) }), asked.count == what.count {
            let proposal = Self.proposal(plan).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            let addition = asked.range(of: " also ").map { also in
                String(what[what.index(what.startIndex, offsetBy: asked.distance(from: asked.startIndex, to: also.upperBound))...])
            } ?? ""
            return proposal + (addition.split(separator: " ").count >= 3 ? "; " + addition : "")
        }
        guard Self.topicWords(plan).intersection(Self.distinctiveQuestionWords(Self.topicWords(what))).count >= 2 else { return nil }
        return Self.fixInOwnWords(what) + Self.fixAdditions(String(rest[end...].dropFirst())).map { "; " + $0 }.joined()
    }

    /// The sentences after a fix's go-ahead that add to it ("… Also make personal access tokens expire and die with the SSO
    /// account.", blind136 #58: dropped, and the fix built without it): each that opens with "also" or "plus", up to one that
    /// orders a move of the shell.
    static func fixAdditions(_ after: String) -> [String] {
        var additions: [String] = []
        for sentence in Self.sentences(of: after) as [String] {
            let lowered = sentence.lowercased()
            guard let opener = ["and also ", "also, ", "also ", "plus, ", "plus "].first(where: lowered.hasPrefix) else { break }
            let addition = String(sentence.dropFirst(opener.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,:;.!?\""))
            let first = addition.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
            guard (proposalVerbs[first] ?? nil).map({ $0 == .fix }) ?? true, addition.split(separator: " ").count >= 3 else { break }
            additions.append(fixInOwnWords(addition))
        }
        return additions
    }

    /// A fix in the commander's words without what only speaks to the listener: a report asked for (", and tell me
    /// when it is ready"), a nod to who proposed it (", as you proposed") or "now" at its end (blind98 #49: the fix was
    /// recorded as "narrow the ci-deployer role now, as you proposed").
    static func fixInOwnWords(_ what: String) -> String {
        var text = what
        let lowered = { text.lowercased() }
        if let cut = Self.reportBackWords.compactMap({ lowered().range(of: $0)?.lowerBound }).min() {
            text = String(text[..<cut])
        }
        let endings = [", as you proposed", ", as you suggested", ", as you said", ", as discussed", ", as agreed", " as you proposed", " as you suggested",
                       " right away", " right now", " now", " please", ","]
        while let ending = endings.first(where: { lowered().hasSuffix($0) }), text.count > ending.count {
            text = String(text.dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// What someone would build, from their report on a fix: its sentences but the one saying it is ready for testing.
    static func proposal(_ report: String) -> String {
        sentences(of: report).filter { !$0.lowercased().hasPrefix("ready for") }.joined(separator: " ")
    }

    /// How a go-ahead names the fix its reader proposed ("go ahead with that fix").
    /// Words between "this fix" and its colon that make what follows an addition to the fix they have ("as well", "too").
    static let addingWords: Set<String> = ["as", "well", "too", "also"]

    /// The fix a person has in hand: as handed to them (`delegate dana fix "…"`), else as they reported it; nil for none.
    func currentFix(of person: Person) -> String? {
        let handed = state.tasks.last { $0.person == person.id && $0.line.hasPrefix("fix ") }
            .flatMap { task -> String? in if case .success(let action?) = ActionParser.parseAction(task.line) { action.text } else { nil } }
        return (handed ?? fixesDelivered(by: person).last?.text).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .;")) }
    }

    static let fixReferences = ["that fix", "your fix", "the fix", "this fix", "that plan", "your plan", "the plan", "that change", "your change",
                                "that proposal", "your proposal"]

    /// "Go ahead and file it with the regulator": a go-ahead on a move the shell makes is the commander's own to
    /// make, and the reply says the command, never "Got it, thanks" and nothing filed (blind58 #49).
    /// One the person can do for the commander is offered as the tasks that hand it over ("go ahead and redeploy web-03,
    /// web-10 and web-02", blind61 #123: it was taken for a fix to build).
    func moveGoAhead(_ person: Person, _ text: String) -> String? {
        let lowered = text.lowercased()
        guard let opening = ["go ahead and ", "go ahead with ", "go ahead: ", "go ahead, ", "please proceed with ", "proceed with ", "go ahead",
                             "you have my go", "green light", "do it", "please "].lazy.compactMap({ lowered.range(of: $0) }).first else { return nil }
        // Moves on "both" or "them" first, whatever the line's first proposal is ("Please snapshot both and then isolate them, the
        // same way you did web-03", blind87 #29: "web-03 is already snapshotted").
        if let several = pluralGoAhead(person, text, after: opening.upperBound) { return several }
        // "Please review it and clear it before we publish" asks for the review, not the publishing a later clause names
        // (blind94 #58: "It goes in your name: 'statement publish' makes it so now", an unreviewed publish, a hard fail).
        if let review = draftReviewRequest(person, request: lowered[opening.upperBound...]) { return review }
        // (Not a move in what it comes before: "Please try to get around the fix before we roll it out.", blind147 #49.)
        let own = String(lowered[..<opening.upperBound] + Self.withoutLaterClause(lowered[opening.upperBound...]))
        guard let action = proposedAction(in: own, words: Self.topicWords(own)), action.verb != .tell else {
            // "Go ahead and revoke kai-tokens": a move on a name not known is asked about, not taken for another (review of stop 54).
            if Self.fromFirstProposal(lowered[opening.upperBound...]) != nil, let name = unknownIDSaid(in: text) { return unknownIDAnswer(name) }
            return nil
        }
        if let done = alreadyDone(action) { return done }
        let rest = String(lowered[opening.upperBound...])
        if action.verb.isDelegable, let handed = requestAnswer(person, question: "please " + rest, words: Self.topicWords(rest)) { return handed }
        let command = Self.commandLine(of: action)
        // (blind60 #39: "say the word and I file it", then the word said, and the filing handed back.)
        if action.verb.isDelegable {
            return "On it, once it is on record: 'delegate \(person.id) \(command)' and I do it now, or '\(command)' yourself."
        }
        return "Understood. It goes in your name: '\(command)' makes it so now."
    }

    /// A change to make, said after the go-ahead to someone who builds and runs things ("make personal access tokens
    /// require single sign-on so they die with the account"), as their fix in the commander's words up to the end of the
    /// sentence; nil for counsel, comms and leaders, and for anything short or not opening with a verb of change.
    func changeInTheirHands(_ person: Person, rest said: String) -> String? {
        guard ![.legal, .comms, .leader].contains(Standpoint(role: person.role, team: person.team)) else { return nil }
        let rest = said.trimmingWhitespaceAndNewlines()
        let end = [". ", "! ", "? "].compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
        let what = String(rest[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,:;.!?\""))
        let words = what.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        let changing: Set<String> = ["make", "require", "narrow", "restrict", "enforce", "change", "set", "configure", "add", "enable", "limit",
                                     "tighten", "move", "switch", "upgrade", "patch", "build", "deploy", "remove", "turn", "harden"]
        guard words.count >= 5, let first = words.first, !cutNotFix(what) else { return nil }
        // "Extend your fix: no standing admin rights …": their fix as it stands, with the addition (blind76 #103: a "Will do"
        // and nothing handed over).
        if Self.extendingWords.contains(String(first)), let colon = what.firstIndex(of: ":") {
            let addition = what[what.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard addition.split(separator: " ").count >= 3 else { return nil }
            let base = currentFix(of: person).map { $0 + "; " } ?? ""
            return "fix \"\((base + addition).replacingOccurrences(of: "\"", with: "'"))\""
        }
        guard changing.contains(String(first)) else { return nil }
        return "fix \"\(Self.fixInOwnWords(what).replacingOccurrences(of: "\"", with: "'"))\""
    }

    /// Whether a change is a cut rather than a fix to build: set for a time, or made to the suspect's access ("go ahead and
    /// remove Kai's chat admin role at Fri 10:00", blind132 #50: taken on as a fix, and scored as the runbook's fix step).
    func cutNotFix(_ what: String) -> Bool {
        // (Of his own things: a fix may name him as the case it closes, "so that no leaver like Kai keeps admin rights".)
        let lowered = what.lowercased().replacingOccurrences(of: "’", with: "'")
        let suspects = scenario.cast.filter(\.mustNotKnow).map { Self.firstName($0).lowercased() }
        return Self.timeSaid(in: what) != nil || suspects.contains { lowered.contains($0 + "'s ") }
    }

    /// The words that open an addition to a fix already proposed ("extend your fix: …").
    static let extendingWords: Set<String> = ["extend", "amend", "expand", "broaden", "widen", "update"]
}
