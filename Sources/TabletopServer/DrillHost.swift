import Foundation
import NIOCore
import TabletopCore
import TabletopDrill
import TabletopStore

/// The authority of a team drill: it owns the engine and the session log, orders every participant's
/// lines, and routes what the engine says to the participants entitled to see it.
///
/// Confinement: every method runs on `eventLoop`, one at a time, which is what makes the drill's order of
/// events a total order. That is why this class can be `@unchecked Sendable`.
public final class DrillHost: @unchecked Sendable {
    /// One person in the roster.
    final class Participant {
        let player: Player
        var connection: (any ParticipantConnection)?
        /// What was routed to this participant, in order, from message number `inboxBase` on (older ones
        /// are let go past `DrillHost.inboxLimit`); messages before number `delivered` have been sent.
        var inbox: [ServerMessage] = []
        var inboxBase = 0
        var delivered = 0
        var kicked = false
        var joinedBefore = false
        /// The drill's clock when this participant's connection was lost, for the catch-up line on return.
        var awayFrom: SimDuration?
        /// What reached this participant while away, held back after the catch-up line until they ask ('missed').
        var missed: [ServerMessage] = []
        /// How many messages had been sent when the connection was lost: what a fresh client of the same
        /// person (the join command run again) is resent at once, before the catch-up line.
        var deliveredWhenLeft = 0
        /// Lines this participant may still send at once; refilled with time, per name for the whole
        /// drill, so reconnecting does not buy a fresh allowance.
        /// Lines of this participant the host has handled (recorded or refused), told with each prompt.
        var linesAnswered = 0
        var lineBudget = DrillHost.lineBurst
        var budgetRefilled: ContinuousClock.Instant?

        init(player: Player) { self.player = player }
    }

    public let eventLoop: any EventLoop
    /// The drill: engine and session log in step.
    let session: DrillSession
    /// The engine playing the drill.
    public var engine: Engine { session.engine }
    var writer: SessionLogWriter { session.writer }
    let token: String
    /// Where the facilitator's console shows things; called on the event loop, must be thread-safe.
    let consoleSink: @Sendable (Output, String?) -> Void
    /// How the console shows the room (`view`), and whose events (`filter`: roles; empty is everyone).
    public internal(set) var consoleView = ConsoleView.full
    public internal(set) var consoleRoles: [String] = []
    var participants: [Participant]
    /// This server run's id, sent in every welcome.
    public let instance = UUID().uuidString
    public internal(set) var paused = false
    /// Whether the drill waits for the facilitator's `start` (a live drill starts paused, so joining takes no simulated time).
    public internal(set) var awaitingStart = false
    /// Live mode's map from the wall clock to the simulated one; nil in turn mode.
    var live: LiveClock?
    /// The wall clock live mode reads (a test gives its own).
    let wallClock: @Sendable () -> ContinuousClock.Instant
    var liveTimer: RepeatedTask?
    /// The prompt last sent, so that live mode sends a new one only when the minute changes.
    var lastPrompt = ""
    /// Scores the drill so far for the console's `progress`; nil when the scoring files were not loaded.
    let scorer: Scorer?
    /// Renders the debrief the solo shell shows, for participants' screens; nil sends none.
    let debrief: (@Sendable (Scorecard, Scenario) -> String)?
    /// Set when the session log changed under the drill; says where what was recorded went.
    public internal(set) var logLoss: String?
    /// Whether the console also shows the answers to participants' lookups (`status`, `who`, `help`…).
    public internal(set) var consoleDetail = false
    /// Facts a role-addressed inject revealed to its roles only, not yet shared with the team.
    var withheld: [WithheldFact] = []

