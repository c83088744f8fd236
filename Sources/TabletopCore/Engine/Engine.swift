/// Plays a scenario against the trainee's lines: pure and deterministic, it never prints, reads a
/// clock or draws an unseeded random number. The shell feeds it lines (and, in live mode, the
/// simulated time the wall clock has reached) and renders the outputs it returns.
///
/// ```swift
/// var engine = Engine(scenario: scenario, runbook: runbook, configuration: .init(seed: 1, mode: .practice, players: []))
/// show(engine.start())
/// show(engine.handle("page jon"))
/// ```
public struct Engine: Sendable {
    /// What never changes during a drill, shared by every copy of the engine so that copies stay cheap.
    /// The tables derived from the scenario and runbook are `ScenarioTables`, shared further: between the
    /// drills of one scenario whose only difference is their jittered inject times.
    final class World: Sendable {
        let scenario: Scenario
        let runbook: Runbook
        let configuration: EngineConfiguration
        /// Injects by id, as this drill's scenario has them (with its own jittered times).
        let injectsByID: [String: Inject]
        /// Everything else derived from the scenario and runbook.
        let tables: ScenarioTables

        init(scenario: Scenario, runbook: Runbook, configuration: EngineConfiguration) {
            self.scenario = scenario
            self.runbook = runbook
            self.configuration = configuration
            injectsByID = Dictionary(scenario.injects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            tables = ScenarioTables.shared(scenario: scenario, runbook: runbook)
        }

        var peopleByID: [String: Person] { tables.peopleByID }
        var assetsByID: [String: Asset] { tables.assetsByID }
        var factsByID: [String: Fact] { tables.factsByID }
        var factsWithAvailability: [Fact] { tables.factsWithAvailability }
        var index: ConditionIndex { tables.index }
        var judge: StepJudge { tables.judge }
        var sensitiveWords: Set<String> { tables.sensitiveWords }
        var everCompromised: Set<String> { tables.everCompromised }
        var assetClues: [String: [AssetClue]] { tables.assetClues }
        var castNameParts: [[String]] { tables.castNameParts }
        var castByNamePart: [String: [Int]] { tables.castByNamePart }
        var assetPlainWords: [Set<String>] { tables.assetPlainWords }
        var revealers: [String: [Int]] { tables.revealers }
        var trailRevealers: [String: [Int]] { tables.trailRevealers }
        var injectPositions: [String: Int] { tables.injectPositions }
        var factPositions: [String: Int] { tables.factPositions }
        var assetPositions: [String: Int] { tables.assetPositions }
        var injectMentions: MentionTable { tables.injectMentions }
        var factMentions: MentionTable { tables.factMentions }
        var spokenOf: SpokenOfTable { tables.spokenOf }
        var assetNameWords: [Set<String>] { tables.assetNameWords }
        var castNameWords: [Set<String>] { tables.castNameWords }
        var castByNameWord: [String: [Int]] { tables.castByNameWord }
        var castByID: [String: [Int]] { tables.castByID }
        var assetsByNameWord: [String: [Int]] { tables.assetsByNameWord }
        var assetsByIDPositions: [String: [Int]] { tables.assetsByIDPositions }
        var peopleByAudience: [Audience: [String]] { tables.peopleByAudience }
        var relatedAssets: [[Int]] { tables.relatedAssets }
        var localClock: LocalClock { tables.localClock }
        var injectsPostAsPeople: Bool { tables.injectsPostAsPeople }
    }

    var world: World
    /// Everything the drill has become.
    public internal(set) var state: EngineState
    /// Look-up sets and dirty injects derived from `state` (see `ConditionWatch`).
    var watch: ConditionWatch
    /// When the command being played has used its time and the prompt returns: a question that
    /// arrives meanwhile is not seen before then, so its timeout counts from then. Not saved: it
    /// only lives while one command is handled.
    var busyUntil: SimDuration?
    /// The task a message being handled gives its reader the go-ahead for (`goAheadTask`): they say they are on
    /// it, and the hand-over follows as a decision of its own. Not saved: it only lives while one command is handled.
    var goAheadTaken: String?
    /// The cuts the same message orders in later sentences without a time, held (`heldLaterCuts`): the reader says so.
    /// Not saved: it only lives while one command is handled.
    var goAheadHeld: [String] = []
    /// The task a message being handled gives its reader the go-ahead for again while they are still on it: they say so.
    /// Not saved: it only lives while one command is handled.
    var goAheadAlreadyOn: [DelegatedTask] = []
    /// While a message that settles its reader's open question is handled (`optionSettled`): it is the answer they
    /// asked for, so it is judged as the option it stands for, never as reaching out to someone who must not know.
    /// Not saved: it only lives while one command is handled.
    var answeringQuestion = false
    /// The decision that what comes to hold now is credited to, when it is not the last one typed: a
    /// delegated task finishing during another command is the delegation's work. Not saved: it only
    /// lives while one event is processed and settled.
    var creditedDecision: Int?
    /// While a command that takes time is performed: the facts it finds, held back until its work is
    /// done (nil otherwise). Not saved: it only lives while one command is performed.
    var heldFindings: [String]?
    /// While a line the trainee typed for a time (`disable kai-account at 14:00`) runs: its time was the
    /// trainee's choice, so the scenario does not arrange it for another (blind47 #66). Not saved.
    var runningTimedLine = false

