extension Engine {
    /// Words of a question about evidence that may end up with the police or in court.
    static let custodyWords: Set<String> = ["custody", "police", "court", "admissible", "prosecution", "prosecute", "forensic", "evidential"]

    /// Asked by the commander whether evidence needs a chain of custody ("do we need chain of custody on the
    /// snapshots of web-10, web-02 and report-01 in case this goes to the police?"), counsel answers as
    /// counsel, from what has been taken and kept: what is already under chain of custody, and what is only
    /// snapshotted and needs `preserve` (blind29 #140: the question was sent to the host's owner instead).
    /// Nil for anyone who is not counsel and for other questions.
    func custodyAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard Standpoint(role: person.role, team: person.team) == .legal, Self.asksAboutEvidence(words) || Self.asksForLegalHold(question) else { return nil }
        let named = knownAssets.filter { words.contains($0.id) }
        let considered = named.isEmpty ? knownAssets.filter { state.asset($0.id, is: .snapshotted) || state.asset($0.id, is: .preserved) } : named
        let kept = considered.filter { state.asset($0.id, is: .preserved) }.map(\.id)
        let onlyImaged = considered.filter { state.asset($0.id, is: .snapshotted) && !state.asset($0.id, is: .preserved) }.map(\.id)
        let neither = named.filter { !state.asset($0.id, is: .snapshotted) && !state.asset($0.id, is: .preserved) }.map(\.id)
        var parts = ["Yes: anything that may go to the police or a court needs a record of who took it, its hash and who has handled it since, kept read-only."]
        if !kept.isEmpty { parts.append("\(Self.series(kept)) \(kept.count == 1 ? "is" : "are") already under chain of custody.") }
        if !onlyImaged.isEmpty {
            parts.append("\(Self.series(onlyImaged)) \(onlyImaged.count == 1 ? "is" : "are") imaged but not yet under custody: "
                         + Self.series(onlyImaged.map { "'preserve \($0)'" }) + ".")
        }
        if !neither.isEmpty { parts.append("Nothing of \(Self.series(neither)) is kept yet: image it first, then preserve it.") }
        if kept.isEmpty, onlyImaged.isEmpty, neither.isEmpty { parts.append("Nothing is imaged or preserved yet: 'snapshot' what holds the traces, then 'preserve' it.") }
        return parts.joined(separator: " ")
    }

    /// Whether a question asks how evidence is kept: chain of custody, or the police or a court together with what is
    /// kept for them ("the snapshots", "the logs"). Not the police alone: "can you contact the police cyber unit today?"
    /// and "has the police come back to you?" got the chain-of-custody line (blind107 #52, #126).
    static func asksAboutEvidence(_ words: Set<String>) -> Bool {
        guard !words.isDisjoint(with: custodyWords) else { return false }
        return !words.isDisjoint(with: ["custody", "admissible", "evidential"]) || !words.isDisjoint(with: evidenceWords)
    }

    /// Words for what is kept as evidence.
    static let evidenceWords: Set<String> = ["evidence", "snapshot", "snapshots", "image", "images", "imaged", "logs", "log", "hash", "hashes",
                                             "copy", "copies", "keep", "kept", "preserve", "preserved", "handle", "handled", "handling", "record", "records",
                                             "email", "e-mail", "headers", "artefact", "artefacts", "artifact", "artifacts", "disk", "disks"]

    /// Whether a question speaks of a legal hold on evidence ("a formal legal hold", "litigation hold"), not of holding
    /// something back ("is there any legal reason to hold the statement back?", blind72 #69: chain of custody instead).
    static func asksForLegalHold(_ question: String) -> Bool {
        let lowered = question.lowercased()
        return ["legal hold", "litigation hold", "preservation hold", "evidence hold"].contains { lowered.contains($0) }
    }
}
