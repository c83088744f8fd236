extension Engine {
    /// Words in an order that make it wait or undo it: "Isolate web-10 once the snapshot is done" is no order for now.
    static let imperativeHolds = [" once ", " after ", " when ", " if ", " before ", " until ", " unless ", " yet", " not ", "n't ", " nothing", " no "]

    /// Where a sentence of the message opens on a move said as an order ("Snapshot web-10 now.", "Put the image of web-03
    /// under chain of custody."): its first word is a move someone can be handed (a change, a read, a look), or a light verb
    /// with one ("put … under chain of custody"), and nothing in the sentence makes it wait. Nil otherwise.
    ///
    /// Blind plays said orders plainly as a commander does and got "Got it, thanks." with nothing taken on.
    static func imperativeOpening(in lowered: String) -> String.Index? {
        var start = lowered.startIndex
        while start < lowered.endIndex {
            let end = lowered[start...].firstIndex { ".!?;".contains($0) } ?? lowered.endIndex
            let sentence = lowered[start..<end]
            if ordersAMove(sentence) { return start }
            guard end < lowered.endIndex else { break }
            start = lowered[lowered.index(after: end)...].firstIndex { !$0.isWhitespace } ?? lowered.endIndex
        }
        return nil
    }

    /// Whether a sentence opens on a move to hand over, with nothing that holds it back.
    private static func ordersAMove(_ sentence: Substring) -> Bool {
        let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let first = words.first,
              // "Look, …" or "Check: …" opens a remark, not an order.
              sentence.dropFirst(first.count).first.map({ $0 == " " }) ?? false else { return false }
        let padded = " " + sentence + " "
        guard !imperativeHolds.contains(where: padded.contains) else { return false }
        // A change the person can make ("isolate", "snapshot"), or a read or a look ("pull the logs", "check web-10"); never a
        // fix in the commander's words ("fix the uploader"), which stays a request to hand over.
        let change = proposalWord(first).flatMap { proposalVerbs[$0] ?? nil }.map { $0.isDelegable && $0 != .fix } ?? false
        let read = requestVerbs.contains { [.logs, .inspect, .snapshot, .preserve].contains($0.verb) && $0.words.contains(first) } && first != "hold"
        return change || read || lightVerbs.contains(first) && plainMove(String(sentence)) != String(sentence)
    }
}
