/// A scenario built for one choice of its variables' values, with what its inject jitter moved: the same
/// scenario at another seed is the same build with those times drawn again, without parsing the file
/// again (issue 21: a cohort of a thousand drills, each at its own seed, parsed the scenario a thousand times).
///
/// ```swift
/// let built = ScenarioLoader.loadJitterable(path: path, bytes: bytes, runbook: runbook, variant: .recorded(picks, seed: 1)).value!
/// let scenario = built.at(jitterSeed: 7) // as ScenarioLoader.load(…, variant: .recorded(picks, seed: 7)) builds it
/// ```
public struct JitterableScenario: Sendable {
    /// The scenario as built.
    public let scenario: Scenario
    /// The scenario id the jitter hashes use (as written in the file).
    let hashID: String
    /// Each `at` or `delay` that a `jitter` moves, before it was moved.
    let sites: [JitterSite]

    /// The scenario with every jittered time drawn from `jitterSeed` instead.
    public func at(jitterSeed: UInt64) -> Scenario {
        guard !sites.isEmpty else { return scenario }
        var scenario = scenario
        let positions = Dictionary(scenario.injects.indices.map { (scenario.injects[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let context = VariantContext(scenario: hashID, variables: [], picks: [], jitterSeed: jitterSeed)
        for site in sites {
            guard let position = positions[site.inject] else { continue }
            let time = context.jittered(site.base, inject: site.inject, bound: site.bound)
            switch (scenario.injects[position].trigger, site.isDelay) {
            case (.at, false): scenario.injects[position].trigger = .at(time)
            case (.afterInject(let after, _), true): scenario.injects[position].trigger = .afterInject(after, delay: time)
            case (.afterAction(let pattern, _), true): scenario.injects[position].trigger = .afterAction(pattern, delay: time)
            default: break
            }
        }
        return scenario
    }
}

/// An inject time that `jitter` moves: the inject, the time as written, the bound, and whether it is
/// the `delay` (else the `at`).
struct JitterSite: Sendable, Hashable {
    let inject: String
    let base: SimDuration
    let bound: SimDuration
    let isDelay: Bool
}
