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
    final class World: Sendable {
        let scenario: Scenario
        let runbook: Runbook
        let configuration: EngineConfiguration
        let peopleByID: [String: Person]
        let assetsByID: [String: Asset]
        let injectsByID: [String: Inject]
        /// Facts by id, for announcing a revealed fact without a scan.
        let factsByID: [String: Fact]
        /// Facts that count for the severity matrix once available, found or not.
        let factsWithAvailability: [Fact]
        /// What conditions read and which injects follow what, for `settle` and scheduling.
        let index: ConditionIndex
        /// Which steps an action is evidence for, as the scorer judges it.
        let judge: StepJudge
        /// Words that give the incident away in a public post.
        let sensitiveWords: Set<String>
        /// Assets the adversary reaches at some point, for telling containment from needless disruption.
        let everCompromised: Set<String>
        /// Texts that make an asset known once read, besides its `revealed_by` fact.
        let assetClues: [String: [AssetClue]]
        /// The capitalised words of each cast member's name, in cast order, for `named(in:)`: split once
        /// per drill rather than for every person at every inject (issue 21).
        let castNameParts: [[String]]
        /// The positions in the cast of the people whose name has each capitalised word: `named(in:)` looks
        /// up the words of a text instead of every person's words (issue 21: delivering 5,000 injects at T+0).
        let castByNamePart: [String: [Int]]
        /// The plain words of each asset's name (letters only, four or more, not common), in the scenario's
        /// order: what `assets(spokenOfIn:)` matches an answer's words against, worked out once (issue 21).
        let assetPlainWords: [Set<String>]
        /// The injects that reveal each fact, as positions in the scenario (the first inject of an id, as
        /// `injectsByID`), in order: `personKnows` reads these instead of every inject delivered.
        let revealers: [String: [Int]]
        /// Positions in the scenario of each inject and fact by id (the first of an id, as the maps by id).
        let injectPositions: [String: Int]
        let factPositions: [String: Int]
        let assetPositions: [String: Int]
        /// Which inject texts (trimmed) and which fact texts name which assets, filled in as asked.
        let injectMentions: MentionTable
        let factMentions: MentionTable
        /// Which assets each authored answer speaks of by its own words, filled in as asked.
        let spokenOf = SpokenOfTable()
        /// The words of each asset's name that `Engine.names` matches (four letters or more, not common).
        let assetNameWords: [Set<String>]
        /// The same words of each cast member's name, in cast order.
        let castNameWords: [Set<String>]
        /// Inverted: the positions of the cast members and assets each such name word, or id, belongs to,
        /// ascending, so that a question's words find whom and what they name without reading everyone.
        let castByNameWord: [String: [Int]]
        let castByID: [String: [Int]]
        let assetsByNameWord: [String: [Int]]
        let assetsByIDPositions: [String: [Int]]
        /// For each asset, the other assets whose name holds its id or whose id its name holds, in the
        /// scenario's order (`relatedCuts`: an account and its keys).
        let relatedAssets: [[Int]]
        /// The scenario's simulated wall clock, made once (a calendar and a time zone) rather than for every stamp.
        let localClock: LocalClock
        /// Whether any inject posts in a `#` channel as a person of the cast (what `status` lists as posted in).
        let injectsPostAsPeople: Bool

        init(scenario: Scenario, runbook: Runbook, configuration: EngineConfiguration) {
            self.scenario = scenario
            self.runbook = runbook
            self.configuration = configuration
            peopleByID = Dictionary(scenario.cast.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            assetsByID = Dictionary(scenario.assets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            injectsByID = Dictionary(scenario.injects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            factsByID = Dictionary(scenario.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            factsWithAvailability = scenario.facts.filter { $0.available != nil && !$0.shows.isEmpty }
            index = ConditionIndex(scenario: scenario, runbook: runbook)
            judge = StepJudge(runbook: runbook, scenario: scenario)
            sensitiveWords = scenario.sensitiveWords
            everCompromised = scenario.everCompromised
            assetClues = scenario.assetClues
            castNameParts = scenario.cast.map { $0.name.split(separator: " ").map(String.init).filter { $0.first?.isUppercase == true } }
            var castByNamePart: [String: [Int]] = [:]
            for (position, parts) in castNameParts.enumerated() {
                for part in parts { castByNamePart[part, default: []].append(position) }
            }
            self.castByNamePart = castByNamePart
            assetPlainWords = scenario.assets.map { asset in
                Engine.topicWords(asset.name).filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) && !Engine.commonWords.contains($0) }
            }
            var revealers: [String: [Int]] = [:], injectIDs = Set<String>()
            for (position, inject) in scenario.injects.enumerated() where injectIDs.insert(inject.id).inserted {
                for fact in inject.reveals { revealers[fact, default: []].append(position) }
            }
            self.revealers = revealers
            injectPositions = Dictionary(scenario.injects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            factPositions = Dictionary(scenario.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            assetPositions = Dictionary(scenario.assets.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            injectMentions = MentionTable(assets: scenario.assets.count, texts: scenario.injects.count)
            factMentions = MentionTable(assets: scenario.assets.count, texts: scenario.facts.count)
            assetNameWords = scenario.assets.map { Engine.topicWords($0.name).filter { $0.count >= 4 && !Engine.commonWords.contains($0) } }
            castNameWords = scenario.cast.map { Engine.topicWords($0.name).filter { $0.count >= 4 && !Engine.commonWords.contains($0) } }
            localClock = scenario.localClock
            injectsPostAsPeople = scenario.injects.contains { inject in
                inject.channel.hasPrefix("#") && inject.from.map { from in scenario.cast.contains { $0.id == from } } == true
            }
            castByNameWord = Self.inverted(castNameWords)
            castByID = Self.inverted(scenario.cast.map { [$0.id] })
            assetsByNameWord = Self.inverted(assetNameWords)
            assetsByIDPositions = Self.inverted(scenario.assets.map { [$0.id] })
            let loweredNames = scenario.assets.map { $0.name.lowercased() }
            relatedAssets = scenario.assets.indices.map { position in
                let asset = scenario.assets[position]
                return scenario.assets.indices.filter { other in
                    scenario.assets[other].id != asset.id
                        && (loweredNames[other].quickContains(asset.id) || loweredNames[position].quickContains(scenario.assets[other].id))
                }
            }
        }

        /// For each word, the positions whose words hold it, ascending (positions are read in order).
        static func inverted<Words: Sequence<String>>(_ words: [Words]) -> [String: [Int]] {
            var positions: [String: [Int]] = [:]
            for (position, own) in words.enumerated() {
                for word in own where positions[word]?.last != position { positions[word, default: []].append(position) }
            }
            return positions
        }
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
    /// The decision that what comes to hold now is credited to, when it is not the last one typed: a
    /// delegated task finishing during another command is the delegation's work. Not saved: it only
    /// lives while one event is processed and settled.
    var creditedDecision: Int?
    /// While a command that takes time is performed: the facts it finds, held back until its work is
    /// done (nil otherwise). Not saved: it only lives while one command is performed.
    var heldFindings: [String]?

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
