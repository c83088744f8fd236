extension Engine {
    /// The local time the postmortem was last scheduled for (`postmortem schedule Thu 10:00`), when that is
    /// still ahead: a postmortem held before it says so (blind39 #150: held on Wednesday, set for Thursday,
    /// without a word). Nil when it was scheduled by words that name no time ("next week"), or for now or earlier.
    func postmortemAhead() -> String? {
        guard let last = watch.decisions(by: .postmortemSchedule, in: state).last else { return nil }
        let decision = state.decisions[last]
        guard let text = decision.action.text, let time = LocalTime(parsing: text.trimmingWhitespaceAndNewlines()),
              case .success(let at) = world.localClock.offset(of: time, after: decision.at), at > state.clock else { return nil }
        return world.localClock.dayAndTime(at: at)
    }

    /// What a postmortem set for after the drill's time limit needs said (blind109 #77: set for Thursday 10:00 in a drill
    /// that ended on Wednesday evening, it could never be held): that the drill ends first, and how to hold it. Nil
    /// for a time inside the drill, words that name no time, and sessions before the real clock.
    func postmortemPastTheEnd(_ text: String?) -> String? {
        guard configuration.realClock, let text, let time = LocalTime(parsing: text.trimmingWhitespaceAndNewlines()),
              case .success(let at) = world.localClock.offset(of: time, after: state.clock), at > scenario.end.timeLimit else { return nil }
        return "That is after the drill ends (\(world.localClock.dayAndTime(at: scenario.end.timeLimit)), its time limit): "
            + "hold it with 'postmortem run' before then."
    }
}
