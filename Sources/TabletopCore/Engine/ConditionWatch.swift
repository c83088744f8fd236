import HeapModule

/// The engine's look-up sets and the injects whose `when` condition may have changed, kept beside
/// `EngineState` (not in it: everything here is derived from the state and rebuilt from it on resume).
///
/// The sets cover the append-only parts of the state (facts, fired injects, evidence, decisions); each
/// remembers how many elements it has seen, and a look-up also scans the unseen tail, so an answer is
/// right even before the next `sync`. An inject leaves the dirty set once its condition was found false,
/// and re-enters it when something its condition reads changes: a condition that was false and whose
/// inputs did not change is still false, so `settle` fires exactly what checking every inject fired.
struct ConditionWatch: Sendable {
    private(set) var firedIDs = Set<String>()
    private(set) var firedSeen = 0
    /// The people some fired inject came from (`status`'s involved people).
    private(set) var firedSenders = Set<String>()
    /// Where in `state.fired` the latest inject from each person is (look-ups only).
    private(set) var lastFiredBySender: [String: Int] = [:]
    /// The scenario position of each inject in `state.fired` seen so far (-1 for an id the scenario lacks).
    private(set) var firedPositions: [Int] = []
    /// The people of the cast with a deed on record, and how many deeds were seen.
    private(set) var deedPeople = Set<String>()
    private(set) var deedsSeen = 0
    private(set) var facts = Set<String>()
    private(set) var factsSeen = 0
    private(set) var stepsDone = Set<Int>()
    private(set) var evidenceSeen = 0
    private(set) var choicesSeen = 0
    private(set) var timedOutSeen = 0
    /// `did(...)` patterns of the scenario that some decision has matched (matching is monotone).
    private(set) var matched = Set<ActionPattern>()
    private(set) var decisionsSeen = 0
    /// Positions in `state.decisions` by the object of their action, ascending: what was done to an asset is
    /// a look-up, not a scan of the whole log on every `inspect` or `ask`.
    private(set) var decisionsByObject: [String: [Int]] = [:]
    /// Positions in `state.decisions` by the verb of their action, ascending: `status` (who took command)
    /// and `inspect` (the sweeps that looked at an asset) read a few verbs, not the whole log.
    private(set) var decisionsByVerb: [Verb: [Int]] = [:]
    /// Positions by object and verb, ascending: the newest inspection of an asset, or what was done to it
    /// besides looking, without reading every look at it (each `ask` about an asset reads these).
    private(set) var decisionsByObjectAndVerb: [ObjectVerb: [Int]] = [:]
    /// Positions by object of the decisions whose verb does more than look (its area is not investigate),
    /// ascending: what was done to an asset, read on every `inspect` without a look-up per verb.
    private(set) var actingDecisionsByObject: [String: [Int]] = [:]
    private(set) var held = Set<String>()
    private(set) var heldSeen = 0
    private(set) var dropped = Set<String>()
    private(set) var droppedSeen = 0

    /// Dirty positions to check in the current pass, smallest first.
    private var pending = Heap<Int>()
    /// Dirty positions at or before the pass's cursor: the next pass checks them.
    private var deferred: [Int] = []
    /// Whether a position is in `pending` or `deferred`.
    private var marked: [Bool]
    /// The position being checked, or -1 between checks of injects.
    private var cursor = -1
    /// By slot (`ConditionIndex.criterionDependents`): whether an ideal move's or a step criterion's condition may have changed
    /// since it was last found false. A condition whose inputs did not change is still false, so checking only these records
    /// exactly what checking every one did (issue 21: every unmet criterion was read on every pass of `settle`).
    private var criterionDirty: [Bool]

    /// A watch with every conditional inject dirty, so the first settle checks them all.
    init(index: ConditionIndex, injectCount: Int) {
        marked = Array(repeating: false, count: injectCount)
        criterionDirty = Array(repeating: true, count: index.criterionVolatile.count)
        for position in index.conditional { mark(position) }
    }

    // MARK: Look-ups that stay right between syncs

    func hasFired(_ id: String, in state: EngineState) -> Bool {
        firedIDs.contains(id) || state.fired[min(firedSeen, state.fired.count)...].contains { $0.id == id }
    }

    /// Whether an inject that came from the person was delivered.
    func hasFired(from person: String, in state: EngineState, index: ConditionIndex) -> Bool {
        firedSenders.contains(person) || state.fired[min(firedSeen, state.fired.count)...].contains { index.sender(of: $0) == person }
    }

