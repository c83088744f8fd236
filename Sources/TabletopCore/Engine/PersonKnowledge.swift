/// What one person of the cast has been told or has seen during the drill, so that their answers
/// follow what has happened rather than only the words of the question.
public struct PersonKnowledge: Sendable, Hashable, Codable {
    /// Facts they learnt explicitly (told, briefed, found themselves), in order.
    public var facts: [String] = []
    /// When the commander last updated them (a message, a briefing, a post in their channel).
    public var updatedAt: SimDuration?
    /// What they were told in words (`tell`), in order.
    public var messages: [String] = []
    /// When they last gave the commander their update (`ask <person> update`): their next one
    /// starts from there.
    public var reportedAt: SimDuration?
    /// The facts they knew when they last gave that update: their next one tells only facts after them.
    public var reportedFacts: [String]?
    /// How the commander last reached them, in their words ("You added me to #ir-private"): an
    /// invitation or a page is not an update, and they do not call it one. Nil: they were told.
    public var contact: String?

    /// Nothing known yet.
    public init() {}
}

/// A task handed to a person with `delegate`: it runs on their time and they report back.
public struct DelegatedTask: Sendable, Hashable, Codable {
    /// The person doing it.
    public var person: String
    /// The command as typed after the person (`logs audit-logs`).
    public var line: String
    /// The index of the `delegate` decision in the decision log.
    public var decision: Int
    /// When the person reports back.
    public var due: SimDuration
    /// Whether they have reported back.
    public var done = false
    /// Whether they reported that something blocked it (then it had no effect).
    public var blocked = false
    /// What the commander asked when the task is theirs to shape (a bare `fix`: "fix, what to change
    /// being my call"), so that their own fix is never quoted back as the commander's order.
    public var asked: String?
}
