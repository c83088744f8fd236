/// Actions typed for later (`disable kai-account at Fri 10:00`, `statement publish at 17:30`): they
/// wait in the event queue as `.scheduled` events, `status` lists them, `cancel` calls one off, and
/// each runs at its time as if typed then, with its consequences.
extension Engine {
    /// Checks the time and schedules the line for then; nothing is done, and no time passes, until
    /// the moment comes.
    mutating func schedule(_ action: Action, raw: String, player: Player) -> [Output] {
        guard let until = action.until else { return [] }
        let publishing = action.verb == .statementPublish
        switch localClock.offset(of: until, after: state.clock) {
        case .success(let offset) where offset > state.clock:
            // What the trainee typed for a moment is done at that moment before the world reports on it
            // (a cut-off at the exit meeting's 10:00 is in place when the meeting is); older sessions replay as played.
            schedule(.scheduled(player: player.name, line: raw), at: offset, aheadOfWorld: configuration.realClock)
            if publishing { return [.notice("Scheduled: the statement goes out at \(localClock.stamp(at: offset)), as the draft stands then.")] }
            // Its number in `status`: after everything due before it (or at the same time, scheduled earlier).
            let number = scheduledActions.filter { $0.at <= offset }.count
            return [.notice("Scheduled: '\(Self.withoutTime(raw))' runs at \(localClock.stamp(at: offset)). 'status' lists it; 'cancel \(number)' calls it off.")]
        case .success:
            let now = publishing ? "publish now with 'statement publish'" : "do it now with '\(Self.withoutTime(raw))'"
            return [.error("it is \(localClock.dayAndTime(at: state.clock)) already; \(now)")]
        case .failure(let error): return [.error(error.message)]
        }
    }

    /// Runs a scheduled line as its player, now that its time has come. An action the world no longer
    /// allows (the account is gone, the asset was deleted) does not run, and the trainee is told why.
    mutating func runScheduled(_ line: String, by name: String, into outputs: inout [Output]) {
        guard case .success(let parsed?) = ActionParser.parseAction(line) else { return }
        var action = withTagsResolved(parsed)
        action.until = nil
        let player = configuration.players.first { $0.name == name } ?? configuration.players[0]
        guard state.statementDraft != nil || action.verb != .statementPublish else {
            outputs.append(.notice("The statement scheduled for now was not published: there is no draft."))
            return
        }
        if action.verb != .statementPublish {
            if let problem = problem(with: action, player: player) {
                outputs.append(.notice("'\(Self.withoutTime(line))' was scheduled for now but does not run: \(problem)."))
                return
            }
            let shown = Self.withoutTime(line)
            outputs.append(.notice("\(localClock.stamp(at: state.clock)): as you scheduled, '\(shown)'" + (shown.last.map { ".!?".contains($0) } == true ? "" : ".")))
        }
        runningTimedLine = true
        outputs += decideGoAhead(action, raw: line, player: player) ?? decide(action, raw: line, player: player)
        runningTimedLine = false
    }

    /// A change done now makes the same change typed for later moot: it is called off and the trainee
    /// told, so that `status` never lists as waiting what is already done.
    mutating func callOffScheduledCopies(of action: Action, into outputs: inout [Output]) {
        // Only a verb that can be typed for later has copies to call off; others never sort the queue.
        guard action.verb.isSchedulable, action.verb != .statementPublish, action.until == nil, let object = action.object else { return }
        for waiting in scheduledActions {
            // Only what the trainee typed for a time (`at …`); a move waiting for a paged person's answer stays.
            guard case .success(let other?) = ActionParser.parseAction(waiting.line), other.until != nil,
                  other.verb == action.verb, other.object?.lowercased() == object.lowercased() else { continue }
            state.queue.remove(waiting.event)
            outputs.append(.notice("Called off: '\(Self.withoutTime(waiting.line))', scheduled for \(localClock.stamp(at: waiting.at)), is done now."))
        }
    }

    /// The actions waiting for their time, in the order they will run: what `status` numbers and
    /// `cancel <n>` names.
    public var scheduledActions: [(at: SimDuration, player: String, line: String, event: ScheduledEvent)] {
        state.queue.sorted.compactMap { event in
            guard case .scheduled(let player, let line) = event.kind else { return nil }
            return (event.at, player, line, event)
        }
    }

    /// `status`'s lines for the scheduled actions; none when nothing waits.
    var scheduledLines: [String] {
        let actions = scheduledActions
        guard !actions.isEmpty else { return [] }
        let team = configuration.players.count > 1
        return ["Scheduled:"] + actions.enumerated().map { index, action in
            "  \(index + 1). \(localClock.stamp(at: action.at)): \(Self.withoutTime(action.line))\(team ? " (\(action.player))" : "")"
        }
    }

    /// `cancel <n>` (or `cancel` when one action waits, or words of its line): the action is called
    /// off before it runs. No time passes.
    mutating func cancel(_ text: String?) -> [Output] {
        let actions = scheduledActions
        guard !actions.isEmpty else { return [.error("nothing is scheduled; schedule an action with 'at', such as 'disable <asset> at 18:00'")] }
        let choice: Int?
        if let text, let number = Int(text) {
            guard (1...actions.count).contains(number) else { return [.error("there is no scheduled action \(number); 'status' lists 1 to \(actions.count)")] }
            choice = number - 1
        } else if let text {
            let matches = actions.indices.filter { Self.withoutTime(actions[$0].line).lowercased().contains(text.lowercased()) }
            choice = matches.count == 1 ? matches[0] : nil
        } else {
            choice = actions.count == 1 ? 0 : nil
        }
        guard let choice else {
            return [.error("which one? 'cancel <n>', n from 1 to \(actions.count) as 'status' lists them")]
        }
        let action = actions[choice]
        state.queue.remove(action.event)
        return [.notice("Called off: '\(Self.withoutTime(action.line))', which was to run at \(localClock.stamp(at: action.at)).")]
    }

    /// Why an action cannot be set for `time` (it has passed, or is not on the calendar), or nil.
    func timeProblem(_ time: LocalTime?) -> String? {
        guard let time, case .failure(let error) = localClock.offset(of: time, after: state.clock) else { return nil }
        return error.message
    }

    /// The line as it runs, without its `at <time>`: `disable kai-account`.
    /// An "at" inside a quoted message is its words, not the time ("… try to get at customer-exports …", blind86 #78: the
    /// line was cut there); a message waiting for a page answer has no time and is said whole.
    static func withoutTime(_ line: String) -> String {
        guard case .success(let action?) = ActionParser.parseAction(line), action.until != nil else { return line }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        var quoted = false
        var at: Int?
        for (index, word) in words.enumerated() {
            if index >= 1, !quoted, word.lowercased() == "at" { at = index; break }
            if word.filter({ $0 == "\"" }).count % 2 == 1 { quoted.toggle() }
        }
        guard let at else { return line }
        return words[..<at].joined(separator: " ")
    }
}
