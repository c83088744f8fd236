/// What the engine tells the trainee; the shell decides how each looks.
public enum Output: Sendable, Hashable {
    /// The scenario's title and briefing, at the start.
    case briefing(title: String, text: String)
    /// An inject arriving.
    case inject(InjectMessage)
    /// A person answering a question or a page.
    case answer(person: String, name: String, text: String)
    /// What the world says to an action.
    case response(String)
    /// Something the trainee has just learnt.
    case fact(id: String, text: String)
    /// An action that counts as evidence for a runbook step.
    case evidence(step: Int, title: String)
    /// A clock starting, met or running out.
    case clock(ClockNotice)
    /// Neutral narration: time passing, people joining.
    case notice(String)
    /// A warning that costs nothing (a hint refused in assessment mode).
    case warning(String)
    /// A line that was not understood or not possible; nothing was recorded.
    case error(String)
    /// The text of a session command (status, who, timeline, help …).
    case info(String)
    /// The drill has ended.
    case end(DrillEnd)
}

/// An inject as the trainee receives it.
public struct InjectMessage: Sendable, Hashable, Codable {
    /// The inject's id.
    public var id: String
    /// When it arrived, in simulated time since the start.
    public var at: SimDuration
    /// Who it is from, for display.
    public var from: String
    /// How it arrived.
    public var channel: String
    /// The roles it is addressed to; empty for everyone.
    public var to: [String]
    /// What it says.
    public var text: String
    /// The question, at a decision point.
    public var question: String?
    /// The numbered options, at a decision point.
    public var options: [String]
}

/// A change of a clock.
public struct ClockNotice: Sendable, Hashable, Codable {
    /// The clock's id.
    public var id: String
    /// Its label.
    public var label: String
    /// What happened.
    public var event: Event
    /// When it runs out, in simulated time since the start.
    public var deadline: SimDuration
    /// On a start: the moves that meet it (`brief leadership`), when its `stops` is made of moves alone;
    /// nil otherwise and in logs written before it was told (blind39: "EXEC" was never explained).
    public var metBy: [String]? = nil

    /// What can happen to a clock.
    public enum Event: String, Sendable, Hashable, Codable {
        case started, met, expired
    }
}

/// How and when a drill ended.
public struct DrillEnd: Sendable, Hashable, Codable {
    /// The outcome id (`contained`), or `time-limit`.
    public var outcome: String
    /// Good or bad end, or the time ran out.
    public var kind: Kind
    /// When, in simulated time since the start.
    public var at: SimDuration
    /// What the trainee reads.
    public var text: String

    /// The ways a drill ends.
    public enum Kind: String, Sendable, Hashable, Codable {
        case resolved, loss, timeout
        /// The facilitator ended it.
        case stopped
    }
}
