extension Engine {
    /// A message whose order to read a log goes on, in the same sentence, to a move of another kind ("please pull the logs of
    /// backup-key now, and revoke backup-key right away too") with that move said as a sentence of its own ("… now. Also revoke
    /// backup-key right away too"): a read takes its whole sentence as what is to be read, so the move was dropped while the
    /// reader said "On it." (blind148 #20). The move is then read as any later order is, with what holds it back.
    static func readThenMoveSplit(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.count == text.count, lowered.contains("log"), readOpenings.contains(where: lowered.contains) else { return text }
        for joint in moveJoints {
            var searchFrom = lowered.startIndex
            while let found = lowered.range(of: joint, range: searchFrom..<lowered.endIndex) {
                searchFrom = found.upperBound
                let before = lowered[..<found.lowerBound]
                // Only where the sentence the joint is in opens on a read of a log.
                let sentenceStart = before.lastIndex(where: { ".!?;".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
                let sentence = before[sentenceStart...]
                guard readOpenings.contains(where: sentence.contains), sentence.contains("log") else { continue }
                var after = lowered[found.upperBound...]
                for filler in ["also ", "please ", "go ahead and "] where after.hasPrefix(filler) { after = after.dropFirst(filler.count) }
                let word = after.prefix { $0.isLetter || $0 == "-" }
                guard let verb = proposalWord(String(word)).flatMap({ proposalVerbs[$0] ?? nil }), splitMoves.contains(verb) else { continue }
                let offset = lowered.distance(from: lowered.startIndex, to: after.startIndex)
                let head = text.prefix(lowered.distance(from: lowered.startIndex, to: found.lowerBound))
                return head + ". Also " + text.dropFirst(offset)
            }
        }
        return text
    }

    /// What opens an order to read a log.
    private static let readOpenings = ["pull the log", "pull the ", "read the log", "read the ", "check the log", "go through the log"]

    /// Where a sentence goes on to a move of its own.
    private static let moveJoints = [", and then ", ", and ", " and then ", ", then ", " and also "]

    /// The moves that are split off a read: changes to an asset, each a task of its own.
    private static let splitMoves: Set<Verb> = [.revoke, .rotate, .disable, .isolate, .block, .snapshot, .preserve, .delete, .clean, .redeploy, .shutdown]
}
