import TabletopCore

/// Who sees what in a team drill: a pure function of the output, the roster and who typed the line.
public enum Routing {
    /// Where one output goes.
    public struct Delivery: Equatable, Sendable {
        /// Whether the facilitator's console shows it.
        public var console: Bool
        /// The roster positions of the participants who receive it, in roster order.
        public var recipients: [Int]

        /// Creates a delivery.
        public init(console: Bool, recipients: [Int]) {
            self.console = console
            self.recipients = recipients
        }
    }

    /// Where `output` goes. `actor` is the roster position of who typed the line that caused it (nil for
    /// the clock, the facilitator or the start); `consoleDetail` makes the console show the answers to
    /// participants' lookups too (otherwise it shows that they looked, their line, not the pages).
    public static func route(_ output: Output, roster: [Player], actor: Int?, consoleDetail: Bool) -> Delivery {
        let lookupAnswer = if case .info = output { actor != nil } else { false }
        var addressed = output
        if case .inject(var message) = output {
            // Addressed to roles nobody plays, it goes to who stands in for them (the IC, or everyone).
            message.to = TeamRoles.recipients(of: message.to, in: roster)
            addressed = .inject(message)
        }
        let recipients = roster.indices.filter { entitled(roster[$0], at: $0, to: addressed, actor: actor) }
        return Delivery(console: consoleDetail || !lookupAnswer, recipients: recipients)
    }

    /// Injects go to the roles they are addressed to; answers to session commands and errors go to who
    /// typed them; everything else goes to the whole team.
    public static func entitled(_ player: Player, at position: Int, to output: Output, actor: Int?) -> Bool {
        switch output {
        case .inject(let message):
            return message.to.isEmpty || message.to.contains(player.role)
        case .error, .info, .warning, .briefing:
            if let actor { return position == actor }
            if case .error = output { return false }
            return true
        default:
            return true
        }
    }
}
