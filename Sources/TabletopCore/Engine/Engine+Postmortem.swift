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
}
