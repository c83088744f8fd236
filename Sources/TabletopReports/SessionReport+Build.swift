import Foundation
import TabletopCore

extension SessionReport {
    /// Builds the report of a drill from its log, the engine rebuilt from it, and its scorecard.
    public static func build(log: SessionLog, engine: Engine, scorecard: Scorecard, runbookVersion: String) -> SessionReport {
        let header = log.header
        let scenario = engine.scenario
        let owner = (header.trainee ?? header.configuration.players.first?.name).map(TerminalText.inline) ?? "incident commander"
        let clock = scenario.localClock
        return SessionReport(
            format: currentFormat, session: header.session,
            scenario: ScenarioSummary(scenario), trainee: traineeName(header), players: header.configuration.players,
            roster: roster(log.records, players: header.configuration.players), started: header.started, ended: log.lastWall,
            simulatedDuration: engine.state.clock, realDurationSeconds: realDuration(from: header.started, to: log.lastWall),
            seed: header.configuration.seed, variants: scenario.variants.isEmpty ? nil : scenario.variants, mode: header.configuration.mode,
            versions: Versions(tool: header.tool, runbook: runbookVersion, scenarioHash: header.scenarioHash, runbookHash: header.runbookHash),
            scorecard: scorecard,
            timeline: timeline(engine: engine, scorecard: scorecard).map { event in
                var event = event
                event.localTime = clock.iso(at: event.at)
                return event
            },
            improvementPlan: scorecard.improvementPlan.map {
                ActionItem(capability: $0.capability, observation: $0.observation, recommendation: $0.recommendation,
                           // The replayed roster: late joiners (`add`) can own items too.
                           owner: teamOwner(of: $0.step, engine: engine, roster: engine.configuration.players) ?? owner,
                           due: dueDate(from: header.started), step: $0.step)
            },
            notes: engine.state.notes,
            transcript: transcript(log.records, team: header.configuration.players.count > 1).map { line in
                var line = line
                line.localTime = clock.iso(at: line.at)
                return line
            })
    }

    /// The trainee's name as reports show it (inert on a terminal); nil for a team drill.
    static func traineeName(_ header: SessionHeader) -> String? {
        header.trainee.map(TerminalText.inline)
    }

    /// In a team, who answers for an improvement item: the player of the role responsible for its step's
    /// phase (`TeamRoles.owner`), as "bo (legal)"; nil solo (the trainee owns everything).
    static func teamOwner(of step: Int?, engine: Engine, roster: [Player]) -> String? {
        TeamRoles.planOwner(ofPhase: step.flatMap { engine.runbook.step($0)?.phase }, in: roster)
    }

    static func realDuration(from start: String, to end: String?) -> Int? {
        guard let end, let from = date(start), let to = date(end) else { return nil }
        return max(0, Int(to.timeIntervalSince(from)))
    }

    /// An ISO 8601 wall-clock time, with or without fractional seconds.
    static func date(_ text: String) -> Date? {
        WallTime.date(text)
    }

    /// Thirty days after the drill: the default due date for improvement items.
    static func dueDate(from start: String) -> String {
        guard let date = date(start) else { return "" }
        return WallTime.day(date.addingTimeInterval(30 * 86_400))
    }

    static func timeline(engine: Engine, scorecard: Scorecard) -> [TimelineEvent] {
        var events: [(order: Int, event: TimelineEvent)] = []
        for fired in engine.state.fired {
            guard let inject = engine.scenario.injects.first(where: { $0.id == fired.id }) else { continue }
            let sender = inject.from.flatMap { id in engine.scenario.cast.first { $0.id == id }?.name } ?? inject.sender ?? ""
            events.append((0, TimelineEvent(at: fired.at, kind: "inject", label: inject.id, detail: "\(sender) via \(inject.channel): \(inject.text)")))
        }
        for decision in engine.state.decisions {
            events.append((1, TimelineEvent(at: decision.at, kind: "decision", label: decision.raw, detail: "\(decision.actor) (\(decision.role))")))
        }
        for step in scorecard.steps {
            if let done = step.doneAt {
                events.append((2, TimelineEvent(at: done, kind: "step", label: "\(step.number)", detail: "\(step.title): \(step.status.rawValue)")))
            }
        }
        for clock in scorecard.clocks {
            if let deadline = clock.deadline {
                events.append((3, TimelineEvent(at: deadline, kind: "clock", label: clock.label, detail: "\(clock.label) deadline: \(clock.status)")))
            }
        }
        if let end = scorecard.end {
            events.append((4, TimelineEvent(at: end.at, kind: "end", label: end.outcome, detail: end.text)))
        }
        return events.enumerated().sorted { ($0.element.event.at, $0.element.order, $0.offset) < ($1.element.event.at, $1.element.order, $1.offset) }
            .map(\.element.event)
    }

    /// The room's events a team drill's transcript keeps (who joined, left, was removed; pauses; restarts),
    /// with their wall-clock time, since the log's notes are the only record of them.
    static let presenceNotes: Set<String> = ["team", "joined", "rejoined", "left", "kicked", "unkicked", "added", "started", "paused", "resumed"]

    static func transcript(_ records: [SessionRecord], team: Bool = false) -> [TranscriptLine] {
        var clock = SimDuration.zero
        var lines: [TranscriptLine] = []
        for record in records {
            switch record {
            case .input(let input):
                clock = input.at
                lines.append(TranscriptLine(at: input.at, kind: "input", text: input.text))
            case .advance(let advance):
                clock = advance.to
            case .facilitator(let input):
                clock = input.at
                lines.append(TranscriptLine(at: input.at, kind: "facilitator", text: input.text))
            case .output(let output):
                guard let line = transcriptLine(output, at: clock) else { break }
                lines.append(line)
                // Outputs come in the order things happened: what follows an inject of a long command
                // (the finding it makes when done) happened no earlier than that inject.
                clock = max(clock, line.at)
            case .note(let note) where team && presenceNotes.contains(note.kind):
                lines.append(TranscriptLine(at: clock, kind: "room", text: "\(note.kind) \(note.text) (\(note.wall))"))
            default:
                break
            }
        }
        return lines
    }

    static func transcriptLine(_ output: Output, at clock: SimDuration) -> TranscriptLine? {
        let text: String
        var at = clock
        switch output {
        case .briefing(let title, let body): text = "\(title): \(body)"
        case .inject(let message):
            at = message.at
            text = "\(message.from) via \(message.channel): \(message.text)"
                + (message.question.map { " Question: \($0) " + message.options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ") } ?? "")
        case .answer(_, let name, let body): text = "\(name): \(body)"
        case .evidence: return nil
        case .clock(let notice):
            text = "\(notice.label) clock \(notice.event.rawValue) (deadline T+\(notice.deadline.clock))"
                + (notice.event == .started ? notice.metBy.map { "; met by \($0.map { "'\($0)'" }.joined(separator: " or "))" } ?? "" : "")
        case .end(let end):
            at = end.at
            text = end.text
        case .response, .fact, .notice, .warning, .error, .info: text = output.text
        }
        return TranscriptLine(at: at, kind: output.kind.rawValue, text: text)
    }
}
