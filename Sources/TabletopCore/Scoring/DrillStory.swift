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
}

extension Scorer {
    /// The story of the drill: the scenario's narrative, its ideal path set against the world, its sources.
    func story(_ state: EngineState) -> DrillStory {
        let path = scenario.debrief.ideal.enumerated().map { index, move in
            let met = state.idealMet.first { $0.index == index }
            return PathComparison(step: move.step, stepTitle: runbook.step(move.step)?.title ?? "step \(move.step)", ideal: move.text,
                                  doneAt: met?.at, did: met?.decision.flatMap { state.decisions[safe: $0]?.raw },
                                  stepDoneAt: state.evidence.first { $0.step == move.step }?.at)
        }
        return DrillStory(narrative: Self.paragraphs(scenario.debrief.narrative), path: path, inspiredBy: scenario.inspiredBy)
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
