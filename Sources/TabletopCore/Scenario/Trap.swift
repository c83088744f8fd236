/// A bad move the scenario watches for, tied to a runbook step and a lesson.
public struct Trap: Sendable, Hashable, Codable {
    /// Stable id.
    public var id: String
    /// The action that springs it; nil when the condition alone does.
    public var on: ActionPattern?
    /// The state in which it springs; always when nil.
    public var when: Condition?
    /// The runbook step it belongs to.
    public var step: Int
    /// Points it costs.
    public var penalty: Int
    /// The kind of hard fail it is, if it caps the rating.
    public var hardFail: HardFail?
    /// The lesson, one sentence.
    public var lesson: String
}

/// Errors a real post-incident review would call critical; each caps the rating.
public enum HardFail: String, Sendable, Hashable, Codable, CaseIterable {
    case tippingOff = "tipping-off"
    case destroyingEvidence = "destroying-evidence"
    case concealment
    case unreviewedStatement = "unreviewed-statement"
    case closingWithAttacker = "closing-with-attacker"
}

/// A deadline that starts when a condition first holds and stops on another.
public struct Clock: Sendable, Hashable, Codable {
    /// Stable id.
    public var id: String
    /// Short label for the prompt (`GDPR`).
    public var label: String
    /// Starts when this first holds.
    public var starts: Condition
    /// How long until it runs out, from when it starts.
    public var duration: SimDuration
    /// A fixed deadline instead, written as a local time (`at: 18:00`, `at: Fri 10:00`) and kept as the
    /// offset of its first moment at or after the drill's start; `duration` is zero then.
    public var at: SimDuration?
    /// Stops (met) when this holds.
    public var stops: Condition
    /// The runbook step it belongs to.
    public var step: Int
    /// Points lost when it runs out.
    public var penalty: Int
    /// What happens in the world when the deadline passes after it was met (`passes:`, "TechDaily runs
    /// the story with your statement"); a missed one's is an inject on `clock(id).expired`. Either way a
    /// fixed-time deadline says in one line that it passed.
    public var passes: String? = nil
}

/// A scenario's change to how one runbook step is scored.
public struct StepOverride: Sendable, Hashable, Codable {
    /// The step number.
    public var step: Int
    /// Whether the step applies here; nil keeps the runbook's rule.
    public var applies: Bool?
    /// Why, when `applies` is set.
    public var reason: String?
    /// A deadline replacing the runbook's default.
    public var deadline: SimDuration?
    /// A weight replacing the runbook's.
    public var weight: Int?
    /// What in the world shows the step done here; when given, typing the step's verbs is not evidence.
    public var criteria: [Criterion] = []
    /// What the step's free text must say and must not claim.
    public var rubric = Rubric(concepts: [], forbidden: [])
}

/// The hot-wash material shown after the drill.
public struct Debrief: Sendable, Hashable, Codable {
    /// What really happened.
    public var narrative: String
    /// Questions for the group.
    public var questions: [String]
    /// The ideal path, step by step, each judged on the world; the debrief sets what the trainee did beside it.
    public var ideal: [IdealStep] = []
    /// Lessons in this scenario's own words, by runbook step; they replace the runbook's generic lesson.
    public var lessons: [StepLesson] = []

    /// Creates a debrief.
    public init(narrative: String, questions: [String], ideal: [IdealStep] = [], lessons: [StepLesson] = []) {
        self.narrative = narrative
        self.questions = questions
        self.ideal = ideal
        self.lessons = lessons
    }

    /// Decodes a debrief; `ideal` and `lessons` are absent from debriefs stored before they existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        narrative = try container.decode(String.self, forKey: .narrative)
        questions = try container.decode([String].self, forKey: .questions)
        ideal = try container.decodeIfPresent([IdealStep].self, forKey: .ideal) ?? []
        lessons = try container.decodeIfPresent([StepLesson].self, forKey: .lessons) ?? []
    }
}

/// When a drill ends.
public struct EndRules: Sendable, Hashable, Codable {
    /// The drill ends once this much simulated time has passed.
    public var timeLimit: SimDuration
    /// Outcomes, checked in order after every change.
    public var outcomes: [Outcome]
}

/// One way a drill can end.
public struct Outcome: Sendable, Hashable, Codable {
    /// Stable id (`contained`, `data-destroyed`).
    public var id: String
    /// Whether it is a good end.
    public var kind: Kind
    /// It ends the drill when this holds; nil when only an effect's `end:` reaches it.
    public var when: Condition?
    /// What the trainee reads.
    public var text: String

    /// How a drill ended.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case resolved, loss
    }
}
