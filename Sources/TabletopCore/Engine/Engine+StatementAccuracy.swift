import Foundation

extension Engine {
    /// Asked whether the statement still holds ("Is our published statement still accurate, or does it need an update?"),
    /// a person reads it against what the team knows now: a denial of what is now known to be taken needs correcting;
    /// else it stands, with what happened since it went out, and when an update is worth it (blind77 #130: "That is done
    /// already: 'statement publish'"). Nil without a statement, for a request, and for someone who must not know.
    func statementAccuracyAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        guard !person.mustNotKnow, let text = state.statementDraft, !Self.isRequest(question),
              !words.isDisjoint(with: ["statement", "notice", "announcement", "wording", "draft"]),
              !words.isDisjoint(with: ["accurate", "inaccurate", "true", "correct", "update", "updated", "updating", "outdated", "stale",
                                       "wrong", "current", "line", "lines", "claim", "claims"])
                // Its content challenged ("it says we have cut off his access, which is only true after 10:00 tomorrow").
                || (words.contains("says") && !words.isDisjoint(with: ["only", "true", "yet", "until", "after"]))
                // "Does it still hold?", not "any reason to hold it back?" (a question on publishing).
                || (!words.isDisjoint(with: ["hold", "holds"]) && words.contains("still"))
        else { return nil }
        let published = watch.decisions(by: .statementPublish, in: state).last.map { state.decisions[$0].at }
        let which = published == nil ? "The draft" : "The statement"
        if dataTakenKnown, let denial = Self.impactDenial(in: text) {
            return "No: \(which.lowercased()) says \"\(Self.excerpt(denial, limit: 100))\", and we now know data was taken. "
                + "It needs correcting: new wording (statement draft \"…\"), reviewed, then published."
        }
        if let untrue = untrueClaim(in: text) {
            return "Not as it stands: \(untrue)"
        }
        let since = published.map { at in
            state.decisions.filter { $0.at > at && Self.newsVerbs.contains($0.action.verb) }.suffix(3).map { "'\($0.raw)' at \(stamp($0.at))" }
        } ?? []
        let went = published.map { " since it went out at \(stamp($0))" } ?? ""
        let news = since.isEmpty ? "Nothing we have done\(went) changes it." : "What happened\(went) (\(Self.series(since))) does not make it wrong."
        return "\(which) still holds as far as I can see: it says \"\(Self.excerpt(text, limit: 110))\" \(news) "
            + "An update is worth it when something changes what customers should know or do, not for every step we take."
    }

    /// Moves that are news to the people a statement speaks to.
    static let newsVerbs: Set<Verb> = [.notify, .revoke, .rotate, .disable, .isolate, .block, .rollout, .shutdown, .redeploy]
}
