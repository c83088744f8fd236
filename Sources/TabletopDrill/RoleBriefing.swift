import TabletopCore

/// The briefing as one role reads it: scenarios write it for the incident commander ("You are the
/// security on-call…", "Act as the incident commander would"), which is wrong for legal or comms.
public enum RoleBriefing {
    /// `text` for a participant of `role` in `roster`: unchanged for the IC; for anyone else, a first line
    /// saying what they play and who leads, and the scenario's "You are the …" read as the team's lead.
    public static func text(_ text: String, role: String, roster: [Player]) -> String {
        guard role != "ic", roster.count > 1 else { return text }
        let leads = roster.filter { $0.role == "ic" }.map(\.name)
        let duty = TeamRoles.duty(of: role) ?? "the \(role) role"
        let lead = leads.isEmpty ? "Nobody plays the incident commander: agree who decides."
                                 : "\(leads.joined(separator: " and ")) lead\(leads.count == 1 ? "s" : "") as incident commander."
        let adapted = text
            .replacingOccurrences(of: "You are the ", with: "Your team's lead is the ")
            .replacingOccurrences(of: "Act as the incident commander would.", with: "Act as your role would.")
        return "You play \(role), \(duty). \(lead)\n\n" + adapted
    }

    /// The output as `player` should see it: a briefing adapted to their role, anything else as it is.
    public static func adapted(_ output: Output, for player: Player, roster: [Player]) -> Output {
        guard case .briefing(let title, let body) = output else { return output }
        return .briefing(title: title, text: text(body, role: player.role, roster: roster))
    }
}