    /// Creates a host for a started engine whose roster is its players; `liveSpeed` (simulated seconds per
    /// real second) makes the simulated clock follow `wallClock`.
    public init(engine: Engine, writer: SessionLogWriter, token: String, eventLoop: any EventLoop,
                now: @escaping @Sendable () -> String, console: @escaping @Sendable (Output, String?) -> Void,
                liveSpeed: Double? = nil, wallClock: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
                scorer: Scorer? = nil, startPaused: Bool = false, debrief: (@Sendable (Scorecard, Scenario) -> String)? = nil) {
        self.scorer = scorer
        self.debrief = debrief
        paused = startPaused
        awaitingStart = startPaused
        session = DrillSession(engine: engine, writer: writer, now: now)
        self.token = token
        self.eventLoop = eventLoop
        self.consoleSink = console
        self.wallClock = wallClock
        live = liveSpeed.map { LiveClock(speed: $0, simulated: engine.state.clock, now: wallClock()) }
        participants = engine.configuration.players.map { Participant(player: $0) }
    }

    /// Routes outputs that happened before anyone joined (the briefing, injects at T+0).
    public func publishStart(_ outputs: [Output]) {
        eventLoop.preconditionInEventLoop()
        route(outputs, actor: nil)
    }

    /// After a server restart: tells everyone where the drill stands (not logged: it is not an event).
    public func publishResumed() {
        eventLoop.preconditionInEventLoop()
        let status = engine.status()
        broadcast(.notice("The server restarted; the drill continues at T+\(engine.state.clock.clock) after \(engine.state.decisions.count) decision\(engine.state.decisions.count == 1 ? "" : "s")."))
        for participant in participants {
            for output in status { deliver(.output(output), to: participant) }
        }
    }

    /// Tells every connected participant the server is going away (the facilitator left an unfinished drill).
    public func announceShutdown() {
        eventLoop.preconditionInEventLoop()
        guard engine.state.end == nil else { return }
        for participant in participants {
            participant.connection?.send(.error("the facilitator stopped the server; when it restarts, rejoin with the same command", fatal: true))
        }
    }

    // MARK: Participants

    /// A participant says hello; returns an error message for a refused join.
    func join(_ connection: any ParticipantConnection, hello: ClientMessage) -> String? {
        eventLoop.preconditionInEventLoop()
        guard hello.v == WireProtocol.version else {
            return "this server speaks protocol version \(WireProtocol.version), your client \(hello.v); update tabletop"
        }
        guard Self.constantTimeEqual(hello.token ?? "", token) else { return "wrong join token" }
        guard logLoss == nil else { return Self.stoppedForTheLog }
        let name = hello.name ?? ""
        guard let participant = participants.first(where: { $0.player.name == name }) else {
            let names = participants.map { "\($0.player.name) (\($0.player.role))" }.joined(separator: ", ")
            return "no participant called '\(name.prefix(40))' in this drill; it expects: \(names)"
        }
        guard participant.player.role == hello.role?.lowercased() else {
            return "\(name) plays the role '\(participant.player.role)' in this drill, not '\((hello.role ?? "").prefix(40))'"
        }
        guard !participant.kicked else { return "the facilitator removed \(name) from this drill" }
        let sameRun = hello.instance == instance
        if let old = participant.connection {
            // A client rejoining this very run after a network failure takes over from the connection the
            // server has not yet seen die; anyone else is a second person under the same name.
            guard sameRun else { return "\(name) is already connected; a second connection under the same name is refused" }
            old.close()
        }
        participant.connection = connection
        // A client that was welcomed before (by this run or one before a restart) rejoins; it is no new arrival.
        let rejoin = participant.joinedBefore || hello.instance != nil
        participant.joinedBefore = true
        // Resume after what this client already has; a fresh client (seen 0) gets the whole drill so far.
        // `seen` counts messages of the run named by `instance`; from another run it means nothing.
        let seen = hello.instance == nil || sameRun ? hello.seen ?? 0 : 0
        let connectionNotice: String?
        participant.delivered = min(max(seen, 0), participant.inboxBase + participant.inbox.count)
        if participant.delivered < participant.inboxBase {
            let lost = participant.inboxBase - participant.delivered
            participant.delivered = participant.inboxBase
            connectionNotice = "\(lost) older messages of this drill are no longer kept for you; 'status' shows where it stands"
        } else {
            connectionNotice = nil
        }
        var welcome = ServerMessage(type: "welcome")
        // The session id, not the host's path to its log: participants need no map of the host's disk.
        welcome.session = writer.sessionID
        welcome.instance = instance
        welcome.title = engine.scenario.title
        welcome.name = name
        welcome.role = participant.player.role
        connection.send(welcome)
        if let connectionNotice { connection.send(.output(.notice(connectionNotice))) }
        // A client back after a gap gets what it had (a fresh one: resent), then one line for the gap; the
        // missed messages wait for 'missed'.
        if let awayFrom = participant.awayFrom {
            let from = min(max(participant.delivered, participant.deliveredWhenLeft), participant.inboxBase + participant.inbox.count)
            if let summary = awaySummary(for: participant, since: awayFrom, from: from) {
                holdBack(missedBy: participant, from: from, behind: summary)
            }
        }
        participant.awayFrom = nil
        note(rejoin ? "rejoined" : "joined", "\(name) (\(participant.player.role))")
        console(.notice("\(name) (\(participant.player.role)) \(rejoin ? "rejoined" : "joined")."), nil, role: participant.player.role)
        tellTeam("\(name) (\(participant.player.role)) \(rejoin ? "is back" : "joined the drill").", except: participant)
        flush(participant)
        sendPrompt(to: participant)
        return nil
    }

