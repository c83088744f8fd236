/// Checks a scenario's `truth.severity` stages against the severity matrix, which the scorer uses for the
/// correct level. Each stage is tried on the facts its `from` names (with the facts known from the start),
/// and each fact that shows something on its own; where the matrix rates a moment more severely than the
/// stages say, that is an error (the scorer would expect a level the scenario contradicts), and where it
/// rates it less severely, a warning (the stage may rest on something the matrix cannot see, such as
/// `fired(…)` or a `severity_floor` effect, but as written the scorer expects the lower level).
struct SeverityStageCheck {
    let scenario: Scenario
    let matrix: SeverityMatrix
    let stageLocations: [SourceLocation]
    let factLocations: [String: SourceLocation]
    let collector: DiagnosticCollector

    /// At most this many fact sets are tried per stage, however its condition branches.
    static let situationLimit = 64

    func run() {
        let known = Set(scenario.facts.filter(\.known).map(\.id))
        var tried = Set<Set<String>>()
        for (index, stage) in scenario.truth.severity.enumerated() {
            for named in stage.from.map(Self.factSets) ?? [[]] {
                let facts = known.union(named)
                guard tried.insert(facts).inserted else { continue }
                compare(facts, named: named, at: stageLocations[safe: index], stage: index)
            }
        }
        for fact in scenario.facts where !fact.known && !fact.shows.isEmpty {
            let facts = known.union([fact.id])
            guard tried.insert(facts).inserted else { continue }
            compare(facts, named: [fact.id], at: factLocations[fact.id], stage: nil)
        }
    }

    /// Reports a moment where the stages and the matrix disagree.
    private func compare(_ facts: Set<String>, named: Set<String>, at location: SourceLocation?, stage: Int?) {
        var signals = scenario.truth.signals
        for fact in scenario.facts where facts.contains(fact.id) { signals.formUnion(fact.shows) }
        let rating = matrix.rating(for: signals)
        let stated = statedLevel(facts)
        guard rating.level != stated else { return }
        let moment = named.isEmpty ? "at the start" : "once \(named.sorted().map { "'\($0)'" }.joined(separator: " and ")) \(named.count == 1 ? "is" : "are") known"
        let why = rating.rule.map { "because of \($0.map(\.rawValue).joined(separator: " and "))" } ?? "as no rule of a more severe level holds"
        let what = stage.map { "'truth.severity' stage \($0 + 1)" } ?? "fact '\(named.first ?? "")'"
        if rating.level > stated {
            collector.error("\(what): the severity matrix rates the incident \(rating.level) \(moment) (\(why)), but the stages say \(stated); "
                            + "raise the stage or add one, since the scorer expects \(rating.level)", at: location)
        } else {
            collector.warning("\(what): the stages say \(stated) \(moment), but the severity matrix rates it \(rating.level) (\(why)); "
                              + "the scorer expects \(rating.level) unless a 'severity_floor' effect raises it: add 'shows:' to the facts that justify \(stated), or lower the stage",
                              at: location)
        }
    }

    /// The level the stages state when exactly these facts are known: the most severe stage whose `from` holds.
    private func statedLevel(_ facts: Set<String>) -> Severity {
        var level = scenario.truth.severity.first?.level ?? .sev4
        for stage in scenario.truth.severity.dropFirst() where stage.from.map({ holds($0, facts) }) ?? true {
            level = max(level, stage.level)
        }
        return level
    }

    /// A condition over known facts and the ground truth; anything else is taken as not (yet) holding.
    private func holds(_ condition: Condition, _ facts: Set<String>) -> Bool {
        switch condition {
        case .constant(let value): value
        case .not(let inner): !holds(inner, facts)
        case .all(let terms): terms.allSatisfy { holds($0, facts) }
        case .any(let terms): terms.contains { holds($0, facts) }
        case .revealed(let fact): facts.contains(fact)
        case .truth(let flag): scenario.truth.flag(flag)
        default: false
        }
    }

    /// The sets of facts that, once known, make the condition hold as far as facts go: one per branch of an `or`.
    static func factSets(_ condition: Condition) -> [Set<String>] {
        switch condition {
        case .revealed(let fact): return [[fact]]
        case .constant(false): return []
        case .any(let terms): return Array(terms.flatMap(factSets).prefix(situationLimit))
        case .all(let terms):
            return terms.reduce([Set<String>()]) { sets, term in
                Array(sets.flatMap { set in factSets(term).map { set.union($0) } }.prefix(situationLimit))
            }
        default: return [[]]
        }
    }
}
