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
}
