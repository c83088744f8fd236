import Foundation

extension Engine {
    /// Words a statement uses to say the adversary's access is ended, said as done.
    static let containmentClaims = ["cut off", "revoked", "disabled", "removed", "no longer has access", "no longer have access",
                                    "locked out", "shut off", "terminated", "closed off"]

    /// A sentence of the statement that says done what is not done yet, and why it is not: the adversary's access said cut
    /// while a way in is still open (or only scheduled), or the regulator said notified before anyone notified it
    /// (blind113 #63, blind116 #106: counsel held that a draft saying "we have cut off the individual's access" still held,
    /// three days before the cut). Nil when every such claim is true.
    func untrueClaim(in statement: String) -> String? {
        let sentences: [String] = Self.sentences(of: statement)
        for sentence in sentences {
            let lowered = " " + sentence.lowercased()
            let past = [" we have ", " we've ", " has been ", " have been ", " was ", " were "].contains(where: lowered.contains)
            // A sentence that says it is not so, or will be, claims nothing done ("we have not yet cut off …; we will on Friday").
            let negated = [" not ", "n't ", " never ", " will ", " yet "].contains(where: lowered.contains)
            guard past, !negated else { continue }
            // Said of the adversary's access ("the individual's access", "his account", "the key"), not of what they took
            // ("customer records were removed from our systems").
            let ofAccess = ["access", "account", "credential", "key", "token", "login"].contains(where: lowered.contains)
            if ofAccess, Self.containmentClaims.contains(where: lowered.contains), state.attackerPresent {
                let open = openWaysIn
                let pending = open.compactMap { id in pendingChange(of: id).map { (id, $0) } }
                let quoted = "\"\(Self.excerpt(sentence.trimmingCharacters(in: .whitespaces), limit: 90))\""
                if !open.isEmpty, pending.count == open.count {
                    let when = pending.map { "\($0.0) \($0.1.phrase)" }
                    return "\(quoted) is not true yet: \(Self.series(when)). Published after that it is; before it, reword it to say it will be."
                }
                return "\(quoted) is not true: \(waysInText(hint: false))."
            }
            if ["notified the", "informed the", "reported it to the", "reported this to the"].contains(where: lowered.contains),
               ["authority", "regulator", "supervisory"].contains(where: lowered.contains), !state.notified.contains(.regulator) {
                return "\"\(Self.excerpt(sentence.trimmingCharacters(in: .whitespaces), limit: 90))\" is not true yet: the regulator has not been notified."
            }
        }
        return nil
    }
}
