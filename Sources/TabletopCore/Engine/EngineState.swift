/// Everything a drill has become: one value, so it can be saved, compared and rebuilt from the log.
public struct EngineState: Sendable, Hashable, Codable {
    /// The version of this shape; a saved state of a newer version is refused.
    public static let currentFormatVersion = 1

    /// The shape's version.
    public var formatVersion = EngineState.currentFormatVersion
    /// Simulated time since the start.
    public var clock = SimDuration.zero
    /// Whether `start()` has run.
    public var started = false
    /// In a team drill working in parallel, who is busy until when (nil in every other drill, and in states
    /// saved before it existed).
    public var busy: [ParticipantBusy]?
    /// The level the trainee declared last.
    public var declaredSeverity: Severity?
    /// Every declaration, in order.
    public var severityLog: [SeverityDeclaration] = []
    /// What the severity matrix rates, each time it changed; the scorer turns it into the correct level.
    public var severityInputs: [SeverityInputs] = []
    /// Raised by effects: the correct level is at least this.
    public var severityFloor: Severity?
    /// The incident commander: a player's name or a person's id.
    public var commander: String?
    /// Facts learnt, in order.
    public var facts: [String] = []
    /// Injects delivered, in order.
    public var fired: [FiredInject] = []
    /// Injects that were due but dropped because their `unless` held.
    public var dropped: [String] = []
    /// Events waiting on the simulated clock, earliest first.
    public var queue = EventQueue()
    /// Tie-breaker for events scheduled at the same time: first scheduled, first served.
    public var nextSequence = 0
    /// States of assets by id (look-ups only; output follows the scenario's order).
    public var assetStates: [String: [AssetState]] = [:]
    /// When each asset state was taken on during the drill, and who brought it about, in order:
    /// what `inspect` and a repeated action say ("already isolated since 10:20").
    public var assetChanges: [AssetChange] = []
    /// States of people by id.
    public var personStates: [String: [PersonState]] = [:]
    /// Channels, declared and opened, in order.
    public var channels: [ChannelStatus] = []
    /// Stakeholder groups notified, in order.
    public var notified: [Audience] = []
    /// Clocks by id.
    public var clocks: [String: ClockStatus] = [:]
    /// Whether the adversary still has access.
    public var attackerPresent = false
    /// When the adversary last lost access: nil while they have it, and when they never lost it.
    public var attackerOutAt: SimDuration? = nil
    /// Decision points waiting for `choose`, oldest first.
    public var pendingDecisions: [String] = []
    /// Options chosen, by decision point.
    public var choices: [MadeChoice] = []
    /// Questions nobody answered in time, whose askers acted alone, in order.
    public var timedOut: [TimedOutQuestion] = []
    /// The decision log.
    public var decisions = DecisionLog()
    /// Evidence for runbook steps, in order.
    public var evidence: [StepEvidence] = []
    /// The scenario's step criteria that have come to hold, in order.
    public var criteriaMet: [CriterionMet] = []
    /// Moves of the scenario's ideal path that have come to hold, in order.
    public var idealMet: [IdealMet] = []
    /// Traps sprung, in order.
    public var traps: [SprungTrap] = []
    /// When hints were used.
    public var hints: [SimDuration] = []
    /// When the runbook was viewed.
    public var runbookViews: [SimDuration] = []
    /// The current statement draft.
    public var statementDraft: String?
    /// The person who reviewed the current draft (`statement review`); nil while it is unreviewed.
    public var statementReviewedBy: String?
    /// When an action arranged for later (a response's `scheduled:`) takes effect, by asset id; nil in a
    /// state saved before there was any (look-ups only).
    public var scheduledAt: [String: SimDuration]?
    /// What each person has been told or has seen, by person id (look-ups only).
    public var knowledge: [String: PersonKnowledge] = [:]
    /// Tasks handed to people with `delegate`, in order.
    public var tasks: [DelegatedTask] = []
    /// What people of the cast did or took part in, as the world told it (an answered question's
    /// outcome, a response naming them), in order; nil in a state saved before there were any.
    public var deeds: [Deed]?
    /// The move to someone close to the suspect last warned about and not yet typed again
    /// (`Engine.tipOffWarning`: decision number, verb id, person, words); nil in a state saved before
    /// there were any, where it held the people warned about.
    public var warned: [String]?
    /// Authored answers people gave, and when, so that a second ask refers back to the first; nil in
    /// a state saved before there were any.
    public var said: [SaidAnswer]?
    /// The move each person last offered to make on the commander's word ("Say the word and it is done: 'notify customers'"),
    /// by person id, until the commander's next message to them; nil in a state saved before there were any. Looked up, never
    /// iterated.
    public var offeredMoves: [String: String]?
    /// Injects the facilitator holds back.
    public var held: [String] = []
    /// The facilitator's observations.
    public var notes: [FacilitatorNote] = []
    /// The facilitator's changes to the score.
    public var overrides: [ScoreOverride] = []
    /// Outputs shown so far, for `Decision.shownThrough`.
    public var outputsShown = 0
    /// The end, once reached.
    public var end: DrillEnd?
    /// Actions typed for a time the drill ended before, and what they would have brought about; nil
    /// when none waited (or in a state saved before there were any).
    public var unreached: UnreachedPlan?
    /// State of the seeded generator.
    public var random: SeededRandom

