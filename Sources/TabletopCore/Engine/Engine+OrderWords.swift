extension Engine {
    /// Words that open a task no move of the shell's changes: a read or a look ("pull", "read", "check").
    static let otherTaskWords: Set<String> = Set(["pull", "read", "check", "review", "examine", "inspect", "look", "find"] + coordinatingWords)
    /// How a sentence opens that only asks for the report on an order.
    static let reportOpenings = ["tell me", "let me know", "ping me", "page me", "update me", "report back", "keep me posted", "and tell me",
                                 "then tell me", "call me", "text me", "message me"]

    /// Words of a task that arranges rather than acts ("… now and coordinate the kai-account disable with Grace", attack60 n06:
    /// 'block kai-account').
    static let coordinatingWords = ["coordinate", "arrange", "schedule", "discuss", "align", "agree", "prepare", "organise", "organize"]

    /// A sentence without what it says should have been ("it should have been decommissioned long ago"): a past that did not
    /// happen sets no condition, where "should" alone may ("should Kai object, …"; blind143 #71: the delete held by it).
    static func withoutCounterfactuals(_ sentence: String) -> String {
        var text = sentence
        for phrase in [" should have ", " should've ", " should not have ", " shouldn't have ", " should never have "] {
            text = text.replacingOccurrences(of: phrase, with: " had ")
        }
        return text
    }

    /// Whether a sentence asking for the report waits only for the move itself ("Let me know once it is live.", "Tell me when
    /// it's done."), not for something else ("Let me know once HR is in the room."): no hold on the move (blind145 #10: a quiet
    /// block said for now was held by its "once", and offered on the wrong asset).
    static func reportsOnTheMove(_ sentence: String) -> Bool {
        let words = wordTokens(sentence.lowercased())
        guard let condition = words.firstIndex(where: { ["once", "when", "soon", "moment"].contains($0) }) else { return false }
        let subject = words[(condition + 1)...].first { !["as", "the"].contains($0) } ?? ""
        return ["it", "it's", "that", "that's", "this", "they", "they're", "both", "all", "done", "finished", "complete", "completed"].contains(subject)
    }
}
