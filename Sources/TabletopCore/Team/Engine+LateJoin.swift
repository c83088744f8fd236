/// A participant the facilitator adds to a team drill once it is running (`add name:role`).
///
/// The session log keeps the addition as a note of kind `added` whose text is `name (role)`; a replay
/// adds the player at that point, so the late joiner's `@name` lines replay as they were played. Logs
/// without such notes replay exactly as before.
extension Engine {
    /// The note kind that records a late joiner.
    public static let addedNoteKind = "added"

    /// Adds `player` to the roster from now on; false (and nothing changes) when the name is taken.
    @discardableResult
    public mutating func addPlayer(_ player: Player) -> Bool {
        guard !configuration.players.contains(where: { $0.name.lowercased() == player.name.lowercased() }) else { return false }
        var configuration = configuration
        configuration.players.append(player)
        // The world is shared by copies of the engine; a new one keeps those copies as they were.
        world = World(scenario: scenario, runbook: runbook, configuration: configuration)
        return true
    }

    /// The player an `added` note's text (`dee (ops)`) names, or nil for any other text.
    public static func addedPlayer(noteText text: String) -> Player? {
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return nil }
        let name = String(text[..<open.lowerBound]), role = String(text[open.upperBound...].dropLast())
        guard !name.isEmpty, !role.isEmpty, !name.contains(" ") else { return nil }
        return Player(name: name, role: role)
    }
}