    /// The scenario being played.
    public var scenario: Scenario { world.scenario }
    /// The runbook whose steps actions are evidence for.
    public var runbook: Runbook { world.runbook }
    /// Seed, mode and players.
    public var configuration: EngineConfiguration { world.configuration }
    var peopleByID: [String: Person] { world.peopleByID }
    var assetsByID: [String: Asset] { world.assetsByID }
    var injectsByID: [String: Inject] { world.injectsByID }

    /// A drill about to start.
    public init(scenario: Scenario, runbook: Runbook, configuration: EngineConfiguration) {
        self.init(scenario: scenario, runbook: runbook, configuration: configuration, state: EngineState(seed: configuration.seed))
    }

    /// A drill continuing from a saved state.
    public init(scenario: Scenario, runbook: Runbook, configuration: EngineConfiguration, state: EngineState) {
        world = World(scenario: scenario, runbook: runbook, configuration: configuration)
        self.state = state
        watch = ConditionWatch(index: world.index, injectCount: scenario.injects.count)
        watch.sync(state, index: world.index)
    }

    /// What the engine waits for next.
    public var awaiting: Awaiting {
        if let end = state.end { return .ended(end) }
        if let pending = state.pendingDecisions.first, let decision = injectsByID[pending]?.decision {
            return .choice(inject: pending, options: decision.options.count)
        }
        return .action
    }

    /// Whether a player of `role` may answer the open question: in a team, a question addressed to roles
    /// belongs to them (the others never saw it); to the IC when nobody plays them (`TeamRoles.recipients`).
    /// Solo, the trainee plays every role.
    public func mayAnswerOpenQuestion(as role: String) -> Bool {
        guard case .choice(let id, _) = awaiting, configuration.players.count > 1,
              let addressees = injectsByID[id].map({ TeamRoles.recipients(of: $0.to, in: configuration.players) }),
              !addressees.isEmpty else { return true }
        return addressees.contains(role)
    }

    /// The earliest simulated time at which something is due: an event, a clock deadline or the time limit.
    public var nextDue: SimDuration {
        var due = scenario.end.timeLimit
        if let event = state.queue.first?.at { due = min(due, event) }
        if let deadline = earliestPendingDeadline { due = min(due, deadline) }
        return due
    }

    /// Starts the drill: the briefing, then everything due at T+0.
    public mutating func start() -> [Output] {
        guard !state.started else { return [] }
        state.started = true
        state.attackerPresent = scenario.truth.attackerPresent
        for asset in scenario.assets where !asset.initialStates.isEmpty {
            state.assetStates[asset.id] = asset.initialStates
        }
        state.facts = scenario.facts.filter(\.known).map(\.id)
        state.channels = scenario.channels.map {
            ChannelStatus(id: $0.id, isPrivate: $0.visibility == .private, outOfBand: false, members: $0.members,
                          compromised: $0.compromised, openedAt: nil)
        }
        for inject in scenario.injects {
            switch inject.trigger {
            case .at(let time): schedule(.inject(inject.id), at: time)
            case .contingency(_, let by): schedule(.inject(inject.id), at: by)
            default: break
            }
        }
        var outputs: [Output] = [.briefing(title: scenario.title, text: scenario.briefing)]
        // The drill's horizon from the start, not only in `status` (blind142 #107: the time limit ended a drill no one had seen it in).
        if configuration.realClock { outputs.append(.info(timeLimitText())) }
        recordSeverityInputs()
        settle(into: &outputs)
        advance(to: state.clock, into: &outputs)
        return finish(outputs)
    }

    /// Lets simulated time pass to `time` (live mode), delivering what falls due.
    public mutating func advance(to time: SimDuration) -> [Output] {
        guard state.started, state.end == nil, time > state.clock else { return [] }
        var outputs: [Output] = []
        advance(to: time, into: &outputs)
        // Work under way in a team (a snapshot) fails if what fell due destroyed its asset.
        if worksInParallel { failInterruptedWork(into: &outputs) }
        return finish(outputs)
    }

    /// Counts what is shown, so decisions can say what the trainee had seen; errors are not counted,
    /// so that a line that was not understood leaves the state exactly as it was.
    mutating func finish(_ outputs: [Output]) -> [Output] {
        state.outputsShown += outputs.count { if case .error = $0 { false } else { true } }
        return outputs
    }

    /// Queues the event; `aheadOfWorld` puts it with the changes that happen first at their moment.
    mutating func schedule(_ kind: ScheduledEvent.Kind, at time: SimDuration, aheadOfWorld: Bool = false) {
        // A change arranged for a moment happens first at that moment, so that what is reported then
        // (an exit meeting at 10:00) sees it done; among themselves such changes keep their order.
        let first: Bool = switch kind {
        case .change, .findings: true
        default: aheadOfWorld
        }
        let event = ScheduledEvent(at: time, sequence: state.nextSequence - (first ? 1 << 40 : 0), kind: kind)
        state.nextSequence += 1
        state.queue.insert(event)
    }
}

/// What the engine waits for.
public enum Awaiting: Sendable, Hashable {
    /// Any command.
    case action
    /// An answer to the open question: `choose 1` … `choose options`.
    case choice(inject: String, options: Int)
    /// Nothing: the drill has ended.
    case ended(DrillEnd)
}
