import TabletopCore

/// One person of a team drill's roster as a report's header gives it: who, in which role, and when the
/// room saw them arrive, leave or be removed (wall-clock times, ISO 8601, from the session log's notes).
public struct RosterEntry: Sendable, Hashable, Codable {
    public var name: String
    public var role: String
    /// When they first joined; nil when they never did.
    public var joined: String?
    /// When they last left (nil when they never left, or came back after).
    public var left: String?
    /// When the facilitator removed them (nil when never, or when they were let back in).
    public var kicked: String?
    /// When the facilitator added them after the drill started (`add name:role`); nil for the starting roster.
    public var added: String?

    /// Creates a roster entry.
    public init(name: String, role: String, joined: String? = nil, left: String? = nil, kicked: String? = nil, added: String? = nil) {
        self.name = name
        self.role = role
        self.joined = joined
        self.left = left
        self.kicked = kicked
        self.added = added
    }
}

extension SessionReport {
    /// The roster of a team drill from the room's notes in its log, in roster order (late joiners last);
    /// nil for a solo drill, whose header names the trainee.
    static func roster(_ records: [SessionRecord], players: [Player]) -> [RosterEntry]? {
        var entries = players.map { RosterEntry(name: $0.name, role: $0.role) }
        for case .note(let note) in records {
            // Notes name a person as "ana (ic)" or "ana"; the name is what comes before the role.
            let name = note.text.components(separatedBy: " (").first ?? note.text
            if note.kind == "added", !entries.contains(where: { $0.name == name }) {
                let role = note.text.dropFirst(name.count + 2).prefix { $0 != ")" }
                entries.append(RosterEntry(name: name, role: String(role), added: note.wall))
                continue
            }
            guard let index = entries.firstIndex(where: { $0.name == name }) else { continue }
            switch note.kind {
            case "joined": entries[index].joined = entries[index].joined ?? note.wall
            case "rejoined":
                entries[index].joined = entries[index].joined ?? note.wall
                entries[index].left = nil
            case "left": entries[index].left = note.wall
            case "kicked": entries[index].kicked = note.wall
            case "unkicked": entries[index].kicked = nil
            default: break
            }
        }
        return entries.count > 1 ? entries : nil
    }
}

extension ReportText {
    /// The header's roster: "ana (ic) joined 10:00:05, left 10:40:12; bo (legal) …", or the players alone.
    static func roster(_ report: SessionReport) -> String {
        guard let roster = report.roster else { return players(report) }
        return roster.map { entry in
            let times = [("added", entry.added), ("joined", entry.joined), ("left", entry.left), ("removed", entry.kicked)]
                .compactMap { label, wall in wall.map { "\(label) \(clockTime($0))" } }
            return "\(entry.name) (\(entry.role)) " + (times.isEmpty ? "never joined" : times.joined(separator: ", "))
        }.joined(separator: "; ")
    }

    /// `10:00:05` of `2026-11-29T10:00:05.123Z`: the day is the report's start, said once in the header.
    static func clockTime(_ wall: String) -> String {
        guard let t = wall.firstIndex(of: "T") else { return wall }
        return String(wall[wall.index(after: t)...].prefix(8))
    }
}
