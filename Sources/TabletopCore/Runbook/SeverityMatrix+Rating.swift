extension SeverityMatrix {
    /// The level the matrix gives for the signals that hold: the most severe level with a rule whose
    /// signals all hold, else the least severe level.
    public func level(for signals: Set<SeveritySignal>) -> Severity {
        rating(for: signals).level
    }

    /// The level the matrix gives, with the rule that gave it (nil when no rule held and the least
    /// severe level applies).
    public func rating(for signals: Set<SeveritySignal>) -> (level: Severity, rule: [SeveritySignal]?) {
        for entry in levels.sorted(by: { $0.level > $1.level }) {
            if let rule = entry.rules.first(where: { $0.allSatisfy(signals.contains) }) {
                return (entry.level, rule)
            }
        }
        return (levels.map(\.level).min() ?? .sev4, nil)
    }
}
