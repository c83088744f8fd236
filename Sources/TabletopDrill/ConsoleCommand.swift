import TabletopCore

/// A line typed at the facilitator's console, parsed once: the host acts on it, completion and `help`
/// read the command words from `Name`, and the commands that change the drill are the engine's
/// `FacilitatorCommand`s.
public enum ConsoleCommand {
    /// The console's command words, in the order `help` lists them.
    public enum Name: String, CaseIterable, Sendable {
        case start, pause, resume, inject, hold, skip, advance, next, note, override, kick, unkick, add, end
        case status, who, decisions, progress, detail, view, filter, help, quit
    }

    /// Nothing typed.
    case empty
    /// Start a drill that waits for the facilitator (a live drill starts paused).
    case start
    /// Let a removed participant rejoin; nil when the line did not give exactly one name.
    case unkick(String?)
    /// Add a late joiner, `name:role`; nil when the line did not give exactly one.
    case add(String?)
    /// How the console shows the room: `full` (as it happens) or `compact` (one line an event); nil when neither was given.
    case view(ConsoleView?)
    /// Show only the events of participants with these roles (and the scenario's and the room's); empty shows everyone.
    case filter([String])
    /// Stop the drill for everyone until `resume`.
    case pause
    /// Let the drill go on after `pause`.
    case resume
    /// Remove a participant for good; nil when the line did not give exactly one name.
    case kick(String?)
    /// Move the clock to the next scheduled event.
    case next
    /// Who is connected.
    case who
    /// Show (true) or hide (false) participants' lookups at the console; nil when neither was given.
    case detail(Bool?)
    /// The runbook so far.
    case progress
    /// Every decision so far.
    case decisions
    /// Where the drill stands.
    case status
    /// The list of commands.
    case help
    /// Leave the console: `quit`, `exit` or `leave`, alone on the line.
    case quit
    /// A command that changes the drill: recorded in the session log and replayed.
    case drill(FacilitatorCommand)
    /// A drill command whose arguments are wrong: the message says how to write it.
    case invalid(String)
    /// A first word that is no command.
    case unknown(String)

    /// Reads a console line; only its first word decides which command it is.
    public static func parse(_ line: String) -> ConsoleCommand {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first?.lowercased() else { return .empty }
        switch Name(rawValue: first) {
        case .start?: return words.count == 1 ? .start : .unknown(String(words[0]))
        case .unkick?: return .unkick(words.count == 2 ? String(words[1]) : nil)
        case .add?: return .add(words.count == 2 ? String(words[1]) : nil)
        case .view?:
            guard words.count == 2, let view = ConsoleView(rawValue: words[1].lowercased()) else { return .view(nil) }
            return .view(view)
        case .filter?:
            let roles = words.dropFirst().flatMap { $0.split(separator: ",") }.map { $0.lowercased() }
            return .filter(roles == ["off"] || roles == ["all"] ? [] : roles)
        case .pause?: return .pause
        case .resume?: return .resume
        case .kick?: return .kick(words.count == 2 ? String(words[1]) : nil)
        case .who?: return .who
        case .next?: return words.count == 1 ? .next : .unknown(String(words[0]))
        case .detail?:
            guard words.count == 2, ["on", "off"].contains(words[1].lowercased()) else { return .detail(nil) }
            return .detail(words[1].lowercased() == "on")
        case .progress?: return .progress
        case .decisions?: return .decisions
        case .status?: return .status
        case .help?: return .help
        case .quit?: return words.count == 1 ? .quit : .unknown(String(words[0]))
        case .inject?, .hold?, .skip?, .advance?, .note?, .override?, .end?, nil:
            if ["exit", "leave"].contains(first), words.count == 1 { return .quit }
            switch FacilitatorCommand.parse(line) {
            case .failure(let error): return .invalid(error.message)
            case .success(nil): return .unknown(String(words[0]))
            case .success(let command?): return .drill(command)
            }
        }
    }
}

/// How the facilitator's console shows the room.
public enum ConsoleView: String, Sendable {
    /// Every line as it happens, wrapped (the default).
    case full
    /// One line an event: who, and the first line of what happened, cut to the width.
    case compact
}
