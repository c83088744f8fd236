/// What an inject's `when` condition reads, so that `settle` re-checks an inject only after something it
/// depends on changed (issue 21 / issue 17 item 3: checking every inject after every event was quadratic).
enum ConditionKey: Hashable, Sendable {
    case fact(String)
    case fired(String)
    case step(Int)
    case chose(String)
    /// `did(...)` patterns, by verb.
    case did(Verb)
    case asset(String)
    case person(String)
}

/// Indexes of a scenario that never change during a drill: positions in `scenario.injects`, ascending, so
/// that walking an index visits injects in the scenario's order as the linear loops it replaces did.
final class ConditionIndex: Sendable {
    /// Positions of `when` injects by what their condition reads.
    let dependents: [ConditionKey: [Int]]
    /// Positions of `when` injects whose condition reads something untracked (clocks, the declared severity,
    /// the simulated time, the attacker's presence): re-checked on every pass, as before.
    let volatile: [Int]
    /// Positions of every `when` inject.
    let conditional: [Int]
    /// Positions of `after: <inject>` followers by the inject they follow.
    let followers: [String: [Int]]
    /// Positions of `after_action` injects by the verb of their pattern.
    let afterAction: [Verb: [Int]]
    /// Every `did(...)` pattern in the scenario's conditions, by verb, for the monotone "matched" memo.
    let didPatterns: [Verb: [ActionPattern]]
    /// The person each inject comes `from`, by inject id (the first inject of an id, as `injectsByID`).
    let senders: [String: String]

    /// Who sent a delivered inject: the person recorded on the delivery (whoever built the fix a "ready for
    /// testing" message reports), else the scenario's sender.
    func sender(of fired: FiredInject) -> String? {
        fired.from ?? senders[fired.id]
    }
    /// Each inject's position in the scenario by id (the first inject of an id, as `injectsByID`).
    let positions: [String: Int]
    /// The conditions the engine records as met (`recordCriteria`): the ideal path's moves, then every step criterion of the
    /// scoring section in order; a slot is a position in that list. Slots by what their condition reads.
    let criterionDependents: [ConditionKey: [Int]]
    /// Whether a slot's condition reads something untracked, so that it is checked on every pass.
    let criterionVolatile: [Bool]
    /// The slot of the first criterion of each entry of the scenario's scoring section.
    let criterionStart: [Int]

    init(scenario: Scenario, runbook: Runbook) {
        var dependents: [ConditionKey: [Int]] = [:], volatile: [Int] = [], conditional: [Int] = []
        var followers: [String: [Int]] = [:], afterAction: [Verb: [Int]] = [:]
        var patterns = Set<ActionPattern>()
        for (position, inject) in scenario.injects.enumerated() {
            switch inject.trigger {
            case .when(let condition):
                conditional.append(position)
                var keys = Set<ConditionKey>()
                if Self.collect(condition, runbook: runbook, into: &keys, patterns: &patterns) { volatile.append(position) }
                for key in keys { dependents[key, default: []].append(position) }
            case .afterInject(let id, _): followers[id, default: []].append(position)
            case .afterAction(let pattern, _): afterAction[pattern.verb, default: []].append(position)
            default: break
            }
            if let unless = inject.unless { var keys = Set<ConditionKey>(); _ = Self.collect(unless, runbook: runbook, into: &keys, patterns: &patterns) }
        }
        var others: [Condition] = scenario.traps.compactMap(\.when) + scenario.end.outcomes.compactMap(\.when)
        others += scenario.clocks.flatMap { [$0.starts, $0.stops] } + scenario.truth.severity.compactMap(\.from)
        others += scenario.responses.compactMap(\.when)
        for condition in others { var keys = Set<ConditionKey>(); _ = Self.collect(condition, runbook: runbook, into: &keys, patterns: &patterns) }
        var senders: [String: String] = [:], seenIDs = Set<String>()
        for inject in scenario.injects where seenIDs.insert(inject.id).inserted {
            if let from = inject.from { senders[inject.id] = from }
        }
        self.senders = senders
        var criterionDependents: [ConditionKey: [Int]] = [:], criterionVolatile: [Bool] = [], criterionStart: [Int] = []
        let idealConditions = scenario.debrief.ideal.map(\.when)
        var criterionConditions: [Condition] = []
        for override in scenario.scoring {
            criterionStart.append(idealConditions.count + criterionConditions.count)
            criterionConditions += override.criteria.map(\.when)
        }
        for (slot, condition) in (idealConditions + criterionConditions).enumerated() {
            var keys = Set<ConditionKey>()
            criterionVolatile.append(Self.collect(condition, runbook: runbook, into: &keys, patterns: &patterns))
            for key in keys { criterionDependents[key, default: []].append(slot) }
        }
        self.criterionDependents = criterionDependents
        self.criterionVolatile = criterionVolatile
        self.criterionStart = criterionStart
        positions = Dictionary(scenario.injects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.dependents = dependents
        self.volatile = volatile
        self.conditional = conditional
        self.followers = followers
        self.afterAction = afterAction
        didPatterns = Dictionary(grouping: patterns, by: \.verb)
    }

    /// Adds what the condition reads to `keys`; true when it also reads something untracked.
    private static func collect(_ condition: Condition, runbook: Runbook, into keys: inout Set<ConditionKey>,
                                patterns: inout Set<ActionPattern>) -> Bool {
        switch condition {
        case .constant, .truth, .variant: return false
        case .not(let inner): return collect(inner, runbook: runbook, into: &keys, patterns: &patterns)
        case .all(let terms), .any(let terms):
            var volatile = false
            for term in terms where collect(term, runbook: runbook, into: &keys, patterns: &patterns) { volatile = true }
            return volatile
        case .done(let reference):
            // A reference the runbook does not know is false for good: nothing to watch.
            if let step = runbook.resolve(reference) { keys.insert(.step(step)) }
            return false
        case .revealed(let fact): keys.insert(.fact(fact)); return false
        case .fired(let inject): keys.insert(.fired(inject)); return false
        case .chose(let decision, _): keys.insert(.chose(decision)); return false
        case .did(let pattern): keys.insert(.did(pattern.verb)); patterns.insert(pattern); return false
        case .asset(let id, _): keys.insert(.asset(id)); return false
        case .person(let id, _): keys.insert(.person(id)); return false
        // What people know changes with briefings, channels and messages: read again on every settle.
        case .clock, .attackerPresent, .severity, .time, .knows: return true
        }
    }
}
