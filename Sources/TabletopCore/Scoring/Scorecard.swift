/// The result of scoring a drill: every number with the rule it came from (`score --json` prints it).
public struct Scorecard: Sendable, Hashable, Codable {
    /// The version of this shape; reports and other tools check it.
    public static let currentFormat = 2

    /// Shape version.
    public var format: Int
    /// Scenario id.
    public var scenario: String
    /// Runbook version the drill was scored against.
    public var runbook: String
    /// The score, 0 to 100, after any hard-fail cap.
    public var score: Int
    /// The score before the hard-fail cap.
    public var uncappedScore: Int
    /// The score band's label (`Exemplary`).
    public var band: String
    /// The overall HSEEP rating (the worst capability rating).
    public var rating: Rating
    /// Per-step results, in runbook order.
    public var steps: [StepResult]
    /// Sub-scores and ratings by phase (capability).
    public var capabilities: [CapabilityResult]
    /// Points added or taken outside the steps, each with its reason.
    public var adjustments: [Adjustment]
    /// Hard fails, which cap the result.
    public var hardFails: [HardFailResult]
    /// Severity declared against the matrix.
    public var severity: SeverityJudgment
    /// Clocks and whether they were met.
    public var clocks: [ClockResult]
    /// Key times from the start, in simulated time.
    public var keyTimes: KeyTimes
    /// What went well.
    public var strengths: [String]
    /// What to improve, each with its lesson.
    public var areasForImprovement: [ImprovementArea]
    /// What to practise or change, linked to steps.
    public var improvementPlan: [PlanItem]
    /// Results per player, for team drills.
    public var participants: [ParticipantResult]
    /// How the drill ended, if it did.
    public var end: DrillEnd?
    /// Simulated time the drill lasted.
    public var duration: SimDuration
    /// Whether the drill stopped before the incident was closed or the scenario's end was reached:
    /// the score is then provisional, and says so wherever it appears.
    public var provisional: Bool
    /// How the questions were answered.
    public var judgement: JudgementResult
    /// What really happened, the ideal path beside the trainee's, and the real incidents behind it.
    public var story = DrillStory()
}

/// How a runbook step went.
public struct StepResult: Sendable, Hashable, Codable {
    public var number: Int
    public var slug: String
    public var title: String
    public var phase: String
    /// Whether it applies here.
    public var applies: Bool
    /// Why it applies or not.
    public var reason: String
    /// onTime, late, outOfOrder, missed or notApplicable.
    public var status: StepStatus
    /// When it was first done.
    public var doneAt: SimDuration?
    /// The deadline it was held to.
    public var deadline: SimDuration?
    /// Prerequisites that had not been done when it was.
    public var missingPrerequisites: [Int]
    /// Decisions that are its evidence (index, time, what was typed).
    public var evidence: [EvidenceItem]
    /// Points earned and possible.
    public var points: Double
    public var possible: Double
    /// Why it matters, one sentence.
    public var lesson: String
    /// The scenario's criteria for the step, met or not, with when.
    public var criteria: [CriterionResult] = []
    /// What the step's texts carried of its rubric; nil when the step has no rubric.
    public var rubric: RubricResult?
    /// What the step still lacked, by kind of task and count (`debriefShortfalls`): set only in a
    /// trainee-safe scorecard, which leaves `criteria` and `rubric` (the answer key) out.
    public var shortfalls: [String]? = nil
}

/// The status of a step.
public enum StepStatus: String, Sendable, Hashable, Codable {
    case onTime = "on-time"
    case late
    case outOfOrder = "out-of-order"
    case lateAndOutOfOrder = "late-and-out-of-order"
    /// Some of the scenario's criteria were met, or the text carried only part of its rubric.
    case partial
    case missed
    case notApplicable = "not-applicable"

    /// Whether the step was done at all (partly counts).
    public var isDone: Bool { [.onTime, .late, .outOfOrder, .lateAndOutOfOrder, .partial].contains(self) }
}

/// One criterion of a step, met or not.
public struct CriterionResult: Sendable, Hashable, Codable {
    /// What it checks, in words.
    public var name: String
    /// When it first held; nil when it never did.
    public var metAt: SimDuration?
    /// What kind of task it is, without its objects (`an access path left open`): what the trainee's
    /// debrief says of it when unmet.
    public var kind: String = ""
}

