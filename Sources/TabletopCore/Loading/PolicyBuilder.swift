import Yams

/// Builds a `ScoringPolicy` from `Scoring/policy.yaml`.
struct PolicyBuilder {
    static let topKeys = ["format", "total_weight", "judgement_weight", "answer_within", "provisional_cap", "credit", "penalties", "hard_fail_cap", "score_bands", "rating_bands", "band_caps", "key_times", "always_hard_fail"]
    static let keyTimeKeys = ["acknowledge", "containment"]
    /// The hard fails the scorer knows how to watch for in any scenario.
    static let watchable: [HardFail] = [.unreviewedStatement]
    static let creditKeys = ["late", "out_of_order"]
    static let penaltyKeys = ["severity_under_per_level", "severity_over_per_level", "no_rerate", "hint", "runbook_view", "clock", "false_claim", "generic_trap"]
    static let capKeys = ["score", "rating"]
    static let scoreBandKeys = ["min", "label"]
    static let ratingBandKeys = ["min", "rating"]

    let collector: DiagnosticCollector
    /// The runbook the key-time steps must name, when known.
    var runbook: Runbook?

    func build(_ root: Node) -> ScoringPolicy? {
        guard let top = MappingReader(root, context: "the policy", keys: Self.topKeys, collector: collector) else { return nil }
        _ = top.integer("format", in: 1...1, required: true)
        let total = top.integer("total_weight", in: 1...10_000, required: true)
        let credit = top.mapping("credit", context: "'credit'", keys: Self.creditKeys, required: true)
        let late = credit?.number("late", in: 0...1, required: true)
        let outOfOrder = credit?.number("out_of_order", in: 0...1, required: true)
        let penalties = top.mapping("penalties", context: "'penalties'", keys: Self.penaltyKeys, required: true)
        func penalty(_ key: String) -> Int? { penalties?.integer(key, in: 0...100, required: true) }
        let cap = top.mapping("hard_fail_cap", context: "'hard_fail_cap'", keys: Self.capKeys, required: true)
        let capScore = cap?.integer("score", in: 0...100, required: true)
        let capRating = cap?.choice("rating", Rating.self, required: true)
        let scoreBands = top.list("score_bands", required: true).compactMap { node -> ScoreBand? in
            guard let map = MappingReader(node, context: "a score band", keys: Self.scoreBandKeys, collector: collector),
                  let minimum = map.integer("min", in: 0...100, required: true), let label = map.text("label", required: true) else { return nil }
            return ScoreBand(minimum: minimum, label: label)
        }
        let ratingBands = top.list("rating_bands", required: true).compactMap { node -> RatingBand? in
            guard let map = MappingReader(node, context: "a rating band", keys: Self.ratingBandKeys, collector: collector),
                  let minimum = map.number("min", in: 0...1, required: true), let rating = map.choice("rating", Rating.self, required: true) else { return nil }
            return RatingBand(minimum: minimum, rating: rating)
        }
        var bandCaps: [Rating: String] = [:]
        if let caps = top.mapping("band_caps", context: "'band_caps'", keys: Rating.allCases.map(\.rawValue)) {
            for rating in Rating.allCases {
                guard let label = caps.string(rating.rawValue) else { continue }
                if !scoreBands.contains(where: { $0.label == label.value }) {
                    collector.error("'band_caps' names '\(label.value)', which is not a label of 'score_bands'", at: label.location)
                }
                bandCaps[rating] = label.value
            }
        }
        let judgement = top.integer("judgement_weight", in: 0...10_000, required: true)
        let answerWithin = top.duration("answer_within", required: true, example: "1h")
        let provisionalCap = top.integer("provisional_cap", in: 0...100, required: true)
        if let judgement, let total, judgement >= total {
            collector.error("'judgement_weight' must be less than 'total_weight' (\(total)), so the steps keep a share", at: top.keyLocation("judgement_weight"))
        }
        let keyTimes = top.mapping("key_times", context: "'key_times'", keys: Self.keyTimeKeys, required: true)
        let acknowledge = keyTimes.flatMap { keyStep($0, "acknowledge") }
        let containment = keyTimes.flatMap { keyStep($0, "containment") }
        let always = top.strings("always_hard_fail").compactMap { text -> HardFail? in
            guard let kind = HardFail(rawValue: text.value), Self.watchable.contains(kind) else {
                let names = Self.watchable.map(\.rawValue)
                collector.error("'\(text.value)' cannot be watched for in every scenario\(Suggestion.didYouMean(text.value, among: names).isEmpty ? "; the scorer knows: \(names.joined(separator: ", "))" : Suggestion.didYouMean(text.value, among: names))",
                                at: text.location)
                return nil
            }
            return kind
        }
        checkDescending(scoreBands.map { Double($0.minimum) }, key: "score_bands", top: top)
        checkDescending(ratingBands.map(\.minimum), key: "rating_bands", top: top)
        guard let total, let late, let outOfOrder, let capScore, let capRating,
              let under = penalty("severity_under_per_level"), let over = penalty("severity_over_per_level"),
              let noRerate = penalty("no_rerate"), let hint = penalty("hint"), let view = penalty("runbook_view"),
              let clock = penalty("clock"), let claim = penalty("false_claim"), let generic = penalty("generic_trap"), let judgement,
              let answerWithin, let provisionalCap, let acknowledge, let containment else {
            return nil
        }
        return ScoringPolicy(
            totalWeight: total, lateCredit: late, outOfOrderCredit: outOfOrder, underRatingPenalty: under,
            overRatingPenalty: over, noReratePenalty: noRerate, hintPenalty: hint, runbookViewPenalty: view,
            clockPenalty: clock, falseClaimPenalty: claim, genericTrapPenalty: generic, judgementWeight: judgement, answerWithin: answerWithin, provisionalCap: provisionalCap, bandCaps: bandCaps,
            hardFailScoreCap: capScore, hardFailRatingCap: capRating,
            scoreBands: scoreBands, ratingBands: ratingBands, acknowledgeStep: acknowledge, containmentStep: containment,
            alwaysHardFail: always)
    }

    /// A key time's step slug, checked against the runbook when one is given.
    private func keyStep(_ map: MappingReader, _ key: String) -> String? {
        guard let slug = map.identifier(key, required: true, example: "stop-the-bleeding") else { return nil }
        if let runbook, !runbook.steps.contains(where: { $0.slug == slug.value }) {
            collector.error("'\(key)' names no step of the runbook: '\(slug.value)'\(Suggestion.didYouMean(slug.value, among: runbook.steps.map(\.slug)))", at: slug.location)
            return nil
        }
        return slug.value
    }

    /// Bands go from the highest minimum down to 0, so every score falls in exactly one.
    private func checkDescending(_ minimums: [Double], key: String, top: MappingReader) {
        guard !minimums.isEmpty else { return }
        if zip(minimums, minimums.dropFirst()).contains(where: { $0 <= $1 }) || minimums.last != 0 {
            collector.error("'\(key)' must go from the highest minimum down, and the last must start at 0", at: top.keyLocation(key))
        }
    }
}
