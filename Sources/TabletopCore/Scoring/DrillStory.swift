/// The debrief's story: what really happened, the ideal path beside what the trainee did, and the
/// real incidents the scenario draws on. Built from the scenario and the world, never from typed words.
public struct DrillStory: Sendable, Hashable, Codable {
    /// What really happened, from the scenario's ground truth.
    public var narrative: String = ""
    /// The ideal path, move by move, each with what the trainee did about it.
    public var path: [PathComparison] = []
    /// The real incidents the scenario draws on.
    public var inspiredBy: [Inspiration] = []

    /// An empty story (a scenario with no debrief material).
    public init() {}

    /// A story from its parts.
    public init(narrative: String, path: [PathComparison], inspiredBy: [Inspiration]) {
        self.narrative = narrative
        self.path = path
        self.inspiredBy = inspiredBy
    }
}

/// How many of the points a complete text makes a step's text carried.
public struct TextShortfall: Sendable, Hashable, Codable {
    public var carried: Int
    public var of: Int
}

/// One move of the ideal path beside the trainee's drill.
public struct PathComparison: Sendable, Hashable, Codable {
    /// The runbook step it serves, and its title.
    public var step: Int
    public var stepTitle: String
    /// What an excellent commander does.
    public var ideal: String
    /// When the world first showed it done; nil when it never did.
    public var doneAt: SimDuration?
    /// What the trainee had just typed when it came to hold (the move that did it, or the wait it
    /// happened in); nil when it never held or held before any move.
    public var did: String?
    /// When the runbook step itself was first ticked, which may be by less than this move asks; nil
    /// when it never was (absent in reports written before it existed).
    public var stepDoneAt: SimDuration?
    /// How the runbook table rates the step, so that a move done early beside a step done late says
    /// so (absent in reports written before it existed).
    public var stepStatus: StepStatus? = nil
    /// A trap still sprung on an asset the move names, which undoes it: "rotate only after narrowing
    /// the role" is not done while creds-before-role stands (nil otherwise).
    public var standingTrap: String? = nil
    /// A line typed for a time the drill ended before that would have done the move, and that time
    /// (nil otherwise): the move is planned, not missing.
    public var planned: PlannedLine? = nil
    /// For a move never done, the parts of it that never came to hold, as the commands that make them
    /// (`'preserve dlp-logs'`, `'notify legal'`); nil when done, or when no such part can be named
    /// (blind28: "not done" beside a step ticked for less left the trainee guessing what was missing).
    public var missing: [String]? = nil
    /// For a move done on a step whose text is read by a rubric, how much of it that text carried, when
    /// short of all (nil when it carried everything, or the step has no rubric): the move held in the world,
    /// its substance only in part (blind37: "fix the way in … how CI gets its credentials" ticked beside a
    /// fix text that carried 1 of 3 points). Counts only, as the runbook table gives them: the points
    /// themselves are the scenario's key.
    public var textShort: TextShortfall? = nil
    /// For a move that answers a question the drill never asked (the wipe request of a drill that ended first), the
    /// question; nil otherwise (blind108 #118: "Refuse the workstation wipe" was marked not done though no wipe
    /// request ever came).
    public var neverAsked: String? = nil
    /// For a move never done, what happened that it rules out (an answer taken, a move made); nil when nothing did or
    /// the move is done.
    public var ruledOut: [String]? = nil

    /// Done, but with the step's text short of what the move asks.
    public var isPartial: Bool { doneAt != nil && textShort != nil }

    /// The mark every report shows beside the move: done, in part, not, or never called for.
    public var mark: String { doneAt == nil ? (neverAsked == nil ? "✗" : "–") : isPartial ? "~" : "✓" }
}

