import Foundation

/// Warns about a decision option (or `on_timeout`) whose outcome says someone contains or preserves an
/// asset ("Nils isolates and snapshots web-03") while its `effects` leave that asset as it was: the
/// trainee reads that it is done, yet `assets` and `inspect` disagree, and doing it again costs time.
struct OutcomeEffectCheck {
    let scenario: Scenario
    let injectLocations: [String: SourceLocation]
    let collector: DiagnosticCollector

    /// Word stems that say an asset was acted on, and the state each suggests.
    static let verbs: [(stem: String, state: String)] = [
        ("isolat", "isolated"), ("quarantin", "isolated"), ("pull", "isolated"), ("snapshot", "snapshotted"),
        ("image", "snapshotted"), ("revok", "revoked"), ("disabl", "disabled"), ("lock", "disabled"),
        ("block", "blocked"), ("terminat", "deleted"), ("delet", "deleted"), ("destroy", "deleted"),
        ("wipe", "cleaned"), ("rotat", "rotated"), ("preserv", "preserved"), ("hold", "preserved"),
        ("shut", "shutdown"), ("power", "shutdown"), ("rebuil", "redeployed"), ("redeploy", "redeployed"),
    ]

    /// Words that turn a sentence into what did not happen ("does not isolate web-03").
    static let negations: Set<String> = ["not", "never", "without", "instead", "nobody's", "refuses", "won't", "doesn't", "didn't", "can't"]

    func run() {
        for inject in scenario.injects {
            guard let decision = inject.decision else { continue }
            for (number, option) in decision.options.enumerated() {
                check(option.outcome, effects: option.effects, what: "option \(number + 1)", of: inject)
            }
            if let onTimeout = decision.onTimeout {
                check(onTimeout.outcome, effects: onTimeout.effects, what: "on_timeout", of: inject)
            }
        }
    }

    private func check(_ outcome: String?, effects: Effects, what: String, of inject: Inject) {
        guard let outcome else { return }
        let changed = Set(effects.assets.map(\.asset) + effects.compromise + effects.expose)
        var warned = Set<String>()
        for sentence in Self.sentences(outcome) {
            let words = Self.words(sentence)
            guard !words.contains(where: Self.negations.contains),
                  case let states = Self.states(saidBy: words), !states.isEmpty else { continue }
            for asset in scenario.assets where !changed.contains(asset.id) && !warned.contains(asset.id) && Self.names(sentence, asset) {
                warned.insert(asset.id)
                collector.warning(
                    "inject '\(inject.id)' \(what): the outcome says \(asset.id) is acted on (\"\(sentence.prefix(70))\") but its effects leave it as it was; add effects: {assets: {\(asset.id): [\(states.joined(separator: ", "))]}} so that 'assets' and 'inspect' show it",
                    at: injectLocations[inject.id])
            }
        }
    }

    /// The states the sentence's verbs suggest, in the order the sentence says them.
    static func states(saidBy words: [String]) -> [String] {
        var states: [String] = []
        for word in words {
            guard let entry = verbs.first(where: { word.hasPrefix($0.stem) }), !states.contains(entry.state) else { continue }
            states.append(entry.state)
        }
        return states
    }

    /// Whether the sentence names the asset by its id or its whole name.
    static func names(_ sentence: String, _ asset: Asset) -> Bool {
        let lowered = sentence.lowercased()
        if words(lowered).contains(asset.id.lowercased()) { return true }
        return asset.name.count >= 6 && lowered.contains(asset.name.lowercased())
    }

    static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { ".;!?".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Lowercased words, with ids (`web-03`, `{{device.asset}}`) kept whole.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || "-_'{}".contains($0)) }).map(String.init)
    }
}
