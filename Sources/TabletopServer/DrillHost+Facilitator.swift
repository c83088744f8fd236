import TabletopCore
import TabletopDrill

/// The facilitator's console commands: pause and resume, kick, lookups for the facilitator, and the
/// commands that change the drill (tried on a copy first, recorded only when accepted).
extension DrillHost {
    /// Handles a facilitator's line; returns text for the console.
    public func facilitate(_ line: String) -> [String] {
        eventLoop.preconditionInEventLoop()
        if let logLoss { return ["error: the drill stopped: \(logLoss)"] }
        // Refused before anything is recorded or shown, as participants' lines are.
        if let refusal = InputLine.refusal(line) { return ["error: \(refusal)"] }
        switch ConsoleCommand.parse(line) {
        case .empty: return []
        case .start:
            guard awaitingStart else { return ["The drill has started already."] }
            awaitingStart = false
            return run(note: "started", notice: "The facilitator started the drill; the clock runs.", reply: "Started.")
        case .unkick(let name):
            guard let name, let participant = participants.first(where: { $0.player.name == name && $0.kicked }) else {
                let removed = participants.filter(\.kicked).map(\.player.name)
                return [removed.isEmpty ? "Nobody is removed." : "unkick takes a removed participant's name: " + removed.joined(separator: ", ")]
            }
            participant.kicked = false
            note("unkicked", participant.player.name)
            return ["\(participant.player.name) may rejoin with the same join command."]
        case .pause:
            guard !paused else { return ["The drill is already paused."] }
            // In live mode the clock stops where the wall clock had brought it.
            catchUpWithWallClock()
            paused = true
            note("paused", "by the facilitator")
            broadcast(.notice("The facilitator has paused the drill."))
            sendPrompts()
            return ["Paused. Participants' lines are refused until 'resume'."]
        case .resume:
            guard !awaitingStart else { return ["The drill has not started; type 'start'."] }
            guard paused else { return ["The drill is not paused."] }
            return run(note: "resumed", notice: "The facilitator has resumed the drill.", reply: "Resumed.")
        case .kick(let name):
            guard let name, let participant = participants.first(where: { $0.player.name == name }) else {
                return ["kick takes a participant's name: " + participants.map(\.player.name).joined(separator: ", ")]
            }
            participant.kicked = true
            participant.connection?.send(.error("the facilitator removed you from this drill", fatal: true))
            participant.connection?.close()
            participant.connection = nil
            note("kicked", participant.player.name)
            tellTeam("The facilitator removed \(participant.player.name) (\(participant.player.role)) from the drill.", except: participant)
            return ["\(participant.player.name) is removed and cannot rejoin."]
        case .who:
            return [connectionSummary()]
        case .add(let text):
            return addParticipant(text)
        case .view(let view):
            return setView(view)
        case .filter(let roles):
            return setFilter(roles)
        case .next:
            return moveToNextEvent()
        case .detail(let on):
            guard let on else { return ["detail takes on or off; it is \(consoleDetail ? "on" : "off")"] }
            consoleDetail = on
            return [consoleDetail ? "The console now shows the answers to participants' lookups too."
                                  : "The console shows participants' lookups as their lines only."]
        case .progress:
            guard let scorer else { return ["progress needs the scoring files, which could not be loaded"] }
            return FacilitatorProgress.lines(scorer.score(engine.state, players: engine.configuration.players), now: simulatedNow)
        case .decisions:
            let lines = engine.state.decisions.map { "\($0.index). T+\($0.at.clock) \($0.actor) (\($0.role)): \($0.raw)" }
            return lines.isEmpty ? ["No decisions yet."] : lines
        case .status:
            let status = engine.status().compactMap { if case .info(let text) = $0 { text } else { nil } }
            return status + [paused ? "Paused." : "Running."] + facilitate("who")
        case .help:
            return [
                "pause · resume · inject <id> · hold <id> · skip <id> · advance <duration> · next · note \"<text>\"",
                "override <decision> <points> \"reason\" · kick <name> · unkick <name> · add <name:role> · start (a live drill) · end",
                "status · who · decisions · progress · detail on|off · view full|compact · filter <role>[,<role>]|off · help",
                "quit (twice) leaves without ending: the server stops and 'tabletop host --resume' restarts it",
            ]
        case .quit, .unknown:
            // Leaving is the console's to do, not the host's.
            let word = line.split(separator: " ", omittingEmptySubsequences: true).first ?? ""
            return ["unknown command '\(word.prefix(30))'; type 'help'"]
        case .invalid(let message):
            return ["error: \(message)"]
        case .drill(let command):
            return apply(command, line: line)
        }
    }

    /// Lets the clock run (after `start` or `resume`), recorded and told to everyone.
    private func run(note kind: String, notice: String, reply: String) -> [String] {
        paused = false
        // Time does not jump by the length of the pause (or of the wait for the start): what was scheduled shifts by it.
        rebaseLiveClock()
        note(kind, "by the facilitator")
        broadcast(.notice(notice))
        sendPrompts()
        return [reply]
    }

    /// A command that changes the drill: refused ones are not recorded and change nothing.
    private func apply(_ command: FacilitatorCommand, line: String) -> [String] {
        catchUpWithWallClock()
        let outputs: [Output]
        do {
            switch try session.facilitate(command, line: line) {
            case .refused(let message): return ["error: \(message)"]
            case .applied(let applied): outputs = applied
            }
        } catch {
            stopIfTheLogWasLost()
            return ["error: the server could not record that command"]
        }
        rebaseLiveClock()
        stopIfTheLogWasLost()
        switch command {
        case .note, .hold, .skip, .override:
            // Notes, held and skipped injects and score overrides are the facilitator's: telling the team would
            // announce what is coming, or grade them mid-drill.
            outputs.forEach { console($0, nil) }
        default:
            route(outputs, actor: nil)
        }
        sendPrompts()
        if let end = engine.state.end { announceEnd(end) }
        return []
    }
}