    /// A fresh state for a seed.
    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Whether the asset is in the state.
    public func asset(_ id: String, is state: AssetState) -> Bool {
        assetStates[id]?.contains(state) ?? false
    }

    /// Whether the person is in the state.
    public func person(_ id: String, is state: PersonState) -> Bool {
        personStates[id]?.contains(state) ?? false
    }

    /// Whether the step has evidence.
    public func done(_ step: Int) -> Bool {
        evidence.contains { $0.step == step }
    }

    /// Whether the inject has been delivered.
    public func hasFired(_ id: String) -> Bool {
        fired.contains { $0.id == id }
    }
}

/// An inject delivered, and when.
public struct FiredInject: Sendable, Hashable, Codable {
    public var id: String
    public var at: SimDuration
    /// Who sent it when not the scenario's sender: whoever built the fix a "ready for testing" message
    /// reports (`delegate omar fix …` is reported by Omar, not by the engineer the scenario names); nil
    /// otherwise, and in states saved before there was any.
    public var from: String?

    public init(id: String, at: SimDuration, from: String? = nil) {
        self.id = id
        self.at = at
        self.from = from
    }
}

/// A change of the correct severity.
public struct SeverityChange: Sendable, Hashable, Codable {
    public var at: SimDuration
    public var level: Severity
}

/// An option chosen at a decision point.
public struct MadeChoice: Sendable, Hashable, Codable {
    public var decision: String
    public var option: Int
    public var at: SimDuration
}

/// An asset taking on a state during the drill.
public struct AssetChange: Sendable, Hashable, Codable {
    /// The asset's id.
    public var asset: String
    /// The state it took on.
    public var state: AssetState
    /// When.
    public var at: SimDuration
    /// Who brought it about, as a phrase ("Nils, on your answer"); nil for the trainee's own action.
    public var by: String?
}

/// Something a person of the cast did or took part in, as the world's text told it.
public struct Deed: Sendable, Hashable, Codable {
    /// The person's id.
    public var person: String
    /// When.
    public var at: SimDuration
    /// What was said of it ("Hannah files the initial notification with the regulator.").
    public var text: String
}

/// An authored answer a person gave, and when.
public struct SaidAnswer: Sendable, Hashable, Codable {
    /// The person's id.
    public var person: String
    /// The authored text (before anything the engine put around it).
    public var text: String
    /// When they first said it.
    public var at: SimDuration
    /// How many facts the trainee had learnt then: those after are news since.
    public var facts: Int
    /// For a promise, the commander's words it answered ("Please add that to the working doc"): what
    /// "that" was, for matching a later "did you get the backup-key finding in?".
    public var request: String? = nil
}

/// A question nobody answered within its timeout: the asker took an option on their own.
public struct TimedOutQuestion: Sendable, Hashable, Codable {
    /// The inject that asked.
    public var decision: String
    /// The option the asker took, numbered as the author wrote them; nil when the scenario names none.
    public var option: Int?
    /// When the asker stopped waiting.
    public var at: SimDuration
}

/// Something due at a simulated time.
public struct ScheduledEvent: Sendable, Hashable, Codable {
    /// When.
    public var at: SimDuration
    /// Order among events due at the same time.
    public var sequence: Int
    /// What.
    public var kind: Kind

    /// The kinds of scheduled event.
    public enum Kind: Sendable, Hashable, Codable {
        /// Deliver an inject (contingency injects check their step when due).
        case inject(String)
        /// A paged person answers.
        case arrival(String)
        /// A question's asker stops waiting for an answer.
        case questionTimeout(String)
        /// A command the player scheduled for a local time (`statement publish at 17:30`): who, and the line.
        case scheduled(player: String, line: String)
        /// A delegated task is done (or blocked): its index in `EngineState.tasks`.
        case task(Int)
        /// An action arranged for later (a response's `scheduled:`) takes effect: the asset, the state
        /// the verb brings about, and the response's index in the scenario (for its effects).
        case change(asset: String, state: AssetState, response: Int)
        /// A command that took time is done: the facts it found become known now, not when it was typed.
        /// The decision's index, which what they set off is credited to.
        case findings(decision: Int, facts: [String])
    }
}

/// A channel during the drill.
public struct ChannelStatus: Sendable, Hashable, Codable {
    public var id: String
    public var isPrivate: Bool
    /// An out-of-band group (`channel x --signal`).
    public var outOfBand: Bool
    /// People in it, by id, in the order they joined.
    public var members: [String]
    /// Whether the adversary or the suspect can read it.
    public var compromised: Bool
    /// Opened by the trainee (rather than declared by the scenario).
    public var openedAt: SimDuration?
}

/// A clock during the drill.
public struct ClockStatus: Sendable, Hashable, Codable {
    public var startedAt: SimDuration
    public var deadline: SimDuration
    public var metAt: SimDuration?
    public var expired: Bool
    /// When a met clock's deadline passed and was said to (a fixed time or an authored consequence).
    public var passedAt: SimDuration? = nil

    /// Started and neither met nor expired.
    public var isRunning: Bool { metAt == nil && !expired }
}

/// A small seeded generator (SplitMix64) whose whole state is one number, so it saves with the drill.
public struct SeededRandom: Sendable, Hashable, Codable, RandomNumberGenerator {
    /// The generator's state.
    public var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
