/// A member of a scenario's cast.
public struct Person: Sendable, Hashable, Codable {
    /// Stable id used in commands (`ask dana …`).
    public var id: String
    /// Full name.
    public var name: String
    /// Job title or function (`SRE on-call`).
    public var role: String
    /// Team (`platform`).
    public var team: String
    /// Whether a page or message reaches them at all.
    public var reachable: Bool
    /// How long they take to respond once paged.
    public var responseTime: SimDuration
    /// Must not learn of the investigation (the suspect, or someone who would warn them).
    public var mustNotKnow: Bool
    /// Whether the trainee knows of them from the start (otherwise a fact reveals them).
    public var known: Bool
    /// The fact that makes them known, when `known` is false.
    public var revealedBy: String?
    /// What they answer when asked about a topic, first match wins.
    public var answers: [Answer]
    /// What they say when asked about anything else.
    public var defaultAnswer: String
    /// What they say instead of `defaultAnswer` while an update from the commander is fresh (within
    /// the scenario's `update_interval`), so that someone just briefed does not ask again.
    public var briefedAnswer: String? = nil
}

/// An answer a person gives about a topic.
public struct Answer: Sendable, Hashable, Codable {
    /// Words any of which selects this answer (`logs`, `access`).
    public var topics: [String]
    /// Only while this holds; always when nil.
    public var when: Condition?
    /// What they say.
    public var text: String
    /// Facts the answer reveals.
    public var reveals: [String]
    /// Changes to the world.
    public var effects: Effects
    /// Only once the person knows every one of these facts (told, briefed, seen in a channel).
    public var knows: [String] = []
    /// Not once the person knows any of these facts: the answer has gone stale.
    public var unlessKnows: [String] = []
}