    /// A participant typed a line.
    func line(_ text: String, from name: String) {
        eventLoop.preconditionInEventLoop()
        guard let participant = participants.first(where: { $0.player.name == name }), participant.connection != nil else { return }
        participant.linesAnswered += 1
        // Asking for what one missed is the room's business, not the drill's: answered, never recorded.
        if Self.isCatchUpRequest(text) {
            showMissed(to: participant)
            sendPrompt(to: participant)
            return
        }
        guard logLoss == nil else {
            cutOffAfterTheLogWasLost(participant)
            return
        }
        // A blank line asks for nothing and records nothing, as in solo play.
        if text.allSatisfy(\.isWhitespace) {
            sendPrompt(to: participant)
            return
        }
        if let refusal = refusal(of: text) {
            participant.connection?.send(.output(.error(refusal)))
            sendPrompt(to: participant)
            return
        }
        // The line is on disk before anyone is shown what it causes; the log keeps who typed it as `@name`.
        let decisionsBefore = engine.state.decisions.count
        var outputs: [Output]
        do {
            outputs = try session.play(text, as: participant.player)
        } catch {
            participant.connection?.send(.output(.error("the server could not record that line; try again")))
            sendPrompt(to: participant)
            stopIfTheLogWasLost()
            return
        }
        rebaseLiveClock()
        stopIfTheLogWasLost()
        if case .success(let action?) = ActionParser.parseAction(text), action.verb == .status {
            outputs.append(.info("Team: " + connectionSummary()))
        }
        // Only decisions are announced to the team; looking things up (status, who, help) is private.
        if engine.state.decisions.count > decisionsBefore {
            let attribution = Output.notice("\(name) (\(participant.player.role)): \(text)")
            for other in participants where other !== participant { deliver(.output(attribution), to: other) }
            shareWithheldFacts(after: text, by: participant)
        }
        // With detail off, the console shows decisions only: ten people's lookups would drown them.
        if consoleDetail || !Self.isLookup(text) { console(.notice("\(name) (\(participant.player.role))> \(text)"), nil, role: participant.player.role) }
        route(outputs, actor: participant)
        moveOnWhenEveryoneIsBusy()
        sendPrompts()
        if let end = engine.state.end { announceEnd(end) }
    }

    /// Why a participant's line is refused before it is recorded, or nil when it is taken.
    private func refusal(of text: String) -> String? {
        // While paused, looking things up changes nothing and is answered; deciding waits for 'resume'.
        if awaitingStart, !Self.isLookup(text) { return "the drill has not started; the facilitator starts it when everyone has joined (lookups such as status work)" }
        if paused, !Self.isLookup(text) { return "the facilitator has paused the drill; wait for them to resume (lookups such as status still work)" }
        catchUpWithWallClock()
        if engine.state.end != nil { return "the drill has ended" }
        // Refused before it is recorded: a refused line costs the log nothing.
        return InputLine.refusal(text)
    }

