// A deadline in the world (the reporter's 18:00) passes whether or not the trainee met it (blind6).
extension Engine {
    /// When the clock next needs the engine's attention: a running clock's deadline, or a met one's
    /// when its passing is said (a fixed time, or an authored `passes`) and has not been yet; else nil.
    func pendingDeadline(_ clock: Clock) -> SimDuration? {
        guard let status = state.clocks[clock.id] else { return nil }
        if status.isRunning { return status.deadline }
        guard status.metAt != nil, status.passedAt == nil, clock.at != nil || clock.passes != nil,
              status.deadline >= (status.metAt ?? status.deadline) else { return nil }
        return status.deadline
    }

    /// The earliest deadline of a clock still running, if any (a loop: a closure over `self` copies the engine).
    var earliestPendingDeadline: SimDuration? {
        var earliest: SimDuration?
        for clock in scenario.clocks {
            if let due = pendingDeadline(clock), earliest.map({ due < $0 }) ?? true { earliest = due }
        }
        return earliest
    }
}
