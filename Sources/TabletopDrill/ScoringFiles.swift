import Foundation
import TabletopCore

/// The three scoring files, loaded: the runbook, the policy and the severity matrix. The one place a
/// `Scorer` is built from them.
public struct ScoringFiles: Sendable, Hashable {
    /// The runbook the steps are scored against.
    public var runbook: Runbook
    /// The points, bands and penalties.
    public var policy: ScoringPolicy
    /// The incident level matrix.
    public var matrix: SeverityMatrix

    /// A scorer for drills of `scenario`.
    public func scorer(for scenario: Scenario) throws(ScoringError) -> Scorer {
        try Scorer(runbook: runbook, policy: policy, matrix: matrix, scenario: scenario)
    }

    /// `runbook.yaml`, `policy.yaml` and `severity.yaml` of a folder, or nil when one is missing or has
    /// errors (for the benchmark, the fuzzers and tests, which use the shipped files).
    public static func load(folder: URL) -> ScoringFiles? {
        func bytes(_ name: String) -> [UInt8] { [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()) }
        guard let runbook = ScoringFileLoader.loadRunbook(path: "runbook.yaml", bytes: bytes("runbook.yaml")).value,
              let policy = ScoringFileLoader.loadPolicy(path: "policy.yaml", bytes: bytes("policy.yaml"), runbook: runbook).value,
              let matrix = ScoringFileLoader.loadSeverityMatrix(path: "severity.yaml", bytes: bytes("severity.yaml")).value else { return nil }
        return ScoringFiles(runbook: runbook, policy: policy, matrix: matrix)
    }
}
