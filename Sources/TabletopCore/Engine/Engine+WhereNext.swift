extension Engine {
    /// Asked where they would look next ("where would you look next?", "what should we check next?"), a
    /// person names the places nobody has looked yet, from the world: trails of known assets nobody has
    /// read, known hosts nobody has inspected, fleets not swept since the last news, each with its
    /// command. Nil for other questions and for someone who must not know.
    ///
    /// Blind39 B8: after a test found a way in nobody had found, "where would you look next?" got the
    /// containment line the tester had given twice, and nothing to act on.
    func whereNextAnswer(_ person: Person, question: String) -> String? {
        guard !person.mustNotKnow, Self.asksWhereToLookNext(question) else { return nil }
        // A way in nobody has found may run through something nobody listed: an analyst says so.
        let places = unlookedPlaces().prefix(4) + (openWayInFound == nil ? [] : ["anything the asset inventory leaves out"])
        let opening = openWayInFound.map { "Your test at \(stamp($0)) says a way in is still open that nobody has found, so I would look where nobody has yet." }
            ?? "I would look where nobody has yet."
        guard !places.isEmpty else {
            return "\(opening) Everything we know of has been looked at; what is left is what we do not know of yet: ask who keeps the inventory what it leaves out."
        }
        return "\(opening) \(Self.capitalisedFirst(Self.series(Array(places))))."
    }

    /// Whether a question asks where to look next or what to check next.
    static func asksWhereToLookNext(_ question: String) -> Bool {
        let words = Set(question.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let looking: Set<String> = ["look", "search", "check", "hunt", "dig", "investigate", "examine"]
        // Or what nobody has looked at yet ("is there anywhere we have not looked yet?", "which logs or systems has nobody read yet?",
        // blind148 #42, #43: the fix's status, then the paste).
        let looked: Set<String> = ["looked", "checked", "searched", "read", "examined", "inspected", "covered"]
        if !words.isDisjoint(with: looked), !words.isDisjoint(with: ["nobody", "not", "yet", "haven", "hasn", "unread", "never"]),
           !words.isDisjoint(with: ["where", "anywhere", "which", "what"]) { return true }
        guard !words.isDisjoint(with: looking) else { return false }
        return words.contains("where") || words.contains("next") || (words.contains("what") && words.contains("else"))
    }

    /// When the last test found the adversary still has a way in, while they still have one.
    var openWayInFound: SimDuration? {
        (state.deeds ?? []).last { $0.text.hasPrefix(Self.testedPrefix) }
            .flatMap { $0.text.contains("still has a way in") && state.attackerPresent ? $0.at : nil }
    }

    /// The looks nobody has taken, each with its command: a known asset's log nobody has read, a known
    /// host nobody has inspected, a fleet not swept since the last thing learnt. Assets deleted or
    /// rebuilt are left out (nothing is left to read).
    func unlookedPlaces() -> [String] {
        let gone = { (asset: Asset) in self.state.asset(asset.id, is: .deleted) || self.state.asset(asset.id, is: .redeployed) }
        let unread = knownAssets.filter { $0.logs != nil && !gone($0) && lastRead(of: $0) == nil }
            .map { "the log of \(Self.spoken($0)) (logs \($0.id))" }
        let uninspected = knownAssets.filter { asset in
            asset.kind == .host && asset.inspect != nil && !gone(asset)
                && watch.decisions(on: asset.id, verb: .inspect, in: state).isEmpty && !state.asset(asset.id, is: .snapshotted)
        }.map { "\($0.id) itself (inspect \($0.id))" }
        let lastNews = state.fired.last?.at ?? .zero
        let sweeps = watch.decisions(by: .sweep, in: state)
        let unswept = sweepGroups.filter { group in
            !sweeps.contains { position in
                let decision = state.decisions[position]
                return decision.at >= lastNews && (decision.action.text ?? group).lowercased() == group
            }
        }.map { group in "the whole \(group) again, since the last news (sweep \(group))" }
        return unread + uninspected + unswept
    }
}
