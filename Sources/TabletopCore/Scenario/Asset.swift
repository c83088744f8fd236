/// A thing in the world the trainee can act on: host, service, bucket, account, credential, device.
public struct Asset: Sendable, Hashable, Codable {
    /// Stable id used in commands (`isolate web-03`).
    public var id: String
    /// Display name.
    public var name: String
    /// What sort of thing it is.
    public var kind: AssetKind
    /// The person who owns it.
    public var owner: String?
    /// How much the business depends on it.
    public var criticality: Criticality
    /// States that hold at the start (`compromised`, `exposed`).
    public var initialStates: [AssetState]
    /// Whether the trainee knows of it from the start.
    public var known: Bool
    /// The fact that makes it known, when `known` is false.
    public var revealedBy: String?
    /// What `inspect` shows.
    public var inspect: Finding?
    /// What `logs` shows.
    public var logs: Finding?
    /// Per-verb time costs for this asset.
    public var costs: [VerbCost]
    /// Fleets it belongs to (`web-fleet`), which `sweep <group>` examines together.
    public var groups: [String] = []
    /// The account a credential belongs to (`held_by: ci-deployer`): once that account is disabled or
    /// deleted the credential works no more, so rotating or revoking it is moot.
    public var heldBy: String?
    /// What its owner says it is for, where it lives and who uses it, in their words (`purpose:`):
    /// an owner asked about it speaks from this, not from the inventory.
    public var purpose: String?
}

/// The kinds of asset.
public enum AssetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case host, service, bucket, database, account, credential, device, repository, dataset, evidence, network, indicator
}

/// How much the business depends on an asset.
public enum Criticality: String, Sendable, Hashable, Codable, CaseIterable {
    case low, medium, high, critical
}

/// What examining something shows: text, and the facts it reveals.
public struct Finding: Sendable, Hashable, Codable {
    /// What the trainee sees.
    public var text: String
    /// Facts it reveals.
    public var reveals: [String]
}

/// A chat channel that exists when the drill starts.
public struct Channel: Sendable, Hashable, Codable {
    /// Its name, starting with `#` (`#incident`).
    public var id: String
    /// Whether everyone in the company can read it.
    public var visibility: Visibility
    /// Who is in it.
    public var members: [String]
    /// Whether the adversary (or the suspect) can read it.
    public var compromised: Bool
    /// What it is for.
    public var purpose: String

    /// Who can read a channel.
    public enum Visibility: String, Sendable, Hashable, Codable, CaseIterable {
        case `public`, `private`
    }
}

extension Asset {
    /// Whether the asset is the adversary's (an indicator: their domain, an address, a drive outside the
    /// company): nobody in the organisation owns it, and the person a scenario names as its `owner`
    /// is the analyst who looked it up, who answers as such ("I looked that one up"), never "mine".
    public var isAdversarys: Bool { kind == .indicator }
}
