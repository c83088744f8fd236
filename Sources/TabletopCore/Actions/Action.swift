/// One shell line understood: a verb and its arguments, before it is checked against the drill's state.
public struct Action: Sendable, Hashable, Codable {
    /// The verb (written to logs and saved states as its id: `isolate`, `doc-create`).
    public var verb: Verb
    /// The main object: a person, asset, channel, audience, section, indicator or severity.
    public var object: String?
    /// Free text: a message, a reason, a summary, a topic.
    public var text: String?
    /// A channel named as a second argument (`invite dana #incident-private`).
    public var channel: String?
    /// A duration argument (`wait 30m`, `monitor 2h`).
    public var duration: SimDuration?
    /// A local time instead of a duration (`wait until 18:00`), or when to act (`statement publish at 17:30`).
    public var until: LocalTime?
    /// An option number (`choose 2`).
    public var choice: Int?
    /// `--owner X` of `followup`.
    public var owner: String?
    /// `--signal` of `channel`: an out-of-band group.
    public var outOfBand: Bool

    /// Creates an action.
    public init(verb: Verb, object: String? = nil, text: String? = nil, channel: String? = nil,
                duration: SimDuration? = nil, until: LocalTime? = nil, choice: Int? = nil, owner: String? = nil,
                outOfBand: Bool = false) {
        self.verb = verb
        self.until = until
        self.object = object
        self.text = text
        self.channel = channel
        self.duration = duration
        self.choice = choice
        self.owner = owner
        self.outOfBand = outOfBand
    }
}

/// A shell line parsed: who typed it (from an `@name` prefix) and the action.
public struct ParsedLine: Sendable, Hashable, Codable {
    /// The player named by `@name`, if the line started with one.
    public var actor: String?
    /// The action.
    public var action: Action
}

/// Why a shell line was not understood; shown to the trainee as one line, and nothing is recorded.
public struct InputError: Error, Sendable, Hashable, Codable {
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an input error.
    public init(_ message: String) { self.message = message }
}
