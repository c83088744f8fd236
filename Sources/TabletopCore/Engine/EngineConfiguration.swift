import Foundation

/// How a drill is run: its seed, mode and players.
public struct EngineConfiguration: Sendable, Hashable, Codable {
    /// Seeds every choice the engine makes that is not fixed by the scenario.
    public var seed: UInt64
    /// Practice (hints and runbook allowed) or assessment.
    public var mode: DrillMode
    /// Who is playing; the first is the default actor of every line.
    public var players: [Player]
    /// Whether each question shows its options in an order drawn from the seed, so that a position
    /// ("always answer 2") carries no meaning. Sessions recorded before it existed replay with the
    /// author's order.
    public var shuffleOptions: Bool
    /// Whether `wait` stops early at a new inject or question and unanswered questions time out.
    /// Sessions recorded before it existed replay with a `wait` that runs its full length and
    /// questions that wait forever, as they were played.
    public var realClock: Bool
    /// Whether, in a team, each decision takes its actor's time instead of moving the shared clock
    /// (`Engine+ParallelWork`). Team sessions recorded before it existed replay with one shared clock.
    public var parallel: Bool

    /// Creates a configuration; with no players, one trainee called `trainee` plays the commander.
    public init(seed: UInt64, mode: DrillMode, players: [Player], shuffleOptions: Bool = true, realClock: Bool = true,
                parallel: Bool = false) {
        self.seed = seed
        self.mode = mode
        self.players = players.isEmpty ? [Player(name: "trainee", role: "ic")] : players
        self.shuffleOptions = shuffleOptions
        self.realClock = realClock
        self.parallel = parallel
    }

    private enum CodingKeys: String, CodingKey { case seed, mode, players, shuffleOptions, realClock, parallel }

    /// Decodes a configuration; one saved before options were shuffled keeps the author's order.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seed = try container.decode(UInt64.self, forKey: .seed)
        mode = try container.decode(DrillMode.self, forKey: .mode)
        players = try container.decode([Player].self, forKey: .players)
        shuffleOptions = try container.decodeIfPresent(Bool.self, forKey: .shuffleOptions) ?? false
        realClock = try container.decodeIfPresent(Bool.self, forKey: .realClock) ?? false
        parallel = try container.decodeIfPresent(Bool.self, forKey: .parallel) ?? false
    }

    /// Encodes a configuration; `parallel` only when set, so solo and older team logs keep their bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seed, forKey: .seed)
        try container.encode(mode, forKey: .mode)
        try container.encode(players, forKey: .players)
        try container.encode(shuffleOptions, forKey: .shuffleOptions)
        try container.encode(realClock, forKey: .realClock)
        if parallel { try container.encode(parallel, forKey: .parallel) }
    }
}

/// Practice offers `hint` and `runbook` (each use costs points); assessment offers neither.
public enum DrillMode: String, Sendable, Hashable, Codable, CaseIterable {
    case practice, assessment
}

/// A person playing the drill, in a role (`ic`, `legal`, `comms`, `analyst` …).
public struct Player: Sendable, Hashable, Codable {
    /// The name used in `@name` and in the log.
    public var name: String
    /// The role they play.
    public var role: String

    /// Creates a player.
    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    /// Why a person's display name (`--trainee`) cannot be used, or nil: it is printed in tables,
    /// reports and transcripts, so it must be one line of printable text of a sensible length.
    public static func problem(withDisplayName name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "a name needs at least one letter" }
        if name.count > 80 { return "a name can be at most 80 characters" }
        if let control = TerminalText.firstControl(in: name) {
            return "a name cannot hold control characters (found \(TerminalText.visible(control.scalar)) at position \(control.offset + 1))"
        }
        return nil
    }

    /// Parses `"ana:ic,bo:legal"`; a name without a role plays `ic`.
    public static func parseList(_ text: String) -> Result<[Player], InputError> {
        var players: [Player] = []
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                return .failure(InputError("'\(TerminalText.inline(String(entry)))' is not a player; write name:role pairs such as \"ana:ic,bo:legal\""))
            }
            guard !players.contains(where: { $0.name == name }) else {
                return .failure(InputError("player '\(name)' is named twice"))
            }
            let role = parts.count > 1 && !parts[1].isEmpty ? parts[1] : "ic"
            guard role.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                return .failure(InputError("'\(TerminalText.inline(role))' is not a role; a role is letters, digits, - and _, such as ic or legal"))
            }
            players.append(Player(name: name, role: role))
        }
        return .success(players)
    }
}
