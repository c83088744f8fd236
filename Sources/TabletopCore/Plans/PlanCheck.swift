/// Compares a scored drill with what its plan expects, in lines a scenario author can read.
enum PlanCheck {
    /// Every expectation that did not hold, as `what: expected …, got …`.
    static func failures(of expect: PlanExpectation, card: Scorecard, shown: [String], traps sprung: [String]) -> [String] {
        var failures: [String] = []
        func check(_ what: String, _ holds: Bool, expected: String, got: @autoclosure () -> String) {
            if !holds { failures.append("\(what): expected \(expected), got \(got())") }
        }
        if let range = expect.score { check("score", range.contains(card.score), expected: describe(range), got: "\(card.score)") }
        if let range = expect.uncapped {
            check("uncapped score", range.contains(card.uncappedScore), expected: describe(range), got: "\(card.uncappedScore)")
        }
        if let rating = expect.rating { check("rating", card.rating.rawValue == rating, expected: rating, got: card.rating.rawValue) }
        if let band = expect.band { check("band", card.band == band, expected: band, got: card.band) }
        if let outcome = expect.outcome {
            let actual = card.end?.outcome ?? "none"
            check("outcome", actual == outcome, expected: outcome, got: actual)
        }
        if let provisional = expect.provisional {
            check("provisional", card.provisional == provisional, expected: "\(provisional)", got: "\(card.provisional)")
        }
        for (label, slugs, wanted) in [("done", expect.done, { (status: StepStatus) in status.isDone }),
                                       ("missed", expect.missed, { $0 == .missed }),
                                       ("late", expect.late, { $0 == .late || $0 == .lateAndOutOfOrder })] {
            for slug in slugs {
                guard let step = card.steps.first(where: { $0.slug == slug || "\($0.number)" == slug }) else {
                    failures.append("\(label): no step '\(slug)' in the runbook")
                    continue
                }
                check("step \(slug)", wanted(step.status), expected: label, got: step.status.rawValue)
            }
        }
        if let traps = expect.traps {
            let missing = traps.filter { !sprung.contains($0) }
            check("traps", missing.isEmpty, expected: "sprung: " + list(traps), got: "not sprung: " + list(missing))
        }
        if let kinds = expect.hardFails {
            let actual = Array(Set(card.hardFails.map(\.kind.rawValue))).sorted()
            check("hard fails", actual == kinds.sorted(), expected: list(kinds.sorted()), got: list(actual))
        }
        let text = shown.joined(separator: "\n")
        for phrase in expect.shows where !text.contains(phrase) { failures.append("shows: expected the text \"\(phrase)\", never shown") }
        for phrase in expect.neverShows where text.contains(phrase) { failures.append("never shows: \"\(phrase)\" was shown") }
        return failures
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)..\(range.upperBound)"
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}
