import TabletopCore

/// What tab completion may offer: only what the trainee has discovered.
public struct CompletionSnapshot: Sendable, Equatable {
    /// Ids of the people the trainee knows of.
    public var people: [String]
    /// Ids of the assets the trainee knows of.
    public var assets: [String]
    /// Channels that exist.
    public var channels: [String]
    /// Number of options of the open question (0 when none).
    public var choices: Int
    /// Player names, for `@name`.
    public var players: [String]
    /// Groups of assets `sweep` can take.
    public var groups: [String]

    /// Creates a snapshot.
    public init(people: [String] = [], assets: [String] = [], channels: [String] = [], choices: Int = 0, players: [String] = [],
                groups: [String] = []) {
        self.groups = groups
        self.people = people
        self.assets = assets
        self.channels = channels
        self.choices = choices
        self.players = players
    }

    /// What the engine's trainee knows now.
    public init(engine: Engine) {
        self.init(people: engine.knownPeople.map(\.id), assets: engine.knownAssets.map(\.id), channels: engine.channelIDs,
                  choices: engine.openChoices.count, players: engine.configuration.players.count > 1 ? engine.configuration.players.map(\.name) : [],
                  groups: engine.sweepGroups)
    }
}
