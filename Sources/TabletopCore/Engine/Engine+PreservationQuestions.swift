extension Engine {
    /// Words that ask about keeping evidence.
    static let preservationWords: Set<String> = ["preserve", "preserved", "preserving", "preservation", "evidence"]

    /// Asked what evidence still needs keeping ("what evidence do we still need to preserve before anything
    /// changes?"), a person lists the known assets that hold evidence and are not held yet, with the command,
    /// and those already held, with when. Nil for other questions, for counsel asked about custody (their
    /// own answer), for a request to preserve something, and for someone who must not know.
    ///
    /// Blind40 #46: the analyst asked this gave the root cause.
    func preservationAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "Can you preserve the audit logs?" asks them to do it: a request, answered as one.
        // Asked in the question's own sentences: "Audit logs are preserved now. Would revoking ci-key break any deploys, and is
        // there anything else the attacker could use?" asks nothing of what to keep (blind80 #21).
        // Not what only sets the scene ("what would it cost to rebuild them, now that they are snapshotted and preserved?",
        // blind89 #100: what is held was listed).
        let asked = Self.topicWords(Self.withoutSceneSetting(Self.questionSentences(question).joined(separator: " ")))
        guard !person.mustNotKnow, !Self.isRequest(question), !asked.isDisjoint(with: Self.preservationWords),
              !asked.isDisjoint(with: ["what", "which", "still", "need", "anything", "else", "left"]),
              Standpoint(role: person.role, team: person.team) != .legal || words.isDisjoint(with: Self.custodyWords) else { return nil }
        let holders: Set<AssetKind> = [.host, .bucket, .database, .repository, .dataset, .evidence, .device]
        let evidence = knownAssets.filter { asset in
            // A key's or an account's trail is kept in the audit logs, not in the key.
            (holders.contains(asset.kind) || (asset.logs != nil && ![.credential, .account, .indicator].contains(asset.kind)))
                && !state.asset(asset.id, is: .deleted) && !state.asset(asset.id, is: .redeployed)
        }
        guard !evidence.isEmpty else { return nil }
        let held = evidence.filter { state.asset($0.id, is: .preserved) }
        let toKeep = evidence.filter { !state.asset($0.id, is: .preserved) }.map { asset in
            state.asset(asset.id, is: .snapshotted) ? "\(asset.id), imaged but not yet held (preserve \(asset.id))" : "\(asset.id) (preserve \(asset.id))"
        }
        let heldSince = held.map { asset in
            state.assetChanges.last { $0.asset == asset.id && $0.state == .preserved }.map { "\(asset.id) since \(stamp($0.at))" } ?? asset.id
        }
        let heldLine = held.isEmpty ? "" : " Already held: \(Self.series(heldSince))."
        guard !toKeep.isEmpty else { return "Everything we know of that holds evidence is held.\(heldLine)" }
        return "Still to keep before anything changes: \(Self.series(Array(toKeep.prefix(5)))).\(heldLine)"
    }
}
