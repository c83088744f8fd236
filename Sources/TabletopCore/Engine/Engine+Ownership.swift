extension Engine {
    /// The part of the response each kind of word names, for "who should own …?".
    static let areaWords: [(words: Set<String>, standpoint: Standpoint)] = [
        (["communications", "communication", "comms", "press", "pr", "statement", "media", "reporter", "customer", "customers", "messaging"], .comms),
        (["legal", "regulator", "notification", "notifications", "gdpr", "lawyer", "counsel"], .legal),
        (["hr", "employee", "staff", "personnel"], .people),
        (["forensics", "forensic", "evidence", "logs", "investigation", "analysis"], .analyst),
        (["board", "leadership", "executives", "budget"], .leader),
    ]

    /// Asked who should own a part of the response ("who should own customer communications?"), a
    /// person names the one the trainee knows whose role is that part, or says nobody on the incident
    /// is, and who covers it meanwhile (counsel clears what customers read; the commander owns the
    /// message). Nil for other questions (blind25 #65).
    func whoShouldOwn(_ question: String, words: Set<String>, asked person: Person) -> String? {
        let lowered = question.lowercased()
        guard words.contains("who"), let asked = ["who should", "who would", "who can", "who will", "who is going to"].lazy.compactMap({ lowered.range(of: $0) }).first,
              !words.isDisjoint(with: ["own", "handle", "lead", "run", "take", "do", "write", "draft", "deal"]) else { return nil }
        // The part is what follows "who should …" ("do we have to tell the hospitals whose staff are in the
        // tickets, and who should own that communication?" asks about communication, not staff; blind28 #62).
        let part = Self.topicWords(String(lowered[asked.upperBound...]))
        // The postmortem and its write-up are the commander's (blind42 #107: Marco gave how the key leaked).
        if !part.isDisjoint(with: ["postmortem", "post-mortem", "mortem", "write-up", "writeup", "retrospective", "retro", "lessons"]) {
            let scheduled = watch.decisions(by: .postmortemSchedule, in: state).last.map { " You scheduled it at \(stamp(state.decisions[$0].at)); run it when the time comes." }
            return "You, as commander: the postmortem and its write-up are the commander's to lead, with everyone who took part."
                + (scheduled ?? " Schedule it: postmortem schedule <when>.") + " Each follow-up gets its own owner when you file it (followup \"…\" --owner <name>)."
        }
        guard let area = Self.areaWords.first(where: { !$0.words.isDisjoint(with: part) }) ?? Self.areaWords.first(where: { !$0.words.isDisjoint(with: words) })
        else {
            // No area of the response: the one whose team or role the part names ("your team or Sara's platform team?",
            // blind52 #129: Maya quoted her own question back).
            let teams = knownPeople.filter { other in
                !other.mustNotKnow && other.reachable && part.contains(other.team.lowercased()) && other.team.count >= 3
            }
            guard let owner = teams.first else { return nil }
            return owner.id == person.id ? "My team should: it is our part of this. Tell me what you need (tell \(person.id) \"…\")."
                : "\(owner.name)'s team (\(owner.team)) should: it is theirs to run. Hand it over with a follow-up: followup \"…\" --owner \(owner.id)."
        }
        let fits = knownPeople.filter { !$0.mustNotKnow && $0.reachable && Standpoint(role: $0.role, team: $0.team) == area.standpoint }
        if let owner = fits.first {
            return owner.id == person.id ? "I should: it is my part of this. Tell me what you need (tell \(person.id) \"…\")."
                : "\(owner.name) (\(owner.role)) should: it is their part of this. Bring them in (invite \(owner.id) <channel>) or ask \(owner.id)."
        }
        let counsel = knownPeople.first { !$0.mustNotKnow && $0.reachable && Standpoint(role: $0.role, team: $0.team) == .legal }
        let cover = area.standpoint == .comms ? counsel.map { legal in
            " Until someone is, \(legal.id == person.id ? "I clear" : "\(legal.name) (\(legal.role)) clears") what customers read, and the message is yours as commander."
        } : nil
        return "Nobody on this incident has that as their job yet." + (cover ?? " As commander, it is yours to hand out: delegate it, or take it yourself.")
    }
}