/// What a step's free text carried of its rubric.
public struct RubricResult: Sendable, Hashable, Codable {
    /// The texts judged, one per line; nil when none was written.
    public var text: String?
    /// Concepts it carried.
    public var hit: [String]
    /// Concepts it lacked, quoted in the debrief.
    public var missed: [String]
    /// Forbidden claims it made.
    public var claims: [String]
    /// Set when the text was a list of terms, which carries nothing and costs as a false claim does.
    public var wordList: Bool? = nil
}

/// How the answers to the scenario's questions were judged: one bounded part of the total.
public struct JudgementResult: Sendable, Hashable, Codable {
    /// Points earned and possible (the policy's judgement weight).
    public var points: Double
    public var possible: Double
    /// Each question that reached the trainee, in order.
    public var questions: [QuestionResult]
}

/// One question and how it was answered.
public struct QuestionResult: Sendable, Hashable, Codable {
    /// The inject that asked it.
    public var decision: String
    /// The question.
    public var question: String
    /// The option chosen (the author's text); nil when it was never answered.
    public var chosen: String?
    /// How good the choice was: 1 the best option, 0 the worst or none.
    public var quality: Double
}

/// A decision that is evidence for a step.
public struct EvidenceItem: Sendable, Hashable, Codable {
    public var decision: Int
    public var at: SimDuration
    public var actor: String
    public var text: String
}

/// A phase of the runbook rated as one capability.
public struct CapabilityResult: Sendable, Hashable, Codable {
    public var phase: String
    public var title: String
    public var points: Double
    public var possible: Double
    /// Share of the points, 0 to 1 (1 when nothing applied).
    public var share: Double
    public var rating: Rating
}

/// Points added or taken, with the rule and the moment.
public struct Adjustment: Sendable, Hashable, Codable {
    /// Creates an adjustment.
    public init(kind: String, points: Int, reason: String, step: Int?, at: SimDuration?, lesson: String? = nil) {
        self.kind = kind
        self.points = points
        self.reason = reason
        self.step = step
        self.at = at
        self.lesson = lesson
    }

    /// `trap`, `clock`, `severity`, `hint`, `runbook-view`, `option`.
    public var kind: String
    /// Signed points.
    public var points: Int
    /// What happened, in words.
    public var reason: String
    /// The step it belongs to, if any.
    public var step: Int?
    /// When.
    public var at: SimDuration?
    /// The lesson, for traps.
    public var lesson: String?
}

/// A hard fail and what sprang it.
public struct HardFailResult: Sendable, Hashable, Codable {
    public var kind: HardFail
    public var reason: String
    public var at: SimDuration?
    public var lesson: String
}

/// Severity declared against the correct level.
public struct SeverityJudgment: Sendable, Hashable, Codable {
    /// Each declaration with the correct level at that moment.
    public var declarations: [SeverityDeclaration]
    /// The correct level over time.
    public var correct: [SeverityChange]
    /// Problems found, in words.
    public var findings: [String]
}

/// A clock and how it went.
public struct ClockResult: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var startedAt: SimDuration?
    public var deadline: SimDuration?
    public var metAt: SimDuration?
    /// met, expired, running (at the end), not-started.
    public var status: String
}

/// Times from the start of the drill to key moments.
public struct KeyTimes: Sendable, Hashable, Codable {
    public var acknowledge: SimDuration?
    public var commander: SimDuration?
    public var containment: SimDuration?
    public var close: SimDuration?

    /// Creates key times.
    public init(acknowledge: SimDuration?, commander: SimDuration?, containment: SimDuration?, close: SimDuration?) {
        self.acknowledge = acknowledge
        self.commander = commander
        self.containment = containment
        self.close = close
    }
}

/// An area for improvement.
public struct ImprovementArea: Sendable, Hashable, Codable {
    public var step: Int?
    public var observation: String
    public var lesson: String
}

/// An item of the improvement plan, in the HSEEP after-action shape.
public struct PlanItem: Sendable, Hashable, Codable {
    public var capability: String
    public var step: Int?
    public var observation: String
    public var recommendation: String
}

/// One player's part in a team drill.
public struct ParticipantResult: Sendable, Hashable, Codable {
    public var name: String
    public var role: String
    public var decisions: Int
    /// Steps this player did first.
    public var steps: [Int]
    /// Traps this player sprang.
    public var traps: [String]
}
