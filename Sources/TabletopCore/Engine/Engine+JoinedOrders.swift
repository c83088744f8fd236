extension Engine {
    /// A message whose order goes on, in the same sentence, to an order of another kind, with that order said as a sentence of its
    /// own: a read and then a move ("please pull the logs of backup-key now, and revoke backup-key right away too": "… now. Also
    /// revoke backup-key right away too"), or a move and then a read ("Please preserve the cloud audit logs now before anything
    /// rotates, then pull what ci-deployer has done in the last 72 hours"). A read takes its whole sentence as what is to be read,
    /// and a move its first clause, so the other was dropped while the reader said "On it." (blind148 #20, #4). The second is then
    /// read as any later order is, with what holds it back.
    static func joinedOrdersSplit(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.count == text.count, moveJoints.contains(where: lowered.contains) else { return text }
        for joint in moveJoints {
            var searchFrom = lowered.startIndex
            while let found = lowered.range(of: joint, range: searchFrom..<lowered.endIndex) {
                searchFrom = found.upperBound
                let before = lowered[..<found.lowerBound]
                let sentenceStart = before.lastIndex(where: { ".!?;".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
                let sentence = String(before[sentenceStart...])
                var after = lowered[found.upperBound...]
                for filler in ["also ", "please ", "go ahead and "] where after.hasPrefix(filler) { after = after.dropFirst(filler.count) }
                let word = String(after.prefix { $0.isLetter || $0 == "-" })
                let reading = readOpenings.contains(where: sentence.contains) && sentence.contains("log")
                let moveAfter = word == "sweep" || proposalWord(word).flatMap({ proposalVerbs[$0] ?? nil }).map(splitMoves.contains) ?? false
                // (A read after a move only where the sentence before is an order of its own: "We could preserve the logs, then pull
                // …" orders nothing.)
                let readAfter = readVerbs.contains(word) && !reading && firstOrder(in: sentence.trimmingCharacters(in: .whitespaces)) != nil
                // (A move after a move on "it" where the sentence before is an order on "it" too: "Snapshot it first, then isolate it."
                // dropped the isolation, blind149 #55; moves on things named are the plural go-ahead's to read.)
                let onIt = moveAfter && [", then ", ", and then "].contains(joint) && sentence.range(of: "\\bit\\b", options: .regularExpression) != nil
                    && !sentence.contains("-") && firstOrder(in: sentence.trimmingCharacters(in: .whitespaces)) != nil
                // (A move said with a light verb after a move: "take a snapshot of the chat workspace and then put it and the engine repo
                // under chain of custody", blind150 #60: 'snapshot engine-repo', the custody dropped.)
                let lightAfter = imperativeLightVerbs.contains(word) && plainMove(String(after)) != String(after)
                    && firstOrder(in: sentence.trimmingCharacters(in: .whitespaces)) != nil
                guard reading && moveAfter || readAfter || onIt || lightAfter else { continue }
                let offset = lowered.distance(from: lowered.startIndex, to: after.startIndex)
                let head = text.prefix(lowered.distance(from: lowered.startIndex, to: found.lowerBound))
                return head + ". Also " + text.dropFirst(offset)
            }
        }
        return text
    }

    /// What opens an order to read a log.
    private static let readOpenings = ["pull the log", "pull the ", "read the log", "read the ", "check the log", "go through the log"]

    /// The verbs of a read said after a move.
    private static let readVerbs: Set<String> = ["pull", "read", "check"]

    /// Where a sentence goes on to an order of its own.
    private static let moveJoints = [", and then ", ", and ", " and then ", ", then ", " and also "]

    /// The moves that are split off a read: changes to an asset, each a task of its own (and a sweep of a fleet, said above).
    private static let splitMoves: Set<Verb> = [.revoke, .rotate, .disable, .isolate, .block, .snapshot, .preserve, .delete, .clean, .redeploy, .shutdown]
}
