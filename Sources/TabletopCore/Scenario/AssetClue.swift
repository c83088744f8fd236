/// Something the trainee may read that names an asset not known from the start: a learnt fact, a
/// delivered inject, or another asset's finding once examined. Reading it makes the asset known,
/// whatever its `revealed_by` says: what the trainee has read about, they can act on.
enum AssetClue: Sendable, Hashable {
    case fact(String)
    case inject(String)
    case finding(asset: String, verb: Verb)

    /// Whether the clue was read by the end of `state` (the engine asks its look-up sets instead).
    func wasRead(in state: EngineState) -> Bool {
        switch self {
        case .fact(let id): state.facts.contains(id)
        case .inject(let id): state.fired.contains { $0.id == id }
        case .finding(let asset, let verb): state.decisions.contains { $0.action.verb == verb && $0.action.object == asset }
        }
    }
}

extension Scenario {
    /// For every asset not known from the start, the texts that name it, in the scenario's order. Its
    /// name is matched without a parenthesis ("Build server deploy key (a copy is with Kai)" is named by
    /// "the build server's deploy key"), as `Engine.mentions` matches names.
    var assetClues: [String: [AssetClue]] {
        var clues: [String: [AssetClue]] = [:]
        for asset in assets where !asset.known {
            var bare = asset
            if let open = asset.name.firstIndex(of: "(") { bare.name = String(asset.name[..<open]).trimmingCharacters(in: .whitespaces) }
            let names = { (text: String) in Engine.mentions(text, asset) || Engine.mentions(text, bare) }
            var found = facts.filter { $0.id != asset.revealedBy && names($0.text) }.map { AssetClue.fact($0.id) }
            found += injects.filter { names($0.text) }.map { AssetClue.inject($0.id) }
            for other in assets where other.id != asset.id {
                if let text = other.inspect?.text, names(text) { found.append(.finding(asset: other.id, verb: .inspect)) }
                if let text = other.logs?.text, names(text) { found.append(.finding(asset: other.id, verb: .logs)) }
            }
            if !found.isEmpty { clues[asset.id] = found }
        }
        return clues
    }
}
