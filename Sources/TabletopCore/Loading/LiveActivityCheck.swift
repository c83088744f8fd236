import Foundation

/// Warns about an inject that reports live activity of an asset (`web-03: 400 MB outbound`, `ci-deployer
/// is still active`) while nothing in its `unless` (or its `when`) reads that asset's state: such an
/// alert can arrive after the trainee cut the asset off, and then contradicts the world.
///
/// The reply side likewise: a response that tells of activity it interrupts ("the session stops
/// mid-download") must be given only while that activity is live, so its `only_if:` must read an inject
/// that reported the activity (`fired(…)`); otherwise it is given after the activity ended.
struct LiveActivityCheck {
    let scenario: Scenario
    let injectLocations: [String: SourceLocation]
    /// Where each response was declared, in the order of `Scenario.responses`.
    var responseLocations: [SourceLocation?] = []
    let collector: DiagnosticCollector

    /// Phrases of a reply that interrupt something happening now.
    static let interruptingPhrases = [
        "mid-download", "mid-upload", "mid-transfer", "mid-sync", "mid-copy", "session stops", "download stops",
        "upload stops", "transfer stops", "sync stops", "copying stops", "in the middle of",
    ]

    /// Phrases that say something is happening now, rather than what happened once.
    static let livePhrases = [
        "still active", "still running", "still in use", "still works", "outbound", "synced", "syncing",
        "exporting", "uploading", "in the last", "right now",
    ]

    /// Asset kinds that containment (isolate, revoke, disable, block …) stops.
    static let containable: Set<AssetKind> = [.host, .service, .device, .database, .account, .credential, .network, .indicator, .bucket]

    func run() {
        checkInjects()
        checkResponses()
    }

    /// Responses that interrupt live activity without an `only_if:` reading an inject that reported it.
    private func checkResponses() {
        // Which injects report live activity is worked out once, and only if some response interrupts any.
        var live: Set<String>?
        for (index, response) in scenario.responses.enumerated() {
            let text = response.text.lowercased()
            guard let phrase = Self.interruptingPhrases.first(where: text.quickContains) else { continue }
            let liveInjects = live ?? Set(scenario.injects.filter { inject in
                Self.livePhrases.contains(where: inject.text.lowercased().quickContains)
            }.map(\.id))
            live = liveInjects
            var fired = Set<String>()
            if let when = response.when { Self.collectFired(when, into: &fired) }
            guard fired.isDisjoint(with: liveInjects) else { continue }
            let candidates = scenario.injects.filter { liveInjects.contains($0.id) }.map(\.id)
            let hint = candidates.first.map { "add `only_if: fired(\($0))` (the alert that reports it)" }
                ?? "give it an `only_if:` that holds only while the activity goes on"
            collector.warning("the response to '\(response.on)' says '\(phrase)', activity that may have ended before the action; \(hint), "
                              + "and a plain text for the other case", at: responseLocations[safe: index] ?? nil)
        }
    }

    /// The injects a condition reads with `fired(…)`, where it holds positively (not under `not`).
    static func collectFired(_ condition: Condition, into fired: inout Set<String>) {
        switch condition {
        case .fired(let id): fired.insert(id)
        case .all(let list), .any(let list): list.forEach { collectFired($0, into: &fired) }
        default: break
        }
    }

    private func checkInjects() {
        // An alert at the start cannot come after anything the trainee did.
        for inject in scenario.injects where inject.decision == nil && inject.trigger != .at(.zero) {
            let text = inject.text.lowercased()
            guard Self.livePhrases.contains(where: text.quickContains) else { continue }
            var guarded = Set<String>()
            var anyAttacker = false
            for condition in [inject.unless, Self.whenCondition(of: inject)].compactMap({ $0 }) {
                Self.collect(condition, assets: &guarded, attacker: &anyAttacker)
            }
            if anyAttacker { continue }
            for asset in scenario.assets where Self.containable.contains(asset.kind) && Self.mentions(text, asset) && !guarded.contains(asset.id) {
                collector.warning("inject '\(inject.id)' reports live activity of '\(asset.id)' but no `unless:` reads its state; "
                                  + "add `unless: asset(\(asset.id)).isolated or …` so that it does not arrive after the asset is cut off",
                                  at: injectLocations[inject.id])
                break
            }
        }
    }

    /// Whether the text names the asset: its id, its whole name, or a tag of its name (`KAI-LT-042`).
    static func mentions(_ text: String, _ asset: Asset) -> Bool {
        let words = Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber || "-.".contains($0)) })
            .map { $0.trimmingCharacters(in: .init(charactersIn: ".-")) })
        if words.contains(asset.id) { return true }
        let name = asset.name.lowercased()
        if name.count >= 6, text.contains(name) { return true }
        return name.split(separator: " ").map { $0.trimmingCharacters(in: .init(charactersIn: "().,")) }
            .contains { $0.contains(where: \.isNumber) && $0.contains(where: { "-.".contains($0) }) && words.contains($0) }
    }

    /// The condition of a `trigger:`.
    static func whenCondition(of inject: Inject) -> Condition? {
        if case .when(let condition) = inject.trigger { return condition }
        return nil
    }

    /// The assets a condition reads, and whether it reads the attacker's presence (which covers all).
    static func collect(_ condition: Condition, assets: inout Set<String>, attacker: inout Bool) {
        switch condition {
        case .asset(let id, _): assets.insert(id)
        case .attackerPresent: attacker = true
        case .not(let inner): collect(inner, assets: &assets, attacker: &attacker)
        case .all(let list), .any(let list): list.forEach { collect($0, assets: &assets, attacker: &attacker) }
        case .did(let pattern):
            if let object = pattern.object { assets.insert(object) }
        default: break
        }
    }
}
