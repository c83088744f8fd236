extension Engine {
    /// Words that ask what a move would cost rather than whether to make it.
    static let costWords: Set<String> = [
        "cost", "costs", "long", "downside", "downsides", "impact", "break", "breaks", "affect", "affects", "disrupt",
        "disruption", "disruptive", "outage", "price",
    ]

    /// Whether a call for a view asks what the move costs ("what would it cost to block…", "how long
    /// would it take to…", "would blocking it break anything for other staff?").
    static func asksAboutCost(_ words: Set<String>) -> Bool {
        !words.isDisjoint(with: costWords)
    }

    /// What a move takes and whom it touches, as the person weighing it would say: the time it takes in
    /// this drill, and what stops working for whom while it holds.
    func costOfMove(_ action: Action) -> String {
        let command = Self.commandLine(of: action)
        let time = cost(of: action)
        var text = time.seconds > 0 ? "'\(command)' takes about \(time)." : "'\(command)' takes no time to speak of."
        if let touched = whomItTouches(action) { text += " \(touched)" }
        return text
    }

    /// Whom a change to an asset leaves without something, by what the asset is; nil for a move that
    /// changes no asset or one whose effect on others the world does not say.
    private func whomItTouches(_ action: Action) -> String? {
        guard let id = action.object, let asset = assetsByID[id] else { return nil }
        let owner = asset.owner.flatMap { peopleByID[$0] }.flatMap { knows(person: $0) ? $0 : nil }
        switch action.verb {
        case .disable:
            return "\(owner?.name ?? "Whoever uses it") loses every access \(asset.name) gives, at once and visibly."
        case .revoke, .rotate:
            return "Whatever uses \(asset.name) stops working until it is given "
                + (action.verb == .rotate ? "the new one." : "another credential.")
        case .isolate, .shutdown:
            return "\(asset.name) stops serving anyone while it is cut off"
                + ([.high, .critical].contains(asset.criticality) ? "; it is \(asset.criticality.rawValue) to us." : ".")
        case .block:
            return "It blocks \(asset.id) for everyone here while it holds; nothing of ours is switched off."
        case .delete, .clean:
            return "What \(asset.name) holds is gone for good, for us and for any investigation."
        case .snapshot, .preserve:
            return "It changes nothing for anyone using \(asset.name)."
        default:
            return nil
        }
    }
}
