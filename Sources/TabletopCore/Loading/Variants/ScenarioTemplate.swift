/// A scenario file before its variables are picked: what `lint`, `list` and `show` can know without a
/// seed, and the one step that turns it into the `Scenario` a drill plays (`instantiate`).
///
/// ```swift
/// let template = ScenarioLoader.template(path: path, bytes: bytes).value!
/// let scenario = template.instantiate(.seed(2), runbook: runbook).value
/// ```
public struct ScenarioTemplate: Sendable, Hashable {
    /// How diagnostics name the file.
    public var path: String
    /// The file's bytes, parsed again for each instantiation (a parse takes milliseconds).
    public var bytes: [UInt8]
    /// The scenario's id as written (ids are never substituted).
    public var id: String
    /// The declared variables, in file order; empty for a scenario without variants.
    public var variables: [ScenarioVariable]

    /// The values picked at `seed`, in the order the variables are declared.
    public func picks(seed: UInt64) -> [VariantPick] {
        picks(.seed(seed))
    }

    /// The values a selection picks, in the order the variables are declared.
    public func picks(_ selection: VariantSelection) -> [VariantPick] {
        selection.picks(of: variables, scenario: id)
    }

    /// The scenario for one choice of values, with every placeholder substituted and every check run.
    public func instantiate(_ selection: VariantSelection, runbook: Runbook, matrix: SeverityMatrix? = nil) -> LoadResult<Scenario> {
        ScenarioLoader.load(path: path, bytes: bytes, runbook: runbook, matrix: matrix, variant: selection)
    }

    /// How many instantiations check every value of every variable at least once (`lint`): the most
    /// values any variable has, or 1.
    public var lintCount: Int { variables.map(\.values.count).max() ?? 1 }
}

/// Which values a scenario's variables take.
public enum VariantSelection: Sendable, Hashable {
    /// Picked from the seed (`VariantPicker.index`); inject jitter is drawn from the same seed.
    case seed(UInt64)
    /// The values a session header recorded, by id; a variable it does not name is picked from the seed.
    case recorded([VariantPick], seed: UInt64)
    /// Each variable takes value `index mod n` (`lint` checks every value this way); jitter as at seed `index + 1`.
    case valueIndex(Int)

    /// The seed inject jitter is drawn from.
    public var jitterSeed: UInt64 {
        switch self {
        case .seed(let seed), .recorded(_, let seed): seed
        case .valueIndex(let index): UInt64(max(0, index)) + 1
        }
    }

    /// The picked value of each variable, in declaration order.
    func values(of variables: [ScenarioVariable], scenario: String) -> [(ScenarioVariable, VariantValue)] {
        variables.compactMap { variable in
            guard !variable.values.isEmpty else { return nil }
            let index: Int
            switch self {
            case .seed(let seed):
                index = VariantPicker.index(seed: seed, scenario: scenario, variable: variable.id, count: variable.values.count)
            case .recorded(let picks, let seed):
                let recorded = picks.first { $0.variable == variable.id }.flatMap { pick in variable.values.firstIndex { $0.id == pick.value } }
                index = recorded ?? VariantPicker.index(seed: seed, scenario: scenario, variable: variable.id, count: variable.values.count)
            case .valueIndex(let i):
                index = max(0, i) % variable.values.count
            }
            return (variable, variable.values[index])
        }
    }

    /// The picks, in declaration order.
    func picks(of variables: [ScenarioVariable], scenario: String) -> [VariantPick] {
        values(of: variables, scenario: scenario).map { VariantPick(variable: $0.0.id, value: $0.1.id) }
    }
}
