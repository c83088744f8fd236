/// Bad moves the engine watches for in every scenario, whatever the scenario's own traps say.
public enum GenericTrap: String, Sendable, Hashable, CaseIterable {
    /// Deleting, cleaning or rebuilding an asset that holds evidence before it was snapshotted or preserved.
    case destroyedEvidence = "destroyed-evidence"
    /// Powering off a compromised host or device before a snapshot: its memory is evidence too.
    case shutdownBeforeSnapshot = "shutdown-before-snapshot"
    /// Reaching a person who must not know, or cutting their access or seizing their device before legal
    /// and HR are in.
    case tippedOff = "tipped-off"
    /// Incident details posted where the adversary or the whole company can read them.
    case publicDetails = "public-details"
    /// Closing the incident while the adversary still has a way in, found or not.
    case closedWithAttacker = "closed-with-attacker"
    /// Shutting down, disabling, isolating, deleting or rebuilding something the incident never touched.
    case needlessDisruption = "needless-disruption"
    /// Publishing a statement that denies what the team knows was taken or reached.
    case misleadingStatement = "misleading-statement"

    /// The id a sprung trap is recorded under: the kind and what it was sprung on.
    func id(_ object: String) -> String { object.isEmpty ? rawValue : "\(rawValue):\(object)" }

    /// The kind of a recorded trap id, or nil when it is a scenario's trap.
    static func kind(of id: String) -> (GenericTrap, String)? {
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        guard let kind = GenericTrap(rawValue: parts[0]) else { return nil }
        return (kind, parts.count > 1 ? parts[1] : "")
    }

    /// The runbook step a recorded trap voids as a hard fail (its move is no evidence for that step,
    /// live or in the debrief), or nil for a trap that is no hard fail or a scenario's own.
    static func voidedStep(by id: String, in runbook: Runbook) -> Int? {
        guard let (kind, _) = kind(of: id), kind.hardFail != nil else { return nil }
        return runbook.steps.first { $0.slug == kind.step }?.number
    }

    /// The hard fail it is, if any.
    var hardFail: HardFail? {
        switch self {
        case .destroyedEvidence: .destroyingEvidence
        case .tippedOff: .tippingOff
        case .closedWithAttacker: .closingWithAttacker
        case .misleadingStatement: .concealment
        case .shutdownBeforeSnapshot, .publicDetails, .needlessDisruption: nil
        }
    }

    /// The runbook step it is charged to, by slug.
    var step: String {
        switch self {
        case .destroyedEvidence, .shutdownBeforeSnapshot: "forensics"
        case .tippedOff, .publicDetails: "private-channel"
        case .closedWithAttacker: "close-incident"
        case .needlessDisruption: "stop-the-bleeding"
        case .misleadingStatement: "legal-and-pr"
        }
    }

    /// Why it matters, for the debrief.
    var lesson: String {
        switch self {
        case .destroyedEvidence: "Snapshot or preserve before you delete, clean or rebuild: what the asset held is the only record of what happened."
        case .shutdownBeforeSnapshot: "Powering off a compromised machine loses its memory, and with it running processes and keys; snapshot first."
        case .tippedOff: "A person who must not know learns it from any contact, or from losing access before legal and HR are ready."
        case .publicDetails: "Details belong in the restricted channel; a channel the whole company or the adversary reads gets a pointer at most."
        case .closedWithAttacker: "Closing while the adversary still has a way in ends the response, not the incident."
        case .misleadingStatement: "A public statement says what is known, however bad: denying what the team knows was taken is concealment, and it comes out."
        case .needlessDisruption: "Containment is aimed at the adversary's way in; taking down what no way in runs through hurts the business and stops nothing."
        }
    }
}
