/// Something the incident level matrix (`Scoring/severity.yaml`) rates: a ground-truth flag of the
/// scenario, or what a fact shows once it is known (`shows:` on the fact).
public enum SeveritySignal: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// `truth: personal_data`: customer, employee or partner personal data is involved.
    case personalData = "personal-data"
    /// `truth: attacker_present`: the adversary has access when the drill starts.
    case attackerPresent = "attacker-present"
    /// `truth: insider`: someone inside is suspected.
    case insider
    /// `truth: public_statement_likely`: something will have to be said in public.
    case publicStatementLikely = "public-statement-likely"
    /// `truth: false_positive`: it is not a security incident after all.
    case falsePositive = "false-positive"
    /// `truth: comms_compromised`: chat, email or the identity provider may be read by the adversary.
    case commsCompromised = "comms-compromised"
    /// A fact shows sensitive data read or copied at scale by a person or system with no right to it.
    case dataTaken = "data-taken"
    /// A fact shows the attacker holds administrative access to production.
    case adminAccess = "admin-access"
    /// A fact shows a customer-facing service down for every customer.
    case outageAll = "outage-all"
    /// A fact shows a customer-facing service down for part of the customers.
    case outageSome = "outage-some"
    /// A fact shows customers inconvenienced while the product still works.
    case degraded
    /// A fact shows malware or an intruder's tool on a production host.
    case malware
    /// A fact shows commodity malware on a host that holds nothing sensitive.
    case commodityMalware = "commodity-malware"
    /// A fact shows a vulnerability with no sign that anyone used it.
    case vulnerability
    /// A fact shows the attacker or the press talking about the incident in public.
    case publicClaim = "public-claim"

    /// The signals a scenario's `truth:` section sets; the others come from facts.
    public static let fromTruth: [SeveritySignal] = [.personalData, .attackerPresent, .insider, .publicStatementLikely, .falsePositive, .commsCompromised]

    /// Whether the signal comes from `truth:` rather than from a fact's `shows:`.
    public var isTruth: Bool { Self.fromTruth.contains(self) }

    /// The signals a fact may show.
    public static var shownByFacts: [SeveritySignal] { allCases.filter { !$0.isTruth } }

    /// Orders as declared, so lists of signals print the same way every time.
    public static func < (lhs: SeveritySignal, rhs: SeveritySignal) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    public var description: String { rawValue }
}
