/// Plays every plan of a scenario at each of its seeds, scores it and checks what the plan expects.
public enum PlanRunner {
    /// Every plan of `set` at every seed, in file order, each with what did not hold; one scorer (and
    /// scenario) for every seed, as for a scenario without variables.
    public static func run(_ set: PlanSet, scorer: Scorer) -> [PlanRun] {
        run(set) { _ in scorer }
    }

    /// Every plan of `set` at every seed, the scenario instantiated for each seed by `scorerAt` (whose
    /// `scenario` carries that seed's variant).
    public static func run<Failure: Error>(_ set: PlanSet, scorerAt: (UInt64) throws(Failure) -> Scorer) throws(Failure) -> [PlanRun] {
        var runs: [PlanRun] = []
        var scorers: [UInt64: Scorer] = [:]
        for plan in set.plans {
            for seed in plan.seeds {
                let scorer: Scorer
                if let known = scorers[seed] {
                    scorer = known
                } else {
                    scorer = try scorerAt(seed)
                    scorers[seed] = scorer
                }
                let (engine, shown, typed) = play(plan.moves, scenario: scorer.scenario, runbook: scorer.runbook, seed: seed)
                let card = scorer.score(engine.state, players: engine.configuration.players)
                runs.append(PlanRun(plan: plan.name, seed: seed, card: card, typed: typed,
                                    failures: PlanCheck.failures(of: plan.expect, card: card, shown: shown,
                                                                traps: engine.state.traps.map(\.id))))
            }
        }
        for index in runs.indices {
            guard let plan = set.plans.first(where: { $0.name == runs[index].plan }), let relation = plan.expect.below else { continue }
            guard let other = runs.first(where: { $0.plan == relation.plan && $0.seed == runs[index].seed }) else {
                runs[index].failures.append("below: plan '\(relation.plan)' did not run at seed \(runs[index].seed)")
                continue
            }
            if runs[index].card.score > other.card.score - relation.by {
                runs[index].failures.append("below: expected at least \(relation.by) points below '\(relation.plan)' (\(other.card.score)), got \(runs[index].card.score)")
            }
        }
        return runs
    }

    /// Plays the moves from the start; returns the engine, every text the trainee was shown and the lines typed.
    static func play(_ moves: PlanMoves, scenario: Scenario, runbook: Runbook, seed: UInt64) -> (Engine, [String], [String]) {
        var engine = Engine(scenario: scenario, runbook: runbook, configuration: EngineConfiguration(seed: seed, mode: .assessment, players: []))
        var shown = engine.start().flatMap(\.plainTexts)
        var typed: [String] = []
        let lines: [String]? = switch moves {
        case .lines(let lines): lines
        case .linesBySeed(let bySeed): bySeed[seed] ?? []
        case .strategy: nil
        }
        switch moves {
        case .lines, .linesBySeed:
            for line in lines ?? [] where engine.state.end == nil {
                typed.append(line)
                shown += engine.handle(line).flatMap(\.plainTexts)
            }
        case .strategy(let strategy):
            var generator = GamingMoves(strategy: strategy, engine: engine)
            while engine.state.end == nil, let line = generator.next(engine) {
                typed.append(line)
                shown += engine.handle(line).flatMap(\.plainTexts)
            }
        }
        return (engine, shown, typed)
    }
}

/// One plan played at one seed.
public struct PlanRun: Sendable, Hashable {
    /// The plan's name.
    public var plan: String
    /// The seed.
    public var seed: UInt64
    /// Its scorecard.
    public var card: Scorecard
    /// The lines typed, in order (generated ones for a strategy).
    public var typed: [String]
    /// What the plan expected and did not get, one line each; empty when it passed.
    public var failures: [String]
}
