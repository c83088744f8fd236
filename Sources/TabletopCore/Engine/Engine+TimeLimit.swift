extension Engine {
    /// When the drill ends unless the incident is closed first, said at its start.
    func timeLimitText() -> String {
        let limit = scenario.end.timeLimit
        return "The drill runs until \(localClock.dayAndTime(at: limit)), \(limit) from now, unless you close the incident first; "
            + "'status' shows the time left."
    }

    /// The warning part for a command that would still be running when the drill's time limit ends
    /// it, or nil: the trainee hears before typing it on, not after (issue 15, blind play).
    func timeLimitLapse(until done: SimDuration) -> String? {
        let limit = scenario.end.timeLimit
        guard done > limit else { return nil }
        let left = SimDuration(seconds: max(0, limit.seconds - state.clock.seconds))
        return "past the drill's time limit: the drill ends at \(localClock.dayAndTime(at: limit)), \(left) from now, before this is done"
    }

    /// For a person at the terminal, before a `wait` or `monitor` that would run the clock past the drill's time limit:
    /// that it ends the drill there, when, and how to go on (blind109 #172, blind119 #118: "wait 3h" ended the drill with
    /// no word first, and with it the close and the postmortem). Nil for any other line, one that ends in time, or a
    /// drill already over. The shell asks for the line again; scripts, which wait out the clock on purpose, are not asked.
    public func waitPastTheEnd(_ line: String) -> String? {
        guard configuration.realClock, state.end == nil, case .success(let parsed?) = ActionParser.parse(line),
              [Verb.wait, .monitor].contains(parsed.action.verb) else { return nil }
        let limit = scenario.end.timeLimit
        guard case .success(let target) = waitTarget(of: parsed.action), target > limit else { return nil }
        let left = SimDuration(seconds: max(0, limit.seconds - state.clock.seconds))
        return "this runs past the drill's time limit: the drill ends at \(localClock.dayAndTime(at: limit)), \(left) from now, "
            + "and whatever is not done by then (a close, the postmortem) stays undone. Type it again to go on."
    }

    /// What the drill's end at its time limit says: plainly that time is up, the command cut short
    /// (if any), an open question left unanswered, and which runbook steps were and were not done.
    func timeUpText(at limit: SimDuration) -> String {
        var parts = ["Time is up: the drill's \(limit) have passed."]
        if let last = state.decisions.last, last.at + last.cost > limit, last.at <= limit {
            parts.append("'\(last.raw)' was still running and is not done.")
        }
        if let open = state.pendingDecisions.first, let question = injectsByID[open]?.decision?.question {
            parts.append("The open question (\"\(question)\") got no answer.")
        }
        let done = runbook.steps.map(\.number).filter { watch.done($0, in: state) }
        let notDone = runbook.steps.map(\.number).filter { !done.contains($0) }
        parts.append("Runbook steps done: \(done.count) of \(runbook.steps.count)"
            + (done.isEmpty ? "" : " (\(done.map(String.init).joined(separator: ", ")))")
            + (notDone.isEmpty ? "." : "; not done: \(notDone.map(String.init).joined(separator: ", ")) (the debrief says which of them mattered)."))
        return parts.joined(separator: " ")
    }
}
