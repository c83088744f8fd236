import TabletopCore

/// The prompt: simulated time, declared severity and the nearest open clock, as in `[Tue 11:15 (T+01:35) sev2 GDPR 70:25] > `,
/// with `choose 1-3 q:12m` while a question is open (its options and the time left on it).
public enum Prompt {
    /// The prompt text for the engine's current state.
    /// `now` is the simulated time to show, when live mode has moved past the engine's clock; `role`, in a
    /// team, leaves out a question addressed to other roles.
    public static func text(for engine: Engine, at now: SimDuration? = nil, role: String? = nil) -> String {
        let state = engine.state
        let time = now ?? state.clock
        var parts = [engine.localClock.stamp(at: time), state.declaredSeverity?.rawValue ?? "sev?"]
        let nearest = engine.scenario.clocks.compactMap { clock -> (String, SimDuration)? in
            guard let status = state.clocks[clock.id], status.isRunning else { return nil }
            return (clock.label, SimDuration(seconds: max(0, status.deadline.seconds - time.seconds)))
        }.min { $0.1 < $1.1 }
        if let (label, left) = nearest { parts.append("\(label) \(left.clock)") }
        if case .choice(_, let options) = engine.awaiting, role.map(engine.mayAnswerOpenQuestion(as:)) ?? true {
            // The time left on it, so a long command is not typed blind to the question running out.
            parts.append("choose 1-\(options)" + (engine.openQuestionLeft(at: time).map { " q:\($0)" } ?? ""))
        }
        return "[" + parts.joined(separator: " ") + "] > "
    }
}
