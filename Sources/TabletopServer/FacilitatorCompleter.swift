import TabletopCore
import TabletopDrill

/// Tab completion at the facilitator's console: its own commands, then what fits each (inject ids not yet
/// delivered, participants, decision numbers). The facilitator knows the scenario, so nothing is hidden.
public enum FacilitatorCompleter {
    /// Every console command, in the order `help` lists them.
    public static let commands = ConsoleCommand.Name.allCases.map(\.rawValue)

    /// What completion may offer, read from the host when Tab is pressed.
    public struct Snapshot: Sendable, Equatable {
        /// Injects that have not been delivered yet.
        public var pendingInjects: [String] = []
        /// The roster's names.
        public var participants: [String] = []
        /// How many decisions there are (they are numbered from 0).
        public var decisions = 0

        /// An empty snapshot.
        public init() {}
    }

    /// Candidates for the word under the cursor, given the text before the cursor.
    public static func candidates(beforeCursor text: String, snapshot: Snapshot) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map { $0.lowercased() }
        let partial = text.isEmpty || text.last == " " ? "" : words.last ?? ""
        let before = partial.isEmpty ? words : Array(words.dropLast())
        let options: [String]
        switch (before.count, before.first.flatMap(ConsoleCommand.Name.init(rawValue:))) {
        case (0, _): options = commands
        case (1, .inject?), (1, .hold?), (1, .skip?): options = snapshot.pendingInjects
        case (1, .kick?): options = snapshot.participants
        case (1, .override?): options = (0..<snapshot.decisions).map(String.init)
        case (1, .advance?): options = ["5m", "15m", "30m", "1h", "2h", "4h"]
        case (1, .detail?): options = ["on", "off"]
        default: options = []
        }
        return options.filter { $0.lowercased().hasPrefix(partial) }
    }
}

extension DrillHost {
    /// What the console's completion may offer now.
    public var completionSnapshot: FacilitatorCompleter.Snapshot {
        eventLoop.preconditionInEventLoop()
        var snapshot = FacilitatorCompleter.Snapshot()
        snapshot.pendingInjects = engine.scenario.injects.map(\.id).filter { id in !engine.state.fired.contains { $0.id == id } }
        snapshot.participants = participants.map(\.player.name)
        snapshot.decisions = engine.state.decisions.count
        return snapshot
    }
}
