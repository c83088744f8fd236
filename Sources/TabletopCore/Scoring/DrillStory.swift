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
                                  })
        }
        return DrillStory(narrative: Self.paragraphs(scenario.debrief.narrative), path: path, inspiredBy: scenario.inspiredBy)
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
