/// An event of the master scenario events list: a message, an alert, a call, a question.
public struct Inject: Sendable, Hashable, Codable {
    /// Stable id.
    public var id: String
    /// What makes it fire.
    public var trigger: Trigger
    /// It does not fire while this holds.
    public var unless: Condition?
    /// The cast member who sends it, if any.
    public var from: String?
    /// A sender outside the cast (`anonymous researcher`), when `from` is nil.
    public var sender: String?
    /// How it arrives (`email`, `phone`, `#sec-alerts`, `press`).
    public var channel: String
    /// The roles it is addressed to; empty means everyone.
    public var to: [String]
    /// What the trainee reads.
    public var text: String
    /// Facts it reveals.
    public var reveals: [String]
    /// Changes to the world.
    public var effects: Effects
    /// Runbook step numbers the inject expects the trainee to act on.
    public var expects: [Int]
    /// A question with numbered options, if the inject is a decision point.
    public var decision: DecisionPoint?
    /// A note for the facilitator: what the inject tests.
    public var note: String?
}

/// What makes an inject fire.
public enum Trigger: Sendable, Hashable, Codable {
    /// At a simulated time after the start.
    case at(SimDuration)
    /// A delay after another inject fired.
    case afterInject(String, delay: SimDuration)
    /// A delay after an action matching the pattern.
    case afterAction(ActionPattern, delay: SimDuration)
    /// As soon as the condition holds.
    case when(Condition)
    /// At the deadline, if the step has not been done by then (a contingency inject).
    case contingency(step: Int, by: SimDuration)
}

/// A question at a decision point, answered with `choose <n>`.
public struct DecisionPoint: Sendable, Hashable, Codable {
    /// The question.
    public var question: String
    /// The options, numbered from 1 in this order.
    public var options: [DecisionOption]
    /// How long the asker waits for an answer before acting alone; nil takes the scenario's `question_timeout`.
    public var timeout: SimDuration?
    /// What the asker does when nobody answers in time; nil: they stop asking and nothing else changes.
    public var onTimeout: TimeoutOutcome?

    /// Creates a decision point.
    public init(question: String, options: [DecisionOption], timeout: SimDuration? = nil, onTimeout: TimeoutOutcome? = nil) {
        self.question = question
        self.options = options
        self.timeout = timeout
        self.onTimeout = onTimeout
    }
}

/// What the person who asked does on their own when a question is not answered in time.
public struct TimeoutOutcome: Sendable, Hashable, Codable {
    /// The option they take, numbered from 1 as the author wrote them.
    public var option: Int
    /// What the trainee reads.
    public var outcome: String
    /// Changes to the world.
    public var effects: Effects
}

/// One option at a decision point.
public struct DecisionOption: Sendable, Hashable, Codable {
    /// What the option says.
    public var text: String
    /// What the world answers when it is chosen.
    public var outcome: String?
    /// Facts it reveals.
    public var reveals: [String]
    /// Changes to the world.
    public var effects: Effects
    /// Runbook steps this choice is evidence for.
    public var steps: [Int]
    /// Points added (or, when negative, taken) by the scorer.
    public var points: Int
    /// The scoring note shown in the debrief.
    public var note: String?
}

/// Changes to the world that injects, answers, options and responses can make.
public struct Effects: Sendable, Hashable, Codable {
    /// The correct severity is at least this from now on.
    public var severityFloor: Severity?
    /// States assets take on (`export-bucket: [deleted]`), in file order.
    public var assets: [AssetStateChange]
    /// Assets that become compromised.
    public var compromise: [String]
    /// Assets that become exposed.
    public var expose: [String]
    /// Whether the attacker gains (true) or loses (false) access; nil leaves it.
    public var attackerPresent: Bool?
    /// Ends the drill with this outcome.
    public var end: String?

    /// No change at all.
    public static let none = Effects(severityFloor: nil, assets: [], compromise: [], expose: [], attackerPresent: nil, end: nil)

    /// Whether the effects change nothing.
    public var isEmpty: Bool { self == .none }
}

/// An asset taking on a state through an effect.
public struct AssetStateChange: Sendable, Hashable, Codable {
    /// The asset's id.
    public var asset: String
    /// The state it takes on.
    public var state: AssetState
}

/// What the world says to an action.
public struct Response: Sendable, Hashable, Codable {
    /// The actions it answers.
    public var on: ActionPattern
    /// Only while this holds; always when nil.
    public var when: Condition?
    /// What the trainee reads.
    public var text: String
    /// Facts it reveals.
    public var reveals: [String]
    /// Changes to the world.
    public var effects: Effects
    /// Overrides the action's time cost.
    public var cost: SimDuration?
    /// When the action the response answers takes effect, if it is arranged for later (`scheduled:
    /// "Fri 10:00"`): until then it is pending (conditions, clocks and scoring do not see its asset
    /// state, people and asset cards call it scheduled), and at that time the engine carries it out
    /// with the response's effects. Nil: done now.
    public var scheduled: SimDuration?
}
