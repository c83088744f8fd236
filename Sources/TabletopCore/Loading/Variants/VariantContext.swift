/// What the scenario builder knows of the picked variant: the variables, the values picked, and the
/// seed inject jitter is drawn from.
struct VariantContext {
    /// The scenario id the pick and jitter hashes use.
    let scenario: String
    let variables: [ScenarioVariable]
    let picks: [VariantPick]
    let jitterSeed: UInt64

    /// Checks a `variant(variable, value)` of a condition; reports an unknown variable or value.
    func check(variable: String, value: String, variableAt: SourceLocation?, valueAt: SourceLocation?, context: String, collector: DiagnosticCollector) {
        guard let declared = variables.first(where: { $0.id == variable }) else {
            let ids = variables.map(\.id)
            let hint = Suggestion.didYouMean(variable, among: ids)
            collector.error("unknown variable '\(variable)' in \(context)\(hint.isEmpty ? (ids.isEmpty ? "; the scenario declares no 'variables'" : "; declared: \(ids.joined(separator: ", "))") : hint)", at: variableAt)
            return
        }
        let values = declared.values.map(\.id)
        guard values.contains(value) else {
            let hint = Suggestion.didYouMean(value, among: values)
            collector.error("variable '\(variable)' has no value '\(value)' in \(context)\(hint.isEmpty ? "; its values are: \(values.joined(separator: ", "))" : hint)", at: valueAt)
            return
        }
    }

    /// The inject's time moved by its jitter (whole minutes in [-bound, +bound]), never before 0.
    func jittered(_ time: SimDuration, inject: String, bound: SimDuration?) -> SimDuration {
        guard let bound, bound.seconds >= 60 else { return time }
        let minutes = VariantPicker.jitterMinutes(seed: jitterSeed, scenario: scenario, inject: inject, bound: bound.seconds / 60)
        return SimDuration(seconds: max(0, time.seconds + minutes * 60))
    }
}
