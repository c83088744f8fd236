import Foundation

extension Engine {
    /// What has happened to a person that the one asked would know, oldest first: what was done to
    /// the assets they own (`kai-account` disabled, or its cut-off scheduled), and the outcomes of
    /// questions that name them which the one asked raised or took part in (Elena asked Kai herself;
    /// Ben had his account locked). Empty when nothing has.
    func happenings(to other: Person, knownTo asker: Person) -> [String] {
        var lines: [String] = []
        let otherName = Self.firstName(other), askerName = Self.firstName(asker)
        for fired in state.fired {
            guard let inject = injectsByID[fired.id], let decision = inject.decision,
                  let outcome = outcome(of: fired.id, decision) else { continue }
            let words = Self.topicWords(outcome)
            guard words.contains(otherName) || words.contains(other.id) else { continue }
            if inject.from == asker.id || words.contains(askerName) || words.contains(asker.id) {
                // Told by the one who took part: in their own voice (blind15 #13: "Sam tells Kai…" said by Sam).
                lines.append(Self.inFirstPerson(outcome.trimmingWhitespaceAndNewlines(), of: asker))
            }
        }
        for asset in scenario.assets where asset.owner == other.id {
            let states = (state.assetStates[asset.id] ?? []).filter(Self.cutOffStates.contains)
            // A cut-off arranged quietly is known to those brought up to date since it was arranged, not to
            // everyone asked (blind15 #13: the helpdesk knew of Friday's cut-off only Grace had been told).
            let arranged = watch.decisions(on: asset.id, in: state).last.map { state.decisions[$0].at }
            let told = state.knowledge[asker.id]?.updatedAt.map { updated in arranged.map { updated >= $0 } ?? true } ?? false
            if told, let pending = pendingChange(of: asset.id) {
                lines.append("\(asset.name) (\(asset.id)) is \(pending.phrase); until then it still works.")
            }
            if !states.isEmpty {
                lines.append("\(asset.name) (\(asset.id)) is \(states.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        return lines
    }

    /// The people in whose remit an action's outcome falls: legal for the regulator and the police,
    /// communications for what customers are told.
    func remit(of action: Action) -> [String] {
        guard action.verb == .notify, let audience = action.object.flatMap(Audience.init(rawValue:)) else { return [] }
        switch audience {
        case .regulator, .lawEnforcement: return people(reachedBy: .legal)
        case .customers: return people(reachedBy: .pr)
        case .legal, .pr, .hr, .leadership, .security: return []
        }
    }

    /// What came of a question: the option chosen, or what the asker did when nobody answered.
    func outcome(of inject: String, _ decision: DecisionPoint) -> String? {
        if let choice = state.choices.last(where: { $0.decision == inject }) {
            return decision.options[safe: choice.option - 1]?.outcome
        }
        if state.timedOut.contains(where: { $0.decision == inject }) { return decision.onTimeout?.outcome }
        return nil
    }

    /// The first name, lowercased, as questions and texts name a person.
    static func firstName(_ person: Person) -> String {
        person.name.split(separator: " ").first.map { String($0).lowercased() } ?? person.id
    }

    /// Records what a text of the world says people of the cast did: everyone it names, the one who
    /// asked the question it answers, and those in whose remit it happened (legal for a filing with
    /// the regulator), so that their updates can say so.
    mutating func recordDeeds(_ text: String, asker: String? = nil, remit: [String] = []) {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        var ids = named(in: trimmed).map(\.id)
        for id in [asker].compactMap({ $0 }) + remit where !ids.contains(id) { ids.append(id) }
        guard !trimmed.isEmpty else { return }
        for id in ids { appendDeed(Deed(person: id, at: state.clock, text: trimmed)) }
    }
}