extension Scorer {
    /// The story of the drill: the scenario's narrative, its ideal path set against the world, its sources.
    /// The step's time and status come from the runbook table (`steps`), one source for both.
    func story(_ state: EngineState, steps: [StepResult]) -> DrillStory {
        let path = scenario.debrief.ideal.enumerated().map { index, move in
            let met = state.idealMet.first { $0.index == index }
            let step = steps.first { $0.number == move.step }
            // One source with the traps charged: a move whose asset a standing trap was sprung on is not done.
            let named = Self.assets(in: move.when)
            let standing = state.traps.first { sprung in
                scenario.traps.first { $0.id == sprung.id }?.on.map { $0.object.map(named.contains) ?? false } ?? false
            }?.id
            return PathComparison(step: move.step, stepTitle: runbook.step(move.step)?.title ?? "step \(move.step)", ideal: move.text,
                                  doneAt: standing == nil ? met?.at : nil,
                                  did: standing == nil ? met?.decision.flatMap { state.decisions[safe: $0]?.raw } : nil,
                                  stepDoneAt: step?.doneAt, stepStatus: step?.status, standingTrap: standing,
                                  planned: state.unreached.flatMap { plan in
                                      plan.ideal.first { $0.index == index }.flatMap { plan.lines[safe: $0.line] }
                                  },
                                  missing: met == nil && standing == nil ? Self.missingParts(of: move.when, in: state) : nil,
                                  textShort: standing == nil && met != nil ? step?.rubric.flatMap { rubric in
                                      rubric.missed.isEmpty ? nil : TextShortfall(carried: rubric.hit.count, of: rubric.hit.count + rubric.missed.count)
                                  } : nil,
                                  neverAsked: met == nil ? Self.questionNeverAsked(by: move.when, in: state).flatMap { id in
                                      scenario.injects.first { $0.id == id }?.decision?.question
                                  } : nil,
                                  ruledOut: met == nil && standing == nil ? ruledOut(by: move.when, in: state) : nil)
        }
        return DrillStory(narrative: Self.paragraphs(scenario.debrief.narrative), path: path, inspiredBy: scenario.inspiredBy)
    }

    /// The parts of an ideal move's condition that do not hold at the end of the drill, as commands; nil
    /// when none can be named. Parts that are not a world state or a move (a choice, a fact, a severity)
    /// are left to the move's own words.
    static func missingParts(of condition: Condition, in state: EngineState) -> [String]? {
        let parts = Engine.openParts(of: condition, holding: { holdsAtEnd($0, in: state) }, asCommands: true)
        return parts.isEmpty ? nil : parts
    }

    /// The question a move needs answered that never came in this drill (its inject never fired), when every way of
    /// meeting the move needs one; nil otherwise.
    static func questionNeverAsked(by condition: Condition, in state: EngineState) -> String? {
        switch condition {
        case .chose(let decision, _): state.fired.contains { $0.id == decision } ? nil : decision
        case .all(let parts): parts.lazy.compactMap { questionNeverAsked(by: $0, in: state) }.first
        case .any(let parts):
            // Every way needs a question that never came; the first is named.
            Self.allOrNone(parts.map { questionNeverAsked(by: $0, in: state) })?.first
        default: nil
        }
    }

    /// The values when every one is there; nil when any is missing.
    private static func allOrNone(_ values: [String?]) -> [String]? {
        let present = values.compactMap { $0 }
        return present.count == values.count ? present : nil
    }

    /// Whether a move's part holds at the end of the drill, from the state alone; a kind of part this
    /// does not read counts as holding, so that nothing is called missing without cause.
    static func holdsAtEnd(_ condition: Condition, in state: EngineState) -> Bool {
        switch condition {
        case .asset(let id, let assetState): state.asset(id, is: assetState)
        case .did(let pattern): state.decisions.contains { $0.matches(pattern) }
        case .all(let parts): parts.allSatisfy { holdsAtEnd($0, in: state) }
        case .any(let parts): parts.contains { holdsAtEnd($0, in: state) }
        // A "not" part is never named as missing, so it never makes an "or" of parts missing either.
        case .not: true
        case .revealed(let fact): state.facts.contains(fact)
        case .chose(let decision, let option): state.choices.contains { $0.decision == decision && $0.option == option }
        default: true
        }
    }

    /// The assets a condition names (`asset(db-creds).rotated`), in the order written.
    static func assets(in condition: Condition) -> [String] {
        switch condition {
        case .asset(let id, _): [id]
        case .not(let inner): assets(in: inner)
        case .all(let parts), .any(let parts): parts.flatMap { assets(in: $0) }
        default: []
        }
    }

    /// A block of text as paragraphs: the file's line breaks inside a paragraph become spaces, so every
    /// format wraps it to its own width; blank lines stay paragraph breaks.
    static func paragraphs(_ text: String) -> String {
        var result: [String] = [], current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result.joined(separator: "\n")
    }
}
