/// One move of the ideal path the debrief sets beside what the trainee did: what an excellent
/// commander does, the runbook step it serves, and the condition on the world that shows it done
/// (so the comparison is judged on what happened, not on what was typed).
public struct IdealStep: Sendable, Hashable, Codable {
    /// What to do, in the scenario's words (`Revoke the ci-deployer key`).
    public var text: String
    /// The runbook step it serves.
    public var step: Int
    /// When it counts as done.
    public var when: Condition
}

/// A runbook step's lesson in one scenario's own words: it names only what exists in that scenario.
public struct StepLesson: Sendable, Hashable, Codable {
    /// The runbook step.
    public var step: Int
    /// Why the step mattered here, one sentence.
    public var lesson: String
}

/// A move of the ideal path that came to hold during the drill.
public struct IdealMet: Sendable, Hashable, Codable {
    /// Its position in the scenario's `debrief.ideal` list.
    public var index: Int
    /// When it first held.
    public var at: SimDuration
    /// The last decision before it held (nil when none had been taken).
    public var decision: Int?
}
