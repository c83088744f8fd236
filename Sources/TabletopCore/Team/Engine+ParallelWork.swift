/// Parallel work in a team drill (`EngineConfiguration.parallel`): each participant's decision takes that
/// participant's time, not the team's. The decision is recorded when typed and the world's answers to it
/// are scheduled for when it is done, but the shared clock stays where it is: the participant is busy
/// until then (their next decision is refused; lookups still work), and the clock moves by the facilitator
/// or, in a server, once every connected participant is busy (see Docs/team-time.md).
extension Engine {
    /// Whether decisions take their actor's time rather than the team's.
    public var worksInParallel: Bool {
        configuration.parallel && configuration.players.count > 1
    }

    /// Until when `name` is busy, and with what; nil when free now.
    public func busy(_ name: String) -> ParticipantBusy? {
        guard let busy = state.busy?.first(where: { $0.name == name }), busy.until > state.clock else { return nil }
        return busy
    }

    /// The earliest moment at which one of `names` is free again, when every one of them is busy now;
    /// nil when one of them is free (or `names` is empty).
    public func momentEveryoneIsBusyUntil(_ names: [String]) -> SimDuration? {
        var earliest: SimDuration?
        for name in names {
            guard let busy = busy(name) else { return nil }
            earliest = min(earliest ?? busy.until, busy.until)
        }
        return earliest
    }

    /// Why `player` cannot start a decision now (busy with an earlier one), or nil.
    func busyProblem(for player: Player) -> String? {
        guard worksInParallel, let busy = busy(player.name) else { return nil }
        return "you are busy until T+\(busy.until.clock) with '\(busy.raw)'; lookups still work"
    }

    /// `wait <duration>` in a team: the participant stands by (busy) for that long; the team's clock moves
    /// once everyone is busy or standing by.
    mutating func waitAlone(_ action: Action, raw: String, player: Player) -> [Output] {
        guard action.until == nil, let duration = action.duration, duration.seconds > 0 else {
            return [.error("in a team drill, wait takes a duration (wait 10m): you stand by while the others work")]
        }
        if let problem = busyProblem(for: player) { return [.error(problem)] }
        markBusy(player, until: state.clock + duration, raw: raw)
        return [.notice("You stand by until T+\((state.clock + duration).clock); the clock moves when everyone is busy or standing by.")]
    }

    /// Marks `player` busy with `raw` until `until`.
    mutating func markBusy(_ player: Player, until: SimDuration, raw: String) {
        var all = state.busy ?? []
        all.removeAll { $0.name == player.name }
        all.append(ParticipantBusy(name: player.name, until: until, raw: raw))
        state.busy = all
    }
}

/// A participant occupied by a decision until a simulated time.
public struct ParticipantBusy: Sendable, Hashable, Codable {
    /// The participant's name.
    public var name: String
    /// When the decision is done.
    public var until: SimDuration
    /// The decision, as typed.
    public var raw: String
}
