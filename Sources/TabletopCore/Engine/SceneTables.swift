import Foundation

/// Whether the scenario's own texts (inject texts, fact texts) name its assets, worked out on first use,
/// per pair, and kept for the drill (issue 21: `inspect` asked `Engine.mentions` of every delivered inject
/// and learnt fact, hashing each text, on every line). The answers depend on the scenario only, never on
/// the state, so engines that share a world may share them; nothing is iterated, so no order leaks out.
final class MentionTable: @unchecked Sendable {
    private let lock = NSLock()
    /// Per asset position, per text position: 0 not worked out yet, 1 names it, 2 does not.
    private var rows: [[UInt8]?]
    private let texts: Int

    init(assets: Int, texts: Int) {
        rows = Array(repeating: nil, count: assets)
        self.texts = texts
    }

    /// What is known so far of the asset's row (0 not worked out, 1 names it, 2 does not), to read many
    /// texts under one lock; nil when nothing is.
    func row(_ asset: Int) -> [UInt8]? {
        lock.withLock { rows[asset] }
    }

    /// Whether text `text` names asset `asset`, as `compute` says the first time.
    func value(asset: Int, text: Int, compute: () -> Bool) -> Bool {
        let known: UInt8 = lock.withLock { rows[asset]?[text] ?? 0 }
        if known != 0 { return known == 1 }
        let value = compute()
        lock.withLock {
            if rows[asset] == nil { rows[asset] = Array(repeating: 0, count: texts) }
            rows[asset]![text] = value ? 1 : 2
        }
        return value
    }
}

/// The assets an authored answer speaks of by its own words (its topics, its text, the plain words of
/// a name), by the answer's text and topics, worked out once per answer: `assets(spokenOfIn:)` is asked
/// several times for every `ask` (issue 21). Depends on the scenario only.
final class SpokenOfTable: @unchecked Sendable {
    private let lock = NSLock()
    // Look-ups only, never iterated: no output depends on the order of this Dictionary.
    private var values: [SpokenOfKey: [Bool]] = [:]

    func value(_ key: SpokenOfKey, compute: () -> [Bool]) -> [Bool] {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = compute()
        lock.withLock { values[key] = value }
        return value
    }
}

/// An authored answer as `SpokenOfTable` knows it.
struct SpokenOfKey: Hashable, Sendable {
    let text: String
    let topics: [String]
}

extension Engine {
    /// The asset's position in the scenario, when it is the scenario's asset of that id (as the tables know it).
    func tablePosition(of asset: Asset) -> Int? {
        guard let position = world.assetPositions[asset.id], scenario.assets[position].name == asset.name else { return nil }
        return position
    }

    /// Whether the trimmed text of the inject at `position` names the asset: `mentions`, kept per pair.
    /// `row` is the asset's `tablePosition`, when the caller has it; `known` what the table held of it.
    func injectTextMentions(_ position: Int, _ asset: Asset, row: Int?? = nil, known: [UInt8]? = nil) -> Bool {
        if let value = known?[position], value != 0 { return value == 1 }
        // The closures capture the world (a reference), not the engine: capturing `self` would copy the state.
        let world = self.world
        guard let row = row ?? tablePosition(of: asset) else { return Self.mentions(world.scenario.injects[position].text.trimmingWhitespaceAndNewlines(), asset) }
        return world.injectMentions.value(asset: row, text: position) {
            Self.mentions(world.scenario.injects[position].text.trimmingWhitespaceAndNewlines(), asset)
        }
    }

    /// Whether the text of the fact at `position` names the asset: `mentions`, kept per pair.
    func factTextMentions(_ position: Int, _ asset: Asset, row: Int?? = nil, known: [UInt8]? = nil) -> Bool {
        if let value = known?[position], value != 0 { return value == 1 }
        let world = self.world
        guard let row = row ?? tablePosition(of: asset) else { return Self.mentions(world.scenario.facts[position].text, asset) }
        return world.factMentions.value(asset: row, text: position) { Self.mentions(world.scenario.facts[position].text, asset) }
    }
}
