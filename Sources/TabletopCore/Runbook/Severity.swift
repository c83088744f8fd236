/// An incident level of the matrix in `Scoring/severity.yaml`: `sev1` is the most severe.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case sev1, sev2, sev3, sev4

    /// 1 for sev1 … 4 for sev4.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// Orders by how severe: `sev4 < sev1`, so `>=` reads "at least as severe as".
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.number > rhs.number }

    public var description: String { rawValue }
}