    /// The scenario position of the inject delivered `n`th (`state.fired[n]`), without hashing its id once seen.
    func firedPosition(_ n: Int, in state: EngineState, index: ConditionIndex) -> Int? {
        if n < firedPositions.count, n < firedSeen { return firedPositions[n] >= 0 ? firedPositions[n] : nil }
        return index.positions[state.fired[n].id]
    }

    /// Where in `state.fired` the latest inject that came from the person is, if any.
    func lastFired(from person: String, in state: EngineState, index: ConditionIndex) -> Int? {
        let seen = min(firedSeen, state.fired.count)
        if let latest = state.fired[seen...].lastIndex(where: { index.sender(of: $0) == person }) { return latest }
        return lastFiredBySender[person]
    }

    /// Whether the person has a deed on record.
    func hasDeed(of person: String, in state: EngineState) -> Bool {
        guard let deeds = state.deeds else { return false }
        return deedPeople.contains(person) || deeds[min(deedsSeen, deeds.count)...].contains { $0.person == person }
    }

    func knows(_ fact: String, in state: EngineState) -> Bool {
        facts.contains(fact) || state.facts[min(factsSeen, state.facts.count)...].contains(fact)
    }

    func done(_ step: Int, in state: EngineState) -> Bool {
        stepsDone.contains(step) || state.evidence[min(evidenceSeen, state.evidence.count)...].contains { $0.step == step }
    }

    func did(_ pattern: ActionPattern, in state: EngineState, index: ConditionIndex) -> Bool {
        guard index.didPatterns[pattern.verb]?.contains(pattern) == true else {
            return state.decisions.contains { $0.matches(pattern) }
        }
        return matched.contains(pattern) || state.decisions[min(decisionsSeen, state.decisions.count)...].contains { $0.matches(pattern) }
    }

    /// Positions of the decisions whose action names `object`, in order.
    func decisions(on object: String, in state: EngineState) -> [Int] {
        let seen = min(decisionsSeen, state.decisions.count)
        let indexed = decisionsByObject[object] ?? []
        guard seen < state.decisions.count else { return indexed }
        return indexed + (seen..<state.decisions.count).filter { state.decisions[$0].action.object == object }
    }

    /// Positions of the decisions whose action's verb is `verb`, in order.
    func decisions(by verb: Verb, in state: EngineState) -> [Int] {
        let seen = min(decisionsSeen, state.decisions.count)
        let indexed = decisionsByVerb[verb] ?? []
        guard seen < state.decisions.count else { return indexed }
        return indexed + (seen..<state.decisions.count).filter { state.decisions[$0].action.verb == verb }
    }

    /// Positions of the decisions whose action is `verb` on `object`, in order.
    func decisions(on object: String, verb: Verb, in state: EngineState) -> [Int] {
        let seen = min(decisionsSeen, state.decisions.count)
        let indexed = decisionsByObjectAndVerb[ObjectVerb(object: object, verb: verb)] ?? []
        guard seen < state.decisions.count else { return indexed }
        return indexed + (seen..<state.decisions.count).filter { state.decisions[$0].action.object == object && state.decisions[$0].action.verb == verb }
    }

    /// Positions of the decisions whose action is a verb outside the investigate area on `object`, in order.
    func actingDecisions(on object: String, in state: EngineState) -> [Int] {
        let seen = min(decisionsSeen, state.decisions.count)
        let indexed = actingDecisionsByObject[object] ?? []
        guard seen < state.decisions.count else { return indexed }
        return indexed + (seen..<state.decisions.count).filter { state.decisions[$0].action.object == object && state.decisions[$0].action.verb.area != .investigate }
    }

    func isHeld(_ id: String, in state: EngineState) -> Bool {
        heldSeen == state.held.count ? held.contains(id) : state.held.contains(id)
    }

    func isDropped(_ id: String, in state: EngineState) -> Bool {
        droppedSeen == state.dropped.count ? dropped.contains(id) : state.dropped.contains(id)
    }

    // MARK: Following the state

