import TabletopCore
import TabletopDrill

/// What the facilitator's console shows of the room: every line as it happens, or (`view compact`) one
/// line an event, and (`filter legal,comms`) only the participants of some roles. A room of ten moves
/// faster than anyone reads; the compact view keeps the clock, who and the gist of each event.
extension DrillHost {
    /// The width of a compact line, so one event stays one line at an 80-column console.
    static let compactWidth = 78

    /// Shows `output` at the console as the view and filter say; `role` is the role of the participant it
    /// belongs to (nil for the scenario's, the room's and the facilitator's, which every filter shows).
    func console(_ output: Output, _ actor: String?, role: String? = nil) {
        if let role, !consoleRoles.isEmpty, !consoleRoles.contains(role) { return }
        switch consoleView {
        case .full: consoleSink(output, actor)
        case .compact: consoleSink(.info(Self.compact(output, actor: actor, at: engine.state.clock)), nil)
        }
    }

    /// One line for an event: `T+00:35 inject ceo-call Raj Patel: …`, cut to `compactWidth`.
    static func compact(_ output: Output, actor: String?, at clock: SimDuration) -> String {
        let what: String = switch output {
        case .inject(let message): "inject \(message.id) \(message.from): \(message.text)"
        case .answer(_, let name, let text): "\(name): \(text)"
        case .briefing(let title, _): "briefing: \(title)"
        case .fact(let id, let text): "learnt \(id): \(text)"
        case .evidence(let step, let title): "step \(step) \(title)"
        case .clock(let notice): "clock \(notice.label) \(notice.event.rawValue)"
        case .warning(let text): "warning: \(text)"
        case .error(let text): "error: \(text)"
        case .end(let end): "END \(end.text)"
        case .response(let text), .notice(let text), .info(let text): text
        }
        let at = if case .inject(let message) = output { message.at } else { clock }
        let firstLine = what.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let line = "T+\(at.clock) " + (actor.map { "[\($0)] " } ?? "") + TerminalText.inline(firstLine)
        return line.count <= compactWidth ? line : String(line.prefix(compactWidth - 1)) + "…"
    }

    /// `view full|compact`, `filter <role>[,<role>…]|off`: the console's answers.
    func setView(_ view: ConsoleView?) -> [String] {
        guard let view else { return ["view takes full or compact; it is \(consoleView.rawValue)"] }
        consoleView = view
        return [view == .compact ? "The console shows one line an event." : "The console shows every line in full."]
    }

    func setFilter(_ roles: [String]) -> [String] {
        let playing = participants.map(\.player.role)
        if let unknown = roles.first(where: { !playing.contains($0) }) {
            var seen: [String] = []
            for role in playing where !seen.contains(role) { seen.append(role) }
            return ["nobody plays '\(TerminalText.inline(String(unknown.prefix(30))))'\(Suggestion.didYouMean(unknown, among: seen)); the roles here: \(seen.joined(separator: ", "))"]
        }
        consoleRoles = roles
        return [roles.isEmpty ? "The console shows everyone's events."
                : "The console shows the events of \(roles.joined(separator: ", ")) (and the scenario's and the room's); 'filter off' shows everyone's."]
    }

    /// `add name:role`: a late joiner, recorded in the log (so a replay knows them), told to the team.
    func addParticipant(_ text: String?) -> [String] {
        guard let text, text.contains(":"), case .success(let players) = Player.parseList(text), players.count == 1 else {
            return ["add takes one name:role, e.g. 'add fay:security'"]
        }
        guard case .success(let checked) = TeamRoles.check(players, scenario: engine.scenario), let player = checked.first else {
            if case .failure(let error) = TeamRoles.check(players, scenario: engine.scenario) { return ["error: \(error.message)"] }
            return ["add takes one name:role"]
        }
        guard !participants.contains(where: { $0.player.name.lowercased() == player.name.lowercased() }) else {
            return ["error: someone called \(player.name) is in this drill already"]
        }
        do {
            try session.addPlayer(player)
        } catch {
            stopIfTheLogWasLost()
            return ["error: the server could not record the addition"]
        }
        participants.append(Participant(player: player))
        tellTeam("The facilitator added \(player.name) (\(player.role)) to the drill.", except: nil)
        return ["\(player.name) (\(player.role)) is added; they join as the others do, with --name \(player.name) --role \(player.role)."]
    }
}
