extension Scorecard {
    /// Why the overall rating is what it is, in one line beside it: HSEEP rates the drill by its
    /// weakest capability (a hard fail caps it further), so a good score can sit next to a U. Names
    /// the capability and the steps in it that were missed or weakest; nil when every capability is P.
    public var ratingReason: String? {
        guard rating != .p else { return nil }
        let worst = capabilities.filter { $0.rating == rating }
        let parts = worst.map { capability in
            let share = "\(Int((capability.share * 100).rounded()))% of its points"
            let inPhase = steps.filter { $0.phase == capability.phase && $0.applies }
            let missed = inPhase.filter { $0.status == .missed }.map(\.number)
            // Lateness apart from what the work lacked, so a containment done right but late is not read as done badly.
            let short = inPhase.filter { $0.status != .missed && $0.points < $0.possible }
            let late = short.filter(\.wasLate).map(\.number)
            let lacking = short.filter { !$0.wasLate || $0.status == .partial }.map(\.number)
            let which = [("missed", missed), ("late", late), ("short of full points", lacking)].filter { !$0.1.isEmpty }
                .map { "\($0.0): step\($0.1.count == 1 ? "" : "s") \($0.1.map(String.init).joined(separator: ", "))" }
            // Steps are named where the rating is a real problem (M, U); an S names only the capability.
            return "\(capability.title) (\(([share] + (rating <= .m ? which : [])).joined(separator: "; ")))"
        }
        let capped = hardFails.isEmpty ? "" : "; a hard fail caps it"
        guard !parts.isEmpty || !capped.isEmpty else { return nil }
        let named = parts.isEmpty ? "" : ": " + parts.joined(separator: "; ")
        return "Rated \(rating.rawValue) because the overall rating is the weakest capability's\(named)\(capped)."
    }
}