    /// Takes in what was appended to the state since the last sync, marking the injects that read it.
    mutating func sync(_ state: EngineState, index: ConditionIndex) {
        while firedSeen < state.fired.count {
            let id = state.fired[firedSeen].id
            firedIDs.insert(id)
            firedPositions.append(index.positions[id] ?? -1)
            if let from = index.sender(of: state.fired[firedSeen]) {
                firedSenders.insert(from)
                lastFiredBySender[from] = firedSeen
            }
            touch(.fired(id), index: index)
            firedSeen += 1
        }
        if let deeds = state.deeds {
            while deedsSeen < deeds.count {
                deedPeople.insert(deeds[deedsSeen].person)
                deedsSeen += 1
            }
        }
        while factsSeen < state.facts.count {
            facts.insert(state.facts[factsSeen])
            touch(.fact(state.facts[factsSeen]), index: index)
            factsSeen += 1
        }
        while evidenceSeen < state.evidence.count {
            stepsDone.insert(state.evidence[evidenceSeen].step)
            touch(.step(state.evidence[evidenceSeen].step), index: index)
            evidenceSeen += 1
        }
        while choicesSeen < state.choices.count {
            touch(.chose(state.choices[choicesSeen].decision), index: index)
            choicesSeen += 1
        }
        // An option taken on timeout makes `chose` hold for the world too.
        while timedOutSeen < state.timedOut.count {
            touch(.chose(state.timedOut[timedOutSeen].decision), index: index)
            timedOutSeen += 1
        }
        while decisionsSeen < state.decisions.count {
            let decision = state.decisions[decisionsSeen]
            for action in [decision.action] + [decision.countsAs].compactMap({ $0 }) { recount(action, index: index) }
            if let object = decision.action.object {
                decisionsByObject[object, default: []].append(decisionsSeen)
                decisionsByObjectAndVerb[ObjectVerb(object: object, verb: decision.action.verb), default: []].append(decisionsSeen)
                if decision.action.verb.area != .investigate { actingDecisionsByObject[object, default: []].append(decisionsSeen) }
            }
            decisionsByVerb[decision.action.verb, default: []].append(decisionsSeen)
            decisionsSeen += 1
        }
        // Held and skipped injects leave these lists only when the facilitator delivers them; rebuild then,
        // and re-check every inject, which is what the linear loop did.
        if heldSeen != state.held.count || droppedSeen != state.dropped.count {
            let shrank = state.held.count < heldSeen || state.dropped.count < droppedSeen
            held = Set(state.held)
            heldSeen = state.held.count
            dropped = Set(state.dropped)
            droppedSeen = state.dropped.count
            if shrank { for position in index.conditional { mark(position) } }
        }
    }

    /// Marks the injects whose condition reads `key`.
    /// Takes in an action a decision counts as: at once for a new decision, later for a delegated task
    /// that is done (its decision was seen already).
    mutating func recount(_ action: Action, index: ConditionIndex) {
        for pattern in index.didPatterns[action.verb] ?? [] where pattern.matches(action) { matched.insert(pattern) }
        touch(.did(action.verb), index: index)
    }

    mutating func touch(_ key: ConditionKey, index: ConditionIndex) {
        for position in index.dependents[key] ?? [] { mark(position) }
        for slot in index.criterionDependents[key] ?? [] { criterionDirty[slot] = true }
    }

    /// Whether the condition in the slot may hold now though it was false when last checked; checking it is then taken as done.
    mutating func checkCriterion(_ slot: Int, index: ConditionIndex) -> Bool {
        guard criterionDirty[slot] || index.criterionVolatile[slot] else { return false }
        criterionDirty[slot] = false
        return true
    }

    private mutating func mark(_ position: Int) {
        guard !marked[position] else { return }
        marked[position] = true
        if position > cursor { pending.insert(position) } else { deferred.append(position) }
    }

    // MARK: Passes of settle

    /// Starts a pass over the injects: what was deferred, and every inject whose condition is untracked.
    mutating func beginPass(index: ConditionIndex) {
        cursor = -1
        for position in deferred { pending.insert(position) }
        deferred.removeAll(keepingCapacity: true)
        for position in index.volatile { mark(position) }
    }

    /// The next dirty inject of this pass, in the scenario's order; nil at the end of the pass.
    mutating func next() -> Int? {
        guard let position = pending.popMin() else {
            cursor = -1
            return nil
        }
        marked[position] = false
        cursor = position
        return position
    }
}

/// An object (an asset, a person) and a verb done to it: a key of `ConditionWatch`'s index.
struct ObjectVerb: Hashable, Sendable {
    let object: String
    let verb: Verb
}