    /// A participant's connection closed.
    func disconnected(_ name: String, connection: any ParticipantConnection) {
        eventLoop.preconditionInEventLoop()
        guard let participant = participants.first(where: { $0.player.name == name }), participant.connection === connection else { return }
        participant.connection = nil
        participant.awayFrom = engine.state.clock
        participant.deliveredWhenLeft = participant.delivered
        note("left", "\(name) (\(participant.player.role))")
        console(.notice("\(name) (\(participant.player.role)) left."), nil, role: participant.player.role)
        tellTeam("\(name) (\(participant.player.role)) left the drill.", except: participant)
    }

    // MARK: Routing

    /// Sends each output to the participants entitled to it (`Routing` decides who).
    func route(_ outputs: [Output], actor: Participant?) {
        let roster = participants.map(\.player)
        for (output, delivery) in recipients(of: outputs, actor: actor) {
            // What the scenario schedules is the scenario's, whoever's line moved the clock past it.
            if delivery.console { console(output, output.isInject ? nil : actor?.player.name, role: output.isInject ? nil : actor?.player.role) }
            for index in delivery.recipients {
                // The briefing is read in the participant's own role.
                let shown = RoleBriefing.adapted(output, for: participants[index].player, roster: roster)
                deliver(.output(shown), to: participants[index])
            }
        }
    }

    func deliver(_ message: ServerMessage, to participant: Participant) {
        participant.inbox.append(message)
        flush(participant)
        if participant.inbox.count > Self.inboxLimit {
            // Let go of the oldest in one go (a tenth), so trimming is not paid on every message.
            let drop = participant.inbox.count - Self.inboxLimit + Self.inboxLimit / 10
            participant.inbox.removeFirst(drop)
            participant.inboxBase += drop
        }
    }

    private func flush(_ participant: Participant) {
        guard let connection = participant.connection else { return }
        let end = participant.inboxBase + participant.inbox.count
        while participant.delivered < end {
            connection.send(participant.inbox[participant.delivered - participant.inboxBase])
            participant.delivered += 1
        }
    }

    func broadcast(_ output: Output) {
        console(output, nil)
        for participant in participants { deliver(.output(output), to: participant) }
    }

    func sendPrompts() {
        lastPrompt = Prompt.text(for: engine, at: simulatedNow)
        for participant in participants { sendPrompt(to: participant) }
    }

    func sendPrompt(to participant: Participant) {
        guard let connection = participant.connection else { return }
        var message = ServerMessage(type: "prompt")
        let prompt = Prompt.text(for: engine, at: simulatedNow, role: participant.player.role)
        message.prompt = paused ? String(prompt.dropLast(4)) + " paused] > " : prompt
        let snapshot = CompletionSnapshot(engine: engine)
        message.people = snapshot.people
        message.assets = snapshot.assets
        message.channels = snapshot.channels
        message.choices = engine.mayAnswerOpenQuestion(as: participant.player.role) ? snapshot.choices : 0
        message.answered = participant.linesAnswered
        connection.send(message)
    }

    func announceEnd(_ end: DrillEnd) {
        var message = ServerMessage(type: "ended")
        message.message = end.text
        // Scored once for the whole room: the card is the team's; only each person's part differs.
        let card = scorer?.score(engine.state, players: engine.configuration.players)
        let debriefText = card.flatMap { card in debrief.map { $0(card, engine.scenario) } }
        for participant in participants where participant.connection != nil {
            for output in results(for: participant, card: card, debrief: debriefText) { deliver(.output(output), to: participant) }
            participant.connection?.send(message)
        }
    }

    func note(_ kind: String, _ text: String) {
        try? session.note(kind, text)
        stopIfTheLogWasLost()
    }

    /// Who plays which role and whether they are connected, in roster order.
    public func connectionSummary() -> String {
        participants.map { "\($0.player.name) (\($0.player.role)) \($0.kicked ? "removed" : $0.connection == nil ? "not connected" : "connected")" }
            .joined(separator: ", ")
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
