/// The roles a team drill knows: the runbook's (who does what in an incident) and any a scenario
/// addresses injects to (`to: [...]`). Roles are written in lower case; a roster's are matched
/// case-insensitively.
public enum TeamRoles {
    /// One role of the vocabulary.
    public struct Role: Sendable, Hashable {
        /// How `--players` writes it.
        public var id: String
        /// What the role does, for a participant's briefing.
        public var duty: String
        /// The runbook phases (`Runbook.Phase` ids) this role answers for in a team's improvement plan.
        public var phases: [String] = []
    }

    /// The runbook's roles, in the order documented (README "Team drills").
    public static let vocabulary: [Role] = [
        Role(id: "ic", duty: "the incident commander: you lead the response, set the severity and decide", phases: ["detect", "close"]),
        Role(id: "scribe", duty: "the scribe: you keep the incident's record and timeline", phases: ["document"]),
        Role(id: "legal", duty: "counsel: you weigh notification duties, regulators and contracts"),
        Role(id: "comms", duty: "communications: you own statements to customers, staff and the press", phases: ["communicate"]),
        Role(id: "ops", duty: "operations: you contain, fix and restore the systems", phases: ["contain", "recover"]),
        Role(id: "security", duty: "security: you analyse, scope and preserve the evidence", phases: ["analyse"]),
        Role(id: "leadership", duty: "leadership: you make the business's calls and answer for them"),
        Role(id: "hr", duty: "human resources: you handle what touches staff"),
        Role(id: "support", duty: "customer support: you face the customers' questions"),
    ]

    /// Words people write for a role of the vocabulary, proposed by the did-you-mean.
    static let synonyms: [String: String] = [
        "commander": "ic", "lead": "ic", "incident-commander": "ic", "notes": "scribe", "lawyer": "legal", "counsel": "legal",
        "pr": "comms", "press": "comms", "communications": "comms", "sre": "ops", "it": "ops", "engineering": "ops",
        "analyst": "security", "soc": "security", "exec": "leadership", "executive": "leadership", "ceo": "leadership",
        "people": "hr", "helpdesk": "support",
    ]

    /// The roles the scenario addresses injects to, in the order they first appear.
    public static func addressed(in scenario: Scenario) -> [String] {
        var roles: [String] = []
        for inject in scenario.injects {
            for role in inject.to where !roles.contains(role) { roles.append(role) }
        }
        return roles
    }

    /// Every role a roster may use with this scenario: the vocabulary, then the scenario's own.
    public static func known(in scenario: Scenario) -> [String] {
        var roles = vocabulary.map(\.id)
        for role in addressed(in: scenario) where !roles.contains(role.lowercased()) { roles.append(role.lowercased()) }
        return roles
    }

    /// Who in `roster` answers for a step of `phase` in the improvement plan: the player of the role the
    /// runbook gives that phase, else the IC, else the first player.
    public static func owner(ofPhase phase: String, in roster: [Player]) -> Player? {
        let roles = vocabulary.filter { $0.phases.contains(phase) }.map(\.id)
        return roster.first { roles.contains($0.role) } ?? roster.first { $0.role == "ic" } ?? roster.first
    }

    /// In a team, who answers for an improvement item of a step in `phase` (nil: the close), written
    /// "bo (legal)": the player `owner(ofPhase:in:)` picks. Nil solo: the trainee owns everything. The
    /// report's plan and the history's tracker both use it, so the two always name the same owner.
    public static func planOwner(ofPhase phase: String?, in roster: [Player]) -> String? {
        guard roster.count > 1 else { return nil }
        return owner(ofPhase: phase ?? "close", in: roster).map { "\(TerminalText.inline($0.name)) (\($0.role))" }
    }

    /// What a role does, for its briefing; a scenario's own role has no description.
    public static func duty(of role: String) -> String? {
        vocabulary.first { $0.id == role }?.duty
    }

    /// The roster with its roles in lower case, or the first role nobody knows, with a did-you-mean.
    public static func check(_ players: [Player], scenario: Scenario) -> Result<[Player], InputError> {
        let known = known(in: scenario)
        var checked: [Player] = []
        for player in players {
            let role = player.role.lowercased()
            guard known.contains(role) else {
                let suggestion = synonyms[role].map { "; did you mean '\($0)'?" } ?? Suggestion.didYouMean(role, among: known)
                return .failure(InputError("\(player.name) has the role '\(TerminalText.inline(player.role))', which neither the scenario nor the runbook knows"
                    + (suggestion.isEmpty ? "; the roles are \(known.joined(separator: ", "))" : suggestion)))
            }
            checked.append(Player(name: player.name, role: role))
        }
        return .success(checked)
    }

    /// Who receives what the scenario addresses to `roles` in a team of `roster`: those roles when someone
    /// plays one; otherwise the IC stands in; with no IC either, everyone (the facilitator reads it out).
    /// Empty means everyone.
    public static func recipients(of roles: [String], in roster: [Player]) -> [String] {
        guard !roles.isEmpty, roster.count > 1 else { return roles }
        if roster.contains(where: { roles.contains($0.role) }) { return roles }
        return roster.contains(where: { $0.role == "ic" }) ? ["ic"] : []
    }

    /// One warning per role the scenario addresses that nobody in the roster plays, saying who answers instead.
    public static func unstaffed(_ scenario: Scenario, roster: [Player]) -> [String] {
        guard roster.count > 1 else { return [] }
        let ic = roster.filter { $0.role == "ic" }.map(\.name)
        return addressed(in: scenario).filter { role in !roster.contains { $0.role == role } }.map { role in
            let count = scenario.injects.filter { $0.to.contains(role) }.count
            let instead = ic.isEmpty ? "nobody plays ic either, so the facilitator reads them out and anyone may answer"
                                     : "the IC (\(ic.joined(separator: ", "))) receives and answers them instead"
            return "nobody plays \(role), to whom the scenario addresses \(count) inject\(count == 1 ? "" : "s"); \(instead)"
        }
    }
}
